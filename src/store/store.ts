// The storage interface. Every backend (SQLite today, PostgreSQL later) implements it and runs
// the same conformance suite (test/unit/store/conformance.ts).
import type { AnnotatedDocument, Diagnostic, EventCategory, SourceType, TextSpan } from '../model/types.js';

export type PutStatus = 'inserted' | 'updated' | 'unchanged';

export interface PutResult {
  id: string;
  status: PutStatus;
  /** For 'unchanged': the stored document with the same clean text (it may have another id). */
  sameAs?: string;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  words: number;
  entities: number;
  times: number;
  attributions: number;
  events: number;
  diagnostics: number;
}

export interface SearchHit {
  document: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** The sentence with the matched words wrapped in [[ ]] (FTS5 highlight). */
  highlighted: string;
  title: string | null;
  published: string | null;
}

export interface StoreStats {
  documents: number;
  sentences: number;
  entities: number;
  mentions: number;
  times: number;
  attributions: number;
  events: number;
  diagnostics: number;
}

export interface CountRow<K extends string> {
  key: K;
  count: number;
}

/**
 * Filters shared by the list queries (the HTTP API passes them through). Dates compare as ISO
 * prefixes, so an event dated "2025-03" is inside from=2025-03-10. `entity` is an entity id
 * ("country:KP") or an exact canonical name; an event or attribution matches when the entity is
 * named inside its evidence (or is the speaker), a document when it mentions the entity at all.
 */
export interface QueryFilter {
  from?: string;
  to?: string;
  entity?: string;
  category?: EventCategory;
  sourceType?: SourceType;
  /** Attributions only: speakers without a name (true) or with one (false). */
  anonymous?: boolean;
  outlet?: string;
  document?: string;
}

export interface PageOptions {
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  total: number;
  items: T[];
}

export interface EventSummary {
  document: string;
  id: string;
  category: EventCategory;
  plover: string;
  date: string | null;
  time: string | null;
  place: string | null;
  modality: string;
  evidence: TextSpan;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

export interface AttributionSummary {
  document: string;
  id: string;
  source: string | null;
  sourceEntity: string | null;
  sourceType: SourceType | null;
  /** The speaker is unnamed; null when the document was stored before this was recorded. */
  anonymous: boolean | null;
  kind: string;
  hedged: boolean;
  channel: string | null;
  cue: TextSpan;
  content: TextSpan;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

export interface EntitySummary {
  id: string;
  name: string;
  type: string;
  country: string | null;
  documents: number;
  mentions: number;
}

export interface Store {
  /** Stores a document and all its annotations in one transaction; the same clean text twice is one document. */
  putDocument(doc: AnnotatedDocument): Promise<PutResult>;
  getDocument(id: string): Promise<AnnotatedDocument | null>;
  /** The documents with these ids, in the order given (each once); ids not stored are left out. */
  getDocuments(ids: readonly string[]): Promise<AnnotatedDocument[]>;
  listDocuments(options?: { limit?: number; offset?: number }): Promise<DocumentSummary[]>;
  /** Every stored document, oldest first, one at a time (for cross-document merging). */
  eachDocument(): AsyncIterable<AnnotatedDocument>;
  /** Full-text search over sentences. `query` is plain words; all must occur. */
  search(query: string, options?: { limit?: number }): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  eventsByDate(): Promise<{ date: string | null; category: EventCategory; count: number }[]>;
  attributionsBySource(): Promise<{ source: string; type: SourceType; count: number }[]>;
  topEntities(limit: number): Promise<{ name: string; type: string; documents: number; mentions: number }[]>;
  /** Diagnostics recorded on stored documents (warnings from ingest and stages). */
  diagnostics(documentId?: string): Promise<(Diagnostic & { document: string })[]>;
  /** Documents matching the filter, oldest first, with the total before paging. */
  findDocuments(filter?: QueryFilter, page?: PageOptions): Promise<Page<DocumentSummary>>;
  /** Events matching the filter, by date (undated last), with their evidence text. */
  findEvents(filter?: QueryFilter, page?: PageOptions): Promise<Page<EventSummary>>;
  /** Attributions matching the filter, with cue and content text. */
  findAttributions(filter?: QueryFilter, page?: PageOptions): Promise<Page<AttributionSummary>>;
  /** Entities across documents, one row per entity id, most mentioned first; `query` matches names by prefix. */
  findEntities(options?: { query?: string; type?: string } & PageOptions): Promise<Page<EntitySummary>>;
  getEntity(id: string): Promise<EntitySummary | null>;
  /** Removes a document and all its annotations; false when there was none. */
  deleteDocument(id: string): Promise<boolean>;
  close(): Promise<void>;
}
