// One system over the whole corpus, in its own process so its peak memory is its own.
// Usage: node dist/bench/worker.js dateline|compromise
import { loadCorpus } from './corpus.js';
import { countWords } from '../src/model/text.js';

type System = (text: string, id: string) => unknown;

async function loadSystem(name: string): Promise<System> {
  if (name === 'dateline') {
    const { readBytes } = await import('../src/ingest/index.js');
    const { buildPipeline } = await import('../src/annotate/pipeline.js');
    const { toContract } = await import('../src/model/contract.js');
    const pipeline = buildPipeline();
    const encoder = new TextEncoder();
    // What `dateline extract --json` does per text file, without the disk: decode, clean,
    // annotate, serialise.
    return (text, id) => {
      const [item] = readBytes(encoder.encode(text), `${id}.txt`, { published: '2017-01-15' });
      if (!item?.ok) throw new Error(`${id}: ${item?.ok === false ? item.diagnostic.message : 'no document'}`);
      return JSON.stringify(toContract(pipeline.annotate(item.document))).length;
    };
  }
  if (name === 'compromise') {
    const nlp = (await import('compromise')).default;
    return (text) => {
      const doc = nlp(text);
      return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
    };
  }
  throw new Error(`unknown system ${name}`);
}

const name = process.argv[2] ?? 'dateline';
const corpus = loadCorpus();
const words = corpus.reduce((n, t) => n + countWords(t.text), 0);
const system = await loadSystem(name);
const startupRss = process.memoryUsage().rss;
const started = process.hrtime.bigint();
const cpuBefore = process.cpuUsage();
for (const t of corpus) system(t.text, t.id);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
// CPU time too: on a shared machine wall time also counts the time other processes held the core.
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
process.stdout.write(JSON.stringify({
  system: name,
  documents: corpus.length,
  words,
  seconds,
  documentsPerSecond: corpus.length / seconds,
  wordsPerSecond: words / seconds,
  cpuSeconds,
  cpuDocumentsPerSecond: corpus.length / cpuSeconds,
  peakRssMiB: process.resourceUsage().maxRSS / 1024,
  startupRssMiB: startupRss / 1048576,
}) + '\n');
