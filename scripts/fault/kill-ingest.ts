// kill -9 of `dateline ingest` at random moments, on SQLite or PostgreSQL. After each kill the
// store must open, pass its integrity check, and hold only complete documents (the index rows of
// each match its stored layers) with no duplicates; never fewer than before the kill. A final
// uncut run must then store the rest: every input once.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { openStore } from '../../src/store/open.js';
import { isPostgresUrl } from '../../src/store/postgres/postgres-store.js';
import { rng } from '../fuzz/generate.js';

export const CLI = path.join(process.cwd(), 'dist', 'src', 'cli', 'main.js');

const PEOPLE = ['Officials', 'The ministry', 'A spokeswoman', 'Police', 'Witnesses', 'The governor'];
const PLACES = ['the border region', 'the capital', 'the port city', 'the northern province'];

/** `count` distinct JSON lines of short news-like documents. */
export function writeInput(file: string, count: number): void {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const who = PEOPLE[i % PEOPLE.length];
    const where = PLACES[i % PLACES.length];
    lines.push(JSON.stringify({
      id: `doc-${i}`, published: '2024-05-02',
      text: `${who} said on Monday that ${i + 3} soldiers had been deployed to ${where}. Report number ${i} added that talks would resume next week, according to the agency.`,
    }));
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** When to kill: a fixed delay (startup, migrations), or once the store holds `documents`, plus a few ms. */
export type KillMoment = { afterMs: number } | { documents: number; thenMs: number };

/** Runs `dateline ingest`; with a moment, sends SIGKILL then (if still running). */
export function runIngest(input: string, db: string, moment?: KillMoment): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'ingest', input, '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let exited = false;
    child.stdout.on('data', (c: Buffer) => (stdout += c));
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    const kill = () => {
      if (!exited) child.kill('SIGKILL');
    };
    if (moment && 'afterMs' in moment) setTimeout(kill, moment.afterMs);
    if (moment && 'documents' in moment) {
      void (async () => {
        while (!exited && (await storedCount(db)) < moment.documents) await sleep(15);
        setTimeout(kill, moment.thenMs);
      })();
    }
    child.on('exit', (code, signal) => {
      exited = true;
      resolve({ code, signal, stdout, stderr });
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Documents in the store as another reader sees them; 0 while it does not exist yet. */
async function storedCount(db: string): Promise<number> {
  try {
    if (isPostgresUrl(db)) {
      const client = new pg.Client({ connectionString: db });
      await client.connect();
      try {
        return (await client.query('SELECT count(*)::int AS n FROM documents')).rows[0].n as number;
      } finally {
        await client.end();
      }
    }
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

export interface StoreCheck {
  documents: number;
  problems: string[];
}

/** The backend's own consistency check, then completeness of every stored document. */
export async function checkStore(db: string): Promise<StoreCheck> {
  const problems = isPostgresUrl(db) ? await postgresProblems(db) : sqliteProblems(db);
  const store = await openStore(db);
  try {
    const listed = await store.listDocuments({ limit: 100_000 });
    const ids = new Set<string>();
    const texts = new Set<string>();
    for (const summary of listed) {
      if (ids.has(summary.id)) problems.push(`${summary.id} listed twice`);
      ids.add(summary.id);
      const doc = await store.getDocument(summary.id);
      if (!doc) {
        problems.push(`${summary.id} listed but cannot be read`);
        continue;
      }
      if (texts.has(doc.document.text)) problems.push(`${summary.id}: the same text stored twice`);
      texts.add(doc.document.text);
      const { layers } = doc;
      const want = { entities: layers.entities.length, times: layers.times.length, attributions: layers.attributions.length, events: layers.events.length, diagnostics: doc.document.diagnostics.length };
      const got = { entities: summary.entities, times: summary.times, attributions: summary.attributions, events: summary.events, diagnostics: summary.diagnostics };
      if (JSON.stringify(want) !== JSON.stringify(got)) problems.push(`${summary.id} incomplete: layers ${JSON.stringify(want)}, index rows ${JSON.stringify(got)}`);
    }
    return { documents: listed.length, problems };
  } finally {
    await store.close();
  }
}

function sqliteProblems(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  const raw = new BetterSqlite3(file);
  try {
    const problems: string[] = [];
    const integrity = raw.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const foreign = raw.pragma('foreign_key_check') as unknown[];
    if (foreign.length) problems.push(`foreign_key_check: ${JSON.stringify(foreign.slice(0, 3))}`);
    if (raw.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'documents'").pluck().get() === 0) return problems;
    const partial = raw.prepare(`SELECT d.id FROM documents d WHERE
      (SELECT count(*) FROM sentences s WHERE s.document_id = d.id) != json_array_length(d.layers_json, '$.sentences')
      OR (SELECT count(*) FROM sentence_search f WHERE f.document_id = d.id) != json_array_length(d.layers_json, '$.sentences')`).pluck().all();
    if (partial.length) problems.push(`sentences missing for ${partial.join(', ')}`);
    const fts = raw.prepare("INSERT INTO sentence_search(sentence_search) VALUES ('integrity-check')");
    try {
      fts.run();
    } catch (error) {
      problems.push(`FTS5 integrity-check: ${(error as Error).message}`);
    }
    return problems;
  } finally {
    raw.close();
  }
}

async function postgresProblems(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query("SELECT to_regclass('documents') IS NOT NULL AS ok");
    if (!exists.rows[0].ok) return [];
    const problems: string[] = [];
    const partial = await client.query(`SELECT d.id FROM documents d WHERE
      (SELECT count(*) FROM sentences s WHERE s.document_id = d.id) != json_array_length((d.layers_json::json)->'sentences')
      OR (SELECT count(*) FROM sentence_search f WHERE f.document_id = d.id) != json_array_length((d.layers_json::json)->'sentences')`);
    if (partial.rowCount) problems.push(`sentences missing for ${partial.rows.map((r) => r.id).join(', ')}`);
    for (const table of ['sentences', 'entities', 'mentions', 'times', 'attributions', 'events', 'diagnostics', 'sentence_search']) {
      const orphans = await client.query(`SELECT count(*)::int AS n FROM ${table} c WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = c.document_id)`);
      if (orphans.rows[0].n) problems.push(`${orphans.rows[0].n} ${table} rows without a document`);
    }
    const dupes = await client.query('SELECT content_hash FROM documents GROUP BY content_hash HAVING count(*) > 1');
    if (dupes.rowCount) problems.push(`${dupes.rowCount} texts stored twice`);
    return problems;
  } finally {
    await client.end();
  }
}

export interface KillReport {
  kills: { moment: KillMoment; killed: boolean; documents: number }[];
  problems: string[];
  finalRun: RunResult;
  finalDocuments: number;
}

/** Kills an ingest of `count` documents into `db` at `moments` random times, checking after each, then completes it. */
export async function killAndRecover(db: string, dir: string, options: { count: number; moments: number; seed: number; maxDelayMs: number }): Promise<KillReport> {
  const input = path.join(dir, 'input.jsonl');
  writeInput(input, options.count);
  const random = rng(options.seed);
  const report: KillReport = { kills: [], problems: [], finalRun: { code: null, signal: null, stdout: '', stderr: '' }, finalDocuments: 0 };
  let before = 0;
  for (let i = 0; i < options.moments; i++) {
    // One moment in five during start-up and migrations, the others spread over the documents.
    const moment: KillMoment = random() < 0.2
      ? { afterMs: Math.round(random() * options.maxDelayMs) }
      : { documents: before + Math.floor(random() * (options.count - before) * 0.6), thenMs: Math.round(random() * 40) };
    const run = await runIngest(input, db, moment);
    const at = JSON.stringify(moment);
    const killed = run.signal === 'SIGKILL';
    if (!killed && run.code !== 0) report.problems.push(`run ${i} failed (${run.code}): ${run.stderr.slice(0, 300)}`);
    const check = await checkStore(db);
    report.problems.push(...check.problems.map((p) => `after kill ${i} at ${at}: ${p}`));
    if (check.documents < before) report.problems.push(`after kill ${i}: ${check.documents} documents, fewer than the ${before} before`);
    before = check.documents;
    report.kills.push({ moment, killed, documents: check.documents });
  }
  report.finalRun = await runIngest(input, db);
  const final = await checkStore(db);
  report.problems.push(...final.problems.map((p) => `after the final run: ${p}`));
  report.finalDocuments = final.documents;
  const expected = new RegExp(`: ${options.count - before} new, 0 updated, ${before} unchanged, 0 failed`);
  if (report.finalRun.code !== 0 || !expected.test(report.finalRun.stdout)) {
    report.problems.push(`final run: expected ${options.count - before} new and ${before} unchanged, got (${report.finalRun.code}) ${report.finalRun.stdout.trim()} ${report.finalRun.stderr.slice(0, 300)}`);
  }
  if (final.documents !== options.count) report.problems.push(`final run: ${final.documents} documents, not ${options.count}`);
  return report;
}
