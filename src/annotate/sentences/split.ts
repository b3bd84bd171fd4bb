// Sentence boundaries for news text. Candidates: line breaks (news files put one paragraph on a
// line), and . ! ? … followed by space and an opening character. Refiners then drop candidates
// after abbreviations, initials ("J. Smith") and dotted acronyms before a lower-case word.
import type { Span } from '../../model/types.js';
import { skipSpace, trimEnd } from '../../model/text.js';
import { ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_OPENERS } from './abbreviations.js';

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/**
 * Longest sentence, in characters. Real sentences stay far below it; a longer run (a table flattened
 * to one line, a page without punctuation) is cut at white space, so that no later stage does
 * work that grows with the square of a sentence's length.
 */
export const MAX_SENTENCE_CHARS = 2000;

/** Longest word read back from a full stop when asking whether it closes an abbreviation. */
const MAX_ABBREVIATION_CHARS = 40;

/** Sentence spans, trimmed of white space, never crossing a line break. */
export function splitSentences(text: string): Span[] {
  return splitSentencesUncapped(text).flatMap((s) => (s.end - s.start > MAX_SENTENCE_CHARS ? cutLong(text, s) : [s]));
}

function cutLong(text: string, span: Span): Span[] {
  const parts: Span[] = [];
  let start = span.start;
  while (span.end - start > MAX_SENTENCE_CHARS) {
    let cut = start + MAX_SENTENCE_CHARS;
    const space = text.lastIndexOf(' ', cut);
    if (space > start + MAX_SENTENCE_CHARS / 2) cut = space;
    parts.push({ start, end: trimEnd(text, start, cut) });
    start = skipSpace(text, cut, span.end);
  }
  if (start < span.end) parts.push({ start, end: span.end });
  return parts.filter((p) => p.end > p.start);
}

function splitSentencesUncapped(text: string): Span[] {
  const sentences: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, sentences);
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function splitLine(text: string, from: number, to: number, out: Span[]): void {
  let start = skipSpace(text, from, to);
  for (let i = start; i < to; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let end = i + 1;
    while (end < to && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    while (end < to && CLOSERS.has(text[end]!)) end++;
    // Every later mark of the same run ("?!", "....") reaches the same end and the same answer, so
    // the run is passed over at once: read mark by mark, a long run of dots was quadratic.
    if (end < to && !/\s/.test(text[end]!)) { i = end - 1; continue; }
    const next = skipSpace(text, end, to);
    if (next >= to) break;
    if (!opensSentence(text, next)) { i = end - 1; continue; }
    if (ch === '.' && end === i + 1 && isAbbreviationBefore(text, start, i, next)) continue;
    out.push({ start, end });
    start = next;
    i = next - 1;
  }
  const end = trimEnd(text, start, to);
  if (end > start) out.push({ start, end });
}

function opensSentence(text: string, at: number): boolean {
  const ch = text[at]!;
  return /[\p{Lu}\p{N}"“‘'(\[«¿¡—–-]/u.test(ch);
}

/** Prepositions after which a single capital and a dot is a name (the platform X), not an initial. */
const LETTER_NAME_PREPOSITIONS = new Set(['on', 'via', 'at', 'in', 'to', 'from', 'with']);

function isAbbreviationBefore(text: string, sentenceStart: number, dot: number, next: number): boolean {
  // The walk back is capped: no abbreviation or dotted acronym is longer, and an uncapped walk
  // made a long run of letters and dots ("a.b.c.…" with no space) quadratic in its length.
  const limit = Math.max(sentenceStart, dot - MAX_ABBREVIATION_CHARS);
  let w = dot;
  while (w > limit && /[\p{L}.]/u.test(text[w - 1]!)) w--;
  if (w === limit && w > sentenceStart && /[\p{L}.]/u.test(text[w - 1]!)) return false;
  const word = text.slice(w, dot);
  if (!word) return false;
  const bare = word.replace(/\./g, '').toLowerCase();
  // A single capital: an initial ("George W. Bush"), unless it closes a sentence like "... Plan B."
  // After a lower-case preposition it is a thing named by a letter ("wrote on X. Von der Leyen …",
  // "posted via X."); "by" stays out, since bylines put initials after it ("by J. Smith").
  if (/^\p{Lu}$/u.test(word)) return !LETTER_NAME_PREPOSITIONS.has(/(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(sentenceStart, w - 12), w))?.[1] ?? '');
  if (ABBREVIATIONS.has(bare)) {
    if (!SENTENCE_FINAL_ABBREVIATIONS.has(bare)) return true;
    return /^\p{Ll}/u.test(text[next]!);
  }
  // Dotted acronyms ("U.S.", "U.N."): "U.S. President Joe Biden" goes on, so the sentence ends
  // only when the next word is one that typically opens a sentence ("... in the U.S. The talks").
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    const nextWord = /^[\p{L}']+/u.exec(text.slice(next, next + 20))?.[0] ?? '';
    return !SENTENCE_OPENERS.has(nextWord);
  }
  return false;
}
