// Evaluative and reporting verbs read in the passive: "X was accused of …", "X has been called a
// fraud", "X is widely seen as …", "X was first reported by the Post". PARC-style annotation (PolNeAR)
// marks the subject and what follows as the content, and the agent after "by" (when there is one) as
// the source. Written by the Dateline team (D in SOURCES.md).

export interface PassiveCue {
  /** The word that must follow the participle ("accused of"), or null for any object or "by". */
  next: string | null;
  /** Read only with an agent ("endorsed by the paper"): without one it is rarely a statement. */
  byOnly: boolean;
}

const cue = (next: string | null = null, byOnly = false): PassiveCue => ({ next, byOnly });

export const PASSIVE_CUES: ReadonlyMap<string, PassiveCue> = new Map([
  ['accused', cue('of')], ['blamed', cue('for')], ['criticized', cue()], ['criticised', cue()], ['charged', cue('with')],
  ['labeled', cue()], ['labelled', cue()], ['dubbed', cue()], ['branded', cue()], ['called', cue()], ['described', cue('as')],
  ['known', cue('as')], ['seen', cue('as', true)], ['viewed', cue('as', true)], ['regarded', cue('as', true)], ['considered', cue(null, true)],
  ['deemed', cue(null, true)], ['praised', cue()], ['condemned', cue()], ['denounced', cue()], ['hailed', cue()],
  ['endorsed', cue(null, true)], ['reported', cue(null, true)], ['echoed', cue(null, true)],
]);
