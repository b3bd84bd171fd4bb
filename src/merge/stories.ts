// Documents into stories, one per real-world event: syndicated copies first (shingled MinHash),
// then documents alike in what they report (a tf-idf profile of words, entities, dates and event
// kinds), found through blocking and joined strongest pair first when their news days are close
// and they do not date themselves to different years. Each story lists its sources, its
// corroboration and the points its reports disagree on.
import { createHash } from 'node:crypto';
import type { AnnotatedDocument, EventCategory, Story, StorySource } from '../model/types.js';
import { duplicateGroups } from './near-duplicates.js';
import { buildProfile, documentFrequencies, isNewsOf, type ProfileOptions } from './profile.js';
import { Summarizer, type DocumentSummary } from './summary.js';
import { clusterProfiles, type ClusterOptions } from './cluster.js';
import { corroboration } from './corroboration.js';
import { disagreements } from './disagreement.js';

export interface StoryOptions extends ClusterOptions, ProfileOptions {
  /** Least estimated Jaccard similarity of word shingles for two texts to be copies. */
  duplicateThreshold?: number;
}

export function groupStories(docs: AnnotatedDocument[], options: StoryOptions = {}): Story[] {
  const groups = clusterDocuments(docs, options);
  return groups.clusters.map((c) => toStory(c.map((i) => docs[i]!), groups.duplicateOf)).sort(storyOrder);
}

/** Stories in order of their date, then id. */
export function storyOrder(a: Pick<Story, 'date' | 'id'>, b: Pick<Story, 'date' | 'id'>): number {
  return (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id);
}

/** The clusters as indexes into `docs`, and for each copy the id of the first document of its text. */
export function clusterDocuments(docs: readonly AnnotatedDocument[], options: StoryOptions = {}): { clusters: number[][]; duplicateOf: Map<string, string> } {
  const summarizer = new Summarizer(options);
  return clusterSummaries(docs.map((d) => summarizer.summarize(d)), summarizer.vocabulary.featureNames, options);
}

/**
 * The clusters of summarized documents (`names`: the summarizer's feature names). Memory is the
 * summaries' only: a large corpus is streamed through one Summarizer and its stories made cluster by cluster.
 */
export function clusterSummaries(summaries: readonly DocumentSummary[], names: readonly string[], options: StoryOptions = {}): { clusters: number[][]; duplicateOf: Map<string, string> } {
  const duplicates = duplicateGroups(summaries.map((s) => s.signature), options.duplicateThreshold);
  const duplicateOf = new Map<string, string>();
  for (const g of duplicates) {
    const sorted = [...g].sort((a, b) => (summaries[a]!.published ?? '9999').localeCompare(summaries[b]!.published ?? '9999') || a - b);
    for (const i of sorted) duplicateOf.set(summaries[i]!.id, summaries[sorted[0]!]!.id);
  }
  const df = documentFrequencies(summaries, names.length);
  const profiles = summaries.map((s) => buildProfile(s, df, summaries.length, names, options));
  return { clusters: clusterProfiles(profiles, duplicates, { threshold: 0.25, wholeThreshold: 0.05, leadActThreshold: 0.15, ...options }), duplicateOf };
}

/** The story told by the documents of one cluster. */
export function toStory(docs: AnnotatedDocument[], duplicateOf: ReadonlyMap<string, string>): Story {
  const ids = docs.map((d) => d.document.id).sort();
  const events = docs.flatMap((doc) =>
    doc.layers.events.map((e) => ({
      document: doc.document.id,
      event: e.id,
      category: e.category,
      evidence: e.evidence.text,
      date: e.date,
      sources: e.attributions
        .map((id) => doc.layers.attributions.find((a) => a.id === id)?.source?.name)
        .filter((s): s is string => Boolean(s)),
    })),
  );
  const main = leadCategory(docs);
  // Each report votes with its first dated event of the story's kind (a report leads with its story's event; its
  // later events are background: "retook the town in January" does not date "recaptured the palace on Friday").
  // Background acts dated long before the report ("the attack on October 7 that began the war") do not vote.
  const dates = docs.map((doc) => doc.layers.events.find((e) => e.category === main && e.date && isNewsOf(doc, e))?.date).filter((d): d is string => Boolean(d)).sort();
  const sources: StorySource[] = docs.map((doc) => ({
    document: doc.document.id,
    outlet: doc.document.outlet,
    published: doc.document.published?.value ?? null,
    speakers: [...new Set(doc.layers.attributions.map((a) => a.source?.name).filter((s): s is string => Boolean(s)))],
  }));
  const published = sources.map((s) => s.published).filter((p): p is string => Boolean(p)).sort();
  const lead = docs.find((d) => d.document.title)?.document.title ?? events.find((e) => e.category === main)?.evidence ?? ids[0]!;
  const copies = new Map<string, string[]>();
  for (const id of ids) {
    const first = duplicateOf.get(id);
    if (first) copies.set(first, [...(copies.get(first) ?? []), id]);
  }
  return {
    id: `story-${createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 12)}`,
    title: lead,
    category: main,
    date: mostCommon(dates),
    documents: ids,
    events,
    sources,
    firstReported: published[0] ?? null,
    duplicates: [...copies.values()].filter((g) => g.length > 1),
    corroboration: corroboration(docs, duplicateOf),
    disagreements: disagreements(docs, main),
  };
}

/** The date most reports give (the earliest on a tie): one outlet's slip does not move the story. */
function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, c] of counts) if (best === null || c > counts.get(best)!) best = v;
  return best;
}

/**
 * The story's kind: that of the first typed event in the first report, since news leads with
 * the event it is about; failing that, the most frequent one.
 */
function leadCategory(docs: AnnotatedDocument[]): EventCategory {
  const byPublished = [...docs].sort((a, b) => (a.document.published?.value ?? '9999').localeCompare(b.document.published?.value ?? '9999'));
  for (const doc of byPublished) {
    const lead = [...doc.layers.events].sort((a, b) => a.evidence.start - b.evidence.start).find((e) => e.category !== 'other');
    if (lead) return lead.category;
  }
  return 'other';
}
