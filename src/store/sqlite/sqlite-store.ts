// The embedded default store: one SQLite file (better-sqlite3 behind Kysely), WAL journal,
// one transaction per document, FTS5 over sentences.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { AnnotatedDocument, Diagnostic, Document, EventCategory, Layers, SourceType } from '../../model/types.js';
import { DatelineError } from '../../model/diagnostics.js';
import type { Database } from '../schema.js';
import { countStats } from '../stats.js';
import { toRows } from '../rows.js';
import { deleteDocumentRows, putRows, type WriteOptions } from '../write-document.js';
import { MIGRATIONS, LATEST_VERSION } from '../migrations/index.js';
import type { AttributionSummary, DocumentSummary, EntitySummary, EventSummary, Page, PageOptions, PutResult, QueryFilter, SearchHit, Store, StoreStats } from '../store.js';
import { searchSentences } from './search.js';
import { CountCache } from './count-cache.js';
import { sqliteError } from './errors.js';
import { selectDocuments } from '../get-documents.js';
import * as queries from './queries.js';

// SQLite caps bound parameters per statement; the file lock makes row locks needless.
const WRITE: WriteOptions = { batch: 100, lockExisting: false };
/** Documents read per query by eachDocument. */
const EACH_BATCH = 100;

export interface SqliteStoreOptions {
  /** Open an existing database only; fail instead of creating it. */
  mustExist?: boolean;
}

export async function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Promise<Store> {
  if (file !== ':memory:') {
    if (options.mustExist && !fs.existsSync(file)) {
      throw new DatelineError('DL302', `${file}: no such database; create it with "dateline ingest <files> --db ${file}"`, file);
    }
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(file);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
  } catch (error) {
    const known = sqliteError(error, file);
    throw known instanceof DatelineError ? known : new DatelineError('DL302', `${file}: not a Dateline database (${(error as Error).message})`, file);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  await migrate(db, file);
  return new SqliteStore(db, file);
}

async function migrate(db: Kysely<Database>, file: string): Promise<void> {
  try {
    await sql`CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)`.execute(db);
  } catch (error) {
    const known = sqliteError(error, file);
    throw known instanceof DatelineError ? known : new DatelineError('DL302', `${file}: not a Dateline database (${(error as Error).message})`, file);
  }
  const applied = new Set((await db.selectFrom('schema_migrations').select('version').execute()).map((r) => r.version));
  const newest = Math.max(0, ...applied);
  if (newest > LATEST_VERSION) {
    throw new DatelineError('DL301', `${file}: written by a newer Dateline (schema version ${newest}, this one knows up to ${LATEST_VERSION})`, file);
  }
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    await db.transaction().execute(async (trx) => {
      await migration.up(trx, 'sqlite');
      await trx.insertInto('schema_migrations').values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() }).execute();
    });
  }
}


class SqliteStore implements Store {
  /** Writes through this store; with PRAGMA data_version (other connections' commits) it says
   * when cached aggregates are stale. */
  private writes = 0;
  private readonly version = async (): Promise<string> => {
    const rows = await sql<{ data_version: number }>`PRAGMA data_version`.execute(this.db);
    return `${this.writes}:${rows.rows[0]?.data_version ?? 0}`;
  };
  private readonly entityTotals = new queries.EntityTotalsCache(this.version);
  private readonly totals = new CountCache(this.version);

  constructor(private readonly db: Kysely<Database>, private readonly file: string) {}

  async putDocument(annotated: AnnotatedDocument): Promise<PutResult> {
    const rows = toRows(annotated, new Date().toISOString());
    // The transaction by hand, not db.transaction(): a full disk makes SQLite roll back by
    // itself (even at COMMIT), and Kysely's own ROLLBACK would then fail with "no transaction is
    // active", hiding the real error.
    return this.db.connection().execute(async (conn) => {
      // Counted while the connection is held, so no read sees the new rows with the old count.
      this.writes++;
      await sql`BEGIN IMMEDIATE`.execute(conn);
      try {
        const result = await putRows(conn, rows, annotated, WRITE);
        await sql`COMMIT`.execute(conn);
        return result;
      } catch (error) {
        await sql`ROLLBACK`.execute(conn).catch(() => undefined);
        throw sqliteError(error, this.file);
      }
    });
  }

  async getDocument(id: string): Promise<AnnotatedDocument | null> {
    const row = await this.db.selectFrom('documents').select(['text', 'document_json', 'layers_json', 'stages']).where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    return fromRow(row);
  }

  getDocuments(ids: readonly string[]): Promise<AnnotatedDocument[]> {
    return selectDocuments(this.db, ids, fromRow);
  }

