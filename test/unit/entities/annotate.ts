// Runs the sentence and entity stages on a short text, for the entity tests.
import type { Diagnostic, Document, Entity, Layers } from '../../../src/model/types.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';
import { sentenceStage } from '../../../src/annotate/sentences/stage.js';
import { entityStage } from '../../../src/annotate/entities/stage.js';

export function makeDocument(text: string, extra: Partial<Document> = {}): Document {
  const paragraphs: { start: number; end: number }[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({ start: pos, end: pos + line.length });
    pos += line.length + 1;
  }
  return {
    id: 'test', url: null, outlet: null, title: null, byline: null,
    published: { value: '2025-03-21', precision: 'day', basis: 'given' }, language: 'en', text, paragraphs, dateline: null,
    origin: { format: 'text', path: null, contentHash: '', rawHash: '', encoding: 'utf-8' }, diagnostics: [], ...extra,
  };
}

export interface Annotated {
  text: string;
  entities: Entity[];
  diagnostics: Diagnostic[];
  /** The entity with a mention of exactly these words. */
  byMention(words: string): Entity | undefined;
  /** The entity with this id. */
  byId(id: string): Entity | undefined;
}

const stages = { sentences: sentenceStage(), entities: entityStage(loadKnowledge()) };

export function annotate(text: string, extra: Partial<Document> = {}): Annotated {
  const document = makeDocument(text, extra);
  const layers: Partial<Layers> = {};
  Object.assign(layers, stages.sentences.run({ document, layers }));
  const { entities, diagnostics = [] } = stages.entities.run({ document, layers });
  return {
    text,
    entities,
    diagnostics,
    byMention: (words) => entities.find((e) => e.mentions.some((m) => m.text === words)),
    byId: (id) => entities.find((e) => e.id === id),
  };
}
