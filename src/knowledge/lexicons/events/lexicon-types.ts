// The shape of an event-trigger lexicon entry, and the helpers the lexicon files write entries with.
import type { EventCategory, PloverType } from '../../../model/types.js';
import type { WordClass } from './word-classes.js';

export type TriggerPos = 'verb' | 'noun' | 'any';

/** One meaning of a trigger: its PLOVER type, coarse category, mode and context, and when it applies. */
export interface TriggerSense {
  plover: PloverType;
  category: EventCategory;
  mode: string | null;
  context: string[];
  /** A word of one of these classes must stand near the trigger (in its clause) for this sense. */
  needs?: readonly WordClass[];
  /** This sense applies only to this part of speech. */
  pos?: 'verb' | 'noun';
  /** The grammatical subject is the recipient of the act, not its actor ("received aid from X"). */
  inverse?: boolean;
  /** A speech act or intention whose "to …"/"that …" complement belongs to it ("agreed to withdraw"). */
  takesComplement?: boolean;
  /** Only an event when someone is named on the receiving side (or several actors take part): "met with X", "backed X". */
  needsTarget?: boolean;
}

/** A trigger: a lemma or phrase of lemmas ("…" allows up to four words between two parts). */
export interface TriggerEntry {
  phrase: string;
  pos: TriggerPos;
  /** Tried in order; the first whose conditions hold is taken. */
  senses: readonly TriggerSense[];
}

type SenseOptions = Partial<Omit<TriggerSense, 'plover' | 'category' | 'mode' | 'context'>>;

/** A sense: PLOVER type, category, mode (or null), contexts, conditions. */
export function sense(plover: PloverType, category: EventCategory, mode: string | null = null, context: string[] = [], options: SenseOptions = {}): TriggerSense {
  return { plover, category, mode, context, ...options };
}

/** An entry; several phrases may share the same senses. */
export function triggers(phrases: string, pos: TriggerPos, ...senses: TriggerSense[]): TriggerEntry[] {
  return phrases.split(',').map((p) => p.trim()).filter(Boolean).map((phrase) => ({ phrase, pos, senses }));
}
