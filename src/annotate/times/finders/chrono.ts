// chrono-node as a finder for written-out dates and clock times ("Aug. 7, 1998", "March 20",
// "2025-03-20", "10:35 a.m.", "5 p.m. EST Nov. 9", "Friday, Oct. 23 at noon"). We run its casual
// English configuration without the relative and casual-time parsers (news rules handle "yesterday", "last week",
// "three days ago" with TimeML granularity), and keep only the components the words state
// (isCertain): resolve.ts places them on the calendar with the news rules.
import * as chrono from 'chrono-node';
import type { Candidate, ClockTime, Meaning } from '../candidate.js';

/** chrono parsers that only guess from the reference date; the news rules do these words instead. */
const RELATIVE_PARSERS = new Set([
  'ENTimeUnitWithinFormatParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENCasualDateParser',
  'ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser', 'ENEndOfCurrentMonthParser',
  // "night of Friday, Oct. 23" comes back with no certain component; parts of the day are the news rules' too
  'ENCasualTimeParser',
]);

function buildParser(): chrono.Chrono {
  const configuration = chrono.en.configuration.createCasualConfiguration(false);
  configuration.parsers = configuration.parsers.filter((p) => !RELATIVE_PARSERS.has(p.constructor.name));
  return new chrono.Chrono(configuration);
}
// Built once at module load: the parser holds no per-document state.
const PARSER = buildParser();

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;
const CLOCK_SPAN = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?|o'clock)|\b\d{1,2}:\d{2}\b/i;
const WEEKDAY_WORD = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
// (The zone abbreviations are matched case-sensitively: with the "i" flag "Oct", "last" or "west" read as zones.)
const CLOCK_WORDS_ANY_CASE = /:\d|(?<![a-z])[ap]\.?\s?m\b\.?|o'clock|\bnoon\b|\bmidnight\b|\bmorning\b|\bafternoon\b|\bevening\b|\bnight\b/i;
const ZONE_WORD = /\b(?:GMT|UTC|[A-Z]{2,4}T)\b/;
const hasClockWord = (words: string): boolean => CLOCK_WORDS_ANY_CASE.test(words) || ZONE_WORD.test(words);

/** Candidates for the written-out dates and clock times in `text`. */
export function findWithChrono(text: string, reference: Date): Candidate[] {
  const out: Candidate[] = [];
  for (const result of PARSER.parse(text, { instant: reference, timezone: 0 })) {
    const start = result.index;
    const end = start + result.text.length;
    // "9:45am (06:45 GMT), …" and "10am (07:00 GMT) on Monday": chrono reads on past the closing bracket
    // of a zone gloss; each side of it is read on its own, as TimeML marks them.
    const close = unmatchedCloseBracket(result.text);
    if (close >= 0) {
      for (const [from, to] of [[start, start + close], [start + close + 1, end]] as const) {
        for (const c of findWithChrono(text.slice(from, to), reference)) out.push({ ...c, start: c.start + from, end: c.end + from });
      }
      continue;
    }
    if (result.end) {
      for (const c of splitRange(result, start, end)) out.push(c);
      continue;
    }
    // "the KN-23 on October 31": chrono reads the number before "on" as an hour; the date is what follows.
    const numberOn = /^\d{1,4}\s+on\s+/.exec(result.text);
    if (numberOn) {
      const date = meaningOf(result.start, result.text.slice(numberOn[0].length), true);
      if (date) { out.push({ rule: 'chrono', start: start + numberOn[0].length, end, meaning: date, chrono: true }); continue; }
    }
    const meaning = meaningOf(result.start, result.text);
    if (meaning) { out.push({ rule: 'chrono', start, end, meaning, chrono: true }); continue; }
    // "January, at 9 a.m.": chrono joined a month to a clock time; keep the clock time on its own
    const clock = CLOCK_SPAN.exec(result.text);
    const clockOnly = clock ? meaningOf(result.start, clock[0], false, true) : null;
    if (clock && clockOnly) { out.push({ rule: 'chrono', start: start + clock.index, end: start + clock.index + clock[0].length, meaning: clockOnly, chrono: true }); continue; }
    // "Jan. 1, 1990 at 1,015 francs": the date without chrono's reading of a number as a clock time
    const cut = /,?\s{1,10}(?:at|@)\s{1,10}\d[\d,.]*$/.exec(result.text);
    const datePart = cut && !hasClockWord(result.text) ? meaningOf(result.start, result.text.slice(0, cut.index), true) : null;
    if (datePart) out.push({ rule: 'chrono', start, end: start + cut!.index, meaning: datePart, chrono: true });
  }
  return out;
}

