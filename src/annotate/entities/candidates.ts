// What the finders produce and the refiners work on: a candidate mention with its possible
// readings, before overlaps are removed and mentions are grouped into entities.
import type { EntityType, MentionKind, SourceType } from '../../model/types.js';
import type { KnownEntity } from '../../knowledge/knowledge.js';

export type CandidateOrigin = 'knowledge' | 'pattern' | 'role-title' | 'acronym-definition' | 'nominal';

export interface Candidate {
  start: number;
  end: number;
  /** Token range [first, last + 1). */
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  origin: CandidateOrigin;
  kind: MentionKind;
  /** Known entities the words may name; several when ambiguous (resolved later by document countries). */
  known: KnownEntity[];
  /** For text-only names: the type the cues give, or null when no cue typed it yet. */
  type: EntityType | null;
  /** Canonical name for text-only entities (the words, without a possessive). */
  name: string;
  /** For a region named by a lower-case head ("Kursk border region"): the proper name alone ("Kursk"). */
  properName?: string;
  sourceType?: SourceType;
  role?: string;
  /** For a person found after a title: where the title starts (its affiliation is just before it). */
  roleTokenStart?: number;
  country?: string | null;
  /** Set when the candidate has been linked to another candidate's entity (surnames, acronyms, nominals). */
  linkTo?: Candidate;
  /** Chosen entity id, set by the resolvers. */
  entityId?: string;
  /** A capital or city read as a place (true) or as the government it stands for (false). */
  asPlace?: boolean;
  /** Typed by a weak cue only (a place after "in"): a surname link may retype it. */
  weakType?: boolean;
  /** Lower is stronger when overlapping candidates of equal length compete. */
  rank: number;
}

/** Ranks for overlap resolution at equal length (lower wins). */
export const RANK = {
  knownNamed: 0,
  roleTitle: 1,
  /** A known place the context confirms (a cue, a region, a large city). */
  knownPlaceWithCue: 2,
  patternOrg: 3,
  placeWithCue: 4,
  patternPerson: 5,
  knownPlace: 6,
  /** A person only by the shape of the name: any known name of the same words wins. */
  shapePerson: 7,
  patternOther: 8,
} as const;

export const span = (c: { start: number; end: number }): number => c.end - c.start;

/** Makes a candidate a mention of one known entity ("(NOR)" for Norway, "the North" for North Korea). */
export function markKnown(c: Candidate, known: KnownEntity, kind: MentionKind): void {
  c.origin = 'knowledge';
  c.kind = kind;
  c.known = [known];
  c.type = null;
  c.weakType = false;
  c.rank = RANK.knownNamed;
}
