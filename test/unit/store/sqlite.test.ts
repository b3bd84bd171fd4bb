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

  it('counts list totals again when another connection writes to the same file', async () => {
    const file = tmp();
    const reader = await openSqliteStore(file);
    const writer = await openSqliteStore(file);
    await writer.putDocument(makeAnnotated('d1'));
    assert.equal((await reader.findDocuments({ entity: 'country:KP' })).total, 1);
    assert.equal((await reader.findAttributions({})).total, 1);
    await writer.putDocument(makeAnnotated('d2', 'Officials said North Korea fired a missile on Friday again.', '2025-03-28'));
    assert.equal((await reader.findDocuments({ entity: 'country:KP' })).total, 2);
    assert.equal((await reader.findAttributions({})).total, 2);
    await reader.close();
    await writer.close();
  });

  it('gives entities of a database made before migration 4 their document dates', async () => {
    const file = tmp();
    const store = await openSqliteStore(file);
    await store.putDocument(makeAnnotated('d2', 'Officials said North Korea fired a missile on Friday again.', '2025-03-28'));
    await store.putDocument(makeAnnotated('d1'));
    await store.close();
    // Back to the schema of migration 3: no date on entity rows, the name index alone.
    const raw = new BetterSqlite3(file);
    raw.exec(`DROP INDEX entities_id_order; DROP INDEX entities_name_order; ALTER TABLE entities DROP COLUMN published;
      CREATE INDEX entities_name ON entities (name); DELETE FROM schema_migrations WHERE version = 4`);
    raw.close();
    const reopened = await openSqliteStore(file);
    assert.deepEqual((await reopened.findDocuments({ entity: 'North Korea' })).items.map((d) => d.id), ['d1', 'd2']);
    await reopened.close();
    const check = new BetterSqlite3(file, { readonly: true });
    assert.deepEqual(check.prepare('SELECT document_id, published FROM entities ORDER BY published').all(), [
      { document_id: 'd1', published: '2025-03-21' }, { document_id: 'd2', published: '2025-03-28' },
    ]);
    check.close();
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
