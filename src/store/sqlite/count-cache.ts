// Totals of the list queries, remembered until the database changes. Paging through one
// filtered list asks for the same total on every page, and counting every match of a broad
// filter (200,000 government attributions) costs tens of milliseconds on a large store, where
// the page itself reads 50 index entries. Keyed by the compiled SQL and its parameters; the
// version must change with every write (see SqliteStore: its write count and PRAGMA data_version).
import type { Kysely, RawBuilder } from 'kysely';
import type { Database } from '../schema.js';

/** Counts the rows of a `SELECT count(*) AS n …` query. */
export interface Counter {
  count(db: Kysely<Database>, query: RawBuilder<{ n: number | string }>): Promise<number>;
}

/** No memory: every total is counted (the PostgreSQL store's default). */
export const directCounter: Counter = {
  async count(db, query) {
    return Number((await query.execute(db)).rows[0]?.n ?? 0);
  },
};

export class CountCache implements Counter {
  private version: string | null = null;
  private readonly totals = new Map<string, number>();

  constructor(private readonly currentVersion: () => Promise<string>, private readonly maxEntries = 500) {}

  async count(db: Kysely<Database>, query: RawBuilder<{ n: number | string }>): Promise<number> {
    const compiled = query.compile(db);
    const key = `${compiled.sql}\u0000${JSON.stringify(compiled.parameters)}`;
    const version = await this.currentVersion();
    if (version !== this.version) {
      this.totals.clear();
      this.version = version;
    }
    const known = this.totals.get(key);
    if (known !== undefined) return known;
    const n = await directCounter.count(db, query);
    // Kept only when no write happened meanwhile; the oldest entry makes room.
    if ((await this.currentVersion()) === version && this.version === version) {
      if (this.totals.size >= this.maxEntries) this.totals.delete(this.totals.keys().next().value!);
      this.totals.set(key, n);
    }
    return n;
  }
}
