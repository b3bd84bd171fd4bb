// Resolving periods longer than a day: seasons and quarters (placed around the anchor, or the quarter
// the text is discussing) and shifts ("three days ago", "a year earlier").
import { type YMD, addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear, isoWeek, quarterOf } from '../calendar.js';
import type { Meaning } from '../candidate.js';
import type { Season } from '../lexicon.js';
import { durationValue } from '../timex.js';
import { QUARTER_CONTEXT_SENTENCES, type ResolveContext, SHIFT_CONTEXT_SENTENCES } from './context.js';
import { SOFT_SEASONS, placeByDistance } from './place.js';
import { NO_ANCHOR, type Resolution, UNIT_GRANULARITY, anchorText, unresolved } from './resolution.js';
import type { Tense } from './tense.js';

const SEASON_ORDER: Season[] = ['SP', 'SU', 'FA', 'WI'];
const seasonIndexOf = (month: number): number => (month >= 3 && month <= 5 ? 0 : month >= 6 && month <= 8 ? 1 : month >= 9 && month <= 11 ? 2 : 3);

export function resolveSeason(season: Season, year: number | undefined, placement: Extract<Meaning, { kind: 'season' }>['placement'], tense: () => Tense | null, ctx: ResolveContext): Resolution {
  if (year !== undefined) return { type: 'DATE', value: `${formatYear(year)}-${season}`, granularity: 'quarter', reference: null, inferred: [] };
  const anchor = ctx.anchor;
  if (!anchor) return unresolved('DATE', NO_ANCHOR);
  const target = SEASON_ORDER.indexOf(season);
  // winter belongs to the year it starts in: January 2025 is in winter 2024
  const seasonYear = anchor.month <= 2 ? anchor.year - 1 : anchor.year;
  const current = seasonYear * 4 + seasonIndexOf(anchor.month);
  let chosen: number | null;
  if (placement === 'this') chosen = target === 3 && seasonIndexOf(anchor.month) === 3 ? seasonYear : anchor.year;
  else chosen = placeByDistance([seasonYear - 1, seasonYear, seasonYear + 1], (y) => y * 4 + target - current, placement, tense(), 'nearest', SOFT_SEASONS);
  if (chosen === null) return unresolved('DATE', 'no season fits');
  return { type: 'DATE', value: `${formatYear(chosen)}-${season}`, granularity: 'quarter', reference: formatDay(anchor), inferred: ['year'] };
}

export function resolveQuarter(m: Extract<Meaning, { kind: 'quarter' }>, tense: () => Tense | null, ctx: ResolveContext, sentence: number): Resolution {
  const isHalf = m.half !== undefined;
  const code = isHalf ? 'H' : 'Q';
  const per = isHalf ? 2 : 4;
  const back = m.yearAgo ? 1 : 0;
  const done = (year: number, k: number, reference: string | null, inferred: string[]): Resolution =>
    ({ type: 'DATE', value: `${formatYear(year - back)}-${code}${k}`, granularity: 'quarter', reference, inferred });
  // "the quarter", "the latest period", "the 1988 quarter", "last year's quarter": the quarter the text is discussing
  const anchor = ctx.anchor;
  let discussed = ctx.lastQuarter && sentence - ctx.lastQuarter.sentence <= QUARTER_CONTEXT_SENTENCES ? ctx.lastQuarter : null;
  // "the latest quarter" has ended: not a coming quarter the text mentioned ("a fourth-quarter charge")
  if (discussed && m.latest && anchor && discussed.year * 4 + discussed.quarter > anchor.year * 4 + quarterOf(anchor.month) - 1) discussed = null;
  let n = isHalf ? m.half : m.quarter;
  let year = m.year;
  // "the current quarter" is the one the publication date is in, whatever the text discussed;
  // "this quarter's loss" in a report on a quarter is that quarter
  if (n === undefined && !isHalf && discussed && (m.placement === 'tense' || (m.placement === 'this' && !m.current))) {
    const reference = `${formatYear(discussed.year)}-Q${discussed.quarter}`;
    if (year !== undefined) return done(year, discussed.quarter, reference, ['quarter']);
    if (m.yearOffset !== undefined && anchor) return done(anchor.year + m.yearOffset, discussed.quarter, reference, ['quarter']);
    return done(discussed.year, discussed.quarter, reference, ['year', 'quarter']);
  }
  if (n !== undefined && year !== undefined) return done(year, n, null, []);
  if (!anchor) return unresolved('DATE', NO_ANCHOR);
  const reference = formatDay(anchor);
  const current = isHalf ? (anchor.month <= 6 ? 1 : 2) : quarterOf(anchor.month);
  if (n !== undefined) {
    if (m.yearOffset !== undefined) return done(anchor.year + m.yearOffset, n, reference, ['year']);
    const k = n;
    // the nearest such quarter, whatever the tense: "expects to report third-quarter results" in
    // October is about the quarter just ended, and "the first quarter" then is the coming one.
    // A fiscal quarter is not a calendar one: only the tense places it (past by default).
    year = placeByDistance([anchor.year - 1, anchor.year, anchor.year + 1], (y) => (y * per + k) - (anchor.year * per + current), m.placement,
      m.fiscal ? tense() : null, m.fiscal ? 'past' : 'nearest') ?? undefined;
    return year === undefined ? unresolved('DATE', 'no quarter fits') : done(year, n, reference, ['year']);
  }
  if (isHalf || year !== undefined) return unresolved('DATE', 'the text does not say which quarter');
  // no quarter discussed: "the latest quarter" is the last one completed; "this quarter" the current one
  const index = (anchor.year + (m.yearOffset ?? 0)) * 4 + current - 1;
  const shift = m.placement === 'this' ? 0 : m.placement === 'next' ? 1 : -1;
  n = ((index + shift) % 4 + 4) % 4 + 1;
  return done(Math.floor((index + shift) / 4), n, reference, ['year', 'quarter']);
}

