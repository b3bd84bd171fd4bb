// Time adverbials a cue or a source phrase may carry ("said on Friday that", "officials last week
// said", "several months after"), and the ground rules of an interview ("said on condition of
// anonymity"): skipped, never part of a source or a content boundary.
import { DETERMINERS, TIME_LEADS, TIME_WORDS } from '../../knowledge/lexicons/attribution/function-words.js';
import type { Tok } from './view.js';

const CALENDAR_NAMES = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

const SHORT_MONTHS = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

function isNameWord(t: Tok): boolean {
  return t.kind === 'word' && t.text[0] !== t.lower[0];
}

/** The number of tokens of the time adverbial starting at `at`, or 0 ("on Friday", "last week", "Monday"). */
export function timeAdverbialLength(tokens: readonly Tok[], at: number, limit: number): number {
  const t = tokens[at];
  if (!t || at >= limit) return 0;
  const groundRules = groundRulesLength(tokens, at, limit);
  if (groundRules > 0) return groundRules;
  // "the Sydney Morning Herald", "Good Morning America": a capitalised time word after a capitalised word is part of a name
  // (weekdays and months excepted: "Trump Tuesday said")
  if (at > 0 && isNameWord(t) && isNameWord(tokens[at - 1]!) && !CALENDAR_NAMES.test(t.lower)) return 0;
  // '"…," Day said', "said Day, a senator": a capitalised common time word inside a sentence is a surname (session 14)
  if (at > 0 && isNameWord(t) && !CALENDAR_NAMES.test(t.lower) && tokens[at - 1]!.sentence === t.sentence && TIME_WORDS.has(t.lower)) return 0;
  // "months of fighting", "two years of talks": a measure of time before "of" heads a noun phrase
  const measure = (k: number): boolean => /(?:s|week|month|year|day|hour)$/.test(tokens[k]!.lower) && !CALENDAR_NAMES.test(tokens[k]!.lower) && tokens[k + 1]?.lower === 'of' && k + 1 < limit;
  if (TIME_WORDS.has(t.lower) && !(t.lower === 'may')) return measure(at) && /s$/.test(t.lower) ? 0 : 1;
  // "several months after", "two days later", "weeks ago"
  if ((DETERMINERS.has(t.lower) || t.kind === 'number') && at + 1 < limit && TIME_WORDS.has(tokens[at + 1]!.lower) && /s$/.test(tokens[at + 1]!.lower) && !measure(at + 1)) {
    return at + 2 < limit && ['ago', 'later', 'earlier'].includes(tokens[at + 2]!.lower) ? 3 : 2;
  }
  if (!TIME_LEADS.has(t.lower)) return 0;
  let k = at + 1;
  // "earlier this month", "late on Friday", "on Thursday morning"
  while (k < limit && k < at + 4 && (TIME_LEADS.has(tokens[k]!.lower) || DETERMINERS.has(tokens[k]!.lower))) k++;
  if (k < limit && (TIME_WORDS.has(tokens[k]!.lower) || /^\d{1,2}$/.test(tokens[k]!.lower) || isYear(tokens[k]!))) {
    k++;
    // "in June 2012", "on Friday morning"
    // ("on December 18th", "on March 3": the day after a month)
    while (k < limit && (TIME_WORDS.has(tokens[k]!.lower) || isYear(tokens[k]!) || (/^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[k]!.lower) && CALENDAR_NAMES.test(tokens[k - 1]!.lower)))) k++;
    // "on Nov. 3", "on Nov.": an abbreviated month's period, and the day after it
    if (k < limit && tokens[k]!.text === '.' && tokens[k]!.start === tokens[k - 1]!.end && SHORT_MONTHS.test(tokens[k - 1]!.lower)) {
      k++;
      if (k < limit && /^\d{1,2}$/.test(tokens[k]!.text)) k++;
    }
    return k - at;
  }
  return 0;
}

/** A year written as a number ("2010", "1998"). */
function isYear(t: Tok): boolean {
  return t.kind === 'number' && /^(?:1[89]|20)\d\d$/.test(t.text);
}

const ANONYMITY_WORDS = new Set(['anonymity', 'anonymous', 'named', 'identified', 'quoted', 'attribution']);

/**
 * The number of tokens of an interview's ground rules at `at`, or 0: "on (the) condition of anonymity",
 * "under condition of not being named", "on condition (that) he not be identified" (to the clause's
 * end), "on/off the record", "on background". They say how a source spoke, not what it said.
 */
export function groundRulesLength(tokens: readonly Tok[], at: number, limit: number): number {
  const word = (k: number): string => (k < limit ? tokens[k]?.lower ?? '' : '');
  const lead = word(at);
  if (lead !== 'on' && lead !== 'under' && lead !== 'off') return 0;
  let k = at + 1;
  if (word(k) === 'the') k++;
  if (lead === 'off' || word(k) === 'record') return word(k) === 'record' ? k + 1 - at : 0;
  if (lead === 'on' && word(k) === 'background' && k === at + 1) return 2;
  if (word(k) !== 'condition' && word(k) !== 'conditions') return 0;
  k++;
  if (word(k) === 'of') {
    // "of anonymity", "of not being named", "of strict anonymity"
    for (let j = k + 1; j < Math.min(limit, k + 5); j++) if (ANONYMITY_WORDS.has(word(j))) return j + 1 - at;
    return 0;
  }
  if (word(k) === 'that' || ['he', 'she', 'they', 'his', 'her', 'their', 'neither'].includes(word(k))) {
    // "on condition that they not be named because …": to the clause's end
    let j = k;
    let sawRule = false;
    // a second "that" opens what was said
    while (j < limit && tokens[j]!.kind !== 'punct' && !(sawRule && word(j) === 'that')) { if (ANONYMITY_WORDS.has(word(j))) sawRule = true; j++; }
    return sawRule ? j - at : 0;
  }
  return 0;
}
