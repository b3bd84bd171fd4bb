// The full fault run of issue 7: `dateline ingest` killed with SIGKILL at 50 random moments, on
// SQLite and on a private PostgreSQL, checked after every kill. Needs a build (npm run build).
// Moments come in rounds on a fresh store each (a store that is already full has nothing left to
// interrupt): node dist/scripts/fault-kill-ingest.js [--rounds 10] [--moments 5] [--count 600] [--seed 7] [--only sqlite|postgres]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { killAndRecover, type KillReport } from './fault/kill-ingest.js';
import { startPgServer } from './pg-test-server.js';

const { values } = parseArgs({ options: {
  rounds: { type: 'string', default: '10' }, moments: { type: 'string', default: '5' }, count: { type: 'string', default: '600' }, seed: { type: 'string', default: '7' },
  'max-delay-ms': { type: 'string', default: '4000' }, only: { type: 'string' },
} });
const options = { moments: Number(values.moments), count: Number(values.count), seed: Number(values.seed), maxDelayMs: Number(values['max-delay-ms']) };

/** Runs the rounds on fresh stores from `fresh`, prints a summary, and says whether all held. */
async function rounds(name: string, fresh: (round: number) => Promise<{ db: string; dir: string }>): Promise<boolean> {
  const reports: KillReport[] = [];
  for (let round = 0; round < Number(values.rounds); round++) {
    const { db, dir } = await fresh(round);
    reports.push(await killAndRecover(db, dir, { ...options, seed: options.seed * 1000 + round }));
  }
  const kills = reports.flatMap((r) => r.kills);
  const midway = kills.filter((k) => k.killed && k.documents > 0 && k.documents < options.count).length;
  const problems = reports.flatMap((r) => r.problems);
  console.log(`${name}: ${kills.length} kill moments in ${reports.length} rounds, ${kills.filter((k) => k.killed).length} killed a running ingest, ${midway} left a part-filled store;`
    + ` documents after each: ${reports.map((r) => r.kills.map((k) => k.documents).join(' ')).join(' | ')}; every final run stored ${options.count}: ${reports.every((r) => r.finalDocuments === options.count)}`);
  for (const p of problems.slice(0, 20)) console.log(`  PROBLEM ${p}`);
  console.log(problems.length ? `  ${problems.length} problems` : '  no problems');
  return problems.length === 0;
}

let ok = true;
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-fault-'));
if (values.only !== 'postgres') ok = (await rounds('sqlite', async () => { const dir = tmp(); return { db: path.join(dir, 'news.db'), dir }; })) && ok;
if (values.only !== 'sqlite') {
  const server = await startPgServer();
  try {
    ok = (await rounds('postgres', async () => ({ db: await server.createDatabase(), dir: tmp() }))) && ok;
  } finally {
    await server.stop();
  }
}
process.exitCode = ok ? 0 : 1;
