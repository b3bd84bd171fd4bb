// The conformance suite on PostgreSQL, against a private server started for this file. Without
// PostgreSQL binaries the tests fail in CI (CI=true) and are skipped locally, with the reason.
import { MIGRATIONS } from '../../../src/store/migrations/index.js';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { openPostgresStore } from '../../../src/store/postgres/postgres-store.js';
import { openStore } from '../../../src/store/open.js';
import { tsQuery } from '../../../src/store/postgres/ts-query.js';
import { DatelineError } from '../../../src/model/diagnostics.js';
import { pgUnavailableReason, startPgServer, type PgTestServer } from '../../../scripts/pg-test-server.js';
import { storeConformance } from './conformance.js';
import { makeAnnotated } from '../../builders.js';

const unavailable = pgUnavailableReason();
const inCi = process.env.CI === 'true' || process.env.CI === '1';

if (unavailable && !inCi) {
  describe('postgres store', () => {
    it('is skipped: ' + unavailable, { skip: unavailable }, () => undefined);
  });
} else if (unavailable) {
  describe('postgres store', () => {
    it('needs PostgreSQL in CI', () => assert.fail(unavailable));
  });
} else {
  let server: PgTestServer;
  before(async () => {
    server = await startPgServer();
  });
  after(async () => {
    await server?.stop();
  });

  storeConformance('postgres', async () => openPostgresStore(await server.createDatabase()));

  describe('postgres store database', () => {
    it('is chosen by openStore for a postgres:// URL and records its migrations', async () => {
      const url = await server.createDatabase();
      const store = await openStore(url);
      await store.putDocument(makeAnnotated('d1'));
      await store.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const versions = await client.query('SELECT version FROM schema_migrations');
      const indexes = await client.query("SELECT indexdef FROM pg_indexes WHERE tablename = 'sentence_search'");
      await client.end();
      assert.deepEqual(versions.rows.map((r) => r.version).sort((a, b) => a - b), MIGRATIONS.map((m) => m.version));
      assert.ok(indexes.rows.some((r) => /USING gin \(tsv\)/.test(r.indexdef)), 'a GIN index over the tsvector');
    });

    it('keeps what was stored when reopened, and migrates once when opened twice at the same time', async () => {
      const url = await server.createDatabase();
      const [a, b] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
      await a.putDocument(makeAnnotated('d1'));
      await Promise.all([a.close(), b.close()]);
      const again = await openPostgresStore(url);
      assert.equal((await again.stats()).documents, 1);
      await again.close();
    });

    it('stores the same text once when several writers race to put it', async () => {
      const url = await server.createDatabase();
      const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore(url)));
      const results = await Promise.all(stores.map((s, i) => s.putDocument(makeAnnotated(`racer-${i}`))));
      assert.equal(results.filter((r) => r.status === 'inserted').length, 1);
      assert.equal((await stores[0]!.stats()).documents, 1);
      await Promise.all(stores.map((s) => s.close()));
    });

    it('refuses a database written by a newer Dateline with DL301', async () => {
      const url = await server.createDatabase();
      await (await openPostgresStore(url)).close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query("INSERT INTO schema_migrations VALUES (999, 'future', 'now')");
      await client.end();
      await assert.rejects(openPostgresStore(url), (e: unknown) => e instanceof DatelineError && e.code === 'DL301');
    });

    it('says clearly when the server cannot be reached or the database is missing', async () => {
      const missing = server.url.replace(/\/postgres$/, '/no_such_db');
      await assert.rejects(openPostgresStore(missing), (e: unknown) => e instanceof DatelineError && e.code === 'DL305' && /no such database/.test(e.message));
      await assert.rejects(openPostgresStore('postgres://u:secret@127.0.0.1:1/x'),
        (e: unknown) => e instanceof DatelineError && e.code === 'DL305' && /cannot reach/.test(e.message) && !e.message.includes('secret'));
      await assert.rejects(openPostgresStore(await server.createDatabase(), { mustExist: true }), (e: unknown) => e instanceof DatelineError && e.code === 'DL302');
    });
  });
}

describe('tsquery from plain words', () => {
  it('quotes every word, requires all, and matches the last as a prefix', () => {
    assert.equal(tsQuery('Missile fired'), "'missile' & 'fired':*");
    assert.equal(tsQuery(`a & b | !c's (d)`), "'a' & 'b' & 'c' & 's' & 'd':*");
    assert.equal(tsQuery('&|!'), null);
  });
});
