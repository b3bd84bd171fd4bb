// Small hand-made documents for unit tests of the stages after ingest, the store and merging.
import { createHash } from 'node:crypto';
import type { AnnotatedDocument, Document, Event, Layers } from '../src/model/types.js';

/** A Document for `text`, one paragraph per non-empty line, as ingest makes for plain text. */
export function makeDocument(text: string, fields: Partial<Omit<Document, 'published'>> & { published?: Document['published'] | string } = {}): Document {
  const paragraphs: Document['paragraphs'] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  const { published, ...rest } = fields;
  return {
    id: 'doc',
    url: null,
    outlet: null,
    title: null,
    byline: null,
    published: typeof published === 'string' ? { value: published, precision: 'day', basis: 'given' } : published ?? null,
    language: 'en',
    text,
    paragraphs,
    dateline: null,
    origin: { format: 'text', path: null, contentHash: createHash('sha256').update(text).digest('hex'), rawHash: '', encoding: 'utf-8' },
    diagnostics: [],
    ...rest,
  };
}

export const emptyLayers = (): Layers => ({ sentences: [], tokens: [], entities: [], times: [], attributions: [], events: [] });

/** An annotated document with one sentence, one entity, one time, one attribution and one event, all with true offsets. */
export function makeAnnotated(id: string, text = 'Officials said North Korea fired a missile on Friday.', published = '2025-03-21'): AnnotatedDocument {
  const document = makeDocument(text, { id, published });
  const at = (words: string) => {
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" is not in the text`);
    return { start, end: start + words.length, text: words };
  };
  const layers = emptyLayers();
  layers.sentences = [{ start: 0, end: text.length, index: 0, paragraph: 0 }];
  if (text.includes('North Korea')) {
    layers.entities = [{ id: 'country:KP', name: 'North Korea', type: 'country', aliases: [], country: 'KP', mentions: [{ ...at('North Korea'), entity: 'country:KP', kind: 'name' }] }];
  }
  if (text.includes('Friday')) {
    layers.times = [{ id: 't1', ...at('Friday'), type: 'DATE', value: published, granularity: 'day', anchor: published, inferred: ['year', 'month', 'day'] }];
  }
  if (text.includes('said')) {
    const source = at('Officials');
    const content = { start: text.indexOf('said') + 5, end: text.length - 1, text: text.slice(text.indexOf('said') + 5, text.length - 1) };
    layers.attributions = [{ id: 'a1', source: { ...source, name: 'officials', entity: null, type: 'anonymous_official' }, cue: at('said'), content, channel: null, kind: 'indirect', hedged: false, hedges: [], sentence: 0 }];
  }
  if (text.includes('fired')) {
    const event: Event = {
      id: 'e1', category: 'weapons_test', plover: 'MOBILIZE', mode: 'weapons-test', context: ['military'], trigger: at('fired'),
      evidence: at('North Korea fired a missile'), actors: [{ name: 'North Korea', entity: 'country:KP' }], targets: [],
      date: text.includes('Friday') ? published : null, time: null, timeRef: text.includes('Friday') ? 't1' : null, place: null,
      modality: 'asserted', attributions: layers.attributions.map((a) => a.id), sentence: 0,
    };
    layers.events = [event];
  }
  return { document, layers, stages: ['test@1'] };
}
