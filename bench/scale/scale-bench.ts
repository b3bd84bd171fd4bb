// npm run bench -- --scale [--docs N] [--workers-docs N] [--events N] [--skip rss,workers,search]
// (a) ingest throughput through the queue with 1 and with 2 `dateline worker` processes sharing
//     one PostgreSQL database (a private server, scripts/pg-test-server.ts), on fresh databases;
//     SQLite has one writer, so it is measured with one process only (`dateline ingest`'s path);
// (b) peak RSS of a streamed ingest of --docs documents (default 100,000) from a JSON-lines file;
// (c) search p95 at --events events (default 1,000,000) on SQLite and PostgreSQL: a few hundred
//     templates annotated once, then copied in SQL (bench/scale/copy-store.ts).
// Documents are generated (bench/scale/corpus.ts) from the bundled examples and templates, in /tmp.
// To measure search again without rebuilding: --search-sqlite FILE and --search-pg URL (e.g. from
// `node dist/scripts/pg-test-server.js`) name stores that are built on the first run and reused
// after (a store that already holds events is only measured).
// Timings on a shared 2-core machine are noisy.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { buildPipeline } from '../../src/annotate/pipeline.js';
import { readBytes } from '../../src/ingest/index.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { startPgServer, type PgTestServer } from '../../scripts/pg-test-server.js';
import { benchDocument, loadExamples, writeCorpus } from './corpus.js';
import { copyPostgres, copySqlite } from './copy-store.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.resolve(HERE, '../../src/cli/main.js');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-scale-'));

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const skip = new Set((process.argv[process.argv.indexOf('--skip') + 1] ?? '').split(','));
const DOCS = option('docs', 100_000);
const WORKER_DOCS = option('workers-docs', Math.min(DOCS, 2000));
const EVENTS = option('events', 1_000_000);
const TEMPLATES = option('templates', 200);
const text = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

function run(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

// ------------------------------------------------------------------------------ (a) workers

async function workerThroughput(server: PgTestServer, corpus: string, workers: number): Promise<{ docs: number; seconds: number; perSecond: number }> {
  const url = await server.createDatabase(`bench_w${workers}_${Date.now() % 1e6}`);
  if ((await run(['ingest', '--queue', '--db', url, corpus])) !== 0) throw new Error('enqueue failed');
  const codes = await Promise.all(Array.from({ length: workers }, () => run(['worker', '--db', url, '--drain', '--batch', '8'])));
  if (codes.some((c) => c !== 0)) throw new Error(`a worker exited with ${codes.join(', ')}`);
  // From the first job taken to the last completed, as the queue recorded them: process start-up is not counted.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const row = (await client.query(`SELECT count(*) AS n, extract(epoch FROM max(completed_on) - min(started_on)) AS s FROM pgboss.job WHERE state = 'completed'`)).rows[0];
  await client.end();
  const docs = Number(row.n);
  const seconds = Number(row.s);
  return { docs, seconds, perSecond: docs / seconds };
}

function sqliteThroughput(corpus: string): { docs: number; seconds: number; perSecond: number; peakRssMiB: number } {
  const r = JSON.parse(execFileSync(process.execPath, [path.join(HERE, 'ingest-child.js'), corpus, path.join(TMP, 'throughput.db')], { encoding: 'utf8' })) as { documents: number; seconds: number; peakRssMiB: number };
  return { docs: r.documents, seconds: r.seconds, perSecond: r.documents / r.seconds, peakRssMiB: r.peakRssMiB };
}

// ------------------------------------------------------------------------------ (c) search

async function annotateTemplates(store: Store, count: number): Promise<void> {
  const pipeline = buildPipeline();
  const examples = loadExamples();
  for (let k = 0; k < count; k++) {
    const d = benchDocument(k, examples);
    for (const item of readBytes(new TextEncoder().encode(JSON.stringify(d)), 'templates.jsonl', {})) {
      if (item.ok) await store.putDocument(pipeline.annotate(item.document));
    }
  }
}

const QUERIES = ['missile', 'ceasefire talks', 'foreign ministry', 'sanctions', 'drone strikes', 'reporters', 'serious threat', 'trade agreement', 'diplomats', 'north korea', 'artillery', 'spokesman said'];

async function searchLatency(store: Store): Promise<{ n: number; p50: number; p95: number; p99: number; slowest: string }> {
  for (const query of QUERIES) await store.search(query, { limit: 20 });
  const times: number[] = [];
  const byQuery = new Map<string, number[]>();
  for (let i = 0; i < 240; i++) {
    const query = QUERIES[i % QUERIES.length]!;
    const started = performance.now();
    await store.search(query, { limit: 20 });
    const ms = performance.now() - started;
    times.push(ms);
    byQuery.set(query, [...(byQuery.get(query) ?? []), ms]);
  }
  const at = (list: number[], q: number) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))]!;
  const [worst, worstTimes] = [...byQuery].sort((a, b) => at(b[1], 0.5) - at(a[1], 0.5))[0]!;
  return { n: times.length, p50: at(times, 0.5), p95: at(times, 0.95), p99: at(times, 0.99), slowest: `"${worst}" p50 ${at(worstTimes, 0.5).toFixed(1)} ms` };
}

