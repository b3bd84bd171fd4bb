// The shape of a reviewed lexicon entry, and the helper the lexicon files use to write one per line.
import type { EntityType, SourceType } from '../../model/types.js';

export interface OrgEntry {
  /** Stable id; derived from the name ("org:<slug>") unless given. */
  id?: string;
  name: string;
  aliases: string[];
  type: EntityType;
  /** ISO 3166-1 alpha-2, or null for international bodies. */
  country: string | null;
  sourceType: SourceType;
  /** Nouns a text uses to refer back to it ("the agency", "the ministry", "state media"). */
  nominals?: string[];
  wikidata?: string;
}

type Extra = Partial<Pick<OrgEntry, 'id' | 'type' | 'nominals' | 'wikidata'>>;

/** One organisation: name, aliases (acronyms exact case), country, speaker kind. */
export function org(name: string, aliases: string[], country: string | null, sourceType: SourceType, extra: Extra = {}): OrgEntry {
  return { name, aliases, type: 'organisation', country, sourceType, ...extra };
}

/** An armed or political group that is not a state body. */
export function group(name: string, aliases: string[], country: string | null, extra: Extra = {}): OrgEntry {
  return { name, aliases, type: 'group', country, sourceType: 'group', ...extra };
}
