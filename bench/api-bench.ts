// npm run bench:api: latency of the HTTP API's list and search endpoints over a store of
// 100,000 documents (DOCS=… to change; ONLY=… to measure some endpoints), served by `dateline serve` on loopback.
//
// The store is made without annotating 100,000 documents: a few hundred texts (the bundled
// examples and short reports varied from templates) are annotated once and stored through the
// Store, then copied in SQL inside one transaction, every index table and the FTS rows included.
// A copy keeps its template's clean text and layers (so every offset stays true) under a new id,
// a shifted publication date and a hash of its own (the text plus its copy number), so the unique
// content hash holds. The database is kept in /tmp and reused by the next run (--fresh rebuilds).
//
// The client is this process, the server a child process: one keep-alive connection, requests in
// sequence, each endpoint bounded in count and time. Timings on a shared machine are noisy.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { createHash } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import BetterSqlite3 from 'better-sqlite3';
import { buildPipeline } from '../src/annotate/pipeline.js';
import { readBytes } from '../src/ingest/index.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';

const DOCS = Number(process.env.DOCS ?? 100_000);
const DB = process.env.BENCH_DB ?? path.join(os.tmpdir(), `dateline-api-bench-${DOCS}.db`);
const MAIN = path.resolve('dist/src/cli/main.js');
const MAX_REQUESTS = 200;
/** ONLY=search measures the endpoints whose name contains it (the first stories request only when a stories endpoint is among them). */
const ONLY = process.env.ONLY ?? '';
const MAX_MS_PER_ENDPOINT = 15_000;

// ---------------------------------------------------------------------------------------------
// Template texts: short reports made from parts, so entities, events and sources vary.

const ACTORS = ['North Korea', 'Russia', 'Iran', 'China', 'Israel', 'Ukraine', 'India', 'Pakistan', 'the United States', 'Turkey', 'Syria', 'Yemen\'s Houthi rebels'];
const TARGETS = ['South Korea', 'Japan', 'Ukraine', 'Saudi Arabia', 'Taiwan', 'Lebanon', 'Poland', 'Iraq', 'the Philippines', 'Georgia'];
const CITIES = ['Seoul', 'Tokyo', 'Kyiv', 'Beirut', 'Taipei', 'Warsaw', 'Baghdad', 'Manila', 'Tbilisi', 'Riyadh', 'Geneva', 'Ankara'];
const OUTLETS = ['Reuters', 'Associated Press', 'Agence France-Presse', 'Yonhap', 'Kyodo', 'Al Jazeera', 'BBC News', 'The Guardian'];
const SPEAKERS = ['the defence ministry', 'a military spokesman', 'the foreign ministry', 'officials', 'a senior official who asked not to be named', 'the state news agency', 'analysts', 'the prime minister'];
const ACTS = [
  (a: string, t: string) => `${a} fired two ballistic missiles toward ${t} on Tuesday`,
  (a: string, t: string) => `${a} launched drone strikes on targets in ${t} overnight`,
  (a: string, t: string) => `${a} held talks with ${t} on a ceasefire on Monday`,
  (a: string, t: string) => `${a} imposed new sanctions on ${t} on Friday`,
  (a: string, t: string) => `${a} tested a new cruise missile near the border with ${t} on Wednesday`,
  (a: string, t: string) => `${a} signed a trade agreement with ${t} on Thursday`,
  (a: string, t: string) => `troops from ${a} clashed with forces of ${t} near the frontier on Sunday`,
  (a: string, t: string) => `${a} accused ${t} of violating the truce on Saturday`,
];

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length]!;
}

