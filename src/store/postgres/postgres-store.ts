// The shared store: PostgreSQL through Kysely's PostgresDialect. Same tables and migrations as
// SQLite, one transaction per document, a generated tsvector with a GIN index for search.
// Several processes may write at once: the content-hash and id keys decide, and a writer that
// loses a race retries and finds the winner's row.
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { AnnotatedDocument, Diagnostic, Document, EventCategory, Layers, SourceType } from '../../model/types.js';
import { DatelineError } from '../../model/diagnostics.js';
import type { Database } from '../schema.js';
import { countStats } from '../stats.js';
import { toRows } from '../rows.js';
import { deleteDocumentRows } from '../write-document.js';
import { putDocumentRows } from './put-document.js';
import { selectDocuments } from '../get-documents.js';
import { MIGRATIONS, LATEST_VERSION } from '../migrations/index.js';
import type { AttributionSummary, DocumentSummary, EntitySummary, EventSummary, Page, PageOptions, PutResult, QueryFilter, SearchHit, Store, StoreStats } from '../store.js';
// The filtered list queries are portable SQL, shared with SQLite; PostgreSQL counts come back
// as strings (bigint), so document counts are made numbers again here.
import * as queries from '../sqlite/queries.js';
import { searchSentences } from './search.js';
import { redactUrl, storeError } from './errors.js';

export interface PostgresStoreOptions {
  /** Fail unless the database already holds a Dateline schema. */
  mustExist?: boolean;
  /** Connections in the pool (default 4). */
  poolSize?: number;
}

export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4, connectionTimeoutMillis: 10_000 });
  // An idle client whose server went away must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrate(db, url, options.mustExist ?? false);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw storeError(error, url);
  }
  return new PostgresStore(db, url);
}

// Any constant shared by every Dateline process: the advisory lock that serialises migrations.
const MIGRATION_LOCK = 0x646c6d67;

async function migrate(db: Kysely<Database>, url: string, mustExist: boolean): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    const exists = (await sql<{ t: string | null }>`SELECT to_regclass('schema_migrations')::text AS t`.execute(trx)).rows[0]?.t;
    if (!exists) {
      if (mustExist) throw new DatelineError('DL302', `${redactUrl(url)}: no Dateline database here; create it with "dateline ingest <files> --db ${redactUrl(url)}"`, redactUrl(url));
      await sql`CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)`.execute(trx);
    }
    const applied = new Set((await trx.selectFrom('schema_migrations').select('version').execute()).map((r) => r.version));
    const newest = Math.max(0, ...applied);
    if (newest > LATEST_VERSION) {
      throw new DatelineError('DL301', `${redactUrl(url)}: written by a newer Dateline (schema version ${newest}, this one knows up to ${LATEST_VERSION})`, redactUrl(url));
    }
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await migration.up(trx, 'postgres');
      await trx.insertInto('schema_migrations').values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() }).execute();
    }
  });
}

/** unique_violation: another writer stored the same id or text between our check and our insert. */
const UNIQUE_VIOLATION = '23505';
/** Text ordered by code point, as SQLite orders it, whatever the database's locale. */
const byCodePoint = (column: string) => sql`${sql.ref(column)} COLLATE "C"`;

