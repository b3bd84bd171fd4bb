// The dateline at the start of a wire report: "SEOUL, Nov 29 (Reuters) -", "WASHINGTON (AP) —",
// "Pyongyang, March 21 (KCNA) --", "BEIRUT —", "Kyiv, Ukraine (CNN) -". Found, never removed: the
// text stays as it was and Document.dateline.span points at the line's prefix.
import type { Span } from '../model/types.js';
import { daysInMonth, monthNumber, type ReadDate } from './dates.js';
import { DATELINE_ZONES } from './dateline-zones.js';
import { countWordsUpTo } from './text.js';

export interface DatelineMatch {
  span: Span;
  /** The city, in title case ("SEOUL" → "Seoul"). */
  place: string | null;
  region: string | null;
  outlet: string | null;
  month: number | null;
  day: number | null;
  /** IANA zone of a well-known dateline city. */
  zone: string | null;
}

// Runs of spaces are bounded ({1,4}): a dateline has one or two, and unbounded runs next to each
// other made a long line of spaces quadratic (a 47 KB line took 4 s).
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const CAPS_PLACE = String.raw`([A-Z][A-Z'’.\-]+(?:[ ][A-Z][A-Z'’.\-]*){0,3})`;
const TITLE_PLACE = String.raw`([A-Z][a-z'’.\-]+(?:[ ][A-Z][a-z'’.\-]+){0,2})`;
const REGION = String.raw`(?:,[ ]{1,4}([A-Z][A-Za-z'’.\-]*(?:[ ][A-Z][A-Za-z'’.\-]*){0,2}))?`;
const DATE = String.raw`(?:,?[ ]{1,4}${MONTH}[ ]{1,4}(\d{1,2}))?`;
const OUTLET = String.raw`\(([A-Z][A-Za-z0-9&.'’/ \-]{0,39})\)`;
const DASH = String.raw`(?:--|—|–|―|-)`;
const END = String.raw`(?=\s|$)`;

// An all-capitals place is a dateline with or without an outlet; a title-case place needs the
// outlet in brackets, or "Officials said -" would pass.
const PATTERNS: { re: RegExp; place: boolean }[] = [
  { re: new RegExp(`^${CAPS_PLACE}${REGION}${DATE}[ ]{0,4}(?:${OUTLET})?[ ]{0,4}${DASH}${END}`), place: true },
  { re: new RegExp(`^${TITLE_PLACE}${REGION}${DATE}[ ]{0,4}${OUTLET}[ ]{0,4}${DASH}${END}`), place: true },
  { re: new RegExp(`^${OUTLET}[ ]{0,4}${DASH}${END}`), place: false },
];

// Capitalised openings that are story labels, not places ("UPDATE 2 -", "EXCLUSIVE -", "BREAKING NEWS —").
const NOT_PLACES = /^(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|ANALYSIS|FACTBOX|EXPLAINER|INSIGHT|COLUMN|REFILE|CORRECTED|CORRECTION|WRAPUP|LIVE|OPINION|EDITORIAL|VIDEO|PHOTOS?|WATCH|URGENT|FLASH|NEWSMAKER|INTERVIEW|REVIEW|COMMENT|PREVIEW|TIMELINE|Breaking|Update|Exclusive|Analysis|Opinion|Live|Watch|Video)\b/;

const titleCase = (s: string): string => (s === s.toUpperCase() ? s.toLowerCase().replace(/(^|[ \-.'’])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase()) : s);

/** Matches the start of one paragraph. `offset` is where the paragraph starts in the document. */
export function matchDateline(paragraph: string, offset = 0): DatelineMatch | null {
  for (const { re, place } of PATTERNS) {
    const m = re.exec(paragraph);
    if (!m) continue;
    const [all, ...g] = m;
    const [placeRaw, region, monthName, day, outlet] = place ? g : [undefined, undefined, undefined, undefined, g[0]];
    if (placeRaw !== undefined && (placeRaw.replace(/[^A-Za-z]/g, '').length < 3 || NOT_PLACES.test(placeRaw))) continue;
    const month = monthName ? monthNumber(monthName) : null;
    const dayN = day ? Number(day) : null;
    if (dayN !== null && (dayN < 1 || dayN > 31)) continue;
    const city = placeRaw ? titleCase(placeRaw.trim()) : null;
    return {
      span: { start: offset, end: offset + all.trimEnd().length },
      place: city,
      region: region ?? null,
      outlet: outlet?.trim() ?? null,
      month: dayN === null ? null : month,
      day: month === null ? null : dayN,
      zone: city ? DATELINE_ZONES[city.toLowerCase()] ?? null : null,
    };
  }
  return null;
}

/**
 * The dateline of a document: at the start of the first paragraph, or of a later one when only
 * short lines (a title, a byline) come before it.
 */
export function findDateline(text: string, paragraphs: readonly Span[]): DatelineMatch | null {
  for (const p of paragraphs.slice(0, 3)) {
    const para = text.slice(p.start, p.end);
    const m = matchDateline(para, p.start);
    if (m) return m;
    // Counting stops at 21 words: a text given as one paragraph need not be counted to its end.
    if (countWordsUpTo(para, 21) > 20 || /[.!?]["”’]?$/.test(para)) return null;
  }
  return null;
}

/**
 * The dateline's month and day in the year that puts it on or just before the end of the known
 * period (a dateline "Dec 31" with a hint of January 2018 is 2017-12-31).
 */
export function datelineDate(month: number, day: number, hint: { year: number; month?: number }): ReadDate | null {
  const endMonth = hint.month ?? 12;
  const limit = Date.UTC(hint.year, endMonth - 1, daysInMonth(hint.year, endMonth));
  for (const year of [hint.year, hint.year - 1]) {
    if (day > daysInMonth(year, month)) continue;
    const instant = Date.UTC(year, month - 1, day);
    if (instant <= limit) {
      const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      return { year, month, day, value, precision: 'day', instant };
    }
  }
  return null;
}

const DAY_MS = 86_400_000;

/**
 * The dateline's day as a calendar date, given the publication date: the year that puts it from
 * ten days before to one day after publication (a page is often published or updated after the
 * story was filed; a dateline in Asia can be a day ahead of a page dated in New York). Null when no
 * such year exists: a dateline that far from the page's date is not trusted over it.
 */
export function datelineDayNear(month: number, day: number, published: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return null;
  const at = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  for (const year of [Number(m[1]), Number(m[1]) - 1, Number(m[1]) + 1]) {
    if (day > daysInMonth(year, month)) continue;
    const instant = Date.UTC(year, month - 1, day);
    if (instant >= at - 10 * DAY_MS && instant <= at + DAY_MS) {
      return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
  }
  return null;
}
