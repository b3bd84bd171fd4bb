// What a finder proposes before the refiners resolve it: spans only, no names or entities yet.
import type { Span } from '../../model/types.js';

export type FinderName = 'direct-quote' | 'quoted-as' | 'evaluative' | 'reported-speech' | 'according-to' | 'colon' | 'impersonal' | 'continuation' | 'intention' | 'nominal' | 'fronted-participle' | 'stance' | 'evidential' | 'passive' | 'put-it' | 'poll' | 'in-view' | 'see-as' | 'record';

/** Lower wins when two finders claim the same cue. */
export const FINDER_RANK: Record<FinderName, number> = {
  'direct-quote': 0,
  'quoted-as': 1,
  evaluative: 2,
  'reported-speech': 3,
  'according-to': 4,
  colon: 5,
  impersonal: 6,
  continuation: 7,
  // an infinitive after the verb is what it reports ("urged colleagues to pass …"), not an object
  intention: 2.5,
  nominal: 5.5,
  'fronted-participle': 6.5,
  stance: 6.6,
  evidential: 6.7,
  passive: 6.8,
  'put-it': 3.5,
  poll: 6.9,
  'in-view': 6.95,
  'see-as': 2.2,
  // the whole opening record phrase is a better subject than the one read backwards from the verb
  record: 2.9,
};

export interface Candidate {
  finder: FinderName;
  cue: Span;
  /** The cue verb itself hedges ("suggest", "believe"). */
  cueHedging: boolean;
  /** The words naming the speaker; null for impersonal passives ("it was announced"). */
  source: Span | null;
  /** Take the speaker of the previous attribution in the sentence (", adding that …", "and added"). */
  inheritSource: boolean;
  /** Words about the speaker beside the source span (an apposition), for the speaker kind. */
  sourceContext: Span | null;
  content: Span;
  /** Words naming an outlet the statement went to or through, when the finder saw one. */
  channel: Span | null;
  /** The channel relays for sure ("as quoted by X", "X reported, citing Y"); otherwise kept only for outlets ("told X"). */
  channelCertain: boolean;
  /**
   * "…, citing X" / "as per Y, citing X": X is where the words come from. The refiner makes X the
   * source and the reporter the channel when the reporter is an outlet.
   */
  cited: Span | null;
  citingCue: Span | null;
  /** The content is exactly one quotation. */
  direct: boolean;
  /**
   * The wider content PARC-style corpora mark when it differs from `content`: an evaluative act's
   * object with its characterisation ("the plan as “reckless”", not only the quoted words).
   */
  parcContent: Span | null;
  /**
   * Content said in several pieces with the speaker's words between them ("“A,” he said. “B”",
   * "A, he said, B"): every piece in text order, the first being `content`. Null for one piece.
   */
  pieces: Span[] | null;
  sentence: number;
}

/**
 * A candidate with the defaults for what `fields` leaves out. Callers that add fields to another object build
 * `fields` with Object.assign, not with { ...x, more }: in Node 20 such a spread gives every object a new hidden class (docs/stages.md, "Extraction speed").
 */
export function candidate(fields: Pick<Candidate, 'finder' | 'cue' | 'source' | 'content' | 'sentence'> & Partial<Candidate>): Candidate {
  return {
    cueHedging: false,
    inheritSource: false,
    sourceContext: null,
    channel: null,
    channelCertain: false,
    cited: null,
    citingCue: null,
    direct: false,
    parcContent: null,
    pieces: null,
    ...fields,
  };
}
