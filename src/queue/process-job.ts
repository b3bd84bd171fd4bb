// One ingest job → stored documents, through the same annotate-and-store path as `dateline
// ingest`. Storing is one transaction per document and idempotent by content hash, so a job run
// twice (a retry after a killed worker) stores nothing twice and never leaves half a document.
import type { Pipeline } from '../annotate/pipeline.js';
import { readPaths } from '../ingest/index.js';
import type { PutResult, Store } from '../store/store.js';
import type { Failure } from '../cli/failures.js';
import { parseJob } from './jobs.js';

export interface JobOutcome {
  stored: PutResult[];
  /** Inputs a path job could not read: permanent, so the job completes and lists them (no retry). */
  failures: Failure[];
}

/** Throws (and so fails the job, to be retried) only for errors that may pass: the store, or a bug. */
export async function processJob(store: Store, pipeline: Pipeline, data: unknown): Promise<JobOutcome> {
  const job = parseJob(data);
  if (job.kind === 'document') return { stored: [await store.putDocument(pipeline.annotate(job.document))], failures: [] };
  const outcome: JobOutcome = { stored: [], failures: [] };
  for await (const item of readPaths([job.path], job.options ?? {}, emptyStdin())) {
    if (item.ok) outcome.stored.push(await store.putDocument(pipeline.annotate(item.document)));
    else outcome.failures.push({ origin: item.origin, diagnostic: item.diagnostic });
  }
  return outcome;
}

// A worker has no standard input to give; parseJob already refuses "-".
async function* emptyStdin(): AsyncGenerator<Uint8Array> {}
