import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { datelineAsync, dateline, tempDir } from './cli-helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function storedCount(db: string): number {
  try {
    const raw = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
    try {
      return raw.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    } finally {
      raw.close();
    }
  } catch {
    return 0;
  }
}

describe('an ingest killed mid-way', () => {
  it('leaves only whole documents, and a rerun completes the rest', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'news.db');
    const input = path.join(dir, 'many.jsonl');
    const lines: string[] = [];
    for (let i = 0; i < 400; i++) {
      lines.push(JSON.stringify({ id: `doc-${i}`, published: '2024-05-02', text: `Report ${i}: Officials said on Monday that ${i} soldiers had been deployed to the border region. The ministry said talks would resume next week.` }));
    }
    fs.writeFileSync(input, lines.join('\n'));
    const child = datelineAsync(['ingest', input, '--db', db]);
    for (let waited = 0; storedCount(db) < 20 && waited < 30_000; waited += 25) await sleep(25);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const raw = new BetterSqlite3(db);
    const stored = raw.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    assert.ok(stored >= 20 && stored < 400, `killed after ${stored} documents`);
    // Each stored document has all its index rows: the transaction per document held.
    const partial = raw.prepare(`SELECT d.id FROM documents d WHERE (SELECT count(*) FROM sentences s WHERE s.document_id = d.id) != json_array_length(d.layers_json, '$.sentences')`).all();
    assert.deepEqual(partial, []);
    raw.close();
    const rerun = dateline(['ingest', input, '--db', db]);
    assert.equal(rerun.status, 0, rerun.stderr);
    assert.match(rerun.stdout, new RegExp(`${400 - stored} new, 0 updated, ${stored} unchanged, 0 failed`));
  });
});
