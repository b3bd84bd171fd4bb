#!/usr/bin/env node
// One-off: rebuilds examples/wikinews.jsonl from GUM's Wikinews news files (CC BY 2.5 texts,
// see examples/CREDITS.md). Run from the repository root with ../shared beside it.
import fs from 'node:fs';
import path from 'node:path';

const GUM = path.join('..', 'shared', 'data', 'ner', 'gum-news');
const PICK = ['korea', 'election', 'stampede', 'imprisoned', 'asylum', 'afghan'];

function toDocument(name) {
  const lines = fs.readFileSync(path.join(GUM, `GUM_news_${name}.conllu`), 'utf8').split('\n');
  const meta = {};
  const paragraphs = [];
  let current = '';
  let pendingSpace = false;
  for (const line of lines) {
    const m = /^# meta::(\w+) = (.*)$/.exec(line);
    if (m) meta[m[1]] = m[2];
    if (line.startsWith('# newpar') && !line.startsWith('# newpar_block')) {
      if (current.trim()) paragraphs.push(current.trim());
      current = '';
      pendingSpace = false;
      continue;
    }
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols[0].includes('-') || cols[0].includes('.')) continue; // multi-word and empty nodes
    // GUM leaves clitics like 's spaced in some files: news text writes them attached.
    if (pendingSpace && !/^(?:'s|'|n't|'re|'ve|'ll|'d|'m)$/i.test(cols[1])) current += ' ';
    current += cols[1];
    pendingSpace = !/SpaceAfter=No/.test(cols[9] ?? '');
  }
  if (current.trim()) paragraphs.push(current.trim());
  // The first paragraph is the headline and the second the date line: keep the body only.
  const [title, , ...body] = paragraphs;
  return { id: `wikinews-${name}`, url: meta.sourceURL, title, outlet: 'Wikinews', published: meta.dateCreated, licence: 'CC BY 2.5', text: body.join('\n') };
}

const out = PICK.map(toDocument).map((d) => JSON.stringify(d)).join('\n') + '\n';
fs.writeFileSync(path.join('examples', 'wikinews.jsonl'), out);
console.log(`wrote examples/wikinews.jsonl (${PICK.length} documents)`);
