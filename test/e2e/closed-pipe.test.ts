// "dateline extract … | head": the reader closes the pipe early. The CLI must neither crash with an
// unhandled EPIPE nor, for a storing command, stop storing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CLI, tempDir } from './cli-helpers.js';

const WIKINEWS = path.join('examples', 'wikinews.jsonl');

/** Runs the CLI, reads its first chunk of output, closes the pipe and waits for the exit code and stderr. */
function runAndCloseEarly(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a closed output pipe', () => {
  it('ends extract quietly with status 0', async () => {
    const r = await runAndCloseEarly(['extract', WIKINEWS, WIKINEWS, WIKINEWS, '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /EPIPE|unexpected error/);
  });

  it('lets ingest store every document', async () => {
    const db = path.join(tempDir(), 'pipe.db');
    const r = await runAndCloseEarly(['ingest', WIKINEWS, '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    const stored = new BetterSqlite3(db, { readonly: true }).prepare('SELECT count(*) AS n FROM documents').get() as { n: number };
    assert.equal(stored.n, 6);
  });
});
