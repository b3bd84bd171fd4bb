// The short version of `npm run fuzz`: 300 generated and mutated bad inputs (long lines and deep
// nesting at 1/20 of the script's size) through ingest and the pipeline, in worker threads.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runFuzz } from '../../scripts/fuzz/run.js';
import { generate } from '../../scripts/fuzz/generate.js';

describe('extract on bad input', () => {
  it('never throws, never hangs, reports every failure with a known code and keeps every offset', async () => {
    const report = await runFuzz({ seed: 20250321, count: 300, scale: 0.05, timeBoundMs: 20_000, workers: 2 });
    assert.equal(report.inputs, 300);
    assert.deepEqual(report.findings.map((f) => `#${f.index} ${f.recipe}: ${f.problem.split('\n')[0]}`), []);
    assert.ok(report.documents > 50 && report.failures > 50, 'the inputs reach both outcomes');
  });

  it('generates the same bytes for the same seed and index', () => {
    assert.deepEqual(generate(7, 42).bytes, generate(7, 42).bytes);
    assert.notDeepEqual(generate(7, 42).bytes, generate(7, 43).bytes);
  });
});
