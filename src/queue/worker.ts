// The worker: takes ingest jobs from the queue, annotates and stores their documents, completes
// or fails each job. N loops in one process share one store and one pipeline; N processes on N
// machines share one database (pg-boss hands each job to one taker with SKIP LOCKED). A job whose
// worker dies stays active until it expires, then pg-boss maintenance fails it and it is retried.
import { setTimeout as sleep } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import { buildPipeline } from '../annotate/pipeline.js';
import { DatelineError } from '../model/diagnostics.js';
import { openPostgresStore } from '../store/postgres/postgres-store.js';
import { storeError } from '../store/postgres/errors.js';
import { openBoss, requirePostgres, type QueueSettings } from './boss.js';
import { INGEST_QUEUE } from './jobs.js';
import { processJob, type JobOutcome } from './process-job.js';

export interface WorkerOptions extends QueueSettings {
  /** Jobs worked on at once in this process (default 1): annotation is CPU-bound, so more than 1 only overlaps database waits. */
  concurrency?: number;
  /** Jobs taken per fetch (default 4). */
  batchSize?: number;
  /** Wait between polls of an empty queue, ms (default 1000). */
  pollMs?: number;
  /** Stop once the queue has no job waiting (benchmarks, one-off drains). */
  drain?: boolean;
  /** Aborting stops the worker after the jobs in hand (SIGTERM, SIGINT). */
  signal?: AbortSignal;
  /** Called after each job. */
  onJob?: (report: JobReport) => void;
}

export type JobReport = { id: string; ok: true; outcome: JobOutcome } | { id: string; ok: false; error: string };

export interface WorkerSummary {
  completed: number;
  failed: number;
  documents: number;
}

export async function runWorker(db: string, options: WorkerOptions = {}): Promise<WorkerSummary> {
  requirePostgres(db, 'worker');
  const concurrency = options.concurrency ?? 1;
  const store = await openPostgresStore(db, { poolSize: concurrency + 1 });
  let boss: PgBoss | null = null;
  try {
    boss = await openBoss(db, { ...options, poolSize: concurrency + 1 });
    const pipeline = buildPipeline();
    const summary: WorkerSummary = { completed: 0, failed: 0, documents: 0 };
    const taken = boss;
    const loop = async (): Promise<void> => {
      while (!options.signal?.aborted) {
        const jobs = await taken.fetch<unknown>(INGEST_QUEUE, { batchSize: options.batchSize ?? 4 });
        if (jobs.length === 0) {
          if (options.drain) return;
          await sleep(options.pollMs ?? 1000, undefined, { signal: options.signal }).catch(() => undefined);
          continue;
        }
        const done: string[] = [];
        for (const job of jobs) {
          try {
            const outcome = await processJob(store, pipeline, job.data);
            if (outcome.failures.length > 0) await taken.complete(INGEST_QUEUE, job.id, { failures: outcome.failures });
            else done.push(job.id);
            summary.completed++;
            summary.documents += outcome.stored.length;
            options.onJob?.({ id: job.id, ok: true, outcome });
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            const code = error instanceof DatelineError ? error.code : undefined;
            await taken.fail(INGEST_QUEUE, job.id, { message, ...(code ? { code } : {}) });
            summary.failed++;
            options.onJob?.({ id: job.id, ok: false, error: code ? `${code} ${message}` : message });
          }
        }
        if (done.length > 0) await taken.complete(INGEST_QUEUE, done);
      }
    };
    // A lost server while taking or completing jobs is reported as the store reports it (DL305).
    await Promise.all(Array.from({ length: concurrency }, loop)).catch((error: unknown) => { throw storeError(error, db); });
    return summary;
  } finally {
    await boss?.stop({ graceful: true, wait: true, timeout: 5000 }).catch(() => undefined);
    await store.close();
  }
}
