// What a document is about, as one weighted bag of features: its content words (the lead counts
// double, news puts the event first), its entities, the months and years its dates fall in, and
// the kinds of event it reports. Weighted by tf-idf over the documents being merged, so that the
// names and words peculiar to one event count most.
import type { AnnotatedDocument } from '../model/types.js';
import { contentWords } from './words.js';

export interface Profile {
  /** Feature → weight, L2-normalised, only the strongest features kept. */
  weights: Map<string, number>;
  /** The strongest features first: the blocking keys. */
  top: string[];
  /** Day number (days since the epoch) of the event the document leads with, else of publication. */
  day: number | null;
  /** The year of the first date the text spells out with its year, when there is one. */
  era: number | null;
}

export interface ProfileOptions {
  /** Features kept per document. */
  keep?: number;
  /** Characters from the start that count as the lead. */
  leadChars?: number;
  /** Weight of an entity relative to a word (per mention, up to four mentions). */
  entityWeight?: number;
}

export type FeatureCounts = Map<string, number>;

/** Days since the epoch for a value starting YYYY-MM-DD; null otherwise. */
export function dayNumber(value: string | null | undefined): number | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const t = Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
}

/** Raw feature counts of one document. */
export function featureCounts(doc: AnnotatedDocument, options: ProfileOptions = {}): FeatureCounts {
  const counts: FeatureCounts = new Map();
  const add = (key: string, n = 1) => counts.set(key, (counts.get(key) ?? 0) + n);
  const { text, title } = doc.document;
  const leadChars = options.leadChars ?? 250;
  if (title && !text.startsWith(title)) for (const w of contentWords(title)) add(w, 2);
  const lead = text.slice(0, leadChars);
  for (const w of contentWords(lead)) add(w, 2);
  for (const w of contentWords(text.slice(leadChars))) add(w);
  for (const e of doc.layers.entities) {
    if (e.mentions.length === 0) continue;
    add(`E:${e.id}`, Math.min(4, e.mentions.length) * (options.entityWeight ?? 3));
  }
  for (const t of doc.layers.times) {
    if (!t.value || t.type !== 'DATE' || !/^\d{4}/.test(t.value)) continue;
    if (t.inferred.includes('year')) continue; // a year taken from the publication date says nothing new
    add(`Y:${t.value.slice(0, 4)}`, 1.5);
    if (/^\d{4}-\d{2}/.test(t.value)) add(`M:${t.value.slice(0, 7)}`, 1.5);
  }
  for (const e of doc.layers.events) if (e.category !== 'other') add(`C:${e.category}`, 0.5);
  return counts;
}

/** The day a document's news happened: its lead typed event's date, else its publication day. */
export function newsDay(doc: AnnotatedDocument): number | null {
  const lead = [...doc.layers.events].filter((e) => e.category !== 'other' && e.date).sort((a, b) => a.evidence.start - b.evidence.start)[0];
  return dayNumber(lead?.date) ?? dayNumber(doc.document.published?.value);
}

/** The year the text dates itself to: the year its dates written out with their year ("May 3, 2013", "in 2008") name most, the first on a tie. */
export function textEra(doc: AnnotatedDocument): number | null {
  const counts = new Map<number, number>();
  const dated = [...doc.layers.times]
    .filter((t) => t.type === 'DATE' && t.value && /^\d{4}/.test(t.value) && !t.inferred.includes('year'))
    .sort((a, b) => a.start - b.start);
  for (const t of dated) {
    const y = Number(t.value!.slice(0, 4));
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, c] of counts) if (best === null || c > counts.get(best)!) best = y;
  return best;
}

/** Document frequencies of features over a corpus of counts. */
export function documentFrequencies(all: readonly FeatureCounts[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const counts of all) for (const key of counts.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  return df;
}

export function buildProfile(counts: FeatureCounts, df: Map<string, number>, total: number, day: number | null, era: number | null, options: ProfileOptions = {}): Profile {
  const keep = options.keep ?? 40;
  const scored: [string, number][] = [];
  for (const [key, n] of counts) {
    const d = df.get(key) ?? 1;
    // A feature every document has tells documents nothing apart; one in a single document links nothing.
    if (d <= 1 && total > 1) continue;
    const idf = Math.log((total + 1) / d);
    if (idf <= 0) continue;
    scored.push([key, (1 + Math.log(n)) * idf]);
  }
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kept = scored.slice(0, keep);
  const norm = Math.sqrt(kept.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return { weights: new Map(kept.map(([k, w]) => [k, w / norm])), top: kept.map(([k]) => k), day, era };
}

export function cosine(a: Profile, b: Profile): number {
  const [small, large] = a.weights.size <= b.weights.size ? [a.weights, b.weights] : [b.weights, a.weights];
  let dot = 0;
  for (const [k, w] of small) {
    const v = large.get(k);
    if (v !== undefined) dot += w * v;
  }
  return dot;
}
