// Runs fuzz inputs 0..count-1 of a seed through worker threads, each input under a watchdog: an
// input that takes longer than its time bound is a hang, its worker is ended and replaced. The
// bound grows with the input's size (a base plus so much per MiB): extract is linear, so a large
// input is allowed its linear time, and what runs past that is super-linear work or a hang.
import { Worker } from 'node:worker_threads';
import type { CheckResult } from './check.js';
import { generate } from './generate.js';

export interface FuzzOptions {
  seed: number;
  count: number;
  /** Per input, the base of its time bound; past the bound the input is reported as a hang. */
  timeBoundMs: number;
  /** Added to the bound per MiB of input (default 30,000 ms: about 35 KB/s, half the speed
   * measured for one-line inputs that print ~100 times their size in JSON). */
  msPerMiB?: number;
  /** Multiplies the size of long lines and deep nesting (default 1). */
  scale?: number;
  workers?: number;
  onProgress?: (done: number) => void;
}

export interface Finding {
  index: number;
  recipe: string;
  problem: string;
}

export interface FuzzReport {
  inputs: number;
  documents: number;
  failures: number;
  codes: Record<string, number>;
  findings: Finding[];
  slowest: { index: number; recipe: string; ms: number; bytes: number }[];
}

type Answer = CheckResult & { index: number; recipe: string; ms: number; bytes: number };

const WORKER = new URL('./worker.js', import.meta.url);

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const report: FuzzReport = { inputs: 0, documents: 0, failures: 0, codes: {}, findings: [], slowest: [] };
  let next = 0;
  const record = (a: Answer) => {
    report.inputs++;
    report.documents += a.documents;
    report.failures += a.failures;
    for (const code of a.codes) report.codes[code] = (report.codes[code] ?? 0) + 1;
    for (const problem of a.findings) report.findings.push({ index: a.index, recipe: a.recipe, problem });
    report.slowest.push({ index: a.index, recipe: a.recipe, ms: Math.round(a.ms), bytes: a.bytes });
    report.slowest = report.slowest.sort((x, y) => y.ms - x.ms).slice(0, 5);
    options.onProgress?.(report.inputs);
  };

  const lane = async (): Promise<void> => {
    let worker: Worker | null = null;
    const ready = (w: Worker) => new Promise<void>((resolve, reject) => {
      w.once('message', () => resolve());
      w.once('error', reject);
    });
    try {
      while (next < options.count) {
        if (!worker) {
          worker = new Worker(WORKER);
          await ready(worker);
        }
        const index = next++;
        const w: Worker = worker;
        const bytes = generate(options.seed, index, options.scale ?? 1).bytes.length;
        const boundMs = Math.round(options.timeBoundMs + (options.msPerMiB ?? 30_000) * (bytes / 1_048_576));
        const answer = await new Promise<Answer | Error | 'hang'>((resolve) => {
          const timer = setTimeout(() => resolve('hang'), boundMs);
          const done = (value: Answer | Error) => {
            clearTimeout(timer);
            w.off('message', onMessage);
            w.off('error', onError);
            resolve(value);
          };
          const onMessage = (a: Answer) => done(a);
          const onError = (e: Error) => done(e);
          w.on('message', onMessage);
          w.on('error', onError);
          w.postMessage({ seed: options.seed, index, scale: options.scale ?? 1 });
        });
        if (answer === 'hang' || answer instanceof Error) {
          // A hang, or a crash that took the whole thread down (stack overflow, out of memory).
          const problem = answer === 'hang' ? `no answer within ${boundMs} ms for ${bytes} bytes (hang)` : `worker died: ${answer.stack ?? answer.message}`;
          await worker.terminate();
          worker = null;
          const input = generate(options.seed, index, options.scale ?? 1);
          record({ index, recipe: input.recipe, ms: boundMs, bytes: input.bytes.length, documents: 0, failures: 0, codes: [], findings: [problem] });
        } else {
          record(answer);
        }
      }
    } finally {
      await worker?.terminate();
    }
  };
  await Promise.all(Array.from({ length: options.workers ?? 1 }, lane));
  report.findings.sort((a, b) => a.index - b.index);
  return report;
}
