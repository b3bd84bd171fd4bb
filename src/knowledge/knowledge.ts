// The knowledge base the annotators read: countries, capitals, demonyms, places, and the
// organisations news speaks of (news agencies, state media, official bodies), each with its
// source named. Built by src/knowledge/build/ from npm data packages plus reviewed lexicons
// (src/knowledge/SOURCES.md); `npm run build` writes dist/knowledge/knowledge.json, read here.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityType, SourceType } from '../model/types.js';
import { casingFits, isAcronym, nameKey } from './names.js';

export interface KnownEntity {
  /** Stable id: "country:KP", "place:geonames:1871859", "org:kcna", "person:…". */
  id: string;
  name: string;
  type: EntityType;
  /** Other names and acronyms ("KCNA", "Korean Central News Agency"). */
  aliases: string[];
  /** ISO 3166-1 alpha-2 of the country the entity is or belongs to. */
  country: string | null;
  /** What kind of speaker this is when quoted (state media, news agency, government, military, …). */
  sourceType?: SourceType;
  ids?: { wikidata?: string; iso?: string; geonames?: number };
  coordinates?: { lat: number; lon: number };
  population?: number;
  /** For a country: its demonyms ("North Korean"); for a place: whether it is a national capital. */
  demonyms?: string[];
  capital?: boolean;
  /** A city the English name usually means in world news though smaller towns share it ("Geneva"): a reviewed mark. */
  prominent?: boolean;
  /** A first-level region or named territory (a state, an oblast), not a city. */
  region?: boolean;
  /** For organisations: the noun a text uses to refer back to it ("agency", "ministry"). */
  nominals?: string[];
  /** For a country: its three-letter ISO and Olympic codes ("DEU", "GER"). */
  codes?: string[];
}

/** A title or role word ("foreign minister") and the kind of speaker it makes its holder. */
export interface RoleInfo {
  role: string;
  sourceType: SourceType;
}

/** How a surface form names a known entity. */
export type NameForm = 'name' | 'alias' | 'acronym' | 'demonym';

export interface NameHit {
  entity: KnownEntity;
  /** The name or alias as the knowledge base writes it. */
  form: string;
  kind: NameForm;
}

export interface Knowledge {
  byId(id: string): KnownEntity | undefined;
  /** Entries whose name or alias is this surface form (case rules: acronyms exact, names case-insensitive on the first letter only). */
  lookupName(surface: string): KnownEntity[];
  /** The country a demonym names ("North Korean", "Russian" → the country entry). */
  lookupDemonym(word: string): KnownEntity | undefined;
  /** The country whose government a capital stands for when it acts or speaks ("Pyongyang" → North Korea). */
  capitalOf(placeName: string): KnownEntity | undefined;
  /** The longest name or alias, in words: bounds the dictionary matcher. */
  maxNameWords: number;
  /** Names, aliases, acronyms and demonyms this surface form is, with the form that matched (case rules applied). */
  lookupForms(surface: string): NameHit[];
  /** Whether some name or alias starts with this surface form (lets the matcher stop early). */
  isNamePrefix(surface: string): boolean;
  /** Fast path for matchers that build keys themselves (see names.ts nameKey): hits before case rules. */
  hitsForKey(key: string): readonly NameHit[];
  /** Fast path: whether some name key starts with this key at a token boundary. */
  isKeyPrefix(key: string): boolean;
  /** First-word keys of the few names written with a lower-case first letter ("dpa", "al-Qaeda"): the matcher starts only there or at a capital. */
  lowercaseStarts: ReadonlySet<string>;
  /** A title or role ("Deputy Foreign Minister" → foreign minister, government); case-insensitive. */
  lookupRole(phrase: string): RoleInfo | undefined;
  /** The longest role, in words. */
  maxRoleWords: number;
  /** Fast path for matchers that build the phrase from token keys (lower case, one space between words): no normalising. */
  roleForKey(key: string): RoleInfo | undefined;
  /** Fast path: whether some role goes on after these words ("foreign" → "foreign minister"), so the matcher can stop early. */
  isRoleKeyPrefix(key: string): boolean;
  /** Fast path: whether some role ends with these words or is them ("minister" ← "foreign minister"), so the matcher can start late. */
  isRoleKeySuffix(key: string): boolean;
  /** Every country entry. */
  countries(): readonly KnownEntity[];
  /** The country with this three-letter ISO or Olympic code ("GER" → Germany), exact case. */
  countryByCode(code: string): KnownEntity | undefined;
  /** Whether a lower-case word is a known given name ("given") or another personal-name word, mostly a family name ("family"). */
  personName(lower: string): 'given' | 'family' | undefined;
  /** The gender of a lower-case given name found in only one of the male and female lists ("patrick", "sonya"). */
  givenNameGender(lower: string): 'male' | 'female' | undefined;
  /** Whether a word, exactly as written, is a word of a company name ("Microsoft", "Lukoil"). */
  isCompanyWord(word: string): boolean;
  /** Whether a company word is also a common English word ("Future", "Shell"), by WordNet. */
  isCommonCompanyWord(word: string): boolean;
}