async function buildSearchStore(target: string, copy: (copies: number) => Promise<void> | void): Promise<{ documents: number; events: number; seconds: number }> {
  const started = performance.now();
  const store = await openStore(target);
  const existing = await store.stats();
  if (existing.events > 0) {
    await store.close();
    return { documents: existing.documents, events: existing.events, seconds: 0 };
  }
  await annotateTemplates(store, TEMPLATES);
  const stats = await store.stats();
  await store.close();
  const copies = Math.max(0, Math.ceil(EVENTS / Math.max(1, stats.events)) - 1);
  await copy(copies);
  const after = await openStore(target);
  const grown = await after.stats();
  await after.close();
  return { documents: grown.documents, events: grown.events, seconds: (performance.now() - started) / 1000 };
}

// ------------------------------------------------------------------------------ main

const ms = (x: number) => x.toFixed(1).padStart(7);

export async function scaleBench(): Promise<void> {
  console.log(`bench --scale on ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores, shared: timings are noisy), node ${process.version}; files in ${TMP}`);
  const server = await startPgServer();
  try {
    if (!skip.has('workers')) {
      const corpus = path.join(TMP, `workers-${WORKER_DOCS}.jsonl`);
      await writeCorpus(corpus, 0, WORKER_DOCS);
      const one = await workerThroughput(server, corpus, 1);
      const two = await workerThroughput(server, corpus, 2);
      const lite = sqliteThroughput(corpus);
      const ratio = two.perSecond / one.perSecond;
      console.log(`\n(a) ingest throughput, ${WORKER_DOCS} documents (generated)`);
      console.log(`  PostgreSQL, 1 worker : ${one.docs} docs in ${one.seconds.toFixed(1)} s = ${one.perSecond.toFixed(1)} docs/s`);
      console.log(`  PostgreSQL, 2 workers: ${two.docs} docs in ${two.seconds.toFixed(1)} s = ${two.perSecond.toFixed(1)} docs/s`);
      console.log(`  SQLite, 1 process (one writer): ${lite.docs} docs in ${lite.seconds.toFixed(1)} s = ${lite.perSecond.toFixed(1)} docs/s`);
      console.log(`  target: 2 workers >= 1.7x 1 worker: ${ratio >= 1.7 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}x)`);
    }
    if (!skip.has('rss')) {
      const corpus = path.join(TMP, `rss-${DOCS}.jsonl`);
      await writeCorpus(corpus, 0, DOCS);
      const r = sqliteThroughput(corpus);
      console.log(`\n(b) streamed ingest of ${DOCS} documents (${(fs.statSync(corpus).size / 1e6).toFixed(0)} MB JSON lines) into SQLite, one process`);
      console.log(`  ${r.docs} docs in ${r.seconds.toFixed(1)} s (${r.perSecond.toFixed(1)} docs/s), peak RSS ${r.peakRssMiB.toFixed(0)} MiB`);
      console.log(`  target: peak RSS < 1024 MiB${DOCS < 100_000 ? ` (at ${DOCS} documents, not 100,000)` : ''}: ${r.peakRssMiB < 1024 ? 'met' : 'NOT met'}`);
    }
    if (!skip.has('search')) {
      console.log(`\n(c) search latency at ~${EVENTS} events (store.search, limit 20, ${QUERIES.length} queries in turn, in process)`);
      const file = text('search-sqlite') ?? path.join(TMP, 'search.db');
      const lite = await buildSearchStore(file, (copies) => copySqlite(file, copies));
      const url = text('search-pg') ?? await server.createDatabase(`bench_search_${Date.now() % 1e6}`);
      const post = await buildSearchStore(url, (copies) => copyPostgres(url, copies));
      for (const [name, target, built] of [['SQLite', file, lite], ['PostgreSQL', url, post]] as const) {
        const store = await openStore(target);
        const l = await searchLatency(store);
        await store.close();
        console.log(`  ${name.padEnd(10)} ${built.documents} docs, ${built.events} events (built in ${built.seconds.toFixed(0)} s): n=${l.n} p50 ${ms(l.p50)} ms  p95 ${ms(l.p95)} ms  p99 ${ms(l.p99)} ms  target p95 < 50 ms: ${l.p95 < 50 ? 'met' : 'NOT met'}; slowest query ${l.slowest}`);
      }
    }
  } finally {
    await server.stop();
    if (!process.argv.includes('--keep')) fs.rmSync(TMP, { recursive: true, force: true });
  }
}