  async listDocuments(options: { limit?: number; offset?: number } = {}): Promise<DocumentSummary[]> {
    const count = (table: 'entities' | 'times' | 'attributions' | 'events' | 'diagnostics') =>
      sql<number>`(SELECT count(*) FROM ${sql.table(table)} c WHERE c.document_id = d.id)`;
    const rows = await this.db
      .selectFrom('documents as d')
      .select(['d.id', 'd.title', 'd.outlet', 'd.url', 'd.published', 'd.words'])
      .select([count('entities').as('entities'), count('times').as('times'), count('attributions').as('attributions'), count('events').as('events'), count('diagnostics').as('diagnostics')])
      .orderBy('d.published')
      .orderBy('d.id')
      .limit(options.limit ?? 1000)
      .offset(options.offset ?? 0)
      .execute();
    return rows;
  }

  async *eachDocument(): AsyncIterable<AnnotatedDocument> {
    const ids = await this.db.selectFrom('documents').select('id').orderBy('published').orderBy('id').execute();
    // A batch per query: one query per document cost as much as parsing it.
    for (let k = 0; k < ids.length; k += EACH_BATCH) yield* await this.getDocuments(ids.slice(k, k + EACH_BATCH).map((r) => r.id));
  }

  search(query: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    return searchSentences(this.db, query, options.limit ?? 50);
  }

  stats(): Promise<StoreStats> {
    return countStats(this.db);
  }

  async eventsByDate(): Promise<{ date: string | null; category: EventCategory; count: number }[]> {
    const rows = await this.db.selectFrom('events').select(['date', 'category', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy(['date', 'category']).orderBy('date').orderBy('category').execute();
    return rows.map((r) => ({ date: r.date, category: r.category as EventCategory, count: Number(r.count) }));
  }

  async attributionsBySource(): Promise<{ source: string; type: SourceType; count: number }[]> {
    const rows = await this.db.selectFrom('attributions').select(['source_name', 'source_type', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy(['source_name', 'source_type']).orderBy('count', 'desc').orderBy('source_name').execute();
    return rows.map((r) => ({ source: r.source_name ?? '(no source)', type: (r.source_type ?? 'unknown') as SourceType, count: Number(r.count) }));
  }

  async topEntities(limit: number): Promise<{ name: string; type: string; documents: number; mentions: number }[]> {
    const rows = await this.db.selectFrom('entities')
      .select(['name', 'type', (eb) => eb.fn.count<number>('document_id').distinct().as('documents'), (eb) => eb.fn.sum<number>('mentions').as('mentions')])
      .groupBy(['name', 'type']).orderBy('mentions', 'desc').orderBy('name').limit(limit).execute();
    return rows.map((r) => ({ name: r.name, type: r.type, documents: Number(r.documents), mentions: Number(r.mentions) }));
  }

  async diagnostics(documentId?: string): Promise<(Diagnostic & { document: string })[]> {
    let query = this.db.selectFrom('diagnostics').selectAll();
    if (documentId) query = query.where('document_id', '=', documentId);
    const rows = await query.execute();
    return rows.map((r) => ({
      document: r.document_id, code: r.code, severity: r.severity as Diagnostic['severity'], message: r.message,
      ...(r.stage ? { stage: r.stage } : {}), ...(r.start != null && r.end != null ? { span: { start: r.start, end: r.end } } : {}),
    }));
  }

  findDocuments(filter?: QueryFilter, page?: PageOptions): Promise<Page<DocumentSummary>> {
    return queries.findDocuments(this.db, filter, page, this.totals);
  }

  findEvents(filter?: QueryFilter, page?: PageOptions): Promise<Page<EventSummary>> {
    return queries.findEvents(this.db, filter, page, this.totals);
  }

  findAttributions(filter?: QueryFilter, page?: PageOptions): Promise<Page<AttributionSummary>> {
    return queries.findAttributions(this.db, filter, page, this.totals);
  }

  findEntities(options?: { query?: string; type?: string } & PageOptions): Promise<Page<EntitySummary>> {
    return this.entityTotals.find(this.db, options);
  }

  getEntity(id: string): Promise<EntitySummary | null> {
    return queries.getEntity(this.db, id);
  }

  async deleteDocument(id: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst();
      if (!existing) return false;
      this.writes++;
      await deleteDocumentRows(trx, id);
      return true;
    });
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}


function fromRow(row: { text: string; document_json: string; layers_json: string; stages: string }): AnnotatedDocument {
  const document = { ...(JSON.parse(row.document_json) as Omit<Document, 'text'>), text: row.text } as Document;
  return { document, layers: JSON.parse(row.layers_json) as Layers, stages: row.stages ? row.stages.split(' ') : [] };
}
