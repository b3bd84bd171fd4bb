// node dist/bench/stories-bench.js (npm run bench:stories): time and peak RSS of grouping a stored corpus into stories.
//   STORIES_BENCH_DB   the store (default /tmp/dateline-api-bench-100000.db, built by bench/api-bench.ts)
//   STORIES_BENCH_MODE streamed (default): loadStories, summaries in pass 1, stories cluster by cluster in pass 2
//                      in-memory: every document loaded, then groupStories (how it was done before)
// Run each mode in its own process: peak RSS is the process's. The store is only read: the bench
// refuses a database whose schema version is not this build's (opening it would migrate it).
// The machine's cores are shared: timings are noisy.
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { openStore } from '../src/store/open.js';
import { LATEST_VERSION } from '../src/store/migrations/index.js';
import { loadDocuments, loadStories } from '../src/cli/commands/stories.js';
import { groupStories } from '../src/merge/stories.js';
import type { Story } from '../src/model/types.js';

const db = process.env.STORIES_BENCH_DB ?? '/tmp/dateline-api-bench-100000.db';
const mode = process.env.STORIES_BENCH_MODE ?? 'streamed';
if (!fs.existsSync(db)) throw new Error(`${db}: no such database (build it with npm run bench:api)`);
const check = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
const version = (check.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number }).v;
const documents = (check.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
check.close();
if (version !== LATEST_VERSION) throw new Error(`${db}: schema version ${version}, this build has ${LATEST_VERSION}: opening it would migrate it`);

const store = await openStore(db, { mustExist: true });
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let stories: Story[];
try {
  if (mode === 'in-memory') stories = groupStories(await loadDocuments(store));
  else if (mode === 'streamed') stories = await loadStories(store);
  else throw new Error(`STORIES_BENCH_MODE: ${mode}? (streamed or in-memory)`);
} finally {
  await store.close();
}
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const rss = process.resourceUsage().maxRSS / 1024;
// A fingerprint of the whole result, to check both modes give the same stories.
const digest = createHash('sha256').update(JSON.stringify(stories)).digest('hex').slice(0, 16);
console.log(`stories bench (${mode}): ${documents} documents → ${stories.length} stories in ${seconds.toFixed(1)} s (CPU ${cpuSeconds.toFixed(1)} s), peak RSS ${rss.toFixed(0)} MB, result ${digest} (2 shared cores: timings are noisy)`);
