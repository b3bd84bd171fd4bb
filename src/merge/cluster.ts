// Documents into story clusters: near-duplicates are joined first, then candidate pairs from
// blocking are joined when they are similar enough and their news days are close. Joining is
// done strongest pair first, and two clusters are joined only when the pair is also similar
// enough to the cluster as a whole (its centroid), which keeps one loose pair from chaining two
// stories together.
import { openingCosine, type Profile } from './profile.js';
import { forEachCandidatePair, type BlockingOptions } from './blocking.js';

export interface ClusterOptions extends BlockingOptions {
  /** Least cosine similarity of two documents of one story. */
  threshold?: number;
  /** Least similarity of a document to the other cluster's centroid when two clusters join. */
  centroidThreshold?: number;
  /** Largest gap in days between the news days of two documents of one story. */
  maxDaysApart?: number;
  /** Refuse to join clusters whose texts date themselves to different years (default true). */
  useEras?: boolean;
  /** Members that must share a year before a cluster's year can keep others out. */
  eraSupport?: number;
  /** Least cosine of two documents over everything they say, shared or not. */
  wholeThreshold?: number;
  /** A pair this similar joins even across years. */
  eraThreshold?: number;
  /**
   * Below this cosine two documents join only if their openings tell one event: their headlines and
   * leads share enough (`openingThreshold`) and their first typed events are of one kind.
   */
  eventThreshold?: number;
  /** Least cosine of two documents' headline-and-lead features for a join below `eventThreshold`. */
  openingThreshold?: number;
  /**
   * Least cosine of two documents that lead with one state's weapons test or exercise on one news day (0 turns it
   * off): outlets tell such a test in their own words (a ministry's figures, state media's boasts) and share little.
   */
  leadActThreshold?: number;
}

export function clusterProfiles(profiles: readonly Profile[], duplicateGroups: readonly number[][], options: ClusterOptions = {}): number[][] {
  const threshold = options.threshold ?? 0.3;
  const centroidThreshold = options.centroidThreshold ?? threshold;
  const wholeThreshold = options.wholeThreshold ?? 0;
  const eventThreshold = options.eventThreshold ?? 0;
  const openingThreshold = options.openingThreshold ?? 0;
  const leadActThreshold = options.leadActThreshold ?? 0;
  // Two days: one event told across time zones or a day late; a launch three days after another is another launch.
  const maxDays = options.maxDaysApart ?? 2;
  const n = profiles.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  // A cluster's summed profile and the years its members' texts date themselves to (two
  // clusters set in different years are two events), made when a document first joins others.
  const centroids: (Centroid | undefined)[] = new Array(n);
  const eras: (Map<number, number> | undefined)[] = new Array(n);
  const centroidOf = (r: number) => (centroids[r] ??= singleCentroid(profiles[r]!));
  // Who did each kind of lead act in a cluster: two clusters whose doers of one kind never meet
  // report two acts (a North Korean launch and an Iranian one in the same week).
  const doers: (Map<string, Set<string>> | undefined)[] = new Array(n);
  const doersOf = (r: number) => (doers[r] ??= new Map(profiles[r]!.lead ? [[profiles[r]!.lead!.category, new Set(profiles[r]!.lead!.actors)]] : []));
  const erasOf = (r: number) => (eras[r] ??= new Map(profiles[r]!.era !== null ? [[profiles[r]!.era!, 1]] : []));
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const join = (a: number, b: number) => {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) return;
    if (members[ra]!.length < members[rb]!.length) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    const into = centroidOf(ra);
    for (const [k, w] of centroidOf(rb).weights) into.weights.set(k, (into.weights.get(k) ?? 0) + w);
    into.norm = normOf(into.weights);
    for (const m of members[rb]!) members[ra]!.push(m);
    const years = erasOf(ra);
    for (const [y, c] of erasOf(rb)) years.set(y, (years.get(y) ?? 0) + c);
    const doersInto = doersOf(ra);
    for (const [category, actors] of doersOf(rb)) {
      const set = doersInto.get(category) ?? new Set<string>();
      for (const a of actors) set.add(a);
      doersInto.set(category, set);
    }
    members[rb] = [];
    centroids[rb] = undefined;
    eras[rb] = undefined;
    doers[rb] = undefined;
  };
  const close = (a: Profile, b: Profile) => a.day === null || b.day === null || Math.abs(a.day - b.day) <= maxDays;
  // Copies of one text are one story, unless they date the news weeks apart (a template reused for a new event).
  for (const group of duplicateGroups) for (const i of group.slice(1)) if (close(profiles[group[0]!]!, profiles[i]!)) join(group[0]!, i);

  const scored: [number, number, number][] = [];
  const cosine = cosineOver(profiles);
  forEachCandidatePair(profiles, options, (i, j) => {
    const a = profiles[i]!;
    const b = profiles[j]!;
    if (!close(a, b)) return;
    const s = cosine(a, b);
    if (s >= threshold && s * (a.share ?? 1) * (b.share ?? 1) >= wholeThreshold && (s >= eventThreshold || leadsAgree(a, b, openingThreshold))) scored.push([s, i, j]);
    else if (leadActThreshold > 0 && s >= leadActThreshold && sameLeadAct(a, b)) scored.push([s, i, j]);
  });
  scored.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  for (const [s, i, j] of scored) {
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) continue;
    if (doersDiffer(doersOf(ri), doersOf(rj))) continue;
    if (options.useEras !== false && erasDiffer(erasOf(ri), erasOf(rj), options.eraSupport ?? 2) && s < (options.eraThreshold ?? 0.5)) continue;
    if (members[ri]!.length > 1 || members[rj]!.length > 1) {
      // (A pair joined by its lead act holds a cluster to the lead act's threshold.)
      const least = s < threshold ? Math.min(centroidThreshold, leadActThreshold) : centroidThreshold;
      if (toCentroid(profiles[i]!, centroidOf(rj)) < least || toCentroid(profiles[j]!, centroidOf(ri)) < least) continue;
    }
    join(i, j);
  }
  return members.filter((m) => m.length > 0).map((m) => m.sort((x, y) => x - y));
}