/** "three days ago" counts from the anchor; "two days earlier" from the last date the text gave. */
export function resolveShift(m: Extract<Meaning, { kind: 'shift' }>, ctx: ResolveContext, sentence: number): Resolution {
  let unit = m.unit;
  let amount = m.amount ?? 0;
  // fractions go to a smaller unit: "a year and a half ago" is 18 months ago
  if (!Number.isInteger(amount)) {
    if (unit === 'year') { unit = 'month'; amount *= 12; } else if (unit === 'month') { unit = 'day'; amount *= 30; } else if (unit === 'week') { unit = 'day'; amount *= 7; }
    amount = Math.round(amount);
  }
  const n = m.sign * amount;
  // "a year earlier" / "a year ago" while a quarter's results are discussed: that quarter a year before
  const q = ctx.lastQuarter;
  if (unit === 'year' && m.sign < 0 && q && sentence - q.sentence <= QUARTER_CONTEXT_SENTENCES) {
    return { type: 'DATE', value: `${formatYear(q.year + n)}-Q${q.quarter}`, granularity: 'quarter', reference: `${formatYear(q.year)}-Q${q.quarter}`, inferred: ['quarter'] };
  }
  let base: YMD | null = ctx.anchor;
  let reference = anchorText(ctx);
  // "two days earlier" right after a day is named ("On Thursday … Two days earlier, …") is a date;
  // with no day just before it, it is an amount (TimeML's anchored duration): we do not guess the anchor
  const nearDay = ctx.lastDay && sentence - ctx.lastDay.sentence <= SHIFT_CONTEXT_SENTENCES ? ctx.lastDay : null;
  if (m.from === 'context' && (unit === 'day' || unit === 'week') && nearDay) {
    const day = addDays(nearDay.day, n * (unit === 'week' ? 7 : 1));
    return unit === 'day'
      ? { type: 'DATE', value: formatDay(day), granularity: 'day', reference: formatDay(nearDay.day), inferred: ['year', 'month', 'day'] }
      : { type: 'DATE', value: formatWeek(isoWeek(day)), granularity: 'week', reference: formatDay(nearDay.day), inferred: ['year', 'week'] };
  }
  if (m.from === 'context' && (unit === 'day' || unit === 'week' || unit === 'hour' || unit === 'minute' || unit === 'second')) {
    return { type: 'DURATION', value: durationValue(m.amount, m.unit), granularity: UNIT_GRANULARITY[m.unit] ?? null, reference: null, inferred: [] };
  }
  if (m.from === 'context') {
    if (unit === 'year' || unit === 'decade' || unit === 'century' || unit === 'quarter') {
      const y = ctx.lastYear;
      if (y && sentence - y.sentence <= 1) { base = { year: y.year, month: ctx.lastMonth?.year === y.year ? ctx.lastMonth.month : 1, day: 1 }; reference = formatYear(y.year); }
    } else if (unit === 'month' && ctx.lastMonth && !ctx.lastDay) {
      base = { year: ctx.lastMonth.year, month: ctx.lastMonth.month, day: 1 };
      reference = formatMonth(ctx.lastMonth.year, ctx.lastMonth.month);
    } else if (ctx.lastDay) {
      base = ctx.lastDay.day;
      reference = formatDay(base);
    } else if (unit !== 'month') {
      // nothing to count from: say how long, not when
      return { type: 'DURATION', value: durationValue(m.amount, m.unit), granularity: UNIT_GRANULARITY[m.unit] ?? null, reference: null, inferred: [] };
    }
  }
  if (!base) return unresolved('DATE', NO_ANCHOR);
  switch (unit) {
    case 'day':
      return { type: 'DATE', value: formatDay(addDays(base, n)), granularity: 'day', reference, inferred: ['year', 'month', 'day'] };
    case 'week':
      return { type: 'DATE', value: formatWeek(isoWeek(addDays(base, 7 * n))), granularity: 'week', reference, inferred: ['year', 'week'] };
    case 'month': {
      const { year, month } = addMonths(base.year, base.month, n);
      return { type: 'DATE', value: formatMonth(year, month), granularity: 'month', reference, inferred: ['year', 'month'] };
    }
    case 'quarter': {
      const k = base.year * 4 + quarterOf(base.month) - 1 + n;
      return { type: 'DATE', value: `${formatYear(Math.floor(k / 4))}-Q${(k % 4) + 1}`, granularity: 'quarter', reference, inferred: ['year', 'quarter'] };
    }
    case 'year':
      return { type: 'DATE', value: formatYear(base.year + n), granularity: 'year', reference, inferred: ['year'] };
    case 'decade':
      // "a decade ago" is a year ten years back, not a whole decade
      return { type: 'DATE', value: formatYear(base.year + 10 * n), granularity: 'year', reference, inferred: ['year'] };
    case 'century':
    case 'millennium':
      return { type: 'DATE', value: String(Math.floor((base.year + 100 * n) / 100)).padStart(2, '0'), granularity: null, reference, inferred: ['century'] };
    default:
      // "two hours ago": the day it happened on
      return { type: 'DATE', value: formatDay(base), granularity: 'day', reference, inferred: ['year', 'month', 'day'] };
  }
}

