// Turns a candidate's meaning into a TIMEX3 value: against the anchor (the publication date) for
// relative words and for calendar names without a year, against the last date the text mentioned
// for "that day" / "two days earlier", and not at all for durations, sets and reference points.
// What the words and the anchor do not fix stays null: we never guess.
import type { TimeType } from '../../../model/types.js';
import {
  type YMD, addDays, addMonths, easterSunday, formatDay, formatMonth, formatWeek, formatYear, isValidDay, isoWeek, nthWeekdayOfMonth,
} from '../calendar.js';
import type { Meaning } from '../candidate.js';
import { FIXED_HOLIDAYS } from '../lexicon.js';
import { CLOCK_CONTEXT_SENTENCES, type ResolveContext } from './context.js';
import { SOFT_MONTHS, placeByDistance, placeDayOfYear, placeWeekday } from './place.js';
import { resolveQuarter, resolveSeason, resolveShift } from './resolve-periods.js';
import { NO_ANCHOR, NO_CONTEXT, type Resolution, UNIT_GRANULARITY, anchorText, dayValue, unresolved } from './resolution.js';
import type { Tense } from './tense.js';

export type { Resolution } from './resolution.js';

export function resolve(m: Meaning, tense: () => Tense | null, ctx: ResolveContext, sentence: number): Resolution {
  const anchor = ctx.anchor;
  switch (m.kind) {
    case 'duration':
      return { type: 'DURATION', value: m.value, granularity: m.unit ? UNIT_GRANULARITY[m.unit] ?? null : null, reference: null, inferred: [] };
    case 'set':
      return { type: 'SET', value: m.value, granularity: m.unit ? UNIT_GRANULARITY[m.unit] ?? null : null, reference: null, inferred: [] };
    case 'ref':
      return { type: 'DATE', value: m.value, granularity: null, reference: null, inferred: [] };
    case 'year':
      return { type: 'DATE', value: formatYear(m.year), granularity: 'year', reference: null, inferred: [] };
    case 'decade':
      return { type: 'DATE', value: String(m.decade).padStart(3, '0'), granularity: 'decade', reference: null, inferred: [] };
    case 'century': {
      if (m.offset === undefined) return { type: 'DATE', value: String(m.century).padStart(2, '0'), granularity: null, reference: null, inferred: [] };
      if (!anchor) return unresolved('DATE', NO_ANCHOR);
      return { type: 'DATE', value: String(Math.floor(anchor.year / 100) + m.offset).padStart(2, '0'), granularity: null, reference: anchorText(ctx), inferred: ['century'] };
    }
    case 'date':
      return resolveDate(m, tense, ctx);
    case 'month':
      return resolveMonth(m, tense, ctx);
    case 'clock': {
      // a clock time with no day of its own is on the day just named (not the day a statement was
      // made: "fired on Thursday, the JCS said Friday. … around 4 p.m." is Thursday), else on the publication day
      const day = ctx.lastEventDay && sentence - ctx.lastEventDay.sentence <= CLOCK_CONTEXT_SENTENCES ? ctx.lastEventDay.day : anchor;
      if (!day) return unresolved('TIME', NO_ANCHOR);
      return dayValue(day, m.clock, m.partOfDay, formatDay(day), ['year', 'month', 'day']);
    }
    case 'season':
      return resolveSeason(m.season, m.year, m.placement, tense, ctx);
    case 'weekend': {
      if (!anchor) return unresolved('DATE', NO_ANCHOR);
      const saturday = placeWeekday(anchor, 6, m.placement, tense());
      return { type: 'DATE', value: `${formatWeek(isoWeek(saturday))}-WE`, granularity: 'week', reference: anchorText(ctx), inferred: ['year', 'week'] };
    }
    case 'quarter':
      return resolveQuarter(m, tense, ctx, sentence);
    case 'relative':
      return resolveRelative(m, ctx);
    case 'shift':
      return resolveShift(m, ctx, sentence);
    case 'contextual':
      return resolveContextual(m, ctx);
    case 'holiday':
      return resolveHoliday(m, tense, ctx);
  }
}

function resolveDate(m: Extract<Meaning, { kind: 'date' }>, tense: () => Tense | null, ctx: ResolveContext): Resolution {
  const type: TimeType = m.clock || m.partOfDay ? 'TIME' : 'DATE';
  if (m.year !== undefined && m.month !== undefined && m.day !== undefined) {
    const day = { year: m.year, month: m.month, day: m.day };
    if (!isValidDay(day)) return unresolved(type, 'not a valid calendar day');
    return dayValue(day, m.clock, m.partOfDay, null, []);
  }
  const anchor = ctx.anchor;
  if (!anchor) return unresolved(type, NO_ANCHOR);
  if (m.month !== undefined && m.day !== undefined) {
    const month = m.month, dayOfMonth = m.day;
    const day = placeDayOfYear(anchor, (year) => (isValidDay({ year, month, day: dayOfMonth }) ? { year, month, day: dayOfMonth } : null), m.placement, tense(), m.weekday);
    if (!day) return unresolved(type, 'not a valid calendar day');
    return dayValue(day, m.clock, m.partOfDay, formatDay(anchor), ['year']);
  }
  if (m.weekday !== undefined) {
    const day = placeWeekday(anchor, m.weekday, m.placement, m.placement === 'tense' ? tense() : null);
    return dayValue(day, m.clock, m.partOfDay, formatDay(anchor), ['year', 'month', 'day']);
  }
  return unresolved(type, 'no day in the words');
}

