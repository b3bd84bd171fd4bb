// Turns an annotated document into the rows of each index table. Pure, shared by every backend.
import type { AnnotatedDocument } from '../model/types.js';
import type { Database } from './schema.js';
import { countWords } from '../model/text.js';

type Rows<T extends keyof Database> = Database[T][];

export interface DocumentRows {
  document: Database['documents'];
  sentences: Rows<'sentences'>;
  entities: Rows<'entities'>;
  mentions: Rows<'mentions'>;
  times: Rows<'times'>;
  attributions: Rows<'attributions'>;
  events: Rows<'events'>;
  diagnostics: Rows<'diagnostics'>;
}

export function toRows(annotated: AnnotatedDocument, ingestedAt: string): DocumentRows {
  const { document: doc, layers } = annotated;
  const document_id = doc.id;
  const published = doc.published?.value ?? null;
  return {
    document: {
      id: doc.id,
      url: doc.url,
      outlet: doc.outlet,
      title: doc.title,
      byline: doc.byline,
      published,
      language: doc.language,
      text: doc.text,
      content_hash: doc.origin.contentHash,
      raw_hash: doc.origin.rawHash,
      format: doc.origin.format,
      origin_path: doc.origin.path,
      // The text is stored once, in its own column; the JSON holds the rest of the document.
      document_json: JSON.stringify({ ...doc, text: undefined }),
      layers_json: JSON.stringify(layers),
      stages: annotated.stages.join(' '),
      words: countWords(doc.text),
      ingested_at: ingestedAt,
    },
    sentences: layers.sentences.map((s) => ({ document_id, idx: s.index, start: s.start, end: s.end, paragraph: s.paragraph })),
    entities: layers.entities.map((e) => ({
      document_id, id: e.id, name: e.name, type: e.type, country: e.country, source_type: e.sourceType ?? null, mentions: e.mentions.length, published,
    })),
    mentions: layers.entities.flatMap((e) => e.mentions.map((m) => ({ document_id, entity_id: e.id, start: m.start, end: m.end, kind: m.kind }))),
    times: layers.times.map((t) => ({ document_id, id: t.id, start: t.start, end: t.end, type: t.type, value: t.value })),
    attributions: layers.attributions.map((a) => ({
      document_id,
      id: a.id,
      source_name: a.source?.name ?? null,
      source_entity: a.source?.entity ?? null,
      source_type: a.source?.type ?? null,
      cue_start: a.cue.start,
      cue_end: a.cue.end,
      content_start: a.content.start,
      content_end: a.content.end,
      channel: a.channel?.name ?? null,
      kind: a.kind,
      hedged: a.hedged ? 1 : 0,
      anonymous: a.source?.anonymous === undefined ? null : a.source.anonymous ? 1 : 0,
      published,
    })),
    events: layers.events.map((e) => ({
      document_id,
      id: e.id,
      category: e.category,
      plover: e.plover,
      date: e.date,
      time: e.time,
      place: e.place?.name ?? null,
      modality: e.modality,
      evidence_start: e.evidence.start,
      evidence_end: e.evidence.end,
      published,
    })),
    diagnostics: annotated.document.diagnostics.map((d) => ({
      document_id, code: d.code, severity: d.severity, message: d.message, stage: d.stage ?? null, start: d.span?.start ?? null, end: d.span?.end ?? null,
    })),
  };
}
