// Amounts in durations and shifts: digits ("35", "2 1/2", "1.5"), number words ("twenty four",
// "a hundred"), and vague quantities ("several", "a few") that TIMEX3 writes as X ("PXY").
import { NUMBER_WORDS } from './lexicon.js';

const WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)';
const VAGUE = '(?:a\\s+few|few|several|some|many|a\\s+number\\s+of|dozens\\s+of|hundreds\\s+of|thousands\\s+of|a\\s+couple\\s+of|a\\s+couple|a\\s+dozen|couple\\s+of)';

/** Regex source for an amount (no capture groups). Case-insensitive use expected. */
export const AMOUNT_PATTERN =
  `(?:\\d+(?:[.,]\\d+)?(?:\\s+\\d\\/\\d|½)?|${VAGUE}|(?:a|an|one)\\s+and\\s+a\\s+half|half\\s+an?|(?:a|an)\\s+(?:hundred|thousand)|${WORD}(?:(?:\\s+|-)(?:and\\s+)?${WORD})*(?:\\s+and\\s+a\\s+half)?|an?)`;

/** The numeric value of an amount; null when vague ("several"), which TIMEX3 writes as X. */
export function parseAmount(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^(a few|few|several|some|many|a number of|dozens of|hundreds of|thousands of)$/.test(s)) return null;
  if (/^(a couple|a couple of|couple of)$/.test(s)) return 2;
  if (s === 'a dozen') return 12;
  if (/^half an?$/.test(s)) return 0.5;
  const digits = /^(\d+(?:[.,]\d+)?)(?: (\d)\/(\d)|(½))?$/.exec(s);
  if (digits) {
    let n = Number(digits[1]!.replace(',', digits[1]!.includes('.') ? '' : '.'));
    if (/^\d{1,3},\d{3}$/.test(digits[1]!)) n = Number(digits[1]!.replace(',', ''));
    if (digits[2]) n += Number(digits[2]) / Number(digits[3]);
    if (digits[4]) n += 0.5;
    return Number.isFinite(n) ? n : null;
  }
  let half = 0;
  let words = s;
  if (words.endsWith(' and a half')) { half = 0.5; words = words.slice(0, -' and a half'.length); }
  let total = 0;
  let current = 0;
  for (const w of words.split(/[\s-]+/)) {
    if (w === 'and') continue;
    const v = NUMBER_WORDS[w];
    if (v === undefined) return null;
    if (v === 100 || v === 1000) { current = (current || 1) * v; if (v === 1000) { total += current; current = 0; } }
    else current += v;
  }
  return total + current + half;
}
