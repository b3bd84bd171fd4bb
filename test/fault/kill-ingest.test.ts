// A handful of kill -9 moments on each store (the 50-moment run: npm run build && node
// dist/scripts/fault-kill-ingest.js). The PostgreSQL half needs its binaries: it fails in CI
// without them and is skipped locally.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { killAndRecover } from '../../scripts/fault/kill-ingest.js';
import { pgUnavailableReason, startPgServer, type PgTestServer } from '../../scripts/pg-test-server.js';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-fault-'));
const OPTIONS = { count: 250, moments: 4, maxDelayMs: 2500 };

function assertRecovered(report: Awaited<ReturnType<typeof killAndRecover>>): void {
  assert.deepEqual(report.problems, []);
  assert.ok(report.kills.some((k) => k.killed), 'at least one run was killed');
  assert.equal(report.finalDocuments, OPTIONS.count);
}

describe('an ingest killed with SIGKILL at random moments', () => {
  it('leaves a SQLite store that opens, checks clean, holds only whole documents, and a rerun completes', async () => {
    const dir = tempDir();
    assertRecovered(await killAndRecover(path.join(dir, 'news.db'), dir, { ...OPTIONS, seed: 1 }));
  });

  const unavailable = pgUnavailableReason();
  const inCi = process.env.CI === 'true' || process.env.CI === '1';
  describe('on PostgreSQL', () => {
    let server: PgTestServer | undefined;
    before(async () => {
      if (!unavailable) server = await startPgServer();
    });
    after(async () => {
      await server?.stop();
    });
    it('leaves a PostgreSQL store that checks clean, holds only whole documents, and a rerun completes',
      { skip: unavailable && !inCi ? unavailable : false }, async () => {
        if (unavailable) assert.fail(unavailable);
        assertRecovered(await killAndRecover(await server!.createDatabase(), tempDir(), { ...OPTIONS, seed: 2 }));
      });
  });
});