/** The generated file's shape (written by build/build-knowledge.ts). */
export interface KnowledgeData {
  version: number;
  sources: string[];
  /** Countries and organisations. */
  entities: KnownEntity[];
  /** Places, compact: [geonamesId, name, country, lat, lon, population, isCapital (0/1), ...alternate names]. */
  places: (string | number)[][];
  /** Capital name → country id ("Pyongyang" → "country:KP"). */
  capitals: Record<string, string>;
  roles: RoleInfo[];
  /** Lower-case given names and other personal-name words (mostly family names); absent in small test data. */
  personNames?: { given: string[]; family: string[]; male?: string[]; female?: string[] };
  /** Words of company names, as written ("Microsoft"); absent in small test data. */
  companyWords?: string[];
  /** The company words that are also common English words (WordNet lemmas in lower case); absent in small test data. */
  commonCompanyWords?: string[];
}

let cached: Knowledge | undefined;

/** The shipped knowledge base, loaded once per process. */
export function loadKnowledge(): Knowledge {
  cached ??= createKnowledge(readShippedData());
  return cached;
}

/** Where `npm run build` writes the knowledge base: dist/knowledge/knowledge.json under the package root. */
export function knowledgePath(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'dist', 'knowledge', 'knowledge.json');
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('knowledge base: no package.json above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

function readShippedData(): KnowledgeData {
  const file = knowledgePath();
  if (!fs.existsSync(file)) {
    throw new Error(`knowledge base not built: ${file} is missing; run \`npm run build\` (it runs dist/src/knowledge/build/build-knowledge.js)`);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as KnowledgeData;
}

/** Builds the lookup indexes over knowledge data (the shipped file, or a small one in tests). */
export function createKnowledge(data: KnowledgeData): Knowledge {
  const byId = new Map<string, KnownEntity>();
  const forms = new Map<string, NameHit[]>();
  const prefixes = new Set<string>();
  const demonyms = new Map<string, KnownEntity>();
  const capitals = new Map<string, KnownEntity>();
  const countries: KnownEntity[] = [];
  const countryCodes = new Map<string, KnownEntity>();
  const lowercaseStarts = new Set<string>();
  let maxNameWords = 1;

  const addForm = (entity: KnownEntity, form: string, kind: NameForm): void => {
    const key = nameKey(form);
    if (!key) return;
    let hits = forms.get(key);
    if (!hits) forms.set(key, (hits = []));
    if (hits.some((h) => h.entity === entity && h.form === form)) return;
    hits.push({ entity, form, kind });
    const initial = form.charAt(0);
    if (initial !== initial.toUpperCase()) lowercaseStarts.add(key.split(/[ .]/)[0]!);
    maxNameWords = Math.max(maxNameWords, key.split(' ').length);
    // Prefixes at every place a token can end, so the matcher can extend token by token.
    for (let i = 1; i < key.length; i++) {
      if (!isWordChar(key.charCodeAt(i)) || !isWordChar(key.charCodeAt(i - 1))) prefixes.add(key.slice(0, i).trimEnd());
    }
  };

  const add = (entity: KnownEntity): void => {
    byId.set(entity.id, entity);
    addForm(entity, entity.name, 'name');
    for (const alias of entity.aliases) addForm(entity, alias, isAcronym(alias) ? 'acronym' : 'alias');
    if (entity.type === 'country') {
      countries.push(entity);
      for (const code of entity.codes ?? []) if (!countryCodes.has(code)) countryCodes.set(code, entity);
      for (const d of entity.demonyms ?? []) {
        addForm(entity, d, 'demonym');
        demonyms.set(nameKey(d), entity);
      }
    }
  };

  for (const entity of data.entities) add(entity);
  for (const row of data.places) add(placeFromRow(row));
  for (const [capital, countryId] of Object.entries(data.capitals)) {
    const country = byId.get(countryId);
    if (country) capitals.set(nameKey(capital), country);
  }

  const roles = new Map<string, RoleInfo>();
  let maxRoleWords = 1;
  const rolePrefixes = new Set<string>();
  const roleSuffixes = new Set<string>();
  for (const role of data.roles) {
    const key = role.role.toLowerCase();
    roles.set(key, role);
    maxRoleWords = Math.max(maxRoleWords, role.role.split(' ').length);
    const words = key.split(' ');
    for (let n = 1; n < words.length; n++) rolePrefixes.add(words.slice(0, n).join(' '));
    for (let n = 1; n <= words.length; n++) roleSuffixes.add(words.slice(-n).join(' '));
  }

  const personNames = new Map<string, 'given' | 'family'>();
  for (const w of data.personNames?.family ?? []) personNames.set(w, 'family');
  for (const w of data.personNames?.given ?? []) personNames.set(w, 'given');
  const genders = new Map<string, 'male' | 'female'>();
  for (const w of data.personNames?.male ?? []) genders.set(w, 'male');
  for (const w of data.personNames?.female ?? []) genders.set(w, 'female');

  const companyWords = new Set(data.companyWords ?? []);
  const commonCompanyWords = new Set(data.commonCompanyWords ?? []);

  const lookupForms = (surface: string): NameHit[] => {
    const hits = forms.get(nameKey(surface));
    if (!hits) return [];
    return hits.filter((h) => casingFits(h.form, surface));
  };

  return {
    byId: (id) => byId.get(id),
    lookupName: (surface) => [...new Set(lookupForms(surface).filter((h) => h.kind !== 'demonym').map((h) => h.entity))],
    lookupDemonym: (word) => demonyms.get(nameKey(word)),
    capitalOf: (placeName) => capitals.get(nameKey(placeName)),
    maxNameWords,
    lookupForms,
    isNamePrefix: (surface) => prefixes.has(nameKey(surface)),
    hitsForKey: (key) => forms.get(key) ?? NO_HITS,
    isKeyPrefix: (key) => prefixes.has(key),
    lowercaseStarts,
    lookupRole: (phrase) => roles.get(phrase.toLowerCase().replace(/\s+/g, ' ').trim()),
    maxRoleWords,
    roleForKey: (key) => roles.get(key),
    isRoleKeyPrefix: (key) => rolePrefixes.has(key),
    isRoleKeySuffix: (key) => roleSuffixes.has(key),
    countries: () => countries,
    countryByCode: (code) => countryCodes.get(code),
    personName: (lower) => personNames.get(lower),
    givenNameGender: (lower) => genders.get(lower),
    isCompanyWord: (word) => companyWords.has(word),
    isCommonCompanyWord: (word) => commonCompanyWords.has(word),
  };
}

const NO_HITS: readonly NameHit[] = [];

function isWordChar(code: number): boolean {
  // Letters and digits of any script: anything above ASCII counts as a letter here.
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code > 127;
}

function placeFromRow(row: (string | number)[]): KnownEntity {
  const [geonames, name, country, lat, lon, population, capital, ...alternates] = row as [number, string, string, number, number, number, number, ...string[]];
  return {
    id: `place:geonames:${geonames}`,
    name,
    type: 'place',
    aliases: alternates,
    country,
    ids: { geonames },
    coordinates: { lat, lon },
    population,
    // The row's flag: 1 a national capital, 2 a prominent city (see place-names.ts).
    ...(capital === 1 ? { capital: true } : capital === 2 ? { prominent: true } : {}),
  };
}
