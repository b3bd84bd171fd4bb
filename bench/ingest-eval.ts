// `npm run eval:ingest`: the HTML ingest on three public benchmarks (Scrapinghub article bodies,
// NAEB bodies + title/author/date, htmldate MediaCloud dates), with both halves of each set shown
// (rules were tuned on half A; half B is the check against overfitting), and throughput.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { readBytes } from '../src/ingest/index.js';
import { readPageMetadata } from '../src/ingest/html.js';
import type { Document } from '../src/model/types.js';
import { dataRoot, html, htmldate, naeb, scrapinghub, type Page } from './ingest/datasets.js';
import { pairedBootstrap, scores, shingleCounts, type Counts } from './ingest/metric.js';

interface Run { doc: Document | null; ms: number; wallMs: number }

function extract(page: Page): Run {
  const bytes = html(page);
  // CPU time of this process, not wall time: the machine is shared, and CPU time is what one core spends.
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  const items = readBytes(bytes, `${page.id.replace(/\.html$/, '')}.html`, { url: page.url });
  const wallMs = performance.now() - w0;
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000;
  const item = items[0];
  return { doc: item && item.ok ? item.document : null, ms, wallMs };
}

const fmt = (x: number): string => x.toFixed(3);
const pct = (n: number, d: number): string => `${fmt(d ? n / d : 0)} (${n}/${d})`;

function bodyReport(label: string, pages: { id: string; half: 'A' | 'B'; body: string }[], texts: Map<string, string>): Counts[] {
  const counts = pages.map((p) => shingleCounts(p.body, texts.get(p.id) ?? ''));
  const all = scores(counts);
  const half = (h: 'A' | 'B'): string => fmt(scores(counts.filter((_, i) => pages[i]!.half === h)).f1);
  console.log(`  ${label.padEnd(16)} P ${fmt(all.precision)}  R ${fmt(all.recall)}  F1 ${fmt(all.f1)}   (half A ${half('A')}, half B ${half('B')})`);
  return counts;
}

