// Syndicated copies: documents whose word shingles overlap almost entirely (estimated Jaccard
// ≥ threshold), found through MinHash LSH and checked on the signatures.
import { estimateJaccard, lshCandidates, shingles, signature } from './minhash.js';
import { UnionFind } from './union-find.js';

export interface DuplicateGroup {
  /** Indexes of the documents that are copies of one text, the earliest first. */
  members: number[];
}

export function nearDuplicateGroups(texts: readonly string[], threshold = 0.7): number[][] {
  const sigs = texts.map((t) => signature(shingles(t)));
  const uf = new UnionFind(texts.length);
  for (const [i, j] of lshCandidates(sigs)) {
    if (estimateJaccard(sigs[i]!, sigs[j]!) >= threshold) uf.union(i, j);
  }
  return uf.groups().filter((g) => g.length > 1);
}
