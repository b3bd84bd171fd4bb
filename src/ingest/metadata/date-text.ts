// Dates written for readers, in page text: "17/03/2020", "2.9.2020 klo 12.45", "March 17, 2020",
// "17 de marzo de 2020", "2020-03-17 10:48". Day precision unless an ISO timestamp gives its
// offset (a clock time in words has no known zone). Numeric day/month order follows the page's
// language: month first only for US English, or when the first number cannot be a month.
import { readDate, type ReadDate } from '../dates.js';

// Month names in the languages most common in news (English, Spanish, Portuguese, French, German,
// Italian, Dutch), accents optional; keys are lower-case prefixes as written.
const MONTH_NAMES: [RegExp, number][] = [
  [/^(?:jan(?:uary|vier|uar|uari)?|ene(?:ro)?|gen(?:naio)?|janeiro|jän(?:ner)?)$/, 1],
  [/^(?:feb(?:ruary|rero|ruar|ruari|braio)?|fev(?:ereiro)?|f[ée]v(?:rier)?)$/, 2],
  [/^(?:mar(?:ch|zo|s|ço|co)?|m[äa]rz|maart)$/, 3],
  [/^(?:apr(?:il|ile)?|abr(?:il)?|avr(?:il)?)$/, 4],
  [/^(?:may(?:o)?|mai(?:o)?|mag(?:gio)?|mei)$/, 5],
  [/^(?:jun(?:e|io|ho|i)?|juin|giu(?:gno)?)$/, 6],
  [/^(?:jul(?:y|io|ho|i)?|juil(?:let)?|lug(?:lio)?)$/, 7],
  [/^(?:aug(?:ust|ustus)?|ago(?:sto)?|ao[ûu]t)$/, 8],
  [/^(?:sep(?:t|tember|tiembre|tembro|tembre)?|set(?:iembre|tembre|embro)?)$/, 9],
  [/^(?:oct(?:ober|ubre|obre)?|out(?:ubro)?|okt(?:ober)?|ott(?:obre)?)$/, 10],
  [/^(?:nov(?:ember|iembre|embro|embre)?)$/, 11],
  [/^(?:dec(?:ember|embre)?|dic(?:iembre|embre)?|dez(?:embro|ember)?|d[ée]c(?:embre)?)$/, 12],
];

// Arabic month names, one word each: Egyptian and Gulf usage, then the Levantine (Syriac) names of
// Jordan, Lebanon, Syria and Iraq (the two-word ones, Kanun and Tishrin, are left out).
const ARABIC_MONTHS = [
  'يناير', 'فبراير|شباط', 'مارس|آذار|اذار', 'أبريل|ابريل|نيسان', 'مايو|أيار|ايار', 'يونيو|يونيه|حزيران', 'يوليو|يوليه|تموز',
  'أغسطس|اغسطس|آب', 'سبتمبر|أيلول|ايلول', 'أكتوبر|اكتوبر', 'نوفمبر', 'ديسمبر',
];

export function monthFromName(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (const [re, n] of MONTH_NAMES) if (re.test(w)) return n;
  const arabic = ARABIC_MONTHS.findIndex((names) => names.split('|').includes(w));
  return arabic >= 0 ? arabic + 1 : null;
}

export type DayOrder = 'dmy' | 'mdy';

/** Month-first numeric dates only for US English pages. */
export function dayOrderOf(lang: string | null | undefined): DayOrder {
  return /^en-us\b/i.test(lang ?? '') ? 'mdy' : 'dmy';
}

const WORD = String.raw`\p{L}[\p{L}.]{2,11}`;
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray, order: DayOrder) => ReadDate | null }[] = [
  // ISO, possibly with a clock and offset: handed to the metadata reader.
  { re: /\b((?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{1,2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?!\d)/u, read: (m) => readDate(padIso(m[1]!)) },
  { re: /\b((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/u, read: (m) => day(+m[1]!, +m[2]!, +m[3]!) },
  {
    re: /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d{2})(?!\d)/u,
    read: (m, order) => {
      const a = +m[1]!, b = +m[2]!, y = +m[3]!;
      if (a > 12) return day(y, b, a);
      if (b > 12) return day(y, a, b);
      return order === 'mdy' ? day(y, a, b) : day(y, b, a);
    },
  },
  // Chinese, Japanese, Korean: 2020年7月11日, 2020년 3월 4일
  { re: /((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u, read: (m) => day(+m[1]!, +m[2]!, +m[3]!) },
  // "March 17, 2020", "Mar. 17 2020"
  { re: new RegExp(String.raw`(?<!\p{L})(${WORD})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})(?!\d)`, 'u'), read: (m) => named(m[1]!, +m[2]!, +m[3]!) },
  // Both names of the month, as Levantine Arabic pages write it: "24 نيسان / أبريل 2020"
  { re: new RegExp(String.raw`(?<!\d)(\d{1,2})\s+(${WORD})\s*/\s*(${WORD})\s+((?:19|20)\d{2})(?!\d)`, 'u'), read: (m) => named(m[2]!, +m[1]!, +m[4]!) ?? named(m[3]!, +m[1]!, +m[4]!) },
  // "17 March 2020", "17. März 2020", "17 de marzo de 2020", "1er juin 2020"
  { re: new RegExp(String.raw`(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º|°)?\.?\s+(?:de\s+)?(${WORD})\s+(?:de\s+|del\s+)?((?:19|20)\d{2})(?!\d)`, 'u'), read: (m) => named(m[2]!, +m[1]!, +m[3]!) },
];

function padIso(s: string): string {
  return s
    .replace(/^(\d{4})-(\d{1,2})-(\d{1,2})/, (_, y: string, mo: string, d: string) => `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`)
    .replace(/([T ])(\d):/, '$10$2:')
    .replace(/(:\d{2}:)(\d)(?!\d)/, '$10$2');
}

function day(year: number, month: number, d: number): ReadDate | null {
  return readDate(`${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

function named(word: string, d: number, year: number): ReadDate | null {
  const month = monthFromName(word);
  return month === null ? null : day(year, month, d);
}

// Global copies made once: compiling them on every call was a fifth of the metadata time.
const GLOBAL_PATTERNS = PATTERNS.map(({ re, read }) => ({ global: new RegExp(re.source, `${re.flags.replace('g', '')}g`), read }));

/** The earliest readable date in `text`, with where it starts; null when there is none. */
export function findDateInText(text: string, order: DayOrder = 'dmy'): { date: ReadDate; index: number } | null {
  let best: { date: ReadDate; index: number } | null = null;
  for (const { global, read } of GLOBAL_PATTERNS) {
    global.lastIndex = 0;
    for (let m = global.exec(text); m; m = global.exec(text)) {
      if (best && m.index >= best.index) break;
      const date = read(m, order);
      if (date) {
        best = { date, index: m.index };
        break;
      }
    }
  }
  return best;
}
