// Syndicated copies: documents whose word shingles overlap almost entirely (estimated Jaccard
// ≥ threshold), found through MinHash LSH and checked on the signatures.
import { estimateJaccard, lshCandidates, shingles, signature } from './minhash.js';
import { UnionFind } from './union-find.js';

export function nearDuplicateGroups(texts: readonly string[], threshold = 0.7): number[][] {
  return duplicateGroups(texts.map((t) => signature(shingles(t))), threshold);
}

/** Groups (of two or more, each ascending, in order of their first member) of signatures of copies. */
export function duplicateGroups(sigs: readonly Uint32Array[], threshold = 0.7): number[][] {
  const uf = new UnionFind(sigs.length);
  for (const [i, j] of lshCandidates(sigs)) {
    if (estimateJaccard(sigs[i]!, sigs[j]!) >= threshold) uf.union(i, j);
  }
  return uf.groups().filter((g) => g.length > 1);
}
