// A read-only view of one document for the attribution finders: tokens with their lower-case words
// and the quotation they sit in, sentences as token ranges, quotations, and entity mentions sorted
// by offset. Built once per document; everything after reads it.
import type { Document, Entity, Mention, Sentence, Token, TokenKind } from '../../model/types.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { findQuotes, type Quote } from './quotes.js';
import type { Candidate } from './candidate.js';
import { firstStartingFrom } from '../../model/text.js';

export interface Tok {
  start: number;
  end: number;
  kind: TokenKind;
  /** Lower-case text with typographic apostrophes made straight ("korea's"). */
  lower: string;
  /** The original text. */
  text: string;
  sentence: number;
  /** Index of the top-level quotation this token is inside, or -1. */
  quote: number;
}

export interface SentenceRange {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  /** Token indexes [first, last). */
  first: number;
  last: number;
}

export interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
  mention: Mention;
}

export interface DocView {
  text: string;
  tokens: Tok[];
  sentences: SentenceRange[];
  quotes: Quote[];
  /** Quotation index by the offset of its opening mark. */
  quoteByOpen: Map<number, number>;
  mentions: MentionRef[];
  /** Per token: inside an entity mention. */
  inMention: boolean[];
  /** Per sentence: written in title case (a headline), where verbs are capitalised too. */
  titleCase: boolean[];
  knowledge: Knowledge;
}

export function buildView(document: Document, sentences: Sentence[], tokens: Token[], entities: Entity[], knowledge: Knowledge): DocView {
  const text = document.text;
  const quotes = findQuotes(text, document.paragraphs);
  const quoteByOpen = new Map<number, number>();
  quotes.forEach((q, i) => quoteByOpen.set(q.open, i));
  const toks: Tok[] = new Array(tokens.length);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (q < quotes.length && quotes[q]!.innerEnd <= t.start) q++;
    const inside = q < quotes.length && quotes[q]!.innerStart <= t.start && t.start < quotes[q]!.innerEnd;
    const raw = text.slice(t.start, t.end);
    toks[i] = { start: t.start, end: t.end, kind: t.kind, text: raw, lower: plainApostrophes(raw.toLowerCase()), sentence: t.sentence, quote: inside ? q : -1 };
  }
  const ranges: SentenceRange[] = sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, paragraph: s.paragraph, first: 0, last: 0 }));
  let k = 0;
  for (const range of ranges) {
    while (k < toks.length && toks[k]!.sentence < range.index) k++;
    range.first = k;
    while (k < toks.length && toks[k]!.sentence === range.index) k++;
    range.last = k;
  }
  const mentions: MentionRef[] = [];
  for (const entity of entities) for (const mention of entity.mentions) mentions.push({ start: mention.start, end: mention.end, entity, mention });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const inMention = markMentions(toks, mentions);
  const titleCase = ranges.map((r) => isTitleCase(toks, r));
  return { text, tokens: toks, sentences: ranges, quotes, quoteByOpen, mentions, inMention, titleCase, knowledge };
}

function markMentions(tokens: Tok[], mentions: MentionRef[]): boolean[] {
  const marks = new Array<boolean>(tokens.length).fill(false);
  let k = 0;
  for (const m of mentions) {
    while (k < tokens.length && tokens[k]!.end <= m.start) k++;
    for (let j = k; j < tokens.length && tokens[j]!.start < m.end; j++) if (tokens[j]!.start >= m.start && m.mention.kind !== 'pronoun') marks[j] = true;
  }
  return marks;
}

/** Most words capitalised, as in a headline ("Trump Says Clinton …"). */
function isTitleCase(tokens: Tok[], r: SentenceRange): boolean {
  let words = 0;
  let upper = 0;
  for (let k = r.first; k < r.last; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (/^\p{Lu}/u.test(t.text)) upper++;
  }
  return words >= 3 && upper / words >= 0.7;
}

/** Mentions that lie inside [start, end). */
export function mentionsWithin(view: DocView, start: number, end: number): MentionRef[] {
  const out: MentionRef[] = [];
  for (let i = firstMentionFrom(view, start); i < view.mentions.length; i++) {
    const m = view.mentions[i]!;
    if (m.start >= end) break;
    if (m.end <= end) out.push(m);
  }
  return out;
}

/** The longest mention that starts at this offset. */
export function mentionStartingAt(view: DocView, start: number): MentionRef | undefined {
  const i = firstMentionFrom(view, start);
  const m = view.mentions[i];
  return m && m.start === start ? m : undefined;
}

/** Index of the first mention whose start is >= offset (binary search). */
export function firstMentionFrom(view: DocView, offset: number): number {
  return firstStartingFrom(view.mentions, offset);
}

/** Index of the token that starts at or after this offset (binary search). */
export function tokenFrom(view: DocView, offset: number): number {
  return firstStartingFrom(view.tokens, offset);
}

export function isWord(t: Tok | undefined): boolean {
  return t !== undefined && (t.kind === 'word' || t.kind === 'number');
}

export function isCapitalized(t: Tok | undefined): boolean {
  return t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

/**
 * In a title-case headline a verb may be swallowed by a name the entities layer found ("Lindsey
 * Graham Says", "Sanders Vows"): a capitalised -s form that ends a person's mention is read as the
 * verb again.
 */
export function isHeadlineVerb(view: DocView, at: number): boolean {
  const t = view.tokens[at]!;
  if (view.titleCase[t.sentence] !== true || !/^\p{Lu}\p{Ll}+s$/u.test(t.text)) return false;
  // only a person's name ends in it ("United States" is a place's name, not "United" + a verb)
  const i = firstMentionFrom(view, t.end) - 1;
  for (let k = i; k >= 0 && k > i - 4; k--) {
    const m = view.mentions[k]!;
    if (m.start <= t.start && m.end === t.end) return m.entity.type === 'person';
  }
  return false;
}

/**
 * Every candidate from `at` for each word outside quotations that has a word before and after it
 * in its sentence: the scan the single-cue finders (evidentials, nominal cues, stance adjectives)
 * share. `at` returns null where its cue is not found.
 */
export function findAtInnerWords(view: DocView, at: (s: SentenceRange, i: number, t: Tok) => Candidate | null): Candidate[] {
  const out: Candidate[] = [];
  for (const s of view.sentences) {
    for (let i = s.first + 1; i < s.last - 1; i++) {
      const t = view.tokens[i]!;
      if (t.quote !== -1 || t.kind !== 'word') continue;
      const found = at(s, i, t);
      if (found) out.push(found);
    }
  }
  return out;
}

/** Typographic apostrophes made plain; most words have none, and skipping the regex for them showed in `npm run bench`. */
function plainApostrophes(word: string): string {
  return word.includes('’') ? word.replace(/’/g, "'") : word;
}
