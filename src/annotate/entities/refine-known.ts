// Refiner: chooses one known entity for an ambiguous name. The Joint Chiefs of Staff of the
// United States or of South Korea, Moscow (Russia) or Moscow (Idaho): a country named just before
// the name ("South Korea's Joint Chiefs of Staff") decides first; then the countries the document
// names, most-mentioned first; then a national capital or a far larger place. A place still
// ambiguous is left unresolved (no coordinates) with a DL203 diagnostic listing the candidates.
import type { Diagnostic } from '../../model/types.js';
import { diagnostic } from '../../model/diagnostics.js';
import type { KnownEntity } from '../../knowledge/knowledge.js';
import type { Candidate } from './candidates.js';

/** How often the document names each country (by country code), from unambiguous mentions. */
export function documentCountries(candidates: Candidate[], withPlaces = false): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of candidates) {
    if (c.known.length !== 1) continue;
    const k = c.known[0]!;
    if ((k.type === 'country' || (withPlaces && k.type === 'place')) && k.country) counts.set(k.country, (counts.get(k.country) ?? 0) + 1);
  }
  return counts;
}

export function resolveKnown(candidates: Candidate[], stage: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const counts = documentCountries(candidates);
  // For a body of one name in several countries, known cities count for their country too: "SEOUL (Yonhap) — … the
  // Joint Chiefs of Staff said" is South Korea's. (Not for places: a Canadian town named in a story from England
  // would pull "Truro, Cornwall" to Nova Scotia.)
  const bodyCounts = documentCountries(candidates, true);
  const explicit = explicitReadings(candidates);
  for (let index = 0; index < candidates.length; index++) {
    const c = candidates[index]!;
    if (c.known.length <= 1) continue;
    // Named things before places ("Georgia" the country over a town of the name).
    const named = c.known.filter((k) => k.type !== 'place');
    let pool = named.length ? named : c.known;
    if (pool.length > 1) pool = byNearbyCountry(candidates, index, pool) ?? pool;
    // Session 13: "N. Korea fires ICBM: JCS" in a headline, then "South Korea's Joint Chiefs of Staff (JCS) said": the
    // reading a mention with its country settles is the document's, before and after it.
    if (pool.length > 1) pool = explicitReading(explicit, pool) ?? pool;
    // One sense per document: "South Korea's Joint Chiefs of Staff … the JCS said" is the body chosen before.
    if (pool.length > 1) pool = chosenBefore(candidates, index, pool) ?? pool;
    if (pool.length > 1) {
      const tally = pool.some((k) => k.type === 'place') ? counts : bodyCounts;
      const mentioned = pool.filter((k) => k.country && tally.has(k.country));
      if (mentioned.length) {
        const best = Math.max(...mentioned.map((k) => tally.get(k.country!)!));
        pool = mentioned.filter((k) => tally.get(k.country!) === best);
      }
    }
    if (pool.length > 1) {
      // An international body over a national one of the same name, unless the document names the national one's
      // country (session 14: "the RSF" in a report on Sudan is the Rapid Support Forces, not Reporters Without Borders).
      const international = pool.filter((k) => k.country === null);
      if (international.length === 1) pool = international;
    }
    if (pool.length > 1) pool = dominantPlace(pool) ?? pool;
    if (pool.length > 1 && pool.every((k) => k.type === 'place')) {
      const listed = pool.slice(0, 8).map((k) => `${k.name} (${k.country}, ${k.id})`).join('; ');
      diagnostics.push(diagnostic('DL203', `"${c.name}" may be any of ${pool.length} places: ${listed}`, { stage, span: { start: c.start, end: c.end } }));
      c.known = [];
      c.type = 'place';
      continue;
    }
    c.known = [pool[0]!];
  }
  return diagnostics;
}

/** The readings that a country named just before settles ("South Korea's Joint Chiefs of Staff"), by entity id. */
function explicitReadings(candidates: Candidate[]): Set<string> {
  const out = new Set<string>();
  for (let index = 0; index < candidates.length; index++) {
    const c = candidates[index]!;
    if (c.known.length <= 1) continue;
    const settled = byNearbyCountry(candidates, index, c.known.filter((k) => k.type !== 'place'));
    if (settled && settled.length === 1) out.add(settled[0]!.id);
  }
  return out;
}

/** The one reading of the pool that some mention with its country settled, if exactly one. */
function explicitReading(explicit: ReadonlySet<string>, pool: KnownEntity[]): KnownEntity[] | null {
  const settled = pool.filter((k) => explicit.has(k.id));
  return settled.length === 1 ? settled : null;
}

/** The one reading an earlier mention in the document settled on, if any. */
function chosenBefore(candidates: Candidate[], index: number, pool: KnownEntity[]): KnownEntity[] | null {
  const ids = new Set(pool.map((k) => k.id));
  const chosen = new Set<string>();
  for (let j = 0; j < index; j++) {
    const p = candidates[j]!;
    if (p.known.length === 1 && ids.has(p.known[0]!.id)) chosen.add(p.known[0]!.id);
  }
  return chosen.size === 1 ? pool.filter((k) => chosen.has(k.id)) : null;
}

/** Candidates whose country is named in the same sentence just before the name (within a few words). */
function byNearbyCountry(candidates: Candidate[], index: number, pool: KnownEntity[]): KnownEntity[] | null {
  const c = candidates[index]!;
  for (let j = index - 1; j >= 0; j--) {
    const p = candidates[j]!;
    if (p.sentence !== c.sentence) break;
    const country = p.known.length === 1 && (p.known[0]!.type === 'country' || p.kind === 'capital' || p.kind === 'demonym') ? p.known[0]!.country : null;
    if (!country) continue;
    const matching = pool.filter((k) => k.country === country);
    if (matching.length) return matching;
  }
  return null;
}

/** A region (a state over towns of its name), a national capital, a city marked prominent, or a place ten times as large as every other. */
function dominantPlace(pool: KnownEntity[]): KnownEntity[] | null {
  if (!pool.every((k) => k.type === 'place')) return null;
  const regions = pool.filter((k) => k.region);
  if (regions.length === 1) return regions;
  const capitals = pool.filter((k) => k.capital);
  if (capitals.length === 1) return capitals;
  const prominent = pool.filter((k) => k.prominent);
  if (prominent.length === 1) return prominent;
  const sorted = [...pool].sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  if ((sorted[0]!.population ?? 0) >= 10 * (sorted[1]!.population ?? 0)) return [sorted[0]!];
  return null;
}
