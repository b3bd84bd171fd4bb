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

const TEST_VERBS = new Set(['fire', 'launch', 'test', 'test-fire', 'test-launch']);
let weaponsTest: TriggerPattern | null = null;

/**
 * Session 13: a MOBILIZE act whose verb fires, launches or tests ("A ballistic missile fired by North Korea on Thursday
 * flew …") is a weapons test when a weapon stands near, as the lexicon's own entry for those verbs says; the stand-in
 * entry would call it a deployment of troops.
 */
export function typedPatternFor(type: PloverType, lemma: string, complement = false): TriggerPattern {
  if (type !== 'MOBILIZE' || !TEST_VERBS.has(lemma)) return patternFor(type, complement);
  weaponsTest ??= { parts: ['*'], gapBefore: [false], pos: 'verb', phrase: '*', senses: [
    sense('MOBILIZE', 'weapons_test', 'weapons-test', ['military'], { needs: ['weapon'] }),
    sense('MOBILIZE', 'deployment', null, []),
  ] };
  return weaponsTest;
}
