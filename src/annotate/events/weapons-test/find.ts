// Shared helpers of the weapons-test finders: regular expressions run over one sentence, with
// spans mapped back to offsets into the clean text.
import type { TextSpan } from '../../../model/types.js';

export interface Passage {
  /** Offset of the passage in the clean text. */
  start: number;
  text: string;
}

export interface Hit {
  match: RegExpExecArray;
  /** The whole match as a span of the clean text. */
  span: TextSpan;
  /** A capture group as a span of the clean text. */
  group(n: number): TextSpan | null;
}

/** The global copy of each pattern, made once: the casualty patterns are long, and compiling them per sentence showed in `npm run bench`. */
const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();

/** Every match of `re` (made global here) in the passage. */
export function hits(passage: Passage, re: RegExp): Hit[] {
  let global = GLOBAL_COPIES.get(re);
  if (!global) {
    global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    GLOBAL_COPIES.set(re, global);
  }
  global.lastIndex = 0;
  const out: Hit[] = [];
  for (const m of passage.text.matchAll(global)) {
    const at = passage.start + m.index!;
    out.push({
      match: m,
      span: { start: at, end: at + m[0].length, text: m[0] },
      group(n) {
        const g = m[n];
        if (g === undefined) return null;
        const offset = m[0].indexOf(g);
        return { start: at + offset, end: at + offset + g.length, text: g };
      },
    });
  }
  return out;
}

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, dozen: 12, twenty: 20, several: NaN, multiple: NaN,
};

export const NUMBER_WORD_RE = `(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).filter((w) => w !== 'a' && w !== 'an').join('|')})`;

/** A number written in digits ("1,000", "4.5") or words ("two"); null when it is not one. */
export function parseNumber(words: string): number | null {
  const w = words.toLowerCase().trim();
  if (/^\d/.test(w)) return Number(w.replace(/,/g, ''));
  const n = NUMBER_WORDS[w];
  return n === undefined || Number.isNaN(n) ? null : n;
}

/** Kilometres from a number and its unit. */
export function toKm(value: number, unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('mi')) return Math.round(value * 1.609344);
  if (u === 'm' || u.startsWith('met')) return value / 1000;
  return value;
}

export const UNIT_RE = '(km|kilometers|kilometres|kilometer|kilometre|miles|mi)\\b';
