#!/usr/bin/env node
// Held-out PLOVER check that is not the PLOVER GSR: converts UniversalPetrarch's
// PETR2_GSR_validation.xml (English sentences with CAMEO event codes) to the gold and input format
// of /work/shared/tools/eval, mapping each CAMEO code to its PLOVER type with CAMEO2PLOVER-2021.txt
// (longest matching code prefix). Codes without a PLOVER type (CAMEO 01x/02x statements) and
// "noevents" records are left out; several codings of one type in a sentence count once.
// The shared data is read at run time only and the output goes where you point it (never the repo):
//   node bench/petr2-gsr-convert.mjs --input-out /tmp/petr2.in.jsonl > /tmp/petr2.gold.jsonl
import { readFileSync, writeFileSync } from 'node:fs';
import { EVENTS_DATA, ploverOf } from './cameo-plover.mjs';

const DATA = EVENTS_DATA;
const xml = readFileSync(`${DATA}/universalpetrarch/PETR2_GSR_validation.xml`, 'utf8');

const inputOut = process.argv[process.argv.indexOf('--input-out') + 1];
if (!process.argv.includes('--input-out') || !inputOut) throw new Error('usage: petr2-gsr-convert.mjs --input-out INPUT.jsonl > GOLD.jsonl');
const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const gold = [];
const inputs = [];
const counts = {};
for (const block of xml.split(/<Sentence\s/).slice(1)) {
  const id = /id="([^"]+)"/.exec(block)?.[1];
  const text = /<Text>([\s\S]*?)<\/Text>/.exec(block)?.[1];
  if (!id || text === undefined) continue;
  const types = new Set();
  for (const m of block.matchAll(/<EventCoding\s+eventcode="(\d+)"/g)) {
    const plover = ploverOf(m[1]);
    if (plover) types.add(plover);
  }
  if (types.size === 0 || text.trim() === "") continue;
  const clean = decode(text).replace(/\s+/g, ' ').trim();
  for (const t of types) counts[t] = (counts[t] ?? 0) + 1;
  gold.push({ id, published: '2000-01-01', dataset: 'petr2-gsr', split: 'heldout', text: clean,
    events: [...types].map((plover) => ({ plover, plover_original: plover, type: null, mode: null, context: null, actors: [], targets: [], evidence: '', place: null })) });
  inputs.push({ id, text: clean, published: '2000-01-01' });
}
writeFileSync(inputOut, inputs.map((d) => JSON.stringify(d)).join('\n') + '\n');
process.stdout.write(gold.map((d) => JSON.stringify(d)).join('\n') + '\n');
process.stderr.write(`petr2-gsr: ${gold.length} sentences; types ${JSON.stringify(counts)}\n`);
