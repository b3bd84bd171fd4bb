// The WordNet verb-class table (built by src/knowledge/build/verb-classes.ts into
// dist/knowledge/verb-classes.json): the PLOVER type of a verb the event lexicon does not list.
// Read once, on first use; an unbuilt table is empty, so the stage still runs without it.
import fs from 'node:fs';
import path from 'node:path';
import type { PloverType } from '../../model/types.js';
import { knowledgePath } from '../../knowledge/knowledge.js';
import { IRREGULAR_FORMS } from '../../knowledge/lexicons/events/index.js';
import { lemmaCandidates } from './lemmatize.js';

let table: ReadonlyMap<string, PloverType> | undefined;

export function verbClassesPath(): string {
  return path.join(path.dirname(knowledgePath()), 'verb-classes.json');
}

function load(): ReadonlyMap<string, PloverType> {
  const file = verbClassesPath();
  if (!fs.existsSync(file)) return new Map();
  return new Map(Object.entries(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, PloverType>));
}

/** The type WordNet gives a verb form ("strafed" → ASSAULT), or null. */
export function verbClassOf(word: string): PloverType | null {
  table ??= load();
  if (table.size === 0) return null;
  const known = table.get(word) ?? table.get(IRREGULAR_FORMS.get(word) ?? '');
  if (known) return known;
  for (const candidate of lemmaCandidates(word)) {
    const type = table.get(candidate);
    if (type) return type;
  }
  return null;
}
