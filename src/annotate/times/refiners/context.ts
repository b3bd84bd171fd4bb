// What earlier expressions in a text fixed, for the ones that count from them ("that day", "the
// quarter", "two days earlier"), and how far back each kind of expression looks.
import type { YMD } from '../calendar.js';
import type { Meaning } from '../candidate.js';
import type { Resolution } from './resolution.js';

/** What earlier expressions in the text fixed, for the ones that count from them. */
export interface ResolveContext {
  anchor: YMD | null;
  lastDay: { day: YMD; sentence: number } | null;
  /** The last day named that does not date a statement ("said Friday"): the day a bare clock time is on. */
  lastEventDay: { day: YMD; sentence: number } | null;
  lastMonth: { year: number; month: number; sentence: number } | null;
  lastYear: { year: number; sentence: number } | null;
  lastQuarter: { year: number; quarter: number; sentence: number } | null;
}

/** How many sentences back "the quarter" / "a year earlier" look for the quarter being discussed. */
export const QUARTER_CONTEXT_SENTENCES = 6;
/** How many sentences back "two days earlier" looks for the day it counts from. */
export const SHIFT_CONTEXT_SENTENCES = 1;
/** How many sentences back a bare clock time ("at 10 p.m.") looks for its day: about a news paragraph; beyond it the publication day (TempEval) is the better guess. */
export const CLOCK_CONTEXT_SENTENCES = 3;

export function emptyContext(anchor: YMD | null): ResolveContext {
  return { anchor, lastDay: null, lastEventDay: null, lastMonth: null, lastYear: null, lastQuarter: null };
}

/** A day right after a verb of saying dates the statement ("the JCS said Friday", "announced on Monday"). */
const STATEMENT_DATE = /\b(?:said|says|announced|reported|stated|added|told (?:\w+ ){0,2}?\w+)\s+(?:on\s+|late\s+|early\s+)?$/i;

export function datesStatement(before: string): boolean {
  return STATEMENT_DATE.test(before);
}

/** Records what a resolved expression fixed, for the expressions after it. */
export function remember(ctx: ResolveContext, r: Resolution, sentence: number, meaning: Meaning, datesStatement = false): void {
  if (!r.value || (r.type !== 'DATE' && r.type !== 'TIME')) return;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4]))?/.exec(r.value);
  if (!m) return;
  const year = Number(m[1]);
  ctx.lastYear = { year, sentence };
  if (m[2]) ctx.lastMonth = { year, month: Number(m[2]), sentence };
  if (m[3]) {
    ctx.lastDay = { day: { year, month: Number(m[2]), day: Number(m[3]) }, sentence };
    if (!datesStatement) ctx.lastEventDay = ctx.lastDay;
  }
  // only a quarter the words name says which quarter is discussed ("a year ago" → last year's does not)
  if (m[4] && meaning.kind === 'quarter' && !meaning.yearAgo) ctx.lastQuarter = { year, quarter: Number(m[4]), sentence };
}
