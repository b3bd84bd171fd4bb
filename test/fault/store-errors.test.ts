// A store that cannot be written (a read-only file, a full disk) gives a clear, coded error and
// no stack trace. The disk is made "full" with a file-size limit (ulimit -f) on the child shell;
// as root the read-only case runs the command as `nobody`, since root may write anything.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLI, writeInput } from '../../scripts/fault/kill-ingest.js';

const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-fault-'));
  fs.chmodSync(dir, 0o755);
  return dir;
};
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const NOBODY = 65534;

describe('a store that cannot be written', () => {
  it('reports a read-only database file as such, with its code', () => {
    const dir = tempDir();
    const db = path.join(dir, 'news.db');
    writeInput(path.join(dir, 'a.jsonl'), 1);
    assert.equal(spawnSync(process.execPath, [CLI, 'ingest', path.join(dir, 'a.jsonl'), '--db', db]).status, 0);
    writeInput(path.join(dir, 'b.jsonl'), 3);
    fs.chmodSync(db, 0o444);
    const r = spawnSync(process.execPath, [CLI, 'ingest', path.join(dir, 'b.jsonl'), '--db', db], { encoding: 'utf8', cwd: dir, ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}) });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /^DL304 .*news\.db: the database cannot be written/);
    assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no stack trace');
  });

  it('reports a full disk as such, keeps what was stored, and a rerun with room completes', () => {
    const dir = tempDir();
    const db = path.join(dir, 'news.db');
    const input = path.join(dir, 'many.jsonl');
    writeInput(input, 400);
    // 400 KiB: room for the schema and some documents, not for all of them.
    const r = spawnSync('bash', ['-c', `ulimit -f 400; exec "${process.execPath}" "${CLI}" ingest "${input}" --db "${db}"`], { encoding: 'utf8' });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stderr, /^DL304 .*news\.db: the disk is full or the database file cannot grow/m);
    assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no stack trace');
    const rerun = spawnSync(process.execPath, [CLI, 'ingest', input, '--db', db], { encoding: 'utf8' });
    assert.equal(rerun.status, 0, rerun.stderr);
    const [, added, kept] = /: (\d+) new, 0 updated, (\d+) unchanged, 0 failed/.exec(rerun.stdout) ?? [];
    assert.equal(Number(added) + Number(kept), 400);
    assert.ok(Number(kept) > 0 && Number(added) > 0, rerun.stdout);
  });
});
