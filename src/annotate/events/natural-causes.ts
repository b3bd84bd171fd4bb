// Refiner: an act of harm whose doer is a force of nature, an accident or an illness ("A quake killed 46",
// "floods destroyed homes", "were killed by a landslide") is a disaster, not an attack: it is no event
// of the PLOVER kind, whose doers are people and groups.
import type { DocView } from './view.js';
import { NATURAL_CAUSES, PREPOSITIONS, RELATIVE_PRONOUNS } from '../../knowledge/lexicons/events/index.js';

/**
 * Whether the noun phrase over tokens [from, to) names a natural cause as its head: only the words before
 * its first preposition or relative pronoun count ("a quake and tsunami in Palu" does; "troops sent after
 * the earthquake" does not).
 */
export function namesNaturalCause(view: DocView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = view.words[i]!;
    if (PREPOSITIONS.has(w) || RELATIVE_PRONOUNS.has(w) || w === ',') return false;
    if (NATURAL_CAUSES.has(w) && !(i + 1 < to && view.words[i + 1] === "'s")) return true;
  }
  return false;
}
