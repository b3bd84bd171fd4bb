// Candidate pairs for story grouping without comparing all pairs: each document is filed under
// its strongest features; inside a block, documents are sorted by news day and each is paired
// only with its `window` nearest neighbours on either side (sorted neighbourhood), so the work
// is linear in the number of documents for a fixed number of keys and window. A feature that
// more than `maxBlock` documents share is too common to say two reports tell one event, and
// its block is skipped.
import type { Profile } from './profile.js';

export interface BlockingOptions {
  /** Blocking keys per document (its strongest features). */
  keys?: number;
  /** Neighbours each document is compared with on either side inside one block. */
  window?: number;
  /** Largest block kept. */
  maxBlock?: number;
}

/** Calls `visit(i, j)` once for each candidate pair, i < j, in order of i then first meeting. */
export function forEachCandidatePair(profiles: readonly Profile[], options: BlockingOptions, visit: (i: number, j: number) => void): void {
  const keys = options.keys ?? 8;
  const window = options.window ?? 40;
  const maxBlock = options.maxBlock ?? 2000;
  const n = profiles.length;
  const blocks = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const top = profiles[i]!.features;
    for (let k = 0; k < Math.min(keys, top.length); k++) {
      const list = blocks.get(top[k]!);
      if (list) list.push(i);
      else blocks.set(top[k]!, [i]);
    }
  }
  // Reports leading with one state's test or exercise on one news day are compared even when their words differ most
  // (a ministry's figures, state media's praise): they may tell one act (see ClusterOptions.leadActThreshold).
  const leadBlocks = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const { lead, day } = profiles[i]!;
    if (!lead || day === null || lead.actors.length === 0) continue;
    const key = `${lead.category}|${lead.actors.join(',')}|${day}`;
    const list = leadBlocks.get(key);
    if (list) list.push(i);
    else leadBlocks.set(key, [i]);
  }
  // Each document's blocks with its place in each (day order).
  const mine: { list: number[]; at: number }[][] = Array.from({ length: n }, () => []);
  const day = Float64Array.from(profiles, (p) => p.day ?? Infinity);
  for (const list of [...blocks.values(), ...leadBlocks.values()]) {
    if (list.length < 2 || list.length > maxBlock) continue;
    list.sort((a, b) => day[a]! - day[b]! || a - b);
    list.forEach((i, at) => mine[i]!.push({ list, at }));
  }
  const lastSeenBy = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (const { list, at } of mine[i]!) {
      for (let y = Math.max(0, at - window); y <= Math.min(list.length - 1, at + window); y++) {
        const j = list[y]!;
        if (j <= i || lastSeenBy[j] === i) continue;
        lastSeenBy[j] = i;
        visit(i, j);
      }
    }
    mine[i] = [];
  }
}

/** The candidate pairs [i, j], i < j, sorted. */
export function candidatePairs(profiles: readonly Profile[], options: BlockingOptions = {}): [number, number][] {
  const pairs: [number, number][] = [];
  forEachCandidatePair(profiles, options, (i, j) => pairs.push([i, j]));
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
