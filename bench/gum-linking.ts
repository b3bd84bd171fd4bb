// Linking accuracy of the entity stage on GUM news (Wikinews articles with Wikipedia links on
// their named mentions, CC BY 4.0; read from ../shared/data/ner/gum-news at run time, never
// copied into the repository). For every gold named mention of a person, organisation or place
// that carries a Wikipedia title: whether an entity of ours covers its span (found), and whether
// that entity's canonical name or one of its aliases is the title ("name link"). A Wikidata id
// is compared too when both sides have one (GUM gives titles, not ids, so that is rare).
// Run after a build: `node dist/bench/gum-linking.js [folder]`.
import fs from 'node:fs';
import path from 'node:path';
import type { Document, Entity, Layers } from '../src/model/types.js';
import { loadKnowledge } from '../src/knowledge/knowledge.js';
import { sentenceStage } from '../src/annotate/sentences/stage.js';
import { entityStage } from '../src/annotate/entities/stage.js';

interface GoldMention {
  start: number;
  end: number;
  type: string;
  title: string;
}

interface GumDocument {
  id: string;
  published: string | null;
  text: string;
  mentions: GoldMention[];
}

const LINKED_TYPES = new Set(['person', 'organization', 'place']);

/** Reads one CoNLL-U file: text rebuilt from the tokens (SpaceAfter=No respected, one line per sentence) and the linked mentions. */
export function readGum(file: string): GumDocument {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  let text = '';
  let id = path.basename(file, '.conllu');
  let published: string | null = null;
  const mentions: GoldMention[] = [];
  const open = new Map<string, { start: number; type: string; title: string; proper: boolean }[]>();
  let sentenceStarted = false;
  for (const line of lines) {
    if (line.startsWith('# newdoc id = ')) id = line.slice('# newdoc id = '.length).trim();
    else if (line.startsWith('# meta::dateCreated = ')) published = line.slice('# meta::dateCreated = '.length).trim();
    if (!line.trim()) {
      if (sentenceStarted) text = text.replace(/ $/, '') + '\n';
      sentenceStarted = false;
      continue;
    }
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (!/^\d+$/.test(cols[0]!)) continue; // multi-word token ranges and empty nodes
    sentenceStarted = true;
    const misc = cols[9] ?? '_';
    const entity = /(?:^|\|)Entity=([^|]+)/.exec(misc)?.[1] ?? '';
    const start = text.length;
    // Openings on this token, in order.
    for (const m of entity.matchAll(/\(([^()]+)/g)) {
      const fields = m[1]!.split('-');
      const key = fields[0]!;
      const stack = open.get(key) ?? [];
      stack.push({ start, type: fields[1] ?? '', title: fields.length >= 8 ? fields.slice(7).join('-') : '', proper: false });
      open.set(key, stack);
    }
    text += cols[1]!;
    // A named mention holds a proper noun (PTB tag NNP/NNPS); pronouns and nominals of the entity carry its link too.
    if (cols[4] === 'NNP' || cols[4] === 'NNPS') for (const stack of open.values()) for (const o of stack) o.proper = true;
    const end = text.length;
    if (!/SpaceAfter=No/.test(misc)) text += ' ';
    // Closings: "(3-...)" on one token or "3)".
    for (const m of entity.matchAll(/\(([^()]+)\)|(?:^|[^(\w-])(\d+)\)/g)) {
      const key = m[1] ? m[1].split('-')[0]! : m[2]!;
      const stack = open.get(key);
      const opened = stack?.pop();
      if (!opened) continue;
      if (opened.proper && LINKED_TYPES.has(opened.type) && opened.title && opened.title !== '_') mentions.push({ start: opened.start, end, type: opened.type, title: opened.title });
    }
  }
  return { id, published, text: text.replace(/\s+$/, ''), mentions };
}

function documentOf(gum: GumDocument): Document {
  const paragraphs: { start: number; end: number }[] = [];
  let pos = 0;
  for (const line of gum.text.split('\n')) {
    if (line.trim()) paragraphs.push({ start: pos, end: pos + line.length });
    pos += line.length + 1;
  }
  return {
    id: gum.id, url: null, outlet: null, title: null, byline: null,
    published: gum.published ? { value: gum.published, precision: 'day', basis: 'given' } : null,
    language: 'en', text: gum.text, paragraphs, dateline: null,
    origin: { format: 'text', path: null, contentHash: '', rawHash: '', encoding: 'utf-8' }, diagnostics: [],
  } as Document;
}

const norm = (s: string): string => s.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether our entity names the Wikipedia title: its canonical name or an alias, compared without case and underscores. */
export function namesTitle(entity: Entity, title: string): boolean {
  const t = norm(decodeURIComponent(title.replace(/%(?![0-9A-Fa-f]{2})/g, '%25')));
  return [entity.name, ...entity.aliases].some((n) => norm(n) === t);
}

function main(): void {
  const folder = process.argv[2] ?? path.join('..', 'shared', 'data', 'ner', 'gum-news');
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.conllu')).sort();
  const sentences = sentenceStage();
  const entities = entityStage(loadKnowledge());
  let gold = 0;
  let found = 0;
  let linked = 0;
  let known = 0;
  let knownLinked = 0;
  const goldEntities = new Set<string>();
  const linkedEntities = new Set<string>();
  for (const file of files) {
    const gum = readGum(path.join(folder, file));
    const document = documentOf(gum);
    const layers: Partial<Layers> = {};
    Object.assign(layers, sentences.run({ document, layers }));
    const result = entities.run({ document, layers });
    for (const g of gum.mentions) {
      gold++;
      goldEntities.add(`${gum.id}|${g.title}`);
      // Our mention may drop a leading "the" or a possessive: any overlap counts as found.
      const hit = result.entities.find((e) => e.mentions.some((m) => m.kind !== 'pronoun' && m.start < g.end && m.end > g.start));
      if (!hit) continue;
      found++;
      const isKnown = !/^(person|org|place):[^:]*$/.test(hit.id) || !!hit.ids;
      if (isKnown) known++;
      if (namesTitle(hit, g.title)) {
        linked++;
        if (isKnown) knownLinked++;
        linkedEntities.add(`${gum.id}|${g.title}`);
      }
    }
  }
  const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '-') + '%';
  console.log(`GUM news linking: ${files.length} documents, ${gold} linked gold mentions (person/organization/place), ${goldEntities.size} gold entities`);
  console.log(`  found (an entity of ours overlaps the mention): ${found} = ${pct(found, gold)}`);
  console.log(`  name link correct (entity name or alias = Wikipedia title): ${linked} = ${pct(linked, gold)} of gold, ${pct(linked, found)} of found`);
  console.log(`  knowledge-base entities among found: ${known}; name link correct on them: ${pct(knownLinked, known)}`);
  console.log(`  gold entities linked at least once per document: ${linkedEntities.size} = ${pct(linkedEntities.size, goldEntities.size)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('bench', 'gum-linking.js'))) main();
