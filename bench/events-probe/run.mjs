#!/usr/bin/env node
// PLOVER type accuracy on the team's own probe sentences (one "TYPE<TAB>sentence" a line, written by
// the Dateline team for general news wording; no evaluation text). Each file was first scored before
// any fix it prompted, so its first score estimated generalisation; now it is a regression set.
// train-*.tsv are also the training sentences of the learned type model (scripts/train-event-types.ts).
// Optional third and fourth columns: the actor and target an event of the gold type must have (a word
// of the participant's name or text, case-insensitive; "-" = not scored). Files with them also report
// actor and target accuracy over the lines that give one.
//   npx tsc -p tsconfig.json && node bench/events-probe/run.mjs [bench/events-probe/probe-*.tsv]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildPipeline } from '../../dist/src/annotate/pipeline.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = args.length > 0 ? args : readdirSync(here).filter((f) => f.endsWith('.tsv')).sort().map((f) => path.join(here, f));
const pipeline = buildPipeline();
let hits = 0, total = 0;
const fits = (gold, participants) => participants.some((p) => [p.name, p.text].some((s) => s && (s.toLowerCase().includes(gold.toLowerCase()) || gold.toLowerCase().includes(s.toLowerCase()))));
for (const file of files) {
  let fileHits = 0, fileTotal = 0;
  const roles = { actor: [0, 0], target: [0, 0] };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [type, text, actor, target] = line.split('\t');
    if (!type || !text) continue;
    const document = { id: 'probe', url: null, outlet: null, title: null, byline: null, published: { value: '2020-01-01', precision: 'day', basis: 'given' }, language: 'en', text, paragraphs: [{ start: 0, end: text.length }], dateline: null, origin: { format: 'text', path: null, contentHash: '', rawHash: '', encoding: 'utf-8' }, diagnostics: [] };
    const events = pipeline.annotate(document).layers.events;
    const found = events.map((e) => e.plover);
    fileTotal++;
    for (const [role, gold, key] of [['actor', actor, 'actors'], ['target', target, 'targets']]) {
      if (!gold || gold === '-') continue;
      roles[role][1]++;
      if (events.some((e) => e.plover === type && fits(gold, e[key]))) roles[role][0]++;
      else if (process.argv.includes('--misses') || process.env.MISSES) console.log(`  ${role} ${gold} [${events.filter((e) => e.plover === type).map((e) => e[key].map((p) => p.name).join('+')).join(', ')}] ${text}`);
    }
    // NONE: a plain sentence that must stay without an event.
    if (type === 'NONE' ? found.length === 0 : found.includes(type)) fileHits++;
    else if (process.argv.includes('--misses') || process.env.MISSES) console.log(`  miss ${type} [${found.join(', ')}] ${text}`);
  }
  const roleText = Object.entries(roles).filter(([, [, n]]) => n > 0).map(([role, [k, n]]) => ` ${role} ${(100 * k / n).toFixed(1)}% (${k}/${n})`).join('');
  console.log(`${path.basename(file)}: ${(100 * fileHits / fileTotal).toFixed(1)}% (${fileHits}/${fileTotal})${roleText}`);
  hits += fileHits; total += fileTotal;
}
console.log(`all: ${(100 * hits / total).toFixed(1)}% (${hits}/${total})`);
