// Table shapes for Kysely. The full annotated document is kept as JSON (`layers_json`), the
// record of truth; the other tables index it for queries (search, counts, filters).
export interface DocumentsTable {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  byline: string | null;
  published: string | null;
  language: string;
  text: string;
  content_hash: string;
  raw_hash: string;
  format: string;
  origin_path: string | null;
  document_json: string;
  layers_json: string;
  stages: string;
  words: number;
  ingested_at: string;
}

export interface SentencesTable {
  document_id: string;
  idx: number;
  start: number;
  end: number;
  paragraph: number;
}

export interface EntitiesTable {
  document_id: string;
  id: string;
  name: string;
  type: string;
  country: string | null;
  source_type: string | null;
  mentions: number;
  /** The document's published date, copied here (migration 4) so documents filtered by entity page in index order. */
  published: string | null;
}

export interface MentionsTable {
  document_id: string;
  entity_id: string;
  start: number;
  end: number;
  kind: string;
}

export interface TimesTable {
  document_id: string;
  id: string;
  start: number;
  end: number;
  type: string;
  value: string | null;
}

export interface AttributionsTable {
  document_id: string;
  id: string;
  source_name: string | null;
  source_entity: string | null;
  source_type: string | null;
  cue_start: number;
  cue_end: number;
  content_start: number;
  content_end: number;
  channel: string | null;
  kind: string;
  hedged: number;
  /** 1 when the speaker is unnamed, 0 when named; null on rows written before migration 5. */
  anonymous: number | null;
  /** The document's published date, copied here (migration 3) so the list order has an index. */
  published: string | null;
}

export interface EventsTable {
  document_id: string;
  id: string;
  category: string;
  plover: string;
  date: string | null;
  time: string | null;
  place: string | null;
  modality: string;
  evidence_start: number;
  evidence_end: number;
  /** The document's published date, copied here (migration 3) so the list order has an index. */
  published: string | null;
}

export interface DiagnosticsTable {
  document_id: string;
  code: string;
  severity: string;
  message: string;
  stage: string | null;
  start: number | null;
  end: number | null;
}

export interface MigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface Database {
  documents: DocumentsTable;
  sentences: SentencesTable;
  entities: EntitiesTable;
  mentions: MentionsTable;
  times: TimesTable;
  attributions: AttributionsTable;
  events: EventsTable;
  diagnostics: DiagnosticsTable;
  schema_migrations: MigrationsTable;
}
