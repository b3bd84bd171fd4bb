// A per-document view of the tokens that the finders share: each token's text, lower-case form,
// capitalisation, possessive ending, and whether it opens a sentence. Built once per document.
import type { Document, Sentence, Token } from '../../model/types.js';
import { CALENDAR_WORDS, COMMON_SUBJECTS, FUNCTION_WORDS } from './words.js';

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
    const suffix = possessive ? (raw.endsWith('s') ? 2 : 1) : 0;
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
  return { document, text, tokens: infos, sentences, sentenceTokens, lowerWords, headlines: findHeadlines(infos, sentenceTokens, lowerWords) };
}

/** A capitalised word that can be part of a name: not a function or calendar word, and not capitalised only by position. */
export function isNameWord(view: DocView, i: number): boolean {
  const t = view.tokens[i];
  if (!t || !t.capitalised) return false;
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
function findHeadlines(tokens: TokenInfo[], sentenceTokens: [number, number][], lowerWords: Set<string>): Set<number> {
  const headlines = new Set<number>();
  sentenceTokens.forEach(([first, end], index) => {
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
      if (i > first && (lowerWords.has(t.lower) || FUNCTION_WORDS.has(t.lower))) common++;
    }
    if (words >= 4 && capitalised >= 0.6 * words && common >= 2) headlines.add(index);
    // An all-capital heading ("A QUARTER OF VOTERS").
    if (words >= 2 && shouting >= 2 && shouting >= 0.6 * words) headlines.add(index);
  });
  return headlines;
}
