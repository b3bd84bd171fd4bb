// Splits text into word, number, quote and punctuation tokens with their offsets. Words keep
// inner apostrophes and hyphens ("Workers’", "Shin Seung-ki", "anti-aircraft"); numbers keep
// inner separators ("10,000", "3.5").
import type { Span, TokenKind } from '../../model/types.js';

export interface RawToken extends Span {
  kind: TokenKind;
}

const TOKEN = /(\p{N}+(?:[.,:]\p{N}+)*(?:\p{L}+)?)|((?:\p{L}\.){2,}(?!\p{L})|(?:\p{L}|\p{M})+(?:['’\-.](?:\p{L}|\p{M})+)*(?:['’](?=\s|$))?)|(["“”‘’'«»„‟‹›])|([.,;:!?…()\[\]{}\u2013\u2014\-\/])|(\S)/gu;

export function tokenize(text: string, from = 0, to = text.length): RawToken[] {
  const tokens: RawToken[] = [];
  tokenizeInto(text, from, to, (start, end, kind) => tokens.push({ start, end, kind }));
  return tokens;
}

/** The same tokens handed to `emit` one by one: the sentence stage builds its tokens without a copy. */
export function tokenizeInto(text: string, from: number, to: number, emit: (start: number, end: number, kind: TokenKind) => void): void {
  TOKEN.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(text)) !== null && match.index < to) {
    // A token never runs past the range asked for (a sentence end).
    if (match.index + match[0].length > to) match[0] = match[0].slice(0, to - match.index);
    const kind: TokenKind = match[1] ? 'number' : match[2] ? 'word' : match[3] ? 'quote' : match[4] ? 'punct' : 'symbol';
    emit(match.index, match.index + match[0].length, kind);
  }
}
