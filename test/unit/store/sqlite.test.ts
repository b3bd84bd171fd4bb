import { MIGRATIONS } from '../../../src/store/migrations/index.js';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { DatelineError } from '../../../src/model/diagnostics.js';
import { storeConformance } from './conformance.js';
import { makeAnnotated } from '../../builders.js';

const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-store-')), 'test.db');

storeConformance('sqlite (file)', () => openSqliteStore(tmp()));

describe('sqlite store file', () => {
  it('uses a WAL journal and records its migrations', async () => {
    const file = tmp();
    const store = await openSqliteStore(file);
    await store.putDocument(makeAnnotated('d1'));
    await store.close();
    const raw = new BetterSqlite3(file, { readonly: true });
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    assert.deepEqual(raw.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all(), MIGRATIONS.map((m) => m.version));
    raw.close();
  });

  it('keeps what was stored when reopened', async () => {
    const file = tmp();
    const first = await openSqliteStore(file);
    await first.putDocument(makeAnnotated('d1'));
    await first.close();
    const second = await openSqliteStore(file);
    assert.equal((await second.stats()).documents, 1);
    await second.close();
  });

  it('refuses a database written by a newer Dateline with DL301', async () => {
    const file = tmp();
    (await openSqliteStore(file)).close();
    const raw = new BetterSqlite3(file);
    raw.prepare("INSERT INTO schema_migrations VALUES (999, 'future', 'now')").run();
    raw.close();
    await assert.rejects(openSqliteStore(file), (e: unknown) => e instanceof DatelineError && e.code === 'DL301');
  });

  it('refuses a file that is not SQLite with DL302', async () => {
    const file = tmp();
    fs.writeFileSync(file, 'this is not a database, just text that is long enough to fill a header. '.repeat(20));
    await assert.rejects(openSqliteStore(file), (e: unknown) => e instanceof DatelineError && e.code === 'DL302');
  });

  it('refuses to create a database when asked to open an existing one', async () => {
    await assert.rejects(openSqliteStore(tmp(), { mustExist: true }), (e: unknown) => e instanceof DatelineError && e.code === 'DL302');
  });
});
