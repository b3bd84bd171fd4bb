// PostgreSQL's write of one document in few round trips: under load every statement waits its
// turn twice (client and server), and a document's rows took a dozen statements. Here the hash
// and id checks are one SELECT, and every row table is filled by one INSERT with data-modifying
// CTEs, its rows passed as one JSON parameter each (json_populate_recordset maps keys to columns).
// The caller runs it in one transaction, as write-document.ts's putRows.
import { sql, type Kysely } from 'kysely';
import type { AnnotatedDocument } from '../../model/types.js';
import type { Database } from '../schema.js';
import type { DocumentRows } from '../rows.js';
import type { PutResult } from '../store.js';
import { deleteDocumentRows } from '../write-document.js';

const CHILD_TABLES = ['sentences', 'entities', 'mentions', 'times', 'attributions', 'events', 'diagnostics'] as const;

/** Same clean text stored: unchanged; same id with other text: replaced; otherwise inserted. */
export async function putDocumentRows(db: Kysely<Database>, rows: DocumentRows, annotated: AnnotatedDocument): Promise<PutResult> {
  const { id, content_hash: hash } = rows.document;
  // The row of the same id is locked, so a concurrent replace of it waits for this one.
  const found = (await sql<{ id: string; same: boolean }>`
    SELECT id, content_hash = ${hash} AS same FROM documents WHERE content_hash = ${hash} OR id = ${id} FOR UPDATE`.execute(db)).rows;
  const same = found.find((r) => r.same);
  if (same) return { id: same.id, status: 'unchanged', sameAs: same.id };
  const existing = found.some((r) => r.id === id);
  if (existing) await deleteDocumentRows(db, id);
  await sql`WITH ${sql.join([insertFrom('documents', [rows.document]), ...CHILD_TABLES.map((t) => insertFrom(t, rows[t] as readonly object[]))].filter((x) => x !== null).map((x, i) => sql`${sql.raw(`w${i}`)} AS (${x})`))}
    ${searchRows(rows, annotated)}`.execute(db);
  return { id, status: existing ? 'updated' : 'inserted' };
}

/** INSERT INTO table (keys of the rows) from a JSON array parameter; null when there are no rows. */
function insertFrom(table: string, rows: readonly object[]) {
  if (rows.length === 0) return null;
  const columns = sql.join(Object.keys(rows[0]!).map((c) => sql.ref(c)));
  return sql`INSERT INTO ${sql.table(table)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${sql.table(table)}, ${JSON.stringify(rows)}::json)`;
}

/** The statement's last part: the sentences' text for the tsvector index. */
function searchRows(rows: DocumentRows, annotated: AnnotatedDocument) {
  const text = annotated.document.text;
  const sentences = annotated.layers.sentences.map((s) => ({ document_id: rows.document.id, idx: s.index, text: text.slice(s.start, s.end) }));
  return sql`INSERT INTO sentence_search (document_id, idx, text)
    SELECT x.document_id, x.idx, x.text FROM json_to_recordset(${JSON.stringify(sentences)}::json) AS x(document_id text, idx integer, text text)`;
}
