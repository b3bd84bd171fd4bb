// Row counts of a store: the same SQL on SQLite and PostgreSQL (PostgreSQL returns count(*) as a
// string, hence Number()).
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { StoreStats } from './store.js';

export async function countStats(db: Kysely<Database>): Promise<StoreStats> {
  const n = async (table: keyof Database) => Number((await sql<{ n: number | string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db)).rows[0]!.n);
  return {
    documents: await n('documents'),
    sentences: await n('sentences'),
    entities: Number((await sql<{ n: number | string }>`SELECT count(DISTINCT name || '|' || type) AS n FROM entities`.execute(db)).rows[0]!.n),
    mentions: await n('mentions'),
    times: await n('times'),
    attributions: await n('attributions'),
    events: await n('events'),
    diagnostics: await n('diagnostics'),
  };
}
