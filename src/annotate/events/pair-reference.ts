// Refiner: "both countries", "the two sides" as a doer point back to the last two parties named
// ("Kenya and Uganda held talks … Both countries agreed …"), not to a participant called "countries".
import type { EventParticipant } from '../../model/types.js';
import type { DocView } from './view.js';
import { tokenAtOffset } from './view.js';
import type { ParticipantResolver } from './participants.js';

/** Nouns for states: only countries can be what they point back to. */
const STATE_NOUNS = new Set(['countries', 'nations', 'states', 'neighbours', 'neighbors', 'governments', 'capitals']);
/** Nouns for parties of any kind: states, bodies, armed groups, people. */
const PARTY_NOUNS = new Set(['sides', 'parties', 'leaders', 'delegations', 'groups', 'allies', 'rivals', 'presidents', 'ministers']);
/** Words that may stand between "both"/"the two" and the noun. */
const PAIR_MODIFIERS = new Set(['the', 'neighbouring', 'neighboring', 'rival', 'warring', 'allied', 'feuding', 'opposing']);
/** How many sentences back the two parties may have been named. */
const SENTENCES_BACK = 2;

/**
 * The two parties a "both X" / "the two X" phrase refers to: the nearest two distinct participants named before it
 * (in this sentence or the two before), in text order; null when the phrase is no such reference or two are not found.
 */
export function pairReferent(view: DocView, resolver: ParticipantResolver, sentence: number, phrase: { start: number; end: number }): EventParticipant[] | null {
  const first = tokenAtOffset(view, phrase.start);
  const last = tokenAtOffset(view, phrase.end - 1);
  const noun = view.words[last]!;
  const states = STATE_NOUNS.has(noun);
  if (!states && !PARTY_NOUNS.has(noun)) return null;
  // "Both countries", "the two sides", "both neighbouring states": the words before the noun say there are two.
  let pair = false;
  for (let j = last - 1; j >= Math.max(0, Math.min(first, last) - 3); j--) {
    const w = view.words[j]!;
    if (w === 'both' || w === 'two') pair = true;
    else if (!PAIR_MODIFIERS.has(w)) break;
  }
  if (!pair) return null;
  const from = view.sentenceTokens[Math.max(0, sentence - SENTENCES_BACK)]!.first;
  const found: EventParticipant[] = [];
  for (let i = first - 1; i >= from && found.length < 2; i--) {
    const m = view.mentionAt[i]!;
    if (m < 0) continue;
    const ref = view.mentions[m]!;
    i = ref.first;
    const type = ref.entity.type;
    if (type !== 'country' && type !== 'organisation' && type !== 'person' && !(type === 'place' && ref.mention.kind === 'capital')) continue;
    const party = states ? resolver.countryOfPlace(ref) : resolver.forMention(ref)[0] ?? null;
    if (!party || (states && type !== 'country' && ref.mention.kind !== 'capital')) continue;
    if (!found.some((p) => (p.entity !== null && p.entity === party.entity) || p.name === party.name)) found.push(party);
  }
  return found.length === 2 ? found.reverse() : null;
}
