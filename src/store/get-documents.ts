// Many documents by id in a few queries (the second pass of streamed story grouping reads every
// document again, a batch of clusters at a time: one query per document cost as much as the rest).
// The same Kysely query serves SQLite and PostgreSQL.
import type { Kysely } from 'kysely';
import type { AnnotatedDocument } from '../model/types.js';
import type { Database } from './schema.js';

export interface DocumentRow {
  text: string;
  document_json: string;
  layers_json: string;
  stages: string;
}

/** Ids per query: well under both databases' limits on bound parameters. */
const CHUNK = 500;

/** The stored documents with these ids, in the order given (each once); ids not stored are left out. */
export async function selectDocuments(db: Kysely<Database>, ids: readonly string[], fromRow: (row: DocumentRow) => AnnotatedDocument): Promise<AnnotatedDocument[]> {
  const wanted = [...new Set(ids)];
  const found = new Map<string, AnnotatedDocument>();
  for (let k = 0; k < wanted.length; k += CHUNK) {
    const rows = await db.selectFrom('documents').select(['id', 'text', 'document_json', 'layers_json', 'stages']).where('id', 'in', wanted.slice(k, k + CHUNK)).execute();
    for (const row of rows) found.set(row.id, fromRow(row));
  }
  return wanted.map((id) => found.get(id)).filter((d): d is AnnotatedDocument => d !== undefined);
}
