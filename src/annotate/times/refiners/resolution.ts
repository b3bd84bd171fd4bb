// A resolved value and the small helpers the resolvers share to build one.
import type { Granularity, TimeType } from '../../../model/types.js';
import { type YMD, formatClock, formatDay } from '../calendar.js';
import type { ClockTime } from '../candidate.js';
import type { PartOfDay, Unit } from '../lexicon.js';
import type { ResolveContext } from './context.js';

export interface Resolution {
  type: TimeType;
  value: string | null;
  granularity: Granularity | null;
  /** The date the value was computed from (the anchor, or the date the text mentioned before). */
  reference: string | null;
  inferred: string[];
  clock?: ClockTime;
  /** Why the value is null, for the DL202 diagnostic. */
  unresolved?: string;
}

export const NO_ANCHOR = 'no publication date to count from';
export const NO_CONTEXT = 'the text names no earlier date to count from';

export const unresolved = (type: TimeType, why: string): Resolution => ({ type, value: null, granularity: null, reference: null, inferred: [], unresolved: why });
export const anchorText = (ctx: ResolveContext): string | null => (ctx.anchor ? formatDay(ctx.anchor) : null);

export const UNIT_GRANULARITY: Partial<Record<Unit, Granularity>> = {
  year: 'year', quarter: 'quarter', month: 'month', week: 'week', day: 'day', minute: 'minute', second: 'second', decade: 'decade',
};

/** A day, with its clock time or part of day when the words give one. */
export function dayValue(day: YMD, clock: ClockTime | undefined, partOfDay: PartOfDay | undefined, reference: string | null, inferred: string[]): Resolution {
  if (clock) return { type: 'TIME', value: `${formatDay(day)}T${formatClock(clock.hour, clock.minute)}`, granularity: 'minute', reference, inferred, clock };
  if (partOfDay) return { type: 'TIME', value: `${formatDay(day)}T${partOfDay}`, granularity: 'part-of-day', reference, inferred };
  return { type: 'DATE', value: formatDay(day), granularity: 'day', reference, inferred };
}

