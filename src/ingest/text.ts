// Plain text: the clean text is the decoded text with line breaks normalised and the ends trimmed,
// nothing else, so offsets stay a simple function of the file.
import type { Span } from '../model/types.js';

export interface CleanText {
  text: string;
  paragraphs: Span[];
}

export function cleanPlainText(decoded: string): CleanText {
  const text = decoded.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim();
  return { text, paragraphs: lineParagraphs(text) };
}

/** Each non-empty line is a paragraph (news text files put one paragraph per line), white space at its ends left out. */
export function lineParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = m[0];
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) spans.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return spans;
}

/** Joins paragraph strings with "\n\n" and records where each one is. */
export function joinParagraphs(parts: readonly string[]): CleanText {
  const paragraphs: Span[] = [];
  let text = '';
  for (const part of parts) {
    if (!part) continue;
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + part.length });
    text += part;
  }
  return { text, paragraphs };
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** countWords, but it stops counting at `limit`: a rule that only asks "at most N words?" need not read a long text to its end. */
export function countWordsUpTo(text: string, limit: number): number {
  WORD_STEP.lastIndex = 0;
  let n = 0;
  while (n < limit && WORD_STEP.exec(text)) n++;
  return n;
}
const WORD_STEP = new RegExp(WORD.source, WORD.flags);