/** The (unnormalised) sum of a cluster's profiles, in the order features first came in, and its norm. */
interface Centroid {
  weights: Map<number, number>;
  norm: number;
}

function singleCentroid(p: Profile): Centroid {
  const weights = new Map<number, number>();
  p.features.forEach((f, k) => weights.set(f, p.weights[k]!));
  return { weights, norm: normOf(weights) };
}

function normOf(weights: Map<number, number>): number {
  let norm = 0;
  for (const w of weights.values()) norm += w * w;
  return norm;
}

/** Cosine of a document with a cluster's centroid. */
function toCentroid(p: Profile, c: Centroid): number {
  if (c.norm === 0) return 0;
  let dot = 0;
  p.features.forEach((f, k) => {
    const v = c.weights.get(f);
    if (v !== undefined) dot += p.weights[k]! * v;
  });
  return dot / Math.sqrt(c.norm);
}

/** Cosine of two profiles, summed over the shorter one's features in order, the longer one spread into a scratch array. */
function cosineOver(profiles: readonly Profile[]): (a: Profile, b: Profile) => number {
  let size = 0;
  for (const p of profiles) for (const f of p.features) size = Math.max(size, f + 1);
  const scratch = new Float64Array(size);
  return (a, b) => {
    const [small, large] = a.features.length <= b.features.length ? [a, b] : [b, a];
    for (let k = 0; k < large.features.length; k++) scratch[large.features[k]!] = large.weights[k]!;
    let dot = 0;
    for (let k = 0; k < small.features.length; k++) dot += small.weights[k]! * scratch[small.features[k]!]!;
    for (let k = 0; k < large.features.length; k++) scratch[large.features[k]!] = 0;
    return dot;
  };
}

function dominant(counts: Map<number, number>): number | null {
  let best: number | null = null;
  let bestCount = 0;
  for (const [y, c] of counts) if (c > bestCount || (c === bestCount && best !== null && y < best)) [best, bestCount] = [y, c];
  return best;
}

/** Both clusters date themselves, each with `support` members at least, to different years. */
function erasDiffer(a: Map<number, number>, b: Map<number, number>, support: number): boolean {
  const ya = dominant(a);
  const yb = dominant(b);
  if (ya === null || yb === null || ya === yb) return false;
  const total = (m: Map<number, number>) => [...m.values()].reduce((x, y) => x + y, 0);
  return a.get(ya)! >= Math.min(support, total(a)) && b.get(yb)! >= Math.min(support, total(b)) && (a.get(ya)! >= support || b.get(yb)! >= support);
}

/**
 * Two documents lead with one event: their headlines and leads share words and names, and their first
 * typed events (when both tell one) are of one kind. Reports on one topic share words through the text
 * (Gaza, Windows, a court's name) but lead with different acts: a vote and a death toll, a fix and a review.
 */
function leadsAgree(a: Profile, b: Profile, openingThreshold: number): boolean {
  if (a.kind && b.kind && a.kind !== b.kind) return false;
  return !a.opening || !b.opening || openingCosine(a.opening, b.opening) >= openingThreshold;
}

/** Both lead with one kind of act (a weapons test, an exercise) by the same states, told for the same news day. */
function sameLeadAct(a: Profile, b: Profile): boolean {
  if (!a.lead || !b.lead || a.day === null || b.day === null || a.day !== b.day) return false;
  if (a.lead.category !== b.lead.category || a.lead.actors.length === 0) return false;
  return a.lead.actors.length === b.lead.actors.length && a.lead.actors.every((x, k) => x === b.lead!.actors[k]);
}

/** Some kind of act has doers in both clusters and none in common. */
function doersDiffer(a: Map<string, Set<string>>, b: Map<string, Set<string>>): boolean {
  for (const [category, actors] of a) {
    const other = b.get(category);
    if (!other || actors.size === 0 || other.size === 0) continue;
    let shared = false;
    for (const x of actors) if (other.has(x)) { shared = true; break; }
    if (!shared) return true;
  }
  return false;
}
