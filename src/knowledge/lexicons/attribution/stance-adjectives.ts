// Adjectives that report a stance after a linking verb: "Many voters are afraid that …", "she was sure
// the deal would hold", "officials are worried about the cost", "it is clear that …". PARC-style
// annotation (PolNeAR) counts these as attributions. Written by the Dateline team (D in SOURCES.md).

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** A person's stance: the subject of the linking verb is the source. */
export const PERSONAL_STANCE_ADJECTIVES = words(`
  afraid confident convinced sure certain unsure uncertain worried concerned hopeful optimistic pessimistic skeptical
  sceptical frustrated aware unaware determined adamant insistent doubtful fearful wary upset disappointed outraged
  alarmed troubled
`);

/** The writer's stance with "it": "it is clear that …", "it is likely that …" (no source). "unclear", "unlikely": measured, mostly not marked. */
export const IMPERSONAL_STANCE_ADJECTIVES = words(`clear obvious apparent evident likely doubtful`);

/** Stances that weaken what they report. */
export const HEDGING_STANCE_ADJECTIVES = words(`unsure uncertain hopeful doubtful unclear likely unlikely possible`);

/** Adjectives that take what they report as an infinitive ("determined to win"). */
export const INFINITIVE_STANCE_ADJECTIVES = words(`determined`);

/** Linking verbs before the adjective ("are", "remained", "grew", "felt"). */
export const LINKING_VERBS = words(`
  is are was were be been being am remain remains remained became become becomes grew grown grow feel feels felt
  seem seems seemed appear appears appeared isn't aren't wasn't weren't
`);

/** Words between the linking verb and the adjective ("so frustrated", "not too concerned", "increasingly worried"). */
export const STANCE_INTENSIFIERS = words(`so too very increasingly also not still quite more less deeply all both clearly now already particularly`);
