// Opens the store a command asks for: a postgres:// URL opens PostgreSQL, anything else is the
// embedded SQLite file (the default).
import type { Store } from './store.js';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.js';
import { isPostgresUrl, openPostgresStore } from './postgres/postgres-store.js';

export const DEFAULT_DB = 'dateline.db';

export function defaultDbPath(): string {
  return process.env.DATELINE_DB ?? DEFAULT_DB;
}

export async function openStore(target: string = defaultDbPath(), options: SqliteStoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(target)) return openPostgresStore(target, options);
  return openSqliteStore(target, options);
}
