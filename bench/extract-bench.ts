// npm run bench: throughput and peak memory of Dateline's extract over real news texts, and of
// a compromise pass (people, places, organisations) over the same texts, in the same run. Each
// system runs in its own child process, one after the other, so each has one core to itself.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import os from 'node:os';

interface Result {
  system: string;
  documents: number;
  words: number;
  seconds: number;
  documentsPerSecond: number;
  wordsPerSecond: number;
  peakRssMiB: number;
  cpuSeconds: number;
  cpuDocumentsPerSecond: number;
}

const worker = path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.js');
const run = (system: string): Result => JSON.parse(execFileSync(process.execPath, [worker, system], { encoding: 'utf8', maxBuffer: 1 << 20 })) as Result;

// npm run bench -- --scale: the queue, memory and search-at-scale benchmark instead (bench/scale/).
if (process.argv.includes('--scale')) {
  await (await import('./scale/scale-bench.js')).scaleBench();
  process.exit(0);
}

console.log(`bench: extract over real news texts (PolNeAR + ECB+ from ../shared/data) on ${os.cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}`);
const results = ['dateline', 'compromise'].map(run);
const rows = results.map((r) => `| ${r.system.padEnd(10)} | ${String(r.documents).padStart(9)} | ${String(r.words).padStart(9)} | ${r.seconds.toFixed(2).padStart(7)} | ${r.documentsPerSecond.toFixed(1).padStart(6)} | ${Math.round(r.wordsPerSecond).toString().padStart(9)} | ${r.cpuDocumentsPerSecond.toFixed(1).padStart(10)} | ${r.peakRssMiB.toFixed(0).padStart(13)} |`);
console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores (wall time counts the time other processes held the core; CPU time does not)`);
console.log('| system     | documents |     words | seconds |  doc/s |   words/s | CPU doc/s  | peak RSS, MiB |');
console.log('|------------|-----------|-----------|---------|--------|-----------|------------|---------------|');
for (const row of rows) console.log(row);
const dateline = results[0]!;
console.log(`target: >= 100 documents/s on one core for text input: ${dateline.documentsPerSecond >= 100 ? 'met' : 'NOT met'} (${dateline.documentsPerSecond.toFixed(1)} wall, ${dateline.cpuDocumentsPerSecond.toFixed(1)} CPU)`);