/** Where a ")" closes a bracket opened before the text, or -1. */
function unmatchedCloseBracket(words: string): number {
  let depth = 0;
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '(') depth++;
    else if (words[i] === ')' && --depth < 0) return i;
  }
  return -1;
}

/** "Aug. 26 to Oct. 20" is two TIMEX3s; "March 20-22" stays one (its end has no words of its own). */
function splitRange(result: chrono.ParsedResult, start: number, end: number): Candidate[] {
  const connector = /\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*/gi;
  let match: RegExpExecArray | null;
  let cut: RegExpExecArray | null = null;
  while ((match = connector.exec(result.text)) !== null) {
    const rest = result.text.slice(match.index + match[0].length);
    if (MONTH_WORD.test(rest) || hasClockWord(rest) || WEEKDAY_WORD.test(rest) || /\d{4}/.test(rest)) { cut = match; break; }
  }
  const first = meaningOf(result.start, cut ? result.text.slice(0, cut.index) : result.text);
  if (!cut) return first ? [{ rule: 'chrono', start, end, meaning: first, chrono: true }] : [];
  const out: Candidate[] = [];
  if (first) out.push({ rule: 'chrono', start, end: start + cut.index, meaning: first, chrono: true });
  const second = result.end ? meaningOf(result.end, result.text.slice(cut.index + cut[0].length)) : null;
  if (second) out.push({ rule: 'chrono', start: start + cut.index + cut[0].length, end, meaning: second, chrono: true });
  return out;
}

function meaningOf(c: chrono.ParsedComponents, words: string, dateOnly = false, clockOnly = false): Meaning | null {
  const certain = (k: chrono.Component): number | undefined => (c.isCertain(k) ? (c.get(k) ?? undefined) : undefined);
  const year = clockOnly ? undefined : certain('year');
  const month = clockOnly ? undefined : certain('month');
  const day = clockOnly ? undefined : certain('day');
  const hour = dateOnly ? undefined : certain('hour');
  let weekday = clockOnly ? undefined : certain('weekday');
  if (weekday === 0) weekday = 7;
  const hasDigit = /\d/.test(words);
  // a weekday alone ("sun") or a casual word: the news rules find those
  if (year === undefined && month === undefined && hour === undefined) return null;
  if (!hasDigit && !MONTH_WORD.test(words) && !/\b(?:noon|midnight)\b/i.test(words)) return null;
  // "9/11", "1/2" (in "2 1/2 years"): slashed day-month without a year is too often not a date
  if (/^\s*\d{1,2}\/\d{1,2}\s*$/.test(words) && year === undefined) return null;
  let clock: ClockTime | undefined;
  if (hour !== undefined) {
    if (!hasClockWord(words)) return null; // "at 8" alone: a number, not reliably a time (datePart keeps the date)
    const offset = certain('timezoneOffset');
    clock = { hour: /\bmidnight\b/i.test(words) ? 24 : hour, minute: certain('minute') ?? 0, ...(offset !== undefined ? { utcOffsetMinutes: offset } : {}) };
  }
  if (month !== undefined && day !== undefined) return { kind: 'date', year, month, day, weekday, placement: 'tense', clock };
  // a month alone ("May", "march") is the news rules' (they tell the month from the modal and the verb)
  if (month !== undefined) return clock || year === undefined ? null : { kind: 'month', month, year, placement: 'tense' };
  if (weekday !== undefined && clock) return { kind: 'date', weekday, placement: 'tense', clock };
  if (year !== undefined && !clock) return { kind: 'year', year };
  if (clock) return { kind: 'clock', clock };
  return null;
}
