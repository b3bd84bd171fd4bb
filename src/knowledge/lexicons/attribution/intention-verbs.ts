// Verbs of intention, plan, commitment and request that report a source's stance through an
// infinitive ("wants to cut taxes", "vowed to appeal", "urged lawmakers to act", "is expected to
// announce"). PARC-style annotation (PolNeAR) counts these as attributions; the content is the
// infinitive clause with its "to". Written by the Dateline team (D in SOURCES.md).
import { inflect } from './cue-verbs.js';

export interface IntentionVerb {
  lemma: string;
  forms: string[];
  /** The verb takes the addressee before the infinitive ("urged Congress to act"): the content starts at the addressee. */
  addressee: boolean;
  /** The verb itself hedges ("hopes", "is expected"). */
  hedging: boolean;
  /** Read only in the passive with a be-form ("is expected to", "is scheduled to"); the subject is then no source. */
  passive: boolean;
}

function intention(lemma: string, options: { addressee?: boolean; hedging?: boolean; passive?: boolean; double?: boolean; forms?: string[] } = {}): IntentionVerb {
  return {
    lemma,
    forms: options.forms ?? inflect(lemma, options.double ?? false),
    addressee: options.addressee ?? false,
    hedging: options.hedging ?? false,
    passive: options.passive ?? false,
  };
}

export const INTENTION_VERBS: readonly IntentionVerb[] = [
  intention('want'), intention('plan', { double: true }), intention('hope', { hedging: true }), intention('intend'),
  intention('vow'), intention('pledge'), intention('promise'), intention('agree'), intention('decline'), intention('refuse'),
  intention('threaten'), intention('seek', { forms: ['seek', 'seeks', 'sought', 'sought', 'seeking'] }), intention('aim'),
  intention('offer'), intention('propose'), intention('try', { forms: ['try', 'tries', 'tried', 'tried', 'trying'] }),
  intention('wish'), intention('prefer', { double: true }), intention('resolve'), intention('swear', { forms: ['swear', 'swears', 'swore', 'sworn', 'swearing'] }),
  intention('urge', { addressee: true }), intention('ask', { addressee: true }), intention('encourage', { addressee: true }),
  intention('order', { addressee: true }), intention('direct', { addressee: true }), intention('instruct', { addressee: true }),
  intention('implore', { addressee: true }), intention('beg', { addressee: true, double: true }), intention('challenge', { addressee: true }),
  intention('invite', { addressee: true }), intention('press', { addressee: true }), intention('push', { addressee: true }),
  intention('decide'), intention('vote'),
  intention('tell', { addressee: true, forms: ['tell', 'tells', 'told', 'told', 'telling'] }), intention('warn', { addressee: true }),
  intention('advise', { addressee: true }), intention('remind', { addressee: true }),
  intention('expect', { hedging: true, passive: true }),
];

/**
 * Intention verbs that are speech acts: a promise, threat, offer or request made to someone ("vowed to
 * appeal", "urged lawmakers to act"), not a wish, plan or decision ("wants to", "plans to", "tried to").
 * Inside another speaker's statement only these are a statement of their own (refiner `nested-claims`).
 */
export const SPEECH_ACT_INTENTIONS: ReadonlySet<string> = new Set(['vow', 'pledge', 'promise', 'swear', 'threaten', 'offer', 'propose',
  'urge', 'ask', 'encourage', 'order', 'direct', 'instruct', 'implore', 'beg', 'challenge', 'invite', 'press', 'push', 'tell', 'warn',
  'advise', 'remind']);
