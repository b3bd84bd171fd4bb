// The storage interface. Every backend (SQLite today, PostgreSQL later) implements it and runs
// the same conformance suite (test/unit/store/conformance.ts).
import type { AnnotatedDocument, Diagnostic, EventCategory, SourceType } from '../model/types.js';

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

export interface Store {
  /** Stores a document and all its annotations in one transaction; the same clean text twice is one document. */
  putDocument(doc: AnnotatedDocument): Promise<PutResult>;
  getDocument(id: string): Promise<AnnotatedDocument | null>;
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
  close(): Promise<void>;
}
