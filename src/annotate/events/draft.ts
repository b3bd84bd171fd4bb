// An event while the refiners work on it: token ranges instead of text spans, the trigger match it
// came from and what the merge step needs to know. Turned into a model Event at the end.
import type { EventCategory, EventParticipant, Modality, PloverType, TextSpan } from '../../model/types.js';
import type { TriggerSense } from '../../knowledge/lexicons/events/index.js';
import type { TriggerMatch } from './find-triggers.js';
import type { EventTime } from './dates.js';

export interface Draft {
  sentence: number;
  match: TriggerMatch;
  sense: TriggerSense;
  conditionsMet: boolean;
  plover: PloverType;
  category: EventCategory;
  mode: string | null;
  context: string[];
  /** Clause of the verb (or noun) the event hangs on. */
  clause: number;
  head: number;
  /** Evidence as a token range [first, end). */
  evidenceFirst: number;
  evidenceEnd: number;
  actors: EventParticipant[];
  targets: EventParticipant[];
  place: EventParticipant | null;
  time: EventTime;
  modality: Modality;
  attributions: string[];
  /** Named by a definite noun ("the test", "Thursday's launch"): may point back to an event told before. */
  definite: boolean;
  /** Named by a noun with a possessive time ("Friday's shelling"): a dated act even when no one is named doing it. */
  dated?: boolean;
  /** Named by a noun and not by a verb with a subject. */
  nominal: boolean;
  /** A passive verb ("the village was bombed"): its subject suffered the act. */
  passive: boolean;
  /** An event noun that is its clause's subject ("Riots broke out"): it happened, named doer or not. */
  subjectNoun: boolean;
  /** A verb with a direct object, named or not ("welcomed the agreement"): someone or something is on the receiving side. */
  directObject: boolean;
  /** Evidence spans of other passages merged into this event. */
  mentions: TextSpan[];
  /** The event this one reacts to, named by a definite noun in its words ("condemned the drills"). */
  about?: Draft;
  /** Kept although it failed the reporting checks: its sentence's main verb and only event (rescue.ts). */
  rescued?: boolean;
  /** Typed by the learned model over the rules (type-vote.ts): its type is final, the PLOVER coding rules leave it. */
  modelTyped?: boolean;
  /** The event this draft was merged into, when it was. */
  mergedInto?: Draft;
}
