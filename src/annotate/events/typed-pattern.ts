// A stand-in lexicon entry for a trigger typed without the lexicon (the learned fallback, the
// WordNet verb classes): one unconditional sense of the type, with PLOVER's coarse category.
import type { EventCategory, PloverType } from '../../model/types.js';
import { sense, type TriggerPattern } from '../../knowledge/lexicons/events/index.js';

const CATEGORY: Partial<Record<PloverType, EventCategory>> = {
  AGREE: 'agreement', CONSULT: 'visit_or_meeting', AID: 'aid_or_transfer', ACCUSE: 'accusation_or_criticism',
  THREATEN: 'threat', SANCTION: 'sanction', MOBILIZE: 'deployment', ASSAULT: 'attack',
};
/** Speech acts and intentions whose "to …"/"that …" complement is part of them, as in the lexicon. */
const TAKES_COMPLEMENT = new Set<PloverType>(['AGREE', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);

const PATTERNS = new Map<string, TriggerPattern>();

/** The stand-in entry; `complement` gives speech acts and intentions their complements. */
export function patternFor(type: PloverType, complement = false): TriggerPattern {
  const key = `${type}:${complement}`;
  let p = PATTERNS.get(key);
  if (!p) {
    const phrase = '*';
    const options = complement && TAKES_COMPLEMENT.has(type) ? { takesComplement: true } : {};
    p = { parts: [phrase], gapBefore: [false], pos: 'verb', senses: [sense(type, CATEGORY[type] ?? 'other', null, [], options)], phrase };
    PATTERNS.set(key, p);
  }
  return p;
}
