// Opens the store a command asks for. The default is the embedded SQLite file.
import type { Store } from './store.js';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.js';

export const DEFAULT_DB = 'dateline.db';

export function defaultDbPath(): string {
  return process.env.DATELINE_DB ?? DEFAULT_DB;
}

export async function openStore(file: string = defaultDbPath(), options: SqliteStoreOptions = {}): Promise<Store> {
  return openSqliteStore(file, options);
}