const normName = (s: string): string => s.toLowerCase().replace(/^by\s+/, '').replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();
const nameSet = (s: string | null): string => (s ?? '').split(/,|\band\b|&/).map(normName).filter(Boolean).sort().join('|');
const normTitle = (s: string | null): string => (s ?? '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

function main(): void {
  const root = dataRoot();
  const timings: number[] = [];
  let wallMs = 0;
  const verbose = process.argv.includes('--verbose');

  // 1. Scrapinghub
  const sh = scrapinghub(root);
  const ours = new Map<string, string>();
  for (const p of sh.pages) {
    const r = extract(p);
    timings.push(r.ms);
    wallMs += r.wallMs;
    ours.set(p.id, r.doc?.text ?? '');
  }
  console.log(`Scrapinghub article-extraction benchmark (${sh.pages.length} pages; half A ${sh.pages.filter((p) => p.half === 'A').length} tuned on, half B held out)`);
  const mine = bodyReport('dateline', sh.pages, ours);
  const stored: Record<string, Counts[]> = {};
  for (const [name, out] of Object.entries(sh.stored)) stored[name] = bodyReport(name, sh.pages, new Map(Object.entries(out)));
  const boot = pairedBootstrap(mine, stored['trafilatura']!);
  console.log(`  paired bootstrap vs trafilatura (1,000 resamples, seed 20200101): ΔF1 ${boot.diff >= 0 ? '+' : ''}${fmt(boot.diff)}  95% CI [${fmt(boot.low)}, ${fmt(boot.high)}]  P(ΔF1>0) ${fmt(boot.pBetter)}`);
  const dumpAt = process.argv.indexOf('--dump');
  if (dumpAt > 0) fs.writeFileSync(process.argv[dumpAt + 1]!, JSON.stringify(Object.fromEntries(sh.pages.map((p, i) => [p.id, { ...mine[i], text: ours.get(p.id) }]))));
  if (verbose) {
    const worst = sh.pages.map((p, i) => ({ id: p.id, c: mine[i]! })).sort((a, b) => a.c.tp - b.c.tp).slice(0, 15);
    for (const w of worst) console.log(`    ${w.id.slice(0, 12)} tp ${fmt(w.c.tp)} fp ${fmt(w.c.fp)} fn ${fmt(w.c.fn)}`);
  }

  // 2. NAEB
  const nb = naeb(root);
  const nbText = new Map<string, string>();
  let title = 0, author = 0, date = 0, dated = 0;
  const misses: string[] = [];
  for (const p of nb) {
    const r = extract(p);
    timings.push(r.ms);
    wallMs += r.wallMs;
    nbText.set(p.id, r.doc?.text ?? '');
    if (normTitle(r.doc?.title ?? null) === normTitle(p.title)) title++;
    else if (verbose) misses.push(`title  ${p.id.slice(0, 8)} gold ${JSON.stringify(p.title)} got ${JSON.stringify(r.doc?.title)}`);
    if (nameSet(r.doc?.byline ?? null) === nameSet(p.authors)) author++;
    else if (verbose) misses.push(`author ${p.id.slice(0, 8)} gold ${JSON.stringify(p.authors)} got ${JSON.stringify(r.doc?.byline)}`);
    if (p.date) {
      dated++;
      if (r.doc?.published?.value.slice(0, 10) === p.date) date++;
      else if (verbose) misses.push(`date   ${p.id.slice(0, 8)} gold ${p.date} got ${r.doc?.published?.value} (${r.doc?.published?.basis}) ${p.url}`);
    }
  }
  console.log(`\nNAEB (${nb.length} pages with HTML)`);
  const nbCounts = bodyReport('dateline body', nb, nbText);
  if (dumpAt > 0) fs.writeFileSync(`${process.argv[dumpAt + 1]!}.naeb`, JSON.stringify(Object.fromEntries(nb.map((p, i) => [p.id, { ...nbCounts[i], text: nbText.get(p.id) }]))));
  console.log(`  title exact match  ${pct(title, nb.length)}   (case-insensitive, quotes and spaces normalised)`);
  console.log(`  author exact match ${pct(author, nb.length)}   (same set of names, case-insensitive; no author = none given)`);
  console.log(`  date exact match   ${pct(date, dated)}   (published day = gold YYYY-MM-DD)`);

  // 3. htmldate MediaCloud 2020
  const hd = htmldate(root);
  const right = { A: 0, B: 0 }, seen = { A: 0, B: 0 };
  let nullRight = 0, nulls = 0;
  for (const p of hd) {
    // Date finding alone (as htmldate is measured): pages whose article cannot be extracted count too.
    const chosen = readPageMetadata(html(p).toString('utf8'), p.id, p.url);
    const r = { doc: { published: chosen.published } };
    const got = r.doc?.published?.value.slice(0, 10) ?? null;
    if (p.date === null) {
      nulls++;
      if (got === null) nullRight++;
      continue;
    }
    seen[p.half]++;
    if (got === p.date) right[p.half]++;
    else if (verbose) misses.push(`hdate  ${p.id} gold ${p.date} got ${r.doc?.published?.value} (${r.doc?.published?.basis}) ${p.url}`);
  }
  const n = seen.A + seen.B, ok = right.A + right.B;
  console.log(`\nhtmldate MediaCloud 2020 (${hd.length} pages, ${n} with a gold date)`);
  console.log(`  date accuracy ${pct(ok, n)}   (half A ${fmt(right.A / seen.A)}, half B ${fmt(right.B / seen.B)}); undated pages left undated ${nullRight}/${nulls}`);

  // Throughput: readBytes alone (decode, parse, Readability, cleaning, metadata), decompression excluded,
  // in CPU time (user + system; garbage collection on helper threads can add to it).
  const total = timings.reduce((a, b) => a + b, 0);
  const sorted = [...timings].sort((a, b) => a - b);
  const perSecond = (ms: number): string => (timings.length / (ms / 1000)).toFixed(1);
  const core = process.env.DATELINE_ONE_CORE === '1' ? 'pinned to one core with taskset, so V8\'s helper threads share it' : 'one thread, not pinned (no taskset): V8\'s helper threads may use a second core';
  console.log(`\nThroughput (HTML ingest of the ${timings.length} Scrapinghub and NAEB pages; ${core}; shared machine, noisy):`);
  console.log(`  CPU time  ${(total / 1000).toFixed(1)} s = ${perSecond(total)} pages/s   (median ${sorted[sorted.length >> 1]!.toFixed(1)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)]!.toFixed(1)} ms per page)`);
  console.log(`  wall time ${(wallMs / 1000).toFixed(1)} s = ${perSecond(wallMs)} pages/s   (higher than CPU time when other processes share the core)`);
  console.log(`  peak RSS  ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB   (the whole evaluation process, benchmark data included)`);
  if (verbose) for (const m of misses) console.log(m);
}

/**
 * The issue's speed target is per core: run again pinned to one CPU when taskset is there, so
 * garbage collection and compilation on V8's helper threads count against the same core.
 */
function pinnedToOneCore(): boolean {
  if (process.env.DATELINE_ONE_CORE) return false;
  const probe = spawnSync('taskset', ['-c', '0', 'true']);
  if (probe.status !== 0) return false;
  const run = spawnSync('taskset', ['-c', '0', process.execPath, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, DATELINE_ONE_CORE: '1' } });
  process.exitCode = run.status ?? 1;
  return true;
}

if (!pinnedToOneCore()) main();