class PostgresStore implements Store {
  constructor(private readonly db: Kysely<Database>, private readonly url: string) {}

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw storeError(error, this.url);
    }
  }

  async putDocument(annotated: AnnotatedDocument): Promise<PutResult> {
    const rows = toRows(annotated, new Date().toISOString());
    return this.guard(async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await this.db.transaction().execute((trx) => putDocumentRows(trx, rows, annotated));
        } catch (error) {
          if ((error as { code?: string }).code !== UNIQUE_VIOLATION || attempt >= 3) throw error;
        }
      }
    });
  }

  async getDocument(id: string): Promise<AnnotatedDocument | null> {
    const row = await this.guard(() => this.db.selectFrom('documents').select(['text', 'document_json', 'layers_json', 'stages']).where('id', '=', id).executeTakeFirst());
    return row ? fromRow(row) : null;
  }

  getDocuments(ids: readonly string[]): Promise<AnnotatedDocument[]> {
    return this.guard(() => selectDocuments(this.db, ids, fromRow));
  }

  async listDocuments(options: { limit?: number; offset?: number } = {}): Promise<DocumentSummary[]> {
    const count = (table: 'entities' | 'times' | 'attributions' | 'events' | 'diagnostics') =>
      sql<number>`(SELECT count(*) FROM ${sql.table(table)} c WHERE c.document_id = d.id)`;
    const rows = await this.guard(() => this.db
      .selectFrom('documents as d')
      .select(['d.id', 'd.title', 'd.outlet', 'd.url', 'd.published', 'd.words'])
      .select([count('entities').as('entities'), count('times').as('times'), count('attributions').as('attributions'), count('events').as('events'), count('diagnostics').as('diagnostics')])
      .orderBy(byCodePoint('d.published'), (ob) => ob.asc().nullsFirst())
      .orderBy(byCodePoint('d.id'))
      .limit(options.limit ?? 1000)
      .offset(options.offset ?? 0)
      .execute());
    return rows.map(numericCounts);
  }

  async *eachDocument(): AsyncIterable<AnnotatedDocument> {
    const ids = await this.guard(() => this.db.selectFrom('documents').select('id')
      .orderBy(byCodePoint('published'), (ob) => ob.asc().nullsFirst()).orderBy(byCodePoint('id')).execute());
    // A batch per query, as on SQLite: one round trip per document dominated the read.
    for (let k = 0; k < ids.length; k += 100) yield* await this.getDocuments(ids.slice(k, k + 100).map((r) => r.id));
  }

  async search(query: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    return this.guard(() => searchSentences(this.db, query, options.limit ?? 50));
  }

  async stats(): Promise<StoreStats> {
    return this.guard(() => countStats(this.db));
  }

  async eventsByDate(): Promise<{ date: string | null; category: EventCategory; count: number }[]> {
    const rows = await this.guard(() => this.db.selectFrom('events').select(['date', 'category', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy(['date', 'category']).orderBy(byCodePoint('date'), (ob) => ob.asc().nullsFirst()).orderBy(byCodePoint('category')).execute());
    return rows.map((r) => ({ date: r.date, category: r.category as EventCategory, count: Number(r.count) }));
  }

  async attributionsBySource(): Promise<{ source: string; type: SourceType; count: number }[]> {
    const rows = await this.guard(() => this.db.selectFrom('attributions').select(['source_name', 'source_type', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy(['source_name', 'source_type']).orderBy('count', 'desc').orderBy(byCodePoint('source_name'), (ob) => ob.asc().nullsFirst()).execute());
    return rows.map((r) => ({ source: r.source_name ?? '(no source)', type: (r.source_type ?? 'unknown') as SourceType, count: Number(r.count) }));
  }

  async topEntities(limit: number): Promise<{ name: string; type: string; documents: number; mentions: number }[]> {
    const rows = await this.guard(() => this.db.selectFrom('entities')
      .select(['name', 'type', (eb) => eb.fn.count<number>('document_id').distinct().as('documents'), (eb) => eb.fn.sum<number>('mentions').as('mentions')])
      .groupBy(['name', 'type']).orderBy('mentions', 'desc').orderBy(byCodePoint('name')).limit(limit).execute());
    return rows.map((r) => ({ name: r.name, type: r.type, documents: Number(r.documents), mentions: Number(r.mentions) }));
  }

  async diagnostics(documentId?: string): Promise<(Diagnostic & { document: string })[]> {
    let query = this.db.selectFrom('diagnostics').selectAll();
    if (documentId) query = query.where('document_id', '=', documentId);
    const rows = await this.guard(() => query.execute());
    return rows.map((r) => ({
      document: r.document_id, code: r.code, severity: r.severity as Diagnostic['severity'], message: r.message,
      ...(r.stage ? { stage: r.stage } : {}), ...(r.start != null && r.end != null ? { span: { start: r.start, end: r.end } } : {}),
    }));
  }

  async findDocuments(filter?: QueryFilter, page?: PageOptions): Promise<Page<DocumentSummary>> {
    const found = await this.guard(() => queries.findDocuments(this.db, filter, page));
    return { total: found.total, items: found.items.map(numericCounts) };
  }

  findEvents(filter?: QueryFilter, page?: PageOptions): Promise<Page<EventSummary>> {
    return this.guard(() => queries.findEvents(this.db, filter, page));
  }

  findAttributions(filter?: QueryFilter, page?: PageOptions): Promise<Page<AttributionSummary>> {
    return this.guard(() => queries.findAttributions(this.db, filter, page));
  }

  findEntities(options?: { query?: string; type?: string } & PageOptions): Promise<Page<EntitySummary>> {
    return this.guard(() => queries.findEntities(this.db, options));
  }

  getEntity(id: string): Promise<EntitySummary | null> {
    return this.guard(() => queries.getEntity(this.db, id));
  }

  async deleteDocument(id: string): Promise<boolean> {
    return this.guard(() => this.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('documents').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
      if (!existing) return false;
      await deleteDocumentRows(trx, id);
      return true;
    }));
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

function numericCounts(d: DocumentSummary): DocumentSummary {
  return {
    ...d, words: Number(d.words), entities: Number(d.entities), times: Number(d.times), attributions: Number(d.attributions), events: Number(d.events), diagnostics: Number(d.diagnostics),
  };
}


function fromRow(row: { text: string; document_json: string; layers_json: string; stages: string }): AnnotatedDocument {
  const document = { ...(JSON.parse(row.document_json) as Omit<Document, 'text'>), text: row.text } as Document;
  return { document, layers: JSON.parse(row.layers_json) as Layers, stages: row.stages ? row.stages.split(' ') : [] };
}
