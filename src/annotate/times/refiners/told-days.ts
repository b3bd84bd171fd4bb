// Days told more than once or glossed: "the July 25 call" told again three paragraphs on is the same
// day, whatever the tense near it; "on Thursday (Nov 16)" is the day the brackets give.
import type { TimeExpression } from '../../../model/types.js';
import type { Candidate, Meaning } from '../candidate.js';

const dayKey = (month: number, day: number): string => `${month}-${day}`;

/** A month and day the text already placed ("July 25") keeps the year it was given. */
export function sameDayAsTold(m: Meaning, told: ReadonlyMap<string, number>): Meaning {
  if (m.kind !== 'date' || m.year !== undefined || m.month === undefined || m.day === undefined || m.placement !== 'tense') return m;
  const year = told.get(dayKey(m.month, m.day));
  return year === undefined ? m : { ...m, year };
}

export function rememberDay(m: Meaning, value: string | null, told: Map<string, number>): void {
  if (m.kind !== 'date' || m.month === undefined || m.day === undefined || !value) return;
  const key = dayKey(m.month, m.day);
  const year = /^(\d{4})-/.exec(value)?.[1];
  if (year && !told.has(key)) told.set(key, Number(year));
}

/** "on Thursday (Nov 16)": the weekday is the day the brackets give, when they agree. */
export function weekdaysGlossedWithDates(candidates: readonly Candidate[], times: TimeExpression[], text: string): void {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i]!.meaning;
    const b = candidates[i + 1]!.meaning;
    if (a.kind !== 'date' || a.weekday === undefined || a.month !== undefined || b.kind !== 'date' || b.day === undefined) continue;
    if (!/^\s*\(\s*$/.test(text.slice(candidates[i]!.end, candidates[i + 1]!.start)) || !/^\s*\)/.test(text.slice(candidates[i + 1]!.end))) continue;
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(times[i + 1]!.value ?? '');
    if (!day || new Date(Date.UTC(+day[1]!, +day[2]! - 1, +day[3]!)).getUTCDay() !== a.weekday % 7) continue;
    const own = times[i]!.value ?? '';
    times[i]!.value = day[0] + own.slice(10);
  }
}
