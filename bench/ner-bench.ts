// Speed of the entity stage alone on one core: words per second over the benchmark corpus, with
// sentences and tokens computed beforehand (not timed). `npm run bench:ner` after a build.
import { performance } from 'node:perf_hooks';
import type { Document, Layers } from '../src/model/types.js';
import { loadKnowledge } from '../src/knowledge/knowledge.js';
import { sentenceStage } from '../src/annotate/sentences/stage.js';
import { entityStage } from '../src/annotate/entities/stage.js';
import { loadCorpus } from './corpus.js';

function documentOf(id: string, text: string): Document {
  return {
    id, url: null, outlet: null, title: null, byline: null, published: null, language: 'en', text, paragraphs: [], dateline: null,
    origin: { format: 'text', path: null, contentHash: '', rawHash: '', encoding: 'utf-8' }, diagnostics: [],
  } as unknown as Document;
}

const corpus = loadCorpus();
const sentences = sentenceStage();
// The knowledge base's load time: paid once per process (each CLI run, each worker).
const loadStarted = performance.now();
const knowledge = loadKnowledge();
const loadMs = performance.now() - loadStarted;
const entities = entityStage(knowledge);
const prepared = corpus.map(({ id, text }) => {
  const document = documentOf(id, text);
  const layers: Partial<Layers> = {};
  Object.assign(layers, sentences.run({ document, layers }));
  const words = (layers.tokens ?? []).filter((t) => t.kind === 'word' || t.kind === 'number').length;
  return { document, layers, words };
});
const totalWords = prepared.reduce((n, p) => n + p.words, 0);
// One warm-up pass, then the best of three timed passes (the machine is shared).
const pass = (): number => {
  const t0 = performance.now();
  for (const p of prepared) entities.run({ document: p.document, layers: p.layers });
  return performance.now() - t0;
};
pass();
const best = Math.min(pass(), pass(), pass());
console.log(`entity stage: ${prepared.length} documents, ${totalWords} words, ${best.toFixed(0)} ms, ${Math.round(totalWords / (best / 1000))} words/s (one core, best of 3)`);
console.log(`knowledge base load: ${loadMs.toFixed(0)} ms (once per process)`);
