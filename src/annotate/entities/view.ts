// A per-document view of the tokens that the finders share: each token's text, lower-case form,
// capitalisation, possessive ending, and whether it opens a sentence. Built once per document.
import type { Document, Sentence, Token } from '../../model/types.js';
import { CALENDAR_WORDS, COMMON_SUBJECTS, FUNCTION_WORDS, ORG_HEADS, PLACE_HEADS } from './words.js';

export interface TokenInfo {
  start: number;
  end: number;
  /** End without a possessive "'s", "’s" or plural "s’" apostrophe (equals end when there is none). */
  baseEnd: number;
  text: string;
  /** Lower case, typographic apostrophes made ASCII, possessive removed. */
  lower: string;
  /** The whole token as a knowledge-base name key (lower case, ASCII apostrophes, possessive kept). */
  key: string;
  kind: Token['kind'];
  sentence: number;
  capitalised: boolean;
  /** All capitals, at least two letters ("KCNA", "U.S."). */
  allCaps: boolean;
  possessive: boolean;
  /** First word of a sentence, or right after an opening quote, colon or dash: capitalised by position, not by being a name. */
  initial: boolean;
}

export interface DocView {
  document: Document;
  text: string;
  tokens: TokenInfo[];
  sentences: Sentence[];
  /** Token index range [first, end) of each sentence. */
  sentenceTokens: [number, number][];
  /** Lower-case words seen in lower case somewhere in the document ("experts" when "experts" occurs). */
  lowerWords: Set<string>;
  /** Sentences written in title case (headlines): capitals there do not mark names. */
  headlines: Set<number>;
  /**
   * Tokens of title-case headlines that are common words: the document writes them, or another
   * form of them, in lower case ("Warns" for "warned", "Troop" for "troops"), and they are no
   * organisation or place head, in a headline with no full stop. They end names there ("Washington Warns Baghdad").
   */
  headlineCommon: Set<number>;
}

const POSSESSIVE = /['’]s$/;
const TYPOGRAPHIC = /[’‘`´]/g;

/** Same apostrophes as the knowledge base's name keys (see knowledge/names.ts). */
function asKey(lower: string): string {
  return lower.indexOf('’') >= 0 || lower.indexOf('‘') >= 0 || lower.indexOf('`') >= 0 || lower.indexOf('´') >= 0 ? lower.replace(TYPOGRAPHIC, "'") : lower;
}

/** "Korea's", "Korea’s", and the plural "States’" / "Workers'". */
function isPossessive(raw: string): boolean {
  const n = raw.length;
  if (n <= 2) return false;
  const last = raw.charCodeAt(n - 1);
  const before = raw.charCodeAt(n - 2);
  const apostrophe = (c: number): boolean => c === 39 /* ' */ || c === 0x2019; /* ’ */
  return (last === 115 /* s */ && apostrophe(before)) || (apostrophe(last) && before === 115);
}

/** "al-Aiser", "el-Sisi", "ash-Shaibani": a name with the Arabic article in lower case is still a name word. */
const ARABIC_ARTICLE_NAME = /^(?:al|el|ad|an|ar|as|ash|at|az|ul|ur)-\p{Lu}\p{Ll}/u;

function isUpperInitial(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const first = raw.charAt(0);
  return first !== first.toLowerCase();
}

/** At least two letters with case, none of them lower case ("KCNA", "U.S."). */
function isAllCaps(word: string): boolean {
  if (word !== word.toUpperCase()) return false;
  const lower = word.toLowerCase();
  let cased = 0;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== lower.charCodeAt(i)) cased++;
  return cased >= 2;
}

export function buildView(document: Document, sentences: Sentence[], tokens: Token[]): DocView {
  const text = document.text;
  const infos: TokenInfo[] = new Array(tokens.length);
  const lowerWords = new Set<string>();
  const sentenceTokens: [number, number][] = sentences.map(() => [0, 0]);
  let previousSentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const raw = text.slice(t.start, t.end);
    const isWord = t.kind === 'word';
    const possessive = isWord && isPossessive(raw);
    // A closing quote glued to a word ("the ‘Hermit Kingdom’ said") is no part of it, like a possessive's mark.
    const suffix = possessive ? (raw.endsWith('s') ? 2 : 1) : isWord && raw.length > 2 && /\p{L}['’]$/u.test(raw) ? 1 : 0;
    const baseEnd = t.end - suffix;
    const key = isWord ? asKey(raw.toLowerCase()) : raw;
    const lower = suffix ? key.slice(0, -suffix) : key;
    const capitalised = isWord && (isUpperInitial(raw) || ARABIC_ARTICLE_NAME.test(raw));
    const allCaps = capitalised && raw.length >= 2 && isAllCaps(suffix ? raw.slice(0, -suffix) : raw);
    if (t.sentence !== previousSentence) {
      if (previousSentence >= 0) sentenceTokens[previousSentence]![1] = i;
      sentenceTokens[t.sentence]![0] = i;
      previousSentence = t.sentence;
    }
    const prev = i > 0 ? infos[i - 1] : undefined;
    const initial = !prev || prev.sentence !== t.sentence || prev.kind === 'quote' || prev.text === ':' || prev.text === '—' || prev.text === '–' || prev.text === '(' || (prev.kind === 'punct' && prev.text === '-' );
    infos[i] = { start: t.start, end: t.end, baseEnd, text: raw, lower, key, kind: t.kind, sentence: t.sentence, capitalised, allCaps, possessive, initial };
    if (isWord && !capitalised) lowerWords.add(lower);
  }
  if (previousSentence >= 0) sentenceTokens[previousSentence]![1] = tokens.length;
  // Built on first use: most documents have no line without a full stop that could be a headline.
  let lowerStems: Set<string> | undefined;
  const isCommon = (t: TokenInfo): boolean => {
    if (lowerWords.has(t.lower)) return true;
    if (!lowerStems) {
      lowerStems = new Set<string>();
      for (const w of lowerWords) lowerStems.add(stem(w));
    }
    return lowerStems.has(stem(t.lower));
  };
  const headlines = findHeadlines(infos, sentenceTokens, lowerWords, isCommon);
  const headlineCommon = new Set<number>();
  for (const h of headlines) {
    const [first, end] = sentenceTokens[h]!;
    // A line that ends like a sentence may be a body sentence crowded with names: its words stay as they are.
    if (SENTENCE_ENDS.has(infos[end - 1]!.text)) continue;
    for (let i = first; i < end; i++) {
      const t = infos[i]!;
      if (t.kind !== 'word' || !t.capitalised || t.allCaps || ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower)) continue;
      // "Won't", "Can't"; and a common word before a head stays in the name ("Betty Ford Treatment Center").
      const next = i + 1 < end ? infos[i + 1]! : undefined;
      const beforeHead = !!next && next.capitalised && (ORG_HEADS.has(next.lower) || PLACE_HEADS.has(next.lower));
      if (t.lower.endsWith("n't") || (isCommon(t) && !beforeHead)) headlineCommon.add(i);
    }
  }
  return { document, text, tokens: infos, sentences, sentenceTokens, lowerWords, headlines, headlineCommon };
}

