// The training side of the learned PLOVER type model: reads labelled sentences ("TYPE<TAB>sentence",
// NONE for no event), turns each into the features of its main clause, and trains the averaged
// perceptron. Shared by scripts/train-event-types.ts and the policy check (scripts/event-type-policy.ts).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildPipeline } from '../src/annotate/pipeline.js';
import { buildView } from '../src/annotate/events/view.js';
import { segmentClauses } from '../src/annotate/events/clauses.js';
import { clauseAnchors } from '../src/annotate/events/stage.js';
import { sentenceClause } from '../src/annotate/events/type-fallback.js';
import { predictType, ruleFeature, type ModelLabel, type TypeModel } from '../src/annotate/events/type-model.js';
import { FALLBACK_POLICY } from '../src/annotate/events/type-fallback.js';
import { VOTE_POLICY } from '../src/annotate/events/type-vote.js';
import { RERANK_POLICY } from '../src/annotate/events/type-rerank.js';
import { PLOVER_TYPES, type Document } from '../src/model/types.js';
import { seededRandom } from '../bench/seeded-random.js';

export const DATA_DIR = 'bench/events-probe';
export const EPOCHS = Number(process.env['EPOCHS'] ?? 12);
export const SEED = 20250321;
export const LABELS: ModelLabel[] = ['NONE', ...PLOVER_TYPES];

/**
 * Probe files kept out of training (and out of the 5-fold): fresh wire-style sentences that measure how the
 * model and the stage carry over to wording nobody trained or tuned on (score them with
 * `event-type-policy.js --held FILE`).
 */
export const HELD_OUT: ReadonlySet<string> = new Set(['probe-21.tsv']);

export interface Example { label: number; features: string[]; text: string; file: string; /** Position among the labelled lines. */ index: number }

/** A one-sentence document as the pipeline takes it. */
export function documentOf(text: string): Document {
  return {
    id: 'train', url: null, outlet: null, title: null, byline: null, published: { value: '2020-01-01', precision: 'day', basis: 'given' },
    language: 'en', text, paragraphs: [{ start: 0, end: text.length }], dateline: null,
    origin: { format: 'text', path: null, contentHash: '', rawHash: '', encoding: 'utf-8' }, diagnostics: [],
  } as unknown as Document;
}

/** The labelled lines of the given files (default: every .tsv of the data folder but the held-out ones). */
export function readLabelled(files?: readonly string[]): { label: number; text: string; file: string }[] {
  const list = files ?? readdirSync(DATA_DIR).filter((f) => f.endsWith('.tsv') && !HELD_OUT.has(f)).sort().map((f) => path.join(DATA_DIR, f));
  const out: { label: number; text: string; file: string }[] = [];
  for (const file of list) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const [type, text] = line.split('\t');
      if (!type || !text) continue;
      const label = LABELS.indexOf(type as ModelLabel);
      if (label < 0) throw new Error(`unknown label ${type} in ${file}`);
      out.push({ label, text, file: path.basename(file) });
    }
  }
  return out;
}

/** Examples with the features of each sentence's main clause; sentences without a main verb are left out. */
export function loadExamples(files?: readonly string[]): Example[] {
  const pipeline = buildPipeline();
  const out: Example[] = [];
  for (const [index, { label, text, file }] of readLabelled(files).entries()) {
    const read = readMainClause(pipeline, text);
    if (read) out.push({ label, features: [...read.features, ruleFeature(read.ruled)], text, file, index });
  }
  return out;
}

/**
 * The features of a one-sentence text's main clause and the rules' own type for its main verb (null: no
 * event there), or null when the sentence has no main verb. The rules' type alone: no model in the events
 * the features are read from (so training never depends on the model shipped before).
 */
export function readMainClause(pipeline: ReturnType<typeof buildPipeline>, text: string): { features: string[]; ruled: string | null } | null {
  const saved = { fallback: FALLBACK_POLICY.margin, vote: VOTE_POLICY.margin, rerank: RERANK_POLICY.margin };
  FALLBACK_POLICY.margin = Infinity;
  VOTE_POLICY.margin = Infinity;
  RERANK_POLICY.margin = Infinity;
  try {
    const { layers } = pipeline.annotate(documentOf(text));
    const view = buildView(text, layers.sentences!, layers.tokens!, layers.entities!, layers.times!, layers.attributions!, '2020-01-01');
    const anchors = clauseAnchors(view, view.attributions, null);
    const clause = sentenceClause(view, segmentClauses(view, 0, anchors));
    if (!clause) return null;
    const at = view.tokens[clause.head]!.start;
    const ruled = layers.events!.find((e) => e.trigger.start <= at && at < e.trigger.end)?.plover ?? null;
    return { features: clause.features, ruled };
  } finally {
    FALLBACK_POLICY.margin = saved.fallback;
    VOTE_POLICY.margin = saved.vote;
    RERANK_POLICY.margin = saved.rerank;
  }
}

