// Country entries: world-countries for names, demonyms, capitals and coordinates, i18n-iso-countries
// for more English names, and the reviewed supplements in lexicons/country-names.ts.
import type { KnownEntity } from '../knowledge.js';
import { isAcronym } from '../names.js';
import { AMBIGUOUS_DEMONYMS, COUNTRY_ALIASES, COUNTRY_DEMONYMS } from '../lexicons/country-names.js';
import type { WorldCountry } from './packages.js';

// Two-letter codes that news writes as names; other codes ("SA", "IN", "TO") are ordinary words.
const CODE_ALIASES = new Set(['US', 'UK']);

export function buildCountries(world: WorldCountry[], isoNames: Record<string, string[]>): KnownEntity[] {
  // A package demonym shared by several independent countries ("Congolese") names none; one shared
  // by a country and a dependent territory ("American": US and its minor islands) names the country.
  // The reviewed supplements always count.
  const owners = new Map<string, WorldCountry[]>();
  for (const c of world) {
    const base = c.demonyms?.eng?.m;
    if (!base) continue;
    for (const d of /(an|i)$/.test(base) ? [base, base + 's'] : [base]) {
      const list = owners.get(d) ?? [];
      list.push(c);
      owners.set(d, list);
    }
  }
  const demonymsOf = new Map<string, string[]>();
  for (const c of world) {
    const list = new Set<string>(COUNTRY_DEMONYMS[c.cca2] ?? []);
    const base = c.demonyms?.eng?.m;
    for (const d of base ? (/(an|i)$/.test(base) ? [base, base + 's'] : [base]) : []) {
      if (AMBIGUOUS_DEMONYMS.has(d) || suppliedElsewhere(d, c.cca2)) continue;
      const sharing = owners.get(d) ?? [];
      const independent = sharing.filter((o) => o.independent);
      if (sharing.length === 1 || (independent.length === 1 && independent[0] === c)) list.add(d);
    }
    demonymsOf.set(c.cca2, [...list]);
  }

  return world.map((c) => {
    const aliases = new Set<string>();
    const add = (name: string): void => {
      if (!name || name === c.name.common || !usableName(name)) return;
      if (/^[A-Z]{2}$/.test(name) && !CODE_ALIASES.has(name)) return;
      aliases.add(name);
    };
    add(c.name.official);
    for (const a of c.altSpellings) add(a);
    for (const a of isoNames[c.cca2] ?? []) add(a);
    for (const a of COUNTRY_ALIASES[c.cca2] ?? []) add(a);
    const demonyms = demonymsOf.get(c.cca2) ?? [];
    return {
      id: `country:${c.cca2}`,
      name: c.name.common,
      type: 'country',
      aliases: [...aliases],
      country: c.cca2,
      sourceType: 'government',
      ids: { iso: c.cca2 },
      coordinates: { lat: c.latlng[0], lon: c.latlng[1] },
      demonyms,
      // ISO alpha-3 and Olympic codes, read only in sports parentheses ("Anna Weber (GER)").
      codes: [...new Set([c.cca3, c.cioc].filter((code): code is string => !!code))],
    } satisfies KnownEntity;
  });
}

/** Whether the reviewed supplement gives this demonym to another country. */
function suppliedElsewhere(demonym: string, code: string): boolean {
  return Object.entries(COUNTRY_DEMONYMS).some(([other, list]) => other !== code && list.includes(demonym));
}

/** Latin-script names without the inverted "Korea, Republic of" form. */
function usableName(name: string): boolean {
  if (name.includes(',')) return false;
  if (!/^[\p{Script=Latin}\p{M}0-9 .'’()\-&]+$/u.test(name)) return false;
  // Romanised native names with diacritics ("Chosŏn Minjujuŭi…") are never written in English news.
  if (!isAcronym(name) && /[^\x00-\x7F]/.test(name) && name.split(' ').length > 2) return false;
  return true;
}
