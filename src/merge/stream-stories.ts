// Stories of a corpus too large to hold in memory, in two passes. Pass 1 reads the documents one
// at a time and keeps only each one's compact summary; the summaries are clustered. Pass 2 reads
// the documents again, a batch of whole clusters at a time, and makes each cluster's story.
// Memory is the summaries plus one batch of documents (at least the largest story). Given the
// documents in the same order, the stories are those of groupStories: same ids, same order.
import type { AnnotatedDocument, Story } from '../model/types.js';
import { Summarizer } from './summary.js';
import { clusterSummaries, storyOrder, toStory, type StoryOptions } from './stories.js';

export interface DocumentSource {
  /** Every document, in a fixed order (the order that decides feature ids and tie-breaks). */
  each(): AsyncIterable<AnnotatedDocument>;
  /** The documents with these ids, in this order; one gone since pass 1 is left out. */
  fetch(ids: readonly string[]): Promise<AnnotatedDocument[]>;
}

export interface StreamOptions extends StoryOptions {
  /** Documents read per fetch in pass 2 (a larger cluster is read whole). */
  batch?: number;
}

export async function streamStories(source: DocumentSource, options: StreamOptions = {}): Promise<Story[]> {
  const { clusters, duplicateOf, ids } = await clusterSource(source, options);
  const stories: Story[] = [];
  for (const batch of clusterBatches(clusters, options.batch ?? 256)) {
    const docs = await source.fetch(batch.flat().map((i) => ids[i]!));
    const byId = new Map(docs.map((d) => [d.document.id, d]));
    for (const cluster of batch) {
      const members = cluster.map((i) => byId.get(ids[i]!)).filter((d): d is AnnotatedDocument => d !== undefined);
      if (members.length > 0) stories.push(toStory(members, duplicateOf));
    }
  }
  return stories.sort(storyOrder);
}

/** Pass 1: the clusters as indexes into `ids` (the documents in reading order). Only the ids outlive it. */
async function clusterSource(source: DocumentSource, options: StoryOptions): Promise<{ clusters: number[][]; duplicateOf: Map<string, string>; ids: string[] }> {
  const summarizer = new Summarizer(options);
  const summaries = [];
  for await (const doc of source.each()) summaries.push(summarizer.summarize(doc));
  const ids = summaries.map((s) => s.id);
  return { ...clusterSummaries(summaries, summarizer.vocabulary.featureNames, options), ids };
}

/** Clusters in order, grouped so that each group holds about `size` documents (a larger cluster alone). */
export function* clusterBatches(clusters: readonly number[][], size: number): Generator<number[][]> {
  let batch: number[][] = [];
  let count = 0;
  for (const cluster of clusters) {
    if (count > 0 && count + cluster.length > size) {
      yield batch;
      batch = [];
      count = 0;
    }
    batch.push(cluster);
    count += cluster.length;
  }
  if (batch.length > 0) yield batch;
}