/**
 * A crude stem, only to see one word in another inflected form ("warns", "warned", "warning" → "warn";
 * "moves", "moved" → "mov"; "troop", "troops" → "troop").
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && (w.endsWith('ed') || w.endsWith('es'))) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/** A capitalised word that can be part of a name: not a function or calendar word, and not capitalised only by position. */
export function isNameWord(view: DocView, i: number): boolean {
  const t = view.tokens[i];
  if (!t || !t.capitalised) return false;
  if (view.headlineCommon.has(i)) return false;
  // "London-based", "Indian-registered": a modifier before a name, not a word of it.
  if (t.text.includes('-') && HYPHENED_MODIFIER.test(t.text)) return false;
  // "Jan Novak": the month abbreviation is a given name before a capitalised word (a date has a number there).
  if (CALENDAR_WORDS.has(t.lower) && !(t.lower === 'jan' && t.text === 'Jan' && isCapitalisedWordAfter(view, i))) return false;
  if (t.initial) {
    if (FUNCTION_WORDS.has(t.lower) || COMMON_SUBJECTS.has(t.lower)) return false;
    // A sentence-initial word the document also writes in lower case is a common word ("Experts", "Visits").
    if (view.lowerWords.has(t.lower)) return false;
  } else if (FUNCTION_WORDS.has(t.lower) && !t.allCaps) {
    return false;
  }
  return true;
}

/** Function words that in capitals are acronyms: "US", "IT", "WHO". */
const ACRONYM_FUNCTION_WORDS = new Set(['us', 'it', 'who']);

const SENTENCE_ENDS = new Set(['.', '!', '?', '"', '”', "'", '’', ':', ';', ',']);

const HYPHENED_MODIFIER = /^\p{Lu}[\p{L}.']*-(?:\p{Ll}+ed|based|born|run|made|built|bound|owned|led)$/u;

function isCapitalisedWordAfter(view: DocView, i: number): boolean {
  const next = view.tokens[i + 1];
  return !!next && next.sentence === view.tokens[i]!.sentence && next.kind === 'word' && next.capitalised && !CALENDAR_WORDS.has(next.lower);
}

/**
 * Title-case sentences (headlines): four words or more, most of them capitalised, and at least two
 * capitalised words past the first that the document elsewhere writes in lower case or that are
 * function words ("Only 24 Percent of Contributors Are Small Donors"), or mostly written in capitals.
 */
function findHeadlines(tokens: TokenInfo[], sentenceTokens: [number, number][], lowerWords: Set<string>, isInflectedCommon: (t: TokenInfo) => boolean): Set<number> {
  const headlines = new Set<number>();
  sentenceTokens.forEach(([first, end], index) => {
    // Another form of a lower-case word counts only where no full stop ends the line, as headlines are written ("Washington Warns Baghdad").
    const unpunctuated = end > first && !SENTENCE_ENDS.has(tokens[end - 1]!.text);
    const isCommon = (t: TokenInfo): boolean => lowerWords.has(t.lower) || (unpunctuated && isInflectedCommon(t));
    let words = 0;
    let capitalised = 0;
    let common = 0;
    let shouting = 0;
    for (let i = first; i < end; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      words++;
      if (!t.capitalised) continue;
      capitalised++;
      if (t.allCaps && t.text.length > 2) shouting++;
      // An acronym spelled like a function word is no common word ("US" twice in a sentence made it a headline).
      if (i > first && !(t.allCaps && ACRONYM_FUNCTION_WORDS.has(t.lower)) && (FUNCTION_WORDS.has(t.lower) || isCommon(t))) common++;
    }
    if (words >= 4 && capitalised >= 0.6 * words && common >= 2) headlines.add(index);
    // An all-capital heading ("A QUARTER OF VOTERS").
    if (words >= 2 && shouting >= 2 && shouting >= 0.6 * words) headlines.add(index);
  });
  return headlines;
}
