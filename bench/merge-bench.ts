// npm run bench:merge: time to group 25k, 50k and 100k documents into stories. The documents are
// made in memory from the bundled examples annotated once: each synthetic document belongs to a
// synthetic story (about five reports each), whose words are a letter-shifted variant of the
// base text (same length, so every offset stays true), whose entities and dates are its own.
// Nothing here is annotated 100,000 times, nor held in memory: each synthetic document is made,
// summarized and dropped, and made again when its story is written. Only merging is timed.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { buildPipeline } from '../src/annotate/pipeline.js';
import { clusterSummaries, storyOrder, toStory } from '../src/merge/stories.js';
import { Summarizer, type DocumentSummary } from '../src/merge/summary.js';
import type { AnnotatedDocument, Document, Story } from '../src/model/types.js';

function document(id: string, text: string, published: string | null, title: string | null): Document {
  const paragraphs: Document['paragraphs'] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return {
    id, url: null, outlet: null, title, byline: null, language: 'en', text, paragraphs, dateline: null, diagnostics: [],
    published: published ? { value: published.slice(0, 10), precision: 'day', basis: 'given' } : null,
    origin: { format: 'text', path: null, contentHash: createHash('sha256').update(text).digest('hex'), rawHash: '', encoding: 'utf-8' },
  };
}

function baseDocuments(): AnnotatedDocument[] {
  const root = process.cwd();
  const pipeline = buildPipeline();
  const docs = [document('seed', fs.readFileSync(path.join(root, 'examples/seed-article.txt'), 'utf8'), '2025-03-21', null)];
  for (const line of fs.readFileSync(path.join(root, 'examples/wikinews.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const j = JSON.parse(line) as { id: string; text: string; published?: string; title?: string };
    docs.push(document(j.id, j.text, j.published ?? null, j.title ?? null));
  }
  return docs.map((d) => pipeline.annotate(d));
}

const shiftDate = (value: string | null, days: number) => {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  return new Date(Date.parse(`${value.slice(0, 10)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10) + value.slice(10);
};

/** Letters of every other word shifted by an amount of the story: same length, new words. */
function variant(text: string, story: number, report: number): string {
  let word = 0;
  return text.replace(/[A-Za-z]+/g, (w) => {
    word++;
    // Reports of one story share most words; a few differ from report to report.
    const shift = word % 7 === report % 7 ? (story * 7 + report) % 26 : word % 2 === 0 ? (story % 25) + 1 : 0;
    if (shift === 0) return w;
    return w.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + shift + (story >> 5)) % 26) + 97));
  });
}

/** Synthetic document number `k`: report k % 5 of story k / 5. */
function synthesize(base: AnnotatedDocument[], k: number): AnnotatedDocument {
  const story = Math.floor(k / 5);
  const report = k % 5;
  const b = base[story % base.length]!;
  const days = story % 3000;
  const suffix = `-${story}`;
  const text = variant(b.document.text, story, report);
  const doc: Document = { ...b.document, id: `syn-${k}`, text, title: b.document.title ? variant(b.document.title, story, report) : null, published: b.document.published ? { ...b.document.published, value: shiftDate(b.document.published.value, days)! } : null };
  const rename = (id: string | null) => (id ? id + suffix : id);
  const layers = {
    ...b.layers,
    tokens: [], // merging never reads tokens
    entities: b.layers.entities.map((e) => ({ ...e, id: e.id + suffix, mentions: e.mentions.map((m) => ({ ...m, entity: m.entity + suffix, text: text.slice(m.start, m.end) })) })),
    times: b.layers.times.map((t) => ({ ...t, value: shiftDate(t.value, days) })),
    events: b.layers.events.map((e) => ({ ...e, date: shiftDate(e.date, days), actors: e.actors.map((a) => ({ ...a, entity: rename(a.entity) })), evidence: { ...e.evidence, text: text.slice(e.evidence.start, e.evidence.end) } })),
  };
  return { document: doc, layers, stages: b.stages };
}

/** Groups `n` synthetic documents into stories; the seconds spent merging (not making documents). */
function mergeSynthetic(base: AnnotatedDocument[], n: number): { stories: number; seconds: number } {
  let merging = 0;
  const timed = <T>(f: () => T): T => {
    const t0 = performance.now();
    const out = f();
    merging += performance.now() - t0;
    return out;
  };
  const summarizer = new Summarizer();
  const summaries: DocumentSummary[] = [];
  for (let k = 0; k < n; k++) {
    const doc = synthesize(base, k);
    summaries.push(timed(() => summarizer.summarize(doc)));
  }
  const { clusters, duplicateOf } = timed(() => clusterSummaries(summaries, summarizer.vocabulary.featureNames));
  // Stories are written out as they are made (here: dropped); only what orders them is kept.
  const stories: Pick<Story, 'date' | 'id'>[] = [];
  for (const cluster of clusters) {
    const docs = cluster.map((k) => synthesize(base, k));
    const story = timed(() => toStory(docs, duplicateOf));
    stories.push({ date: story.date, id: story.id });
  }
  timed(() => stories.sort(storyOrder));
  return { stories: stories.length, seconds: merging / 1000 };
}

const base = baseDocuments();
console.log(`bench: merging synthetic documents made from ${base.length} annotated examples (2 shared cores: timings are noisy)`);
console.log('| documents | stories | seconds | µs/document | peak RSS MB |');
console.log('|-----------|---------|---------|-------------|-------------|');
const sizes = (process.env.MERGE_BENCH_SIZES ?? '25000,50000,100000').split(',').map(Number);
const times: number[] = [];
for (const n of sizes) {
  const { stories, seconds } = mergeSynthetic(base, n);
  times.push(seconds);
  const rss = process.resourceUsage().maxRSS / 1024; // peak of the whole run so far
  console.log(`| ${String(n).padStart(9)} | ${String(stories).padStart(7)} | ${seconds.toFixed(2).padStart(7)} | ${((seconds * 1e6) / n).toFixed(1).padStart(11)} | ${rss.toFixed(0).padStart(11)} |`);
}
const last = times[times.length - 1]!;
const first = times[0]!;
console.log(`target: 100,000 documents in under 60 s: ${last < 60 ? 'met' : 'NOT met'} (${last.toFixed(1)} s); growth ${sizes[0]}→${sizes[sizes.length - 1]}: ×${(last / first).toFixed(2)} for ×${(sizes[sizes.length - 1]! / sizes[0]!).toFixed(0)} documents`);
