// bm25 as FTS5 computes it (k1 1.2, b 0.75, one phrase per query word), over sentences read
// back from the index: the same formula, so with exact word counts the order is FTS5's own.
import { foldText, TOKEN } from './highlight.js';

const K1 = 1.2;
const B = 0.75;

export interface Bm25Context {
  /** Rows in the index and their average length in tokens. */
  rows: number;
  averageLength: number;
  /** Folded query words; the last one also matches as a prefix when `prefix` is set. */
  words: readonly string[];
  prefix: boolean;
  /** Rows matching each word (same order as words). */
  documentFrequency: readonly number[];
}

/** FTS5's idf: never zero or below, so a word in most rows still counts a little. */
export function idf(rows: number, hits: number): number {
  const value = Math.log((rows - hits + 0.5) / (hits + 0.5));
  return value <= 0 ? 1e-6 : value;
}

// ASCII plus no-break space and General Punctuation (dashes, curly quotes, ellipsis: none of
// them token characters), so letters and digits are all ASCII and folding is lower-casing.
const ASCII = /^[\x00-\x7f\u00a0\u2000-\u206f]*$/;
const ASCII_TOKEN = /[a-z0-9]+/g;

/** The sentence's tokens as the index folds them; ASCII words (most English news) skip Unicode folding. */
function tokensOf(text: string): string[] {
  if (ASCII.test(text)) return text.toLowerCase().match(ASCII_TOKEN) ?? [];
  return foldText(text).match(TOKEN) ?? [];
}

/** The bm25 score of one sentence (higher is better; FTS5 returns its negative). */
export function bm25Score(text: string, context: Bm25Context): number {
  const tokens = tokensOf(text);
  const { words } = context;
  const last = context.prefix ? words.length - 1 : -1;
  const frequency = new Array<number>(words.length).fill(0);
  for (const token of tokens) {
    for (let i = 0; i < words.length; i++) {
      if (token === words[i] || (i === last && token.startsWith(words[i]!))) frequency[i]! += 1;
    }
  }
  const lengthNorm = 1 - B + (B * tokens.length) / (context.averageLength || 1);
  let score = 0;
  for (let i = 0; i < words.length; i++) {
    const tf = frequency[i]!;
    if (tf > 0) score += (idf(context.rows, context.documentFrequency[i]!) * tf * (K1 + 1)) / (tf + K1 * lengthNorm);
  }
  return score;
}
