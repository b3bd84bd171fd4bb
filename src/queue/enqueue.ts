// Puts ingest jobs on the queue in batches (one INSERT per batch), from any stream of jobs, so
// a JSON-lines file of 100,000 documents is queued without holding it whole.
import type PgBoss from 'pg-boss';
import { INGEST_QUEUE, type IngestJob } from './jobs.js';

export interface EnqueueOptions {
  /** Tries after the first; default: the queue's (3). */
  retryLimit?: number;
  /** Seconds a taken job may run before it is failed and retried; default: the queue's (300). */
  expireInSeconds?: number;
  /** Jobs per INSERT (default 200). */
  batch?: number;
}

export async function enqueue(boss: PgBoss, jobs: Iterable<IngestJob> | AsyncIterable<IngestJob>, options: EnqueueOptions = {}): Promise<number> {
  const size = options.batch ?? 200;
  const perJob = {
    ...(options.retryLimit !== undefined ? { retryLimit: options.retryLimit } : {}),
    ...(options.expireInSeconds !== undefined ? { expireInSeconds: options.expireInSeconds } : {}),
  };
  let pending: PgBoss.JobInsert[] = [];
  let count = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    await boss.insert(pending);
    count += pending.length;
    pending = [];
  };
  for await (const job of jobs) {
    pending.push({ name: INGEST_QUEUE, data: job, ...perJob });
    if (pending.length >= size) await flush();
  }
  await flush();
  return count;
}