function resolveMonth(m: Extract<Meaning, { kind: 'month' }>, tense: () => Tense | null, ctx: ResolveContext): Resolution {
  if (m.year !== undefined) return { type: 'DATE', value: formatMonth(m.year, m.month), granularity: 'month', reference: null, inferred: [] };
  const anchor = ctx.anchor;
  if (!anchor) return unresolved('DATE', NO_ANCHOR);
  const reference = formatDay(anchor);
  if (m.yearOffset !== undefined) return { type: 'DATE', value: formatMonth(anchor.year + m.yearOffset, m.month), granularity: 'month', reference, inferred: ['year'] };
  if (m.placement === 'this') return { type: 'DATE', value: formatMonth(anchor.year, m.month), granularity: 'month', reference, inferred: ['year'] };
  const years = [anchor.year - 1, anchor.year, anchor.year + 1];
  const year = placeByDistance(years, (y) => (y * 12 + m.month) - (anchor.year * 12 + anchor.month), m.placement, tense(), 'nearest', SOFT_MONTHS);
  if (year === null) return unresolved('DATE', 'no month fits');
  return { type: 'DATE', value: formatMonth(year, m.month), granularity: 'month', reference, inferred: ['year'] };
}

function resolveRelative(m: Extract<Meaning, { kind: 'relative' }>, ctx: ResolveContext): Resolution {
  const anchor = ctx.anchor;
  const type: TimeType = m.clock || m.partOfDay ? 'TIME' : 'DATE';
  if (!anchor) return unresolved(type, NO_ANCHOR);
  const reference = formatDay(anchor);
  switch (m.unit) {
    case 'day':
      return dayValue(addDays(anchor, m.offset), m.clock, m.partOfDay, reference, ['year', 'month', 'day']);
    case 'week':
      return { type, value: formatWeek(isoWeek(addDays(anchor, 7 * m.offset))), granularity: 'week', reference, inferred: ['year', 'week'] };
    case 'weekend':
      return { type, value: `${formatWeek(isoWeek(addDays(anchor, 7 * m.offset)))}-WE`, granularity: 'week', reference, inferred: ['year', 'week'] };
    case 'month': {
      const { year, month } = addMonths(anchor.year, anchor.month, m.offset);
      return { type, value: formatMonth(year, month), granularity: 'month', reference, inferred: ['year', 'month'] };
    }
    case 'year':
      return { type, value: formatYear(anchor.year + m.offset), granularity: 'year', reference, inferred: ['year'] };
    case 'decade':
      return { type, value: String(Math.floor(anchor.year / 10) + m.offset), granularity: 'decade', reference, inferred: ['decade'] };
  }
}

function resolveContextual(m: Extract<Meaning, { kind: 'contextual' }>, ctx: ResolveContext): Resolution {
  const type: TimeType = m.clock || m.partOfDay ? 'TIME' : 'DATE';
  switch (m.unit) {
    case 'day': {
      if (!ctx.lastDay) return unresolved(type, NO_CONTEXT);
      return dayValue(addDays(ctx.lastDay.day, m.offset), m.clock, m.partOfDay, formatDay(ctx.lastDay.day), ['year', 'month', 'day']);
    }
    case 'month': {
      // With no month told before, "the next month" can only be the one after now.
      const from = ctx.lastMonth ?? (m.offset === 1 && ctx.anchor ? { year: ctx.anchor.year, month: ctx.anchor.month } : null);
      if (!from) return unresolved(type, NO_CONTEXT);
      const { year, month } = addMonths(from.year, from.month, m.offset);
      return { type, value: formatMonth(year, month), granularity: 'month', reference: formatMonth(from.year, from.month), inferred: ['year', 'month'] };
    }
    case 'year': {
      const fromYear = ctx.lastYear?.year ?? (m.offset === 1 && ctx.anchor ? ctx.anchor.year : null);
      if (fromYear === null) return unresolved(type, NO_CONTEXT);
      return { type, value: formatYear(fromYear + m.offset), granularity: 'year', reference: formatYear(fromYear), inferred: ['year'] };
    }
  }
}

function holidayIn(name: string, year: number): YMD | null {
  const fixed = FIXED_HOLIDAYS[name] ?? (name === "new year's" ? [1, 1] as [number, number] : undefined);
  if (fixed) return { year, month: fixed[0], day: fixed[1] };
  if (name.startsWith('thanksgiving')) return nthWeekdayOfMonth(year, 11, 4, 4);
  if (name === 'easter') return easterSunday(year);
  if (name === 'easter monday') return addDays(easterSunday(year), 1);
  if (name === 'good friday') return addDays(easterSunday(year), -2);
  return null;
}

function resolveHoliday(m: Extract<Meaning, { kind: 'holiday' }>, tense: () => Tense | null, ctx: ResolveContext): Resolution {
  if (m.year !== undefined) {
    const day = holidayIn(m.name, m.year);
    return day ? dayValue(day, undefined, undefined, null, []) : unresolved('DATE', 'unknown holiday');
  }
  if (!ctx.anchor) return unresolved('DATE', NO_ANCHOR);
  const day = placeDayOfYear(ctx.anchor, (year) => holidayIn(m.name, year), m.placement, tense());
  return day ? dayValue(day, undefined, undefined, formatDay(ctx.anchor), ['year']) : unresolved('DATE', 'unknown holiday');
}

