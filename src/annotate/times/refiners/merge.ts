// Joins a clock time to the day it belongs to. Side by side they become one TIME, as TimeML
// annotates "9 AM on Thursday", "10 p.m. Wednesday", "Thursday at 9 a.m.", "tomorrow at noon".
// Across a bracket or "local time" ("10:35 a.m. (0735 GMT) Friday") TimeML keeps separate
// TIMEX3s, so the day is only lent to the clock times before it.
import type { Candidate, ClockTime, Meaning } from '../candidate.js';
import type { PartOfDay } from '../lexicon.js';

const CLOCK_THEN_DAY = /^\s*,?\s*(?:on\s+)?$/i;
const DAY_THEN_CLOCK = /^\s*,?\s*(?:at\s+)?$/i;
/** What may stand between clock times and the day they share when they are not joined. */
const LENDING_GAP = /^(?:[\s,()]|local\s+time\b|on\b)*$/i;
const LOOK_AHEAD = 2;

/** A day with no time of its own, which a clock time can join. */
function isBareDay(m: Meaning): boolean {
  if (m.kind === 'date') return !m.clock && !m.partOfDay && (m.weekday !== undefined || m.day !== undefined);
  if (m.kind === 'relative' || m.kind === 'contextual') return m.unit === 'day' && !m.clock && !m.partOfDay;
  return false;
}

function withTime(day: Meaning, clock: ClockTime | undefined, partOfDay: PartOfDay | undefined): Meaning {
  if (day.kind === 'date' || day.kind === 'relative' || day.kind === 'contextual') return Object.assign({}, day, { clock, partOfDay });
  return day;
}

/** Candidates sorted by start, without overlaps; returns a new sorted list with clock + day pairs joined. */
export function mergeClockWithDay(sorted: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1];
    if (b) {
      const gap = text.slice(a.end, b.start);
      // "the early hours of Thursday": one night, the day's
      if (a.meaning.kind === 'clock' && isBareDay(b.meaning) && (CLOCK_THEN_DAY.test(gap) || (a.rule === 'early-hours' && /^\s+of\s+$/i.test(gap)))) {
        out.push({ rule: `${a.rule}+${b.rule}`, start: a.start, end: b.end, meaning: withTime(b.meaning, a.meaning.clock, a.meaning.partOfDay) });
        i++;
        continue;
      }
      if (b.meaning.kind === 'clock' && isBareDay(a.meaning) && DAY_THEN_CLOCK.test(gap)) {
        out.push({ rule: `${a.rule}+${b.rule}`, start: a.start, end: b.end, meaning: withTime(a.meaning, b.meaning.clock, b.meaning.partOfDay) });
        i++;
        continue;
      }
    }
    out.push(a.meaning.kind === 'clock' ? lendDay(a, sorted, i, text) : a);
  }
  return out;
}

/** The clock time with the day of a bare day a little after it, across brackets and other clock times. */
function lendDay(clock: Candidate, sorted: Candidate[], i: number, text: string): Candidate {
  if (clock.meaning.kind !== 'clock') return clock;
  let gap = '';
  let from = clock.end;
  for (let j = i + 1; j <= i + LOOK_AHEAD && j < sorted.length; j++) {
    const next = sorted[j]!;
    gap += text.slice(from, next.start);
    if (!LENDING_GAP.test(gap)) return clock;
    if (isBareDay(next.meaning)) return Object.assign({}, clock, { meaning: withTime(next.meaning, clock.meaning.clock, clock.meaning.partOfDay) });
    if (next.meaning.kind !== 'clock') return clock;
    from = next.end;
  }
  return clock;
}