/**
 * How the model is trained. `ruleFree`: each sentence the rules typed is also learnt once without the
 * rules' type (r:none), as the fallback and the model alone see it; otherwise r:none marks only the
 * sentences the rules missed, and the words themselves learn too little. `seeds`: perceptrons trained on
 * differently shuffled orders, their averaged weights averaged again (one table, no cost at run time; a
 * single order swung PLOVER dev by several points with a few training lines).
 */
export const TRAINING = {
  ruleFree: (process.env['RULE_FREE'] ?? '1') !== '0',
  seeds: Number(process.env['SEEDS'] ?? 5),
};

export function train(examples: readonly Example[], options: { ruleFree: boolean; seeds: number } = TRAINING): TypeModel {
  const data: { label: number; features: readonly string[] }[] = [...examples];
  if (options.ruleFree) {
    for (const ex of examples) {
      if (ex.features.includes(ruleFeature(null))) continue;
      data.push({ label: ex.label, features: ex.features.map((f) => (f.startsWith('r:') ? ruleFeature(null) : f)) });
    }
  }
  const n = LABELS.length;
  const sum = new Map<string, Float64Array>();
  for (let s = 0; s < options.seeds; s++) {
    for (const [f, avg] of trainOne(data, SEED + s)) {
      let r = sum.get(f);
      if (!r) { r = new Float64Array(n); sum.set(f, r); }
      for (let c = 0; c < n; c++) r[c]! += avg[c]! / options.seeds;
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, r] of [...sum.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const pairs: number[] = [];
    for (let c = 0; c < n; c++) {
      const rounded = Math.round(r[c]! * 1000) / 1000;
      if (rounded !== 0) pairs.push(c, rounded);
    }
    if (pairs.length > 0) weights[f] = pairs;
  }
  return { labels: LABELS, weights };
}

/** One averaged perceptron over a shuffled order: the averaged weight row of each feature. */
function trainOne(examples: readonly { label: number; features: readonly string[] }[], seed: number): Map<string, Float64Array> {
  const n = LABELS.length;
  const w = new Map<string, Float64Array>();
  const total = new Map<string, Float64Array>();
  const stamp = new Map<string, Float64Array>();
  const row = (m: Map<string, Float64Array>, f: string): Float64Array => {
    let r = m.get(f);
    if (!r) { r = new Float64Array(n); m.set(f, r); }
    return r;
  };
  let step = 0;
  const update = (f: string, label: number, delta: number): void => {
    const wr = row(w, f), tr = row(total, f), sr = row(stamp, f);
    tr[label]! += (step - sr[label]!) * wr[label]!;
    sr[label] = step;
    wr[label]! += delta;
  };
  const rand = seededRandom(seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    for (const k of order) {
      const ex = examples[k]!;
      const scores = new Float64Array(n);
      for (const f of ex.features) { const r = w.get(f); if (r) for (let c = 0; c < n; c++) scores[c]! += r[c]!; }
      let guess = 0;
      for (let c = 1; c < n; c++) if (scores[c]! > scores[guess]!) guess = c;
      step++;
      if (guess !== ex.label) for (const f of ex.features) { update(f, ex.label, 1); update(f, guess, -1); }
    }
  }
  const out = new Map<string, Float64Array>();
  for (const [f, wr] of w) {
    const tr = total.get(f)!, sr = stamp.get(f)!;
    const avg = new Float64Array(n);
    for (let c = 0; c < n; c++) avg[c] = (tr[c]! + (step - sr[c]!) * wr[c]!) / step;
    out.set(f, avg);
  }
  return out;
}

export function crossValidate(examples: readonly Example[], folds = 5): void {
  const margins = [0, 0.5, 1, 2, 3];
  const right = margins.map(() => 0), fired = margins.map(() => 0), falseEvents = margins.map(() => 0);
  let correct = 0;
  for (let f = 0; f < folds; f++) {
    const model = train(examples.filter((_, i) => i % folds !== f));
    examples.forEach((ex, i) => {
      if (i % folds !== f) return;
      const p = predictType(ex.features, null, model);
      if (p.label === LABELS[ex.label]) correct++;
      margins.forEach((m, k) => {
        if (p.label === 'NONE' || p.margin < m) return;
        fired[k]++;
        if (p.label === LABELS[ex.label]) right[k]++;
        if (ex.label === 0) falseEvents[k]++;
      });
    });
  }
  console.log(`${examples.length} examples, ${folds}-fold accuracy ${(100 * correct / examples.length).toFixed(1)}%`);
  margins.forEach((m, k) => console.log(`  margin ≥ ${m}: fires on ${fired[k]}, right ${(100 * right[k]! / Math.max(1, fired[k]!)).toFixed(1)}%, on NONE sentences ${falseEvents[k]}`));
}

