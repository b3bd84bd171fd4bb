// Months told together are placed together: "in July-August 2022", "from March to May 2019",
// "in May and June", "especially August, September and October", "between November and August".
// Each one alone would be placed by the tense near it and by the year the words give, and a list
// could come apart ("July" of this year beside "August 2022"). Pure: candidates in, runs out; the
// stage applies the fix-up to the resolved values.
import type { TimeExpression } from '../../../model/types.js';
import type { Anchor } from '../anchor.js';
import type { Candidate, Meaning } from '../candidate.js';

/** What may stand between two months of one list or range. */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|to|through|thru|until|till|into)\s+|[-–—]\s*)$/i;

/** A month the words name, with or without a day or year ("March", "May 2019", "July 10"). */
export function monthOf(m: Meaning): { month: number; explicitYear: boolean } | null {
  if (m.kind === 'month') return { month: m.month, explicitYear: m.year !== undefined || m.yearOffset !== undefined };
  if (m.kind === 'date' && m.month !== undefined && !m.clock && !m.partOfDay) return { month: m.month, explicitYear: m.year !== undefined };
  return null;
}

/** Index runs (two or more) of months joined only by list words, in text order. */
export function monthRuns(candidates: readonly Candidate[], text: string): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const prev = run.length ? candidates[run[run.length - 1]!]! : null;
    if (monthOf(c.meaning) && prev && LIST_GAP.test(text.slice(prev.end, c.start))) {
      run.push(i);
      continue;
    }
    if (run.length > 1) runs.push(run);
    run = monthOf(c.meaning) ? [i] : [];
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

export interface PlacedMonth {
  month: number;
  explicitYear: boolean;
  /** The year resolution gave it, or null when it stayed unresolved. */
  year: number | null;
}

/**
 * The years a run's months should have, in order, so that the run reads forwards in time. A year
 * the words give is kept and lent to its neighbours; with none, a run in the past is counted back
 * from its last month (the one nearest the report: "between November and August" told in December
 * is November of last year), a run in the future forwards from its first.
 */
export function placeRun(items: readonly PlacedMonth[], anchorMonthIndex: number | null): (number | null)[] {
  const years = items.map((it) => it.year);
  const explicit = items.map((it) => it.explicitYear && it.year !== null);
  const back = (from: number): void => {
    for (let i = from - 1; i >= 0 && !explicit[i]; i--) {
      const next = years[i + 1];
      if (next === null || next === undefined) return;
      years[i] = items[i]!.month > items[i + 1]!.month ? next - 1 : next;
    }
  };
  const forward = (from: number): void => {
    for (let i = from + 1; i < items.length && !explicit[i]; i++) {
      const prev = years[i - 1];
      if (prev === null || prev === undefined) return;
      years[i] = items[i]!.month < items[i - 1]!.month ? prev + 1 : prev;
    }
  };
  const told = explicit.map((e, i) => (e ? i : -1)).filter((i) => i >= 0);
  if (told.length) {
    for (const i of told) { back(i); forward(i); }
    return years;
  }
  const last = items.length - 1;
  const lastYear = years[last];
  const lastIndex = lastYear === null || lastYear === undefined ? null : lastYear * 12 + items[last]!.month;
  if (lastIndex !== null && anchorMonthIndex !== null && lastIndex <= anchorMonthIndex) back(last);
  else forward(0);
  return years;
}

/** Rewrites the years of a run of months so that it reads forwards in time. */
export function placeMonthRun(run: readonly number[], candidates: readonly Candidate[], times: TimeExpression[], anchor: Anchor | null): void {
  const items = run.map((i) => {
    const told = monthOf(candidates[i]!.meaning)!;
    const year = times[i]!.type === 'DATE' ? /^(\d{4})-\d{2}/.exec(times[i]!.value ?? '')?.[1] : undefined;
    return { month: told.month, explicitYear: told.explicitYear, year: year ? Number(year) : null };
  });
  if (items.some((it) => it.year === null)) return;
  const anchorMonthIndex = anchor ? anchor.day.year * 12 + anchor.day.month : null;
  const years = placeRun(items, anchorMonthIndex);
  run.forEach((i, k) => {
    const time = times[i]!;
    const year = years[k];
    if (year !== null && year !== undefined && year !== items[k]!.year) time.value = String(year).padStart(4, '0') + time.value!.slice(4);
  });
}
