#!/usr/bin/env node
// PLOVER type accuracy on the team's own probe sentences (one "TYPE<TAB>sentence" a line, written by
// the Dateline team for general news wording; no evaluation text). Each file was first scored before
// any fix it prompted, so its first score estimated generalisation; now it is a regression set.
// train-*.tsv are also the training sentences of the learned type model (scripts/train-event-types.ts).
//   npx tsc -p tsconfig.json && node bench/events-probe/run.mjs [bench/events-probe/probe-*.tsv]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildPipeline } from '../../dist/src/annotate/pipeline.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = args.length > 0 ? args : readdirSync(here).filter((f) => f.endsWith('.tsv')).sort().map((f) => path.join(here, f));
const pipeline = buildPipeline();
let hits = 0, total = 0;
for (const file of files) {
  let fileHits = 0, fileTotal = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [type, text] = line.split('\t');
    if (!type || !text) continue;
    const document = { id: 'probe', url: null, outlet: null, title: null, byline: null, published: { value: '2020-01-01', precision: 'day', basis: 'given' }, language: 'en', text, paragraphs: [{ start: 0, end: text.length }], dateline: null, origin: { format: 'text', path: null, contentHash: '', rawHash: '', encoding: 'utf-8' }, diagnostics: [] };
    const found = pipeline.annotate(document).layers.events.map((e) => e.plover);
    fileTotal++;
    // NONE: a plain sentence that must stay without an event.
    if (type === 'NONE' ? found.length === 0 : found.includes(type)) fileHits++;
    else if (process.argv.includes('--misses') || process.env.MISSES) console.log(`  miss ${type} [${found.join(', ')}] ${text}`);
  }
  console.log(`${path.basename(file)}: ${(100 * fileHits / fileTotal).toFixed(1)}% (${fileHits}/${fileTotal})`);
  hits += fileHits; total += fileTotal;
}
console.log(`all: ${(100 * hits / total).toFixed(1)}% (${hits}/${total})`);
