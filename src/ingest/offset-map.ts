// Maps clean-text paragraphs back to the raw HTML. The raw string is projected onto its visible
// letters and digits (tags, scripts and comments dropped, entities decoded), each remembering where
// it came from; a paragraph is found by its first and last letters in that projection. A paragraph
// that cannot be found is left out: a missing entry is better than a wrong one.
import type { OffsetMapEntry, Span } from '../model/types.js';

// Named entities that stand for letters (others, like &mdash;, are not letters and drop out anyway).
const ENTITY_LETTERS: Record<string, string> = {
  aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', atilde: 'ã', aring: 'å', aelig: 'æ', ccedil: 'ç', eacute: 'é',
  egrave: 'è', ecirc: 'ê', euml: 'ë', iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', ntilde: 'ñ', oacute: 'ó',
  ograve: 'ò', ocirc: 'ô', ouml: 'ö', otilde: 'õ', oslash: 'ø', uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü',
  yacute: 'ý', yuml: 'ÿ', szlig: 'ß', eth: 'ð', thorn: 'þ',
};

const ALNUM = /[\p{L}\p{N}]/u;
const TAG = /<\/?([a-zA-Z][^\s/>]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/y;
const ENTITY = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/y;
// Elements whose content is never article text in the page as served.
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea']);
const RAW_TEXT_CLOSE: Record<string, RegExp> = { script: /<\/script/gi, style: /<\/style/gi, title: /<\/title/gi, textarea: /<\/textarea/gi };

function fold(ch: string): string {
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

function decodeEntity(name: string): string {
  if (name.startsWith('#')) {
    const cp = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
  }
  // Case does not matter: the projection is folded to lower case.
  return ENTITY_LETTERS[name.toLowerCase()] ?? '';
}

/** For each BMP code unit met so far: 0 not yet looked at, else its lower-case form plus one (1: not a letter or digit). */
const BMP_FOLDED = new Uint32Array(0x10000);

/** The lower-case form of a BMP letter or digit (itself when case changes its length), 0 for anything else. */
function bmpFolded(code: number): number {
  let known = BMP_FOLDED[code]!;
  if (known === 0) {
    const ch = String.fromCharCode(code);
    known = ALNUM.test(ch) ? fold(ch).charCodeAt(0) + 1 : 1;
    BMP_FOLDED[code] = known;
  }
  return known - 1;
}

interface Projection {
  chars: string;
  /** Raw index where the i-th projected char starts, and where it ends (exclusive). */
  start: Int32Array;
  end: Int32Array;
}

/**
 * The raw page's visible letters and digits, folded to lower case. Built in typed arrays: pages
 * run to megabytes, and growing three plain arrays one element at a time was slow.
 */
export function project(raw: string): Projection {
  // Most of a page is markup and scripts: start small and double when full.
  let capacity = Math.min(raw.length, 16_384) + 2;
  let codes = new Uint16Array(capacity);
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let n = 0;
  const grow = (): void => {
    capacity *= 2;
    const [c, s, e] = [new Uint16Array(capacity), new Int32Array(capacity), new Int32Array(capacity)];
    c.set(codes);
    s.set(start);
    e.set(end);
    [codes, start, end] = [c, s, e];
  };
  const push = (ch: string, s: number, e: number): void => {
    if (!ALNUM.test(ch)) return;
    const folded = fold(ch);
    for (let k = 0; k < folded.length; k++) {
      if (n === capacity) grow();
      codes[n] = folded.charCodeAt(k); start[n] = s; end[n] = e; n++;
    }
  };
  let i = 0;
  while (i < raw.length) {
    const code = raw.charCodeAt(i);
    if (code === 60 /* < */) {
      if (raw.startsWith('<!--', i)) {
        const close = raw.indexOf('-->', i + 4);
        i = close < 0 ? raw.length : close + 3;
        continue;
      }
      TAG.lastIndex = i;
      const m = TAG.exec(raw);
      if (m) {
        i = TAG.lastIndex;
        const name = m[1]!.toLowerCase();
        if (!m[0].startsWith('</') && RAW_TEXT.has(name)) {
          const close = RAW_TEXT_CLOSE[name]!;
          close.lastIndex = i;
          i = close.exec(raw)?.index ?? raw.length;
        }
        continue;
      }
      if (/[!?/]/.test(raw[i + 1] ?? '')) {
        const close = raw.indexOf('>', i);
        i = close < 0 ? raw.length : close + 1;
        continue;
      }
      i++;
      continue;
    }
    if (code === 38 /* & */) {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(raw);
      if (m) {
        for (const ch of decodeEntity(m[1]!)) push(ch, i, ENTITY.lastIndex);
        i = ENTITY.lastIndex;
        continue;
      }
    }
    if (code < 128) {
      // ASCII fast path (most of any page): digits and letters, folded to lower case.
      if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) { if (n === capacity) grow(); codes[n] = code; start[n] = i; end[n] = i + 1; n++; }
      else if (code >= 65 && code <= 90) { if (n === capacity) grow(); codes[n] = code + 32; start[n] = i; end[n] = i + 1; n++; }
      i++;
      continue;
    }
    if (code < 0xd800 || code > 0xdfff) {
      // Other letters of the Basic Multilingual Plane, through a table filled as they are met.
      const folded = bmpFolded(code);
      if (folded) { if (n === capacity) grow(); codes[n] = folded; start[n] = i; end[n] = i + 1; n++; }
      i++;
      continue;
    }
    const cp = raw.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    push(ch, i, i + ch.length);
    i += ch.length;
  }
  return { chars: Buffer.from(codes.buffer, 0, n * 2).toString('utf16le'), start: start.subarray(0, n), end: end.subarray(0, n) };
}

function key(text: string): string {
  let out = '';
  for (const ch of text) if (ALNUM.test(ch)) out += fold(ch);
  return out;
}

const ENDS = 40;

/** One entry per paragraph found in the raw HTML, in order. */
export function buildOffsetMap(raw: string, text: string, paragraphs: readonly Span[]): OffsetMapEntry[] {
  const proj = project(raw);
  const entries: OffsetMapEntry[] = [];
  let cursor = 0;
  for (const p of paragraphs) {
    const k = key(text.slice(p.start, p.end));
    if (k.length < 4) continue;
    const head = k.slice(0, ENDS);
    const tail = k.slice(-ENDS);
    const at = proj.chars.indexOf(head, cursor);
    if (at < 0) continue;
    // The tail should sit about k.length after the head; allow some slack for text the cleaner
    // dropped or an entity the projection could not decode, but no more.
    const slack = Math.ceil(k.length * 0.2) + 20;
    const tailAt = k.length <= ENDS ? at : proj.chars.indexOf(tail, Math.max(at, at + k.length - tail.length - slack));
    if (tailAt < 0 || tailAt + tail.length - at > k.length + slack) continue;
    const last = tailAt + tail.length - 1;
    let rawStart = proj.start[at]!;
    let rawEnd = proj.end[last]!;
    // Take in punctuation before the first and after the last letter when the raw HTML has it as is.
    const para = text.slice(p.start, p.end);
    const lead = /^[^\p{L}\p{N}]*/u.exec(para)![0];
    const trail = para.slice(trailingNonWordStart(para));
    if (lead && raw.slice(rawStart - lead.length, rawStart) === lead) rawStart -= lead.length;
    if (trail && raw.startsWith(trail, rawEnd)) rawEnd += trail.length;
    entries.push({ start: p.start, end: p.end, rawStart, rawEnd });
    cursor = last + 1;
  }
  return entries;
}

/**
 * Where the run of non-letters at the end of `s` starts. A backward scan, because the regex
 * /[^\p{L}\p{N}]*$/u retries from every position and takes time growing with the square of a
 * long run of punctuation (found by fuzzing).
 */
function trailingNonWordStart(s: string): number {
  let i = s.length;
  while (i > 0 && !/[\p{L}\p{N}]/u.test(s[i - 1]!)) i--;
  // A letter or digit outside the BMP ends in a low surrogate that the test above cannot read alone.
  if (i > 0 && i < s.length && /[\uDC00-\uDFFF]/.test(s[i]!) && /[\p{L}\p{N}]/u.test(s.slice(i - 1, i + 1))) i++;
  return i;
}
