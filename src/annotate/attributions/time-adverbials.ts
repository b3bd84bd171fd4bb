// Time adverbials a cue or a source phrase may carry ("said on Friday that", "officials last week
// said", "several months after"): skipped, never part of a source or a content boundary.
import { DETERMINERS, TIME_LEADS, TIME_WORDS } from '../../knowledge/lexicons/attribution/function-words.js';
import type { Tok } from './view.js';

const CALENDAR_NAMES = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

function isNameWord(t: Tok): boolean {
  return t.kind === 'word' && t.text[0] !== t.lower[0];
}

/** The number of tokens of the time adverbial starting at `at`, or 0 ("on Friday", "last week", "Monday"). */
export function timeAdverbialLength(tokens: readonly Tok[], at: number, limit: number): number {
  const t = tokens[at];
  if (!t || at >= limit) return 0;
  // "the Sydney Morning Herald", "Good Morning America": a capitalised time word after a capitalised word is part of a name
  // (weekdays and months excepted: "Trump Tuesday said")
  if (at > 0 && isNameWord(t) && isNameWord(tokens[at - 1]!) && !CALENDAR_NAMES.test(t.lower)) return 0;
  if (TIME_WORDS.has(t.lower) && !(t.lower === 'may')) return 1;
  // "several months after", "two days later", "weeks ago"
  if ((DETERMINERS.has(t.lower) || t.kind === 'number') && at + 1 < limit && TIME_WORDS.has(tokens[at + 1]!.lower) && /s$/.test(tokens[at + 1]!.lower)) {
    return at + 2 < limit && ['ago', 'later', 'earlier'].includes(tokens[at + 2]!.lower) ? 3 : 2;
  }
  if (!TIME_LEADS.has(t.lower)) return 0;
  let k = at + 1;
  // "earlier this month", "late on Friday", "on Thursday morning"
  while (k < limit && k < at + 4 && (TIME_LEADS.has(tokens[k]!.lower) || DETERMINERS.has(tokens[k]!.lower))) k++;
  if (k < limit && (TIME_WORDS.has(tokens[k]!.lower) || /^\d{1,2}$/.test(tokens[k]!.lower) || isYear(tokens[k]!))) {
    k++;
    // "in June 2012", "on Friday morning"
    while (k < limit && (TIME_WORDS.has(tokens[k]!.lower) || isYear(tokens[k]!))) k++;
    return k - at;
  }
  return 0;
}

/** A year written as a number ("2010", "1998"). */
function isYear(t: Tok): boolean {
  return t.kind === 'number' && /^(?:1[89]|20)\d\d$/.test(t.text);
}
