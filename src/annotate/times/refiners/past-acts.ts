// A day told like an adjective before an act that is over ("its Oct. 7 attack", "the January 6 riot")
// falls on or before the report's day, though the same day next year may be nearer.
import type { Sentence, Token } from '../../../model/types.js';
import { firstStartingFrom } from '../../../model/text.js';
import type { Anchor } from '../anchor.js';
import type { Candidate, Meaning } from '../candidate.js';
import { type SentenceTokens, datesPastEvent } from './tense.js';

/** "the January 6 insurrection" told in December is last January's, though next January is nearer. */
export function pastIfItNamesAnActOver(c: Candidate, here: Sentence | undefined, text: string, tokens: readonly Token[], anchor: Anchor | null): Meaning {
  const m = c.meaning;
  if (!here || !anchor || m.kind !== 'date' || m.placement !== 'tense' || m.year !== undefined || m.month === undefined || m.day === undefined) return m;
  const scope: SentenceTokens = { text, tokens, first: firstStartingFrom(tokens, here.start), last: firstStartingFrom(tokens, here.end) };
  if (!datesPastEvent(scope, c)) return m;
  // on or before the report's day this year (an attack told the day it happened), else last year
  const { year, month, day } = anchor.day;
  return { ...m, year: m.month < month || (m.month === month && m.day <= day) ? year : year - 1 };
}
