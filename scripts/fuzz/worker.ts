// The fuzz worker thread: regenerates input (seed, index) itself, so only two numbers cross the
// thread boundary, and answers with the check result. A hang is caught by the parent's watchdog.
import { parentPort } from 'node:worker_threads';
import { buildPipeline } from '../../src/annotate/pipeline.js';
import { generate } from './generate.js';
import { checkInput } from './check.js';

const pipeline = buildPipeline();
parentPort!.on('message', ({ seed, index, scale }: { seed: number; index: number; scale: number }) => {
  const input = generate(seed, index, scale);
  const started = performance.now();
  const result = checkInput(pipeline, input);
  parentPort!.postMessage({ index, recipe: input.recipe, bytes: input.bytes.length, ms: performance.now() - started, ...result });
});
parentPort!.postMessage({ ready: true });
