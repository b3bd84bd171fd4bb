// Organisation entries from the reviewed lexicons, with ids made stable from their names.
import type { KnownEntity } from '../knowledge.js';
import { slug } from '../names.js';
import type { OrgEntry } from '../lexicons/lexicon.js';
import { NEWS_ORGANISATIONS } from '../lexicons/news-organisations.js';
import { STATE_MEDIA } from '../lexicons/state-media.js';
import { OFFICIAL_BODIES } from '../lexicons/official-bodies.js';
import { INTERNATIONAL_BODIES } from '../lexicons/international-bodies.js';
import { THINK_TANKS } from '../lexicons/think-tanks.js';
import { ARMED_GROUPS } from '../lexicons/armed-groups.js';
import { POLITICAL_PARTIES } from '../lexicons/political-parties.js';
import { SPORTS_CLUBS } from '../lexicons/sports-clubs.js';
import { CENTRAL_BANKS } from '../lexicons/central-banks.js';
import { MARKETS_AND_SPORTS_BODIES } from '../lexicons/markets-and-sports-bodies.js';
import { COMPANIES } from '../lexicons/companies.js';

export const ORGANISATION_LEXICONS: readonly OrgEntry[][] = [NEWS_ORGANISATIONS, STATE_MEDIA, OFFICIAL_BODIES, INTERNATIONAL_BODIES, THINK_TANKS, ARMED_GROUPS, POLITICAL_PARTIES, SPORTS_CLUBS, CENTRAL_BANKS, MARKETS_AND_SPORTS_BODIES, COMPANIES];

export function buildOrganisations(): KnownEntity[] {
  const seen = new Set<string>();
  const out: KnownEntity[] = [];
  for (const lexicon of ORGANISATION_LEXICONS) {
    for (const entry of lexicon) {
      const id = entry.id ?? `org:${slug(entry.name)}`;
      if (seen.has(id)) throw new Error(`knowledge build: duplicate organisation id ${id}; give one of them an explicit id`);
      seen.add(id);
      out.push({
        id,
        name: entry.name,
        type: entry.type,
        aliases: entry.aliases.filter((a) => a !== entry.name),
        country: entry.country,
        sourceType: entry.sourceType,
        ...(entry.wikidata ? { ids: { wikidata: entry.wikidata } } : {}),
        ...(entry.nominals ? { nominals: entry.nominals } : {}),
      });
    }
  }
  return out;
}
