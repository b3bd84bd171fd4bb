// Placing a calendar name without a year (a weekday, "March 20", "June", "summer", "the third
// quarter") relative to the publication date: backwards in a past-tense clause, forwards in a
// future one, and by explicit words ("last", "next", "this") when the text has them.
import { type YMD, addDays, compareDays, daysBetween, weekdayOf } from '../calendar.js';
import type { Placement } from '../candidate.js';
import type { Tense } from './tense.js';

/**
 * How much a day or month on the side a past tense rules out costs: about eight months, so a past
 * clause still takes a date a few weeks ahead (a deadline) but not one three months ahead.
 */
export const SOFT_DAYS = 240;
export const SOFT_MONTHS = 9;
export const SOFT_SEASONS = 3;

/** What to do when the clause has no tense cue: news reports the past, but a date may be either side. */
export type Fallback = 'past' | 'nearest';

/** The weekday `weekday` (ISO 1..7) relative to the anchor day. Same day counts: "on Friday" in a Friday report is today. */
export function placeWeekday(anchor: YMD, weekday: number, placement: Placement, tense: Tense | null): YMD {
  const a = weekdayOf(anchor);
  const back = (a - weekday + 7) % 7;
  const forward = (weekday - a + 7) % 7;
  switch (placement) {
    case 'last': return addDays(anchor, -(back || 7));
    case 'next': return addDays(anchor, forward || 7);
    case 'this': return addDays(anchor, weekday - a);
    default: return tense === 'future' ? addDays(anchor, forward) : addDays(anchor, -back);
  }
}

/**
 * Chooses among dated candidates (one per year around the anchor) by placement and tense.
 * `distance` is negative before the anchor, 0 in the same period, positive after. With `soft` set
 * (a number of periods), a past tense does not rule the future out but costs that much: a deadline
 * "by Jan. 14" in a past-tense clause published Jan. 6 is next week, not a year ago.
 */
export function placeByDistance<T>(candidates: T[], distance: (c: T) => number, placement: Placement, tense: Tense | null, fallback: Fallback, soft?: number, softFuture?: number): T | null {
  let best: T | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = distance(c);
    let ok: boolean;
    let score = Math.abs(d);
    switch (placement) {
      case 'last': ok = d < 0; break;
      case 'next': ok = d > 0; break;
      case 'this': ok = true; break;
      default: {
        const direction = tense ?? (fallback === 'past' ? 'past' : null);
        const against = direction === 'past' ? d > 0 : direction === 'future' ? d < 0 : false;
        // a past cue (any -ed word) often misleads; a future one rarely does, but for a day of the year
        // ("to repatriate him by Jan. 14", read a day later) a date just gone beats one a year ahead
        const cost = direction === 'future' ? softFuture : soft;
        ok = !against || cost !== undefined;
        if (against && cost !== undefined) score += cost;
        // with no tense, news more often reports what happened: a later date must be clearly nearer
        if (direction === null && d > 0) score += soft !== undefined ? soft / 4 : 0.5;
      }
    }
    if (ok && score < bestScore) { best = c; bestScore = score; }
  }
  return best;
}

/** A day of the year (month and day, or a holiday rule) placed around the anchor. */
export function placeDayOfYear(anchor: YMD, dayIn: (year: number) => YMD | null, placement: Placement, tense: Tense | null, weekday?: number): YMD | null {
  const years = [anchor.year - 1, anchor.year, anchor.year + 1];
  const days = years.map(dayIn).filter((d): d is YMD => d !== null);
  // "Friday, Oct. 23": the weekday says which year
  if (weekday !== undefined) {
    const fits = days.filter((d) => weekdayOf(d) === weekday);
    if (fits.length === 1) return fits[0]!;
  }
  if (placement === 'this') return days.find((d) => d.year === anchor.year) ?? null;
  return placeByDistance(days, (d) => daysBetween(anchor, d), placement, tense, 'nearest', SOFT_DAYS, SOFT_DAYS);
}

export const sameOrBefore = (a: YMD, b: YMD): boolean => compareDays(a, b) <= 0;
