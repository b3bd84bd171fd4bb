// Candidate pairs for story grouping without comparing all pairs: each document is filed under
// its strongest features; inside a block, documents are sorted by news day and each is paired
// only with its next `window` neighbours (sorted neighbourhood), so the work is linear in the
// number of documents for a fixed number of keys and window.
import type { Profile } from './profile.js';

export interface BlockingOptions {
  /** Blocking keys per document (its strongest features). */
  keys?: number;
  /** Neighbours each document is compared with inside one block. */
  window?: number;
}

export function candidatePairs(profiles: readonly Profile[], options: BlockingOptions = {}): [number, number][] {
  const keys = options.keys ?? 8;
  const window = options.window ?? 40;
  const blocks = new Map<string, number[]>();
  profiles.forEach((p, i) => {
    for (const key of p.top.slice(0, keys)) {
      const list = blocks.get(key);
      if (list) list.push(i);
      else blocks.set(key, [i]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = profiles.length;
  for (const list of blocks.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => (profiles[a]!.day ?? Infinity) - (profiles[b]!.day ?? Infinity) || a - b);
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length && y <= x + window; y++) {
        const i = Math.min(list[x]!, list[y]!);
        const j = Math.max(list[x]!, list[y]!);
        const id = i * n + j;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([i, j]);
      }
    }
  }
  return pairs;
}
