// Finder: the noun phrase around a noun trigger ("North Korea's latest missile test", "the joint
// military exercises"): where it starts, and the entities named in it before the noun, who are the
// event's actors ("Russian assistance", "Russia's invasion").
import type { DocView, MentionRef } from './view.js';
import { isComma, isPossessive } from './view.js';
import { clauseAt, looksFinite, type SentenceClauses } from './clauses.js';
import { DETERMINERS, LIGHT_VERBS, PREPOSITIONS, RELATIVE_PRONOUNS } from '../../knowledge/lexicons/events/index.js';

export interface NounPhrase {
  start: number;
  /** Entities named before the noun inside the phrase. */
  modifiers: MentionRef[];
  /** The phrase starts with a definite marker or a possessive time ("the test", "Thursday's launch"). */
  definite: boolean;
  /** The phrase starts with a possessive time ("Friday's shelling"): a dated act of its own. */
  dated: boolean;
}

const MAX_BACK = 7;

export function nounPhrase(view: DocView, sc: SentenceClauses, nounFirst: number): NounPhrase {
  const clause = clauseAt(sc, nounFirst);
  let start = nounFirst;
  const modifiers: MentionRef[] = [];
  let lastMention = -1;
  for (let j = nounFirst - 1; j >= sc.first && j >= nounFirst - MAX_BACK && clauseAt(sc, j) === clause; j--) {
    const w = view.words[j]!;
    const t = view.tokens[j]!;
    const m = view.mentionAt[j]!;
    if (m >= 0) {
      if (m !== lastMention) { modifiers.unshift(view.mentions[m]!); lastMention = m; }
      start = j;
      continue;
    }
    if (isComma(view, j) || t.kind === 'punct' && w !== '-' || PREPOSITIONS.has(w) || RELATIVE_PRONOUNS.has(w) || w === 'that') break;
    if (w === 'and' && !(view.mentionAt[j - 1]! >= 0 && lastMention >= 0)) break;
    if (t.kind === 'word' && (LIGHT_VERBS.has(view.lemmas[j]!) || looksFinite(view, j) && !DETERMINERS.has(w))) break;
    start = j;
    if (DETERMINERS.has(w) && w !== 'all' && w !== 'both') break;
  }
  const first = view.words[start]!;
  const dated = view.timeAt[start]! >= 0 && isPossessive(view, start);
  const definite = DETERMINERS.has(first) && first !== 'a' && first !== 'an' && first !== 'no' && first !== 'another'
    || dated || /^(latest|recent|previous|last|earlier)$/.test(view.words[nounFirst - 1] ?? '');
  return { start, modifiers, definite, dated };
}
