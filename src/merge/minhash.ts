// Near-duplicate detection by shingled MinHash with LSH banding: syndicated copies of one wire
// report (same words, other outlet, trimmed or retitled) share most word shingles. Banding gives
// candidate pairs without comparing every document with every other.
import { fnv1a, mix32 } from './hash.js';
import { wordTokens } from './words.js';

export interface MinHashOptions {
  /** Words per shingle. */
  shingle?: number;
  /** Number of hash functions = bands × rows. */
  bands?: number;
  rows?: number;
}

const DEFAULTS = { shingle: 4, bands: 16, rows: 4 };

/** The distinct hashed word shingles of a text (word hashes combined, no strings built). */
export function shingles(text: string, size = DEFAULTS.shingle): Uint32Array {
  return shinglesOfWords(Uint32Array.from(wordTokens(text), fnv1a), size);
}

/** The distinct shingles of a text given as the hashes of its words, in order (sorted). */
export function shinglesOfWords(words: Uint32Array, size = DEFAULTS.shingle): Uint32Array {
  const combine = (from: number, to: number) => {
    let h = 0x2545f491;
    for (let i = from; i < to; i++) h = mix32(h ^ words[i]!, i - from + 1);
    return h;
  };
  if (words.length < size) return words.length > 0 ? Uint32Array.of(combine(0, words.length)) : new Uint32Array(0);
  const all = new Uint32Array(words.length - size + 1);
  for (let i = 0; i < all.length; i++) all[i] = combine(i, i + size);
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!;
  return all.subarray(0, n);
}

const SEEDS: number[] = [];
function seed(i: number): number {
  while (SEEDS.length <= i) SEEDS.push(mix32(SEEDS.length + 1, 0x9e3779b9));
  return SEEDS[i]!;
}

let seedArray = new Uint32Array(0);

/** MinHash signature: for each of `n` hash functions, the least hash over the shingles. */
export function signature(shingleSet: Uint32Array, n = DEFAULTS.bands * DEFAULTS.rows): Uint32Array {
  if (seedArray.length < n) {
    seed(n - 1);
    seedArray = Uint32Array.from(SEEDS);
  }
  const seeds = seedArray;
  const sig = new Uint32Array(n).fill(0xffffffff);
  // Shingles outside, hash functions inside: the signature stays in cache (mix32 inlined).
  for (let i = 0; i < shingleSet.length; i++) {
    const x = shingleSet[i]!;
    for (let k = 0; k < n; k++) {
      let h = (x ^ seeds[k]!) >>> 0;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < sig[k]!) sig[k] = h;
    }
  }
  return sig;
}

/** The share of equal positions: an estimate of the Jaccard similarity of the shingle sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * Candidate pairs [i, j] (i < j) whose signatures agree on at least one whole band. With 16
 * bands of 4 rows a pair at Jaccard 0.8 is found with probability 1-(1-0.8^4)^16 ≈ 0.9999, one
 * at 0.3 with probability ≈ 0.12.
 */
export function lshCandidates(signatures: readonly Uint32Array[], options: MinHashOptions = {}): [number, number][] {
  const bands = options.bands ?? DEFAULTS.bands;
  const rows = options.rows ?? DEFAULTS.rows;
  const seen = new Set<number>();
  const n = signatures.length;
  const pairs: [number, number][] = [];
  for (let b = 0; b < bands; b++) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((sig, i) => {
      if (sig.length < bands * rows) return;
      let key = '';
      for (let r = b * rows; r < (b + 1) * rows; r++) key += String.fromCharCode(sig[r]! & 0xffff, sig[r]! >>> 16);
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    });
    for (const list of buckets.values()) {
      // A bucket's members are all near each other; linking each to the first is enough for grouping.
      for (let k = 1; k < list.length; k++) {
        const key = list[0]! * n + list[k]!;
        if (!seen.has(key)) {
          seen.add(key);
          pairs.push([list[0]!, list[k]!]);
        }
      }
    }
  }
  return pairs;
}
