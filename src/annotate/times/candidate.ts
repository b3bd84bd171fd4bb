// What a finder hands to the refiners: a span of text and what it means, before it is placed on the
// calendar. Resolution (refiners/resolve.ts) turns a meaning into a TIMEX3 value using the anchor
// (publication date), the tense of the clause, and what earlier expressions in the text fixed.
import type { Span } from '../../model/types.js';
import type { PartOfDay, Season, Unit } from './lexicon.js';

/**
 * How a calendar name without a year ("Thursday", "in June", "this summer") is placed:
 * by an explicit word ("last", "next", "this") or by the tense of its clause ("tense").
 */
export type Placement = 'last' | 'next' | 'this' | 'tense';

export interface ClockTime {
  hour: number;
  minute: number;
  /** Minutes east of UTC when the words name a zone ("EST", "GMT", "+0900"). */
  utcOffsetMinutes?: number;
}

export type Meaning =
  /** A day or part of one, as far as the words fix it: "Aug. 7, 1998", "March 20", "Thursday", "Thursday morning". */
  | { kind: 'date'; year?: number; month?: number; day?: number; weekday?: number; placement: Placement; clock?: ClockTime; partOfDay?: PartOfDay }
  /** A month, with or without its year: "January", "June 2019", "January this year". */
  | { kind: 'month'; month: number; year?: number; yearOffset?: number; placement: Placement }
  /** A clock time or part of day without a day of its own: "9 AM", "at dawn", "midnight". */
  | { kind: 'clock'; clock?: ClockTime; partOfDay?: PartOfDay }
  /** "the weekend": the nearest weekend, placed by tense. */
  | { kind: 'weekend'; placement: Placement }
  | { kind: 'season'; season: Season; year?: number; yearOffset?: number; placement: Placement }
  /** A quarter or half: "the third quarter", "Q3 2024", "the first half"; no number: "the quarter". */
  | { kind: 'quarter'; quarter?: number; half?: number; year?: number; yearOffset?: number; placement: Placement; yearAgo?: boolean; fiscal?: boolean; latest?: boolean; current?: boolean }
  | { kind: 'year'; year: number }
  /** A decade as TIMEX3 writes it: 199 for the 1990s. */
  | { kind: 'decade'; decade: number }
  /** A century as TIMEX3 writes it: 19 for the 20th century. */
  | { kind: 'century'; century: number; offset?: number }
  /** A calendar unit counted from the anchor: "today" (day 0), "yesterday" (day -1), "last week", "next year". */
  | { kind: 'relative'; unit: 'day' | 'week' | 'weekend' | 'month' | 'year' | 'decade'; offset: number; partOfDay?: PartOfDay; clock?: ClockTime }
  /** An amount of time before or after the anchor or the last date mentioned: "three days ago", "a year earlier". */
  | { kind: 'shift'; unit: Unit; amount: number | null; sign: -1 | 1; from: 'anchor' | 'context' }
  /** A unit counted from the last date the text mentioned: "that day" (0), "the next day" (1), "that year". */
  | { kind: 'contextual'; unit: 'day' | 'month' | 'year'; offset: number; partOfDay?: PartOfDay; clock?: ClockTime }
  /** A holiday: fixed ("Christmas") or computed ("Thanksgiving", "Easter"). */
  | { kind: 'holiday'; name: string; year?: number; placement: Placement }
  | { kind: 'duration'; value: string; unit: Unit | null }
  | { kind: 'set'; value: string; unit: Unit | null }
  | { kind: 'ref'; value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' };

export interface Candidate extends Span {
  /** Which finder rule made it (kept for debugging and tests, not output). */
  rule: string;
  meaning: Meaning;
  /** Found by chrono-node rather than by the news rules. */
  chrono?: boolean;
}
