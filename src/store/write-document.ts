// Writing one document's rows, shared by every backend: the caller runs it inside one transaction.
// Backends differ only in how many rows one statement may carry and whether a row can be locked.
import { sql, type Kysely } from 'kysely';
import type { AnnotatedDocument } from '../model/types.js';
import type { Database } from './schema.js';
import type { DocumentRows } from './rows.js';
import type { PutResult } from './store.js';

export interface WriteOptions {
  /** Rows per INSERT statement (SQLite and PostgreSQL cap bound parameters per statement). */
  batch: number;
  /** Lock an existing row of the same id (PostgreSQL's FOR UPDATE; SQLite locks the whole file). */
  lockExisting: boolean;
}

const CHILD_TABLES = ['sentences', 'entities', 'mentions', 'times', 'attributions', 'events', 'diagnostics'] as const;

/** Same clean text stored: unchanged; same id with other text: replaced; otherwise inserted. */
export async function putRows(db: Kysely<Database>, rows: DocumentRows, annotated: AnnotatedDocument, options: WriteOptions): Promise<PutResult> {
  const same = await db.selectFrom('documents').select('id').where('content_hash', '=', rows.document.content_hash).executeTakeFirst();
  if (same) return { id: same.id, status: 'unchanged', sameAs: same.id };
  const byId = db.selectFrom('documents').select('id').where('id', '=', rows.document.id);
  const existing = await (options.lockExisting ? byId.forUpdate() : byId).executeTakeFirst();
  if (existing) await deleteDocumentRows(db, existing.id);
  await insertRows(db, rows, annotated, options.batch);
  return { id: rows.document.id, status: existing ? 'updated' : 'inserted' };
}

export async function deleteDocumentRows(db: Kysely<Database>, id: string): Promise<void> {
  for (const table of CHILD_TABLES) await db.deleteFrom(table).where('document_id', '=', id).execute();
  await sql`DELETE FROM sentence_search WHERE document_id = ${id}`.execute(db);
  await db.deleteFrom('documents').where('id', '=', id).execute();
}

async function insertRows(db: Kysely<Database>, rows: DocumentRows, annotated: AnnotatedDocument, batch: number): Promise<void> {
  await db.insertInto('documents').values(rows.document).execute();
  for (const table of CHILD_TABLES) {
    const tableRows: readonly unknown[] = rows[table];
    for (let i = 0; i < tableRows.length; i += batch) {
      await db.insertInto(table).values(tableRows.slice(i, i + batch) as never).execute();
    }
  }
  const text = annotated.document.text;
  const sentences = annotated.layers.sentences.map((s) => sql`(${rows.document.id}, ${s.index}, ${text.slice(s.start, s.end)})`);
  for (let i = 0; i < sentences.length; i += batch) {
    await sql`INSERT INTO sentence_search (document_id, idx, text) VALUES ${sql.join(sentences.slice(i, i + batch))}`.execute(db);
  }
}
