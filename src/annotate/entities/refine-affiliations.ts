// Refiner: roles, countries and speaker kinds. A person after a title takes the country named
// just before the title ("Russia's Security Council Secretary Sergei Shoigu" → RU); a person with
// an appositive role (", a researcher at …") takes that role; an organisation found by its head
// word takes the country named just before it ("North Korea's Missile Administration") and the
// speaker kind its head suggests. Persons without a role are plain "person" speakers.
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { SourceType } from '../../model/types.js';
import type { Candidate } from './candidates.js';
import { appositiveRole } from './refine-types.js';
import type { DocView } from './view.js';

export function refineAffiliations(view: DocView, knowledge: Knowledge, candidates: Candidate[]): void {
  const byEndToken = new Map<number, Candidate>();
  for (const c of candidates) byEndToken.set(c.tokenEnd, c);
  for (const c of candidates) {
    if (c.linkTo || c.origin === 'role-title') continue;
    if (c.type === 'person') {
      if (!c.role) {
        const next = view.tokens[c.tokenEnd];
        if (next && next.text === ',' && next.sentence === c.sentence) {
          const role = appositiveRole(view, knowledge, c.tokenEnd + 1);
          if (role) {
            c.role = view.text.slice(role.start, role.end);
            c.sourceType = role.info.sourceType;
          }
        }
      }
      const org = clauseOrganisation(view, candidates, c);
      if (org) {
        const k = org.known.length === 1 ? org.known[0]! : undefined;
        const orgType = k?.sourceType ?? org.sourceType;
        c.role ??= k?.name ?? org.name;
        // ("Kelsey Davenport, director for nonproliferation policy at the Arms Control Association": a title any body
        // has speaks with the kind of the body named with it, not as a government official)
        const genericTitle = c.role !== undefined && c.role !== null && GENERIC_TITLES.has(c.role.toLowerCase().split(/\s+/)[0]!) && orgType !== undefined && orgType !== 'government';
        if (!c.sourceType || c.sourceType === 'person' || genericTitle) c.sourceType = PERSON_KIND[orgType ?? ''] ?? c.sourceType;
        c.country ??= k?.country ?? org.country ?? null;
      }
      const anchor = c.roleTokenStart ?? c.tokenStart;
      const before = byEndToken.get(anchor);
      const country = countryOf(before);
      if (country && c.country == null) c.country = country;
      c.sourceType ??= 'person';
      continue;
    }
    if (c.origin === 'pattern' && c.type === 'place') {
      if (c.country == null) c.country = countryOf(byEndToken.get(c.tokenStart)) ?? null;
      continue;
    }
    if (c.origin === 'pattern' && c.type === 'organisation') {
      if (c.country == null) c.country = countryOf(byEndToken.get(c.tokenStart)) ?? countryAfterOf(view, knowledge, candidates, c);
      c.sourceType ??= 'organisation';
    }
  }
}

/** Titles that any kind of body has ("director", "chairman"): the body decides what its holder speaks as. */
const GENERIC_TITLES = new Set(['director', 'head', 'chairman', 'chairwoman', 'chair', 'president', 'administrator', 'adviser', 'advisor', 'chief']);

/** What a person working at an organisation of each kind speaks as. */
const PERSON_KIND: Record<string, SourceType> = {
  expert: 'expert', news_agency: 'media', media: 'media', state_media: 'state_media', government: 'official',
  military: 'military', intelligence: 'intelligence', organisation: 'person',
};

const CLAUSE_TOKENS = 30;

/**
 * The organisation named in the clause right after a person (", who leads research at the X",
 * ", a researcher at X", ", the head of X"), up to the clause's end.
 */
function clauseOrganisation(view: DocView, candidates: Candidate[], person: Candidate): Candidate | undefined {
  const { tokens } = view;
  const comma = tokens[person.tokenEnd];
  if (!comma || comma.text !== ',' || comma.sentence !== person.sentence) return undefined;
  let end = person.tokenEnd + 1;
  while (end < tokens.length && end - person.tokenEnd < CLAUSE_TOKENS && tokens[end]!.sentence === person.sentence && tokens[end]!.text !== ',' && tokens[end]!.kind !== 'quote') end++;
  const bodies = candidates.filter((c) => {
    if (c.tokenStart <= person.tokenEnd || c.tokenStart >= end || c.linkTo) return false;
    const k = c.known.length === 1 ? c.known[0]! : undefined;
    return (k && (k.type === 'organisation' || k.type === 'group')) || (c.origin === 'pattern' && c.type === 'organisation');
  });
  // ("Richard Roe, U.N. director for the Crisis Group": a body before the title is the post's field; the body the
  // person works at or for follows a preposition)
  return bodies.find((c) => EMPLOYER_PREPOSITIONS.has(tokens[c.tokenStart - 1]?.lower ?? '') || (tokens[c.tokenStart - 1]?.lower === 'the' && EMPLOYER_PREPOSITIONS.has(tokens[c.tokenStart - 2]?.lower ?? ''))) ?? bodies[0];
}

const EMPLOYER_PREPOSITIONS = new Set(['at', 'for', 'of', 'with', 'from']);

/**
 * The country an organisation's name ends with or is followed by: "Defence Ministry of Ukraine",
 * "the Missile Administration of the DPRK".
 */
function countryAfterOf(view: DocView, knowledge: Knowledge, candidates: Candidate[], c: Candidate): string | null {
  const { tokens } = view;
  // Inside the name: its last words after "of" (and "the").
  for (let i = c.tokenEnd - 2; i > c.tokenStart; i--) {
    if (tokens[i]!.lower !== 'of') continue;
    const from = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    if (from >= c.tokenEnd) break;
    const tail = view.text.slice(tokens[from]!.start, c.end);
    const country = knowledge.lookupName(tail).find((k) => k.type === 'country');
    return country?.country ?? null;
  }
  // Right after the name: "of (the)" and a country mention.
  if (tokens[c.tokenEnd]?.lower !== 'of') return null;
  const from = tokens[c.tokenEnd + 1]?.lower === 'the' ? c.tokenEnd + 2 : c.tokenEnd + 1;
  const next = candidates.find((x) => x.tokenStart === from && !x.linkTo);
  const k = next && next.known.length === 1 ? next.known[0]! : undefined;
  return k?.type === 'country' ? k.country : null;
}

/** The country a mention names or belongs to: a country, a capital standing for it, a demonym, a known organisation. */
function countryOf(c: Candidate | undefined): string | null {
  if (!c || c.known.length !== 1) return null;
  const k = c.known[0]!;
  if (c.asPlace) return null;
  return k.country;
}
