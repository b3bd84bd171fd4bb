// Scrapinghub's article-body metric (article-extraction-benchmark, evaluate.py): case-sensitive \w+
// tokens, 4-token shingles counted as a multiset; per document TP/FP/FN normalised to sum to 1;
import { seededRandom } from '../seeded-random.js';
// precision and recall averaged over documents; F1 from the two averages.

export interface Counts { tp: number; fp: number; fn: number }
export interface Scores { precision: number; recall: number; f1: number }

// Python's re \w with UNICODE: str.isalnum() characters (letters and all numbers) and "_"; marks are not in it.
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  // Like the original: max(1, len - n + 1) windows, so a short text is one shingle of all its tokens.
  const windows = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < windows; i++) {
    const s = tokens.slice(i, i + n).join(' ');
    if (s) out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

export function shingleCounts(truth: string, predicted: string): Counts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0, fp = 0, fn = 0;
  for (const [k, c] of p) {
    const tc = t.get(k) ?? 0;
    tp += Math.min(c, tc);
    fp += Math.max(0, c - tc);
  }
  for (const [k, c] of t) fn += Math.max(0, c - (p.get(k) ?? 0));
  const total = tp + fp + fn;
  return total ? { tp: tp / total, fp: fp / total, fn: fn / total } : { tp: 0, fp: 0, fn: 0 };
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function scores(counts: readonly Counts[]): Scores {
  const precision = mean(counts.map((c) => (c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0)));
  const recall = mean(counts.map((c) => (c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0)));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}


/** Paired bootstrap of F1(ours) − F1(theirs): the same resampled documents for both. */
export function pairedBootstrap(ours: readonly Counts[], theirs: readonly Counts[], resamples = 1000, seed = 20200101): { diff: number; low: number; high: number; pBetter: number } {
  const rand = seededRandom(seed);
  const n = ours.length;
  const diffs: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const a: Counts[] = [], b: Counts[] = [];
    for (let i = 0; i < n; i++) {
      const k = Math.floor(rand() * n);
      a.push(ours[k]!);
      b.push(theirs[k]!);
    }
    diffs.push(scores(a).f1 - scores(b).f1);
  }
  diffs.sort((x, y) => x - y);
  return {
    diff: scores(ours).f1 - scores(theirs).f1,
    low: diffs[Math.floor(0.025 * resamples)]!,
    high: diffs[Math.ceil(0.975 * resamples) - 1]!,
    pBetter: diffs.filter((d) => d > 0).length / resamples,
  };
}
