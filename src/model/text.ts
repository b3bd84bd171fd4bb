// Small helpers over the clean text: words, spans, line and column (derived, never stored).
import type { Span, TextSpan } from './types.js';

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu);
  return words ? words.length : 0;
}

export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** 1-based line and column of an offset, computed when shown (vfile-location style). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The first offset at or after `at` (and before `to`) that is not white space. */
export function skipSpace(text: string, at: number, to: number): number {
  while (at < to && /\s/.test(text[at]!)) at++;
  return at;
}

/** `to` moved back over white space, not before `from`. */
export function trimEnd(text: string, from: number, to: number): number {
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return to;
}

/** Index of the first item whose start is at or after `offset`, in items sorted by start (binary search). */
export function firstStartingFrom(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
