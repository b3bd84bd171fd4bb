// The benchmark corpus: real news texts read from ../shared/data at run time (PolNeAR articles
// and ECB+ documents). They are evaluation data: read here, never copied into the repository.
import fs from 'node:fs';
import path from 'node:path';

export interface BenchText {
  id: string;
  text: string;
}

export function loadCorpus(shared = path.join('..', 'shared', 'data')): BenchText[] {
  const texts: BenchText[] = [];
  const polnear = path.join(shared, 'attribution', 'polnear', 'data');
  for (const split of ['dev', 'test', 'annotator-training']) {
    const dir = path.join(polnear, split, 'text');
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (name.endsWith('.txt')) texts.push({ id: `polnear-${split}-${name}`, text: fs.readFileSync(path.join(dir, name), 'utf8') });
    }
  }
  const ecb = path.join(shared, 'clustering', 'ecbplus_docs.jsonl');
  if (fs.existsSync(ecb)) {
    for (const line of fs.readFileSync(ecb, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line) as { doc: string; sentences: string[] };
      texts.push({ id: `ecbplus-${doc.doc}`, text: doc.sentences.join(' ') });
    }
  }
  return texts;
}
