// All finders, in one list: chrono-node for written-out dates and clock times, then the news rules.
import type { Candidate } from '../candidate.js';
import { CALENDAR_NAME_RULES } from './calendar-names.js';
import { findWithChrono } from './chrono.js';
import { DURATION_RULES } from './durations.js';
import { REFERENCE_RULES } from './references.js';
import { RELATIVE_RULES } from './relative-words.js';
import { type Rule, runRules, wordsOf } from './rule.js';

const NEWS_RULES: readonly Rule[] = [...CALENDAR_NAME_RULES, ...RELATIVE_RULES, ...DURATION_RULES, ...REFERENCE_RULES];

/** Every candidate in `text`, overlapping ones included. `reference` is only chrono's reference instant. */
export function findCandidates(text: string, reference: Date): Candidate[] {
  const out = findWithChrono(text, reference);
  runRules(NEWS_RULES, text, out, wordsOf(text));
  return out;
}