function templateText(i: number): { text: string; outlet: string; published: string } {
  const actor = pick(ACTORS, i);
  const target = pick(TARGETS, Math.floor(i / 3) + i);
  const act = pick(ACTS, Math.floor(i / 7) + i)(actor, target);
  const speaker = pick(SPEAKERS, i * 5 + 1);
  const other = pick(SPEAKERS, i * 3 + 2);
  const city = pick(CITIES, i * 7);
  const text = [
    `${city} — ${act[0]!.toUpperCase()}${act.slice(1)}, ${speaker} said.`,
    `"This is a serious threat to peace in the region," ${other} told reporters in ${city}, adding that ${pick(TARGETS, i + 4)} had been informed.`,
    `According to ${pick(OUTLETS, i + 2)}, it was the ${pick(['third', 'fifth', 'second', 'latest'], i)} such incident this month. ${pick(ACTORS, i + 5)} called for restraint.`,
  ].join('\n\n');
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  return { text, outlet: pick(OUTLETS, i), published: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

async function buildStore(templates: number): Promise<void> {
  const started = performance.now();
  for (const f of [DB, `${DB}-wal`, `${DB}-shm`]) fs.rmSync(f, { force: true });
  const store = await openSqliteStore(DB);
  const pipeline = buildPipeline();
  let n = 0;
  const put = async (bytes: Uint8Array, name: string, options: { published?: string; outlet?: string }) => {
    for (const item of readBytes(bytes, name, options)) {
      if (item.ok) n += (await store.putDocument(pipeline.annotate(item.document))).status === 'inserted' ? 1 : 0;
    }
  };
  await put(fs.readFileSync('examples/seed-article.txt'), 'seed-article.txt', { published: '2025-03-21' });
  await put(fs.readFileSync('examples/wikinews.jsonl'), 'wikinews.jsonl', {});
  for (let i = 0; n < templates; i++) {
    const t = templateText(i);
    await put(new TextEncoder().encode(t.text), `report-${i}.txt`, { published: t.published, outlet: t.outlet });
  }
  await store.close();
  const annotated = performance.now();
  copyRows(DOCS);
  console.log(`store: ${n} documents annotated in ${((annotated - started) / 1000).toFixed(1)} s, copied to ${DOCS} in ${((performance.now() - annotated) / 1000).toFixed(1)} s (${DB}, ${(fs.statSync(DB).size / 1e6).toFixed(0)} MB)`);
}

/** Copies the stored documents until there are `total`, in one transaction. */
function copyRows(total: number): void {
  const db = new BetterSqlite3(DB);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const templates = db.prepare('SELECT * FROM documents ORDER BY id').all() as Record<string, unknown>[];
  db.transaction(() => {
    db.exec('CREATE TEMP TABLE copy_map (id text PRIMARY KEY, template text NOT NULL)');
    db.exec('CREATE TEMP TABLE template_fts AS SELECT document_id, idx, text FROM sentence_search');
    db.exec('CREATE INDEX temp.template_fts_doc ON template_fts (document_id)');
    const columns = Object.keys(templates[0]!);
    const insertDoc = db.prepare(`INSERT INTO documents (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
    const insertMap = db.prepare('INSERT INTO copy_map (id, template) VALUES (?, ?)');
    const base = Date.parse('2023-01-01T00:00:00Z');
    for (let k = templates.length; k < total; k++) {
      const t = templates[k % templates.length]!;
      const id = `${t.id as string}~${k}`;
      const contentHash = createHash('sha256').update(`${t.text as string}\u0000copy ${k}`).digest('hex');
      const published = new Date(base + (k % 900) * 86_400_000).toISOString().slice(0, 10);
      const doc = JSON.parse(t.document_json as string) as { id: string; published: { value: string } | null; origin: { contentHash: string } };
      doc.id = id;
      doc.origin.contentHash = contentHash;
      doc.published = { ...(doc.published ?? { precision: 'day', basis: 'given' }), value: published } as never;
      insertDoc.run({ ...t, id, content_hash: contentHash, published, document_json: JSON.stringify(doc) });
      insertMap.run(id, t.id);
    }
    // Rows that carry their document's published date (migrations 3 and 4) take the copy's date.
    const copy = (table: string, columns: string, published = false) => {
      const cols = columns.split(',').map((c) => c.trim());
      db.exec(`INSERT INTO ${table} (document_id, ${cols.map((c) => `"${c}"`).join(', ')}${published ? ', published' : ''})
        SELECT m.id, ${cols.map((c) => `x."${c}"`).join(', ')}${published ? ', d.published' : ''}
        FROM copy_map m JOIN ${table} x ON x.document_id = m.template${published ? ' JOIN documents d ON d.id = m.id' : ''}`);
    };
    copy('sentences', 'idx, start, end, paragraph');
    copy('entities', 'id, name, type, country, source_type, mentions', true);
    copy('mentions', 'entity_id, start, end, kind');
    copy('times', 'id, start, end, type, value');
    copy('attributions', 'id, source_name, source_entity, source_type, cue_start, cue_end, content_start, content_end, channel, kind, hedged', true);
    copy('events', 'id, category, plover, date, time, place, modality, evidence_start, evidence_end', true);
    copy('diagnostics', 'code, severity, message, stage, start, end');
    db.exec('INSERT INTO sentence_search (text, document_id, idx) SELECT f.text, m.id, f.idx FROM copy_map m JOIN template_fts f ON f.document_id = m.template');
  })();
  db.exec('ANALYZE');
  db.close();
}

// ---------------------------------------------------------------------------------------------
// Server and client.

async function startServer(): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--max-old-space-size=8192', MAIN, 'serve', '--db', DB, '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { child, base };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(url: string): Promise<{ status: number; ms: number; bytes: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http.get(url, { agent }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => { bytes += chunk.length; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, bytes }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

interface Row { name: string; n: number; p50: number; p95: number; p99: number; kb: number }

/** Requests `paths` in turn (one at a time, keep-alive) until MAX_REQUESTS or the time bound. */
async function measure(base: string, name: string, paths: string[]): Promise<Row> {
  for (let i = 0; i < 5; i++) {
    const warm = await get(`${base}${paths[i % paths.length]}`);
    if (warm.status !== 200) throw new Error(`${name}: HTTP ${warm.status}`);
  }
  const times: number[] = [];
  let bytes = 0;
  const started = performance.now();
  while (times.length < MAX_REQUESTS && performance.now() - started < MAX_MS_PER_ENDPOINT) {
    const r = await get(`${base}${paths[times.length % paths.length]}`);
    if (r.status !== 200) throw new Error(`${name}: HTTP ${r.status}`);
    times.push(r.ms);
    bytes += r.bytes;
  }
  times.sort((a, b) => a - b);
  return { name, n: times.length, p50: quantile(times, 0.5), p95: quantile(times, 0.95), p99: quantile(times, 0.99), kb: bytes / times.length / 1024 };
}

const pages = (path: string) => [0, 50, 100, 150, 200, 250, 300, 350, 400, 450].map((o) => `${path}${path.includes('?') ? '&' : '?'}offset=${o}`);

const ENDPOINTS: [string, string[]][] = [
  ['/api/documents', pages('/api/documents')],
  ['/api/documents?outlet=Reuters', pages('/api/documents?outlet=Reuters')],
  ['/api/documents?from=2024-03-01&to=2024-03-31', pages('/api/documents?from=2024-03-01&to=2024-03-31')],
  ['/api/documents?entity=country:KP', pages('/api/documents?entity=country:KP')],
  ['/api/events', pages('/api/events')],
  ['/api/events?category=weapons_test', pages('/api/events?category=weapons_test')],
  ['/api/events?from=2024-03-01&to=2024-03-31', pages('/api/events?from=2024-03-01&to=2024-03-31')],
  ['/api/attributions', pages('/api/attributions')],
  ['/api/attributions?source_type=government', pages('/api/attributions?source_type=government')],
  ['/api/entities', pages('/api/entities')],
  ['/api/entities?q=nor', ['/api/entities?q=nor', '/api/entities?q=sou', '/api/entities?q=rus', '/api/entities?q=ira']],
  ['/api/stories', pages('/api/stories')],
  ['/api/stories?category=weapons_test', pages('/api/stories?category=weapons_test')],
  ['/api/search?q=…', ['missile', 'ceasefire talks', 'foreign ministry', 'sanctions', 'drone strikes', 'reporters'].map((q) => `/api/search?q=${encodeURIComponent(q)}`)],
  ['/api/search?q=…&limit=10', ['missile', 'ceasefire', 'restraint'].map((q) => `/api/search?q=${q}&limit=10`)],
  ['/api/documents?offset=90000 (deep page)', ['/api/documents?offset=90000']],
];

async function main(): Promise<void> {
  if (process.argv.includes('--fresh') || !fs.existsSync(DB)) await buildStore(Number(process.env.TEMPLATES ?? 300));
  else console.log(`store: reusing ${DB} (--fresh rebuilds)`);
  const started = performance.now();
  const { child, base } = await startServer();
  console.log(`server: ${base}, started in ${((performance.now() - started) / 1000).toFixed(1)} s (migrations included)`);
  try {
    const meta = (await (await fetch(`${base}/api/meta`)).json()) as { stats: { documents: number; events: number; attributions: number; sentences: number } };
    console.log(`documents ${meta.stats.documents}, sentences ${meta.stats.sentences}, events ${meta.stats.events}, attributions ${meta.stats.attributions}`);
    const endpoints = ONLY ? ENDPOINTS.filter(([name]) => name.includes(ONLY)) : ENDPOINTS;
    if (endpoints.some(([name]) => name.startsWith('/api/stories'))) {
      const cold = await get(`${base}/api/stories?limit=1`);
      console.log(`first /api/stories (groups every document, then cached until a write): ${(cold.ms / 1000).toFixed(1)} s`);
    }
    const rows: Row[] = [];
    for (const [name, paths] of endpoints) rows.push(await measure(base, name, paths));
    const width = Math.max(...rows.map((r) => r.name.length));
    console.log(`\n${'endpoint'.padEnd(width)}     n    p50 ms   p95 ms   p99 ms   KB/resp`);
    for (const r of rows) {
      console.log(`${r.name.padEnd(width)} ${String(r.n).padStart(5)} ${r.p50.toFixed(1).padStart(9)} ${r.p95.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${r.kb.toFixed(1).padStart(9)}${r.p95 < 50 ? '' : '   (p95 ≥ 50 ms)'}`);
    }
    console.log(`\n(one keep-alive connection on loopback, requests in sequence, ${MAX_REQUESTS} per endpoint or ${MAX_MS_PER_ENDPOINT / 1000} s; ${os.cpus().length} cores, shared: timings are noisy)`);
  } finally {
    agent.destroy();
    child.kill('SIGTERM');
  }
}

await main();
