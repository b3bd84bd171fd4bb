// Finds quotations in the clean text: curly and straight double quotes, curly single quotes, nested
// quotes, and news-style quotations that run over several paragraphs (an unclosed quotation whose
// next paragraph re-opens with a quote mark continues there). Character-level, one pass.
import type { Span } from '../../model/types.js';
import { skipSpace, trimEnd } from '../../model/text.js';

export interface Quote {
  /** Offset of the opening mark. */
  open: number;
  /** The quoted words: after the opening mark, before the closing one (or the paragraph end). */
  innerStart: number;
  innerEnd: number;
  /** After the closing mark (innerEnd when the quotation is never closed). */
  end: number;
  /** False when the paragraph ended before a closing mark. */
  terminated: boolean;
}

interface OpenMark {
  pos: number;
  kind: 'curly' | 'straight' | 'single' | 'straight-single';
  /** Characters in the mark: 2 for a doubled apostrophe used as a double quote (''…''). */
  width: number;
}

const DOUBLE_OPEN = new Set(['“', '„', '«', '‟']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const OPENERS_BEFORE = /[\s([{\u2014\u2013\-\/]/;

/** Top-level quotations in text order (quotes nested inside another are part of it). */
export function findQuotes(text: string, paragraphs: readonly Span[]): Quote[] {
  const quotes: Quote[] = [];
  const paras = paragraphs.length ? paragraphs : linesOf(text);
  let carried: OpenMark | null = null;
  for (let p = 0; p < paras.length; p++) {
    const { start, end } = paras[p]!;
    const stack: OpenMark[] = [];
    let i = start;
    if (carried) {
      // the continued paragraph re-opens with a quote mark: that mark is not a new quotation
      stack.push(carried);
      const at = skipSpace(text, start, end);
      i = at + (text.startsWith("''", at) ? 2 : 1);
      carried = null;
    }
    for (; i < end; i++) if (isQuoteMark(text.charCodeAt(i))) i += scanChar(text, i, start, stack, quotes);
    const bottom = stack[0];
    if (!bottom) continue;
    const next = paras[p + 1];
    if (bottom.kind === 'single' || bottom.kind === 'straight-single') {
      // 'Walking through … ¶ 'As so many …,' she wrote: a single-quoted paragraph left open runs on into
      // the next one when both open with the same mark (British house style); an apostrophe never does
      if (next && bottom.pos === skipSpace(text, start, end) && text[skipSpace(text, next.start, next.end)] === text[bottom.pos]) carried = bottom;
      continue;
    }
    // a quotation runs on into a paragraph that re-opens with the same kind of mark; a straight quotation
    // left open before a paragraph opening with a curly mark (or the reverse) is another quotation
    if (next && opensWithDoubleQuote(text, next) && sameMarkKind(text, bottom, next)) {
      carried = bottom;
      continue;
    }
    const innerEnd = trimEnd(text, start, end);
    if (innerEnd > bottom.pos + bottom.width) quotes.push({ open: bottom.pos, innerStart: bottom.pos + bottom.width, innerEnd, end: innerEnd, terminated: false });
  }
  return quotes;
}

/**
 * The characters scanChar acts on (" ' “ ” „ ‟ « » ‘ ’); it passes over every other one, so the scan skips
 * them without a call (a per-character call showed in `npm run bench`).
 */
function isQuoteMark(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x201c || code === 0x201d || code === 0x201e || code === 0x201f
    || code === 0xab || code === 0xbb || code === 0x2018 || code === 0x2019;
}

/** Reads one character (two for a doubled apostrophe); returns how many extra characters it used. */
function scanChar(text: string, i: number, paraStart: number, stack: OpenMark[], quotes: Quote[]): number {
  const c = text[i]!;
  if (DOUBLE_OPEN.has(c)) {
    stack.push({ pos: i, kind: 'curly', width: 1 });
  } else if (DOUBLE_CLOSE.has(c)) {
    const at = lastIndex(stack, (m) => m.kind === 'curly' || m.kind === 'straight');
    if (at >= 0 && !looksOpening(text, i, paraStart)) close(stack, at, i, 1, quotes);
    else if (looksOpening(text, i, paraStart)) stack.push({ pos: i, kind: 'curly', width: 1 }); // a ” used as an opener
  } else if (c === '"' || (c === "'" && text[i + 1] === "'")) {
    // '' is the double quote of some newspapers' house style
    const width = c === '"' ? 1 : 2;
    let at = lastIndex(stack, (m) => m.kind === 'straight');
    const opening = looksOpening(text, i, paraStart, width);
    // “…" : a straight mark right after a word closes a curly quotation left open (mixed marks in one text)
    if (at < 0 && width === 1 && !opening && looksClosing(text, i, paraStart)) at = lastIndex(stack, (m) => m.kind === 'curly');
    if (at >= 0 && (!opening || looksClosing(text, i, paraStart))) close(stack, at, i, width, quotes);
    else if (opening) stack.push({ pos: i, kind: 'straight', width });
    return width - 1;
  } else if ((c === '’' || c === '‘') && text[i + 1] === c) {
    // ‘‘…’’: a doubled apostrophe turned curly by a typesetter is a double quote ("“It was a mistake,’’ she said")
    const at = lastIndex(stack, (m) => m.kind === 'curly' || m.kind === 'straight');
    if (c === '’' && at >= 0 && looksClosing(text, i, paraStart)) close(stack, at, i, 2, quotes);
    else if (c === '‘' && looksOpening(text, i, paraStart, 2)) stack.push({ pos: i, kind: 'curly', width: 2 });
    else return 0;
    return 1;
  } else if (c === '‘') {
    if (!isWordChar(text[i - 1]) && i + 1 < text.length && !/\s/.test(text[i + 1]!)) stack.push({ pos: i, kind: 'single', width: 1 });
  } else if (c === '’' || c === "'") {
    const kind = c === '’' ? 'single' : 'straight-single';
    const top = stack[stack.length - 1];
    // an apostrophe inside a word ("Korea’s") or before a letter is not a closing mark
    if (top?.kind === kind && i > paraStart && !/\s/.test(text[i - 1]!) && !isWordChar(text[i + 1])) {
      close(stack, stack.length - 1, i, 1, quotes);
    } else if (c === "'" && !isWordChar(text[i - 1]) && isWordChar(text[i + 1])) {
      stack.push({ pos: i, kind: 'straight-single', width: 1 });
    }
  }
  return 0;
}

function close(stack: OpenMark[], at: number, pos: number, width: number, quotes: Quote[]): void {
  const mark = stack[at]!;
  stack.length = at;
  if (at === 0) quotes.push({ open: mark.pos, innerStart: mark.pos + mark.width, innerEnd: pos, end: pos + width, terminated: true });
}

function lastIndex(stack: OpenMark[], test: (m: OpenMark) => boolean): number {
  for (let k = stack.length - 1; k >= 0; k--) if (test(stack[k]!)) return k;
  return -1;
}

function looksOpening(text: string, i: number, paraStart: number, width = 1): boolean {
  const before = i > paraStart ? text[i - 1]! : ' ';
  const after = text[i + width];
  return OPENERS_BEFORE.test(before) && after !== undefined && !/\s/.test(after);
}

function looksClosing(text: string, i: number, paraStart: number): boolean {
  return i > paraStart && !/\s/.test(text[i - 1]!);
}

function sameMarkKind(text: string, open: OpenMark, para: Span): boolean {
  const c = text[skipSpace(text, para.start, para.end)];
  const straight = c === '"' || c === "'";
  return open.kind === 'straight' ? straight : !straight;
}

function opensWithDoubleQuote(text: string, para: Span): boolean {
  const at = skipSpace(text, para.start, para.end);
  const c = text[at];
  return c !== undefined && (DOUBLE_OPEN.has(c) || c === '"');
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

function linesOf(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (text.slice(start, i).trim()) spans.push({ start, end: i });
      start = i + 1;
    }
  }
  return spans;
}

/** The quoted words without the marks, a separating comma or dash at their end, or surrounding space. */
export function quoteInner(text: string, q: Quote): Span {
  let start = q.innerStart;
  let end = q.innerEnd;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,\u2014\u2013]/.test(text[end - 1]!)) end--;
  return { start, end };
}
