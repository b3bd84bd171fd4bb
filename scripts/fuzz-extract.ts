// Bad-input fuzzing of extract: `npm run fuzz` (or node dist/scripts/fuzz-extract.js
// [--count 10000] [--seed 20250321] [--workers 2] [--time-bound-ms 10000] [--ms-per-mib 30000]).
// Exits 1 on any finding: a thrown error, a hang past the time bound (base + per MiB of input), a failure without a known code, a broken
// offset. --scale 0.05 makes long lines and nesting 20 times smaller; --dump INDEX prints one input.
import { parseArgs } from 'node:util';
import { runFuzz } from './fuzz/run.js';
import { generate } from './fuzz/generate.js';

export const DEFAULT_SEED = 20250321;

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    workers: { type: 'string', default: '2' },
    'time-bound-ms': { type: 'string', default: '10000' },
    'ms-per-mib': { type: 'string', default: '30000' },
    scale: { type: 'string', default: '1' },
    dump: { type: 'string' },
  },
});
const seed = Number(values.seed);

if (values.dump !== undefined) {
  // Writes input INDEX to standard output, to reproduce a finding with `dateline extract`.
  process.stdout.write(generate(seed, Number(values.dump), Number(values.scale)).bytes);
} else {
  const started = performance.now();
  const count = Number(values.count);
  const report = await runFuzz({
    seed, count, scale: Number(values.scale), workers: Number(values.workers), timeBoundMs: Number(values['time-bound-ms']), msPerMiB: Number(values['ms-per-mib']),
    onProgress: (done) => {
      if (done % 500 === 0) process.stderr.write(`${done}/${count}\n`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(`fuzz seed ${seed}: ${report.inputs} inputs in ${seconds.toFixed(1)} s, ${report.documents} documents extracted, ${report.failures} coded failures`);
  console.log(`codes: ${Object.entries(report.codes).sort().map(([c, n]) => `${c}×${n}`).join(' ')}`);
  console.log(`slowest: ${report.slowest.map((s) => `#${s.index} ${s.recipe} ${s.bytes} B ${s.ms} ms`).join('; ')}`);
  for (const f of report.findings.slice(0, 50)) console.log(`FINDING #${f.index} ${f.recipe}: ${f.problem.split('\n').slice(0, 4).join(' | ')}`);
  console.log(report.findings.length === 0 ? 'no findings' : `${report.findings.length} findings (reproduce one: node dist/scripts/fuzz-extract.js --seed ${seed} --scale ${values.scale} --dump INDEX > input)`);
  process.exitCode = report.findings.length === 0 ? 0 : 1;
}
