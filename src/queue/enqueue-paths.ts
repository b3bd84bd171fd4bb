// `dateline ingest --queue`: reads the inputs here, through the ingest layer (streamed, so a
// large JSON-lines file is never held whole), and queues one job per document. Inputs that
// cannot be read are reported here, as `ingest` reports them, and never reach the queue. URLs are
// fetched here too (behind the same address guard), so workers never reach out to the web.
import { readInputs, type UrlOptions } from '../ingest/fetch/index.js';
import type { Failure } from '../cli/failures.js';
import { openBoss, requirePostgres } from './boss.js';
import { enqueue, type EnqueueOptions } from './enqueue.js';
import type { IngestJob } from './jobs.js';

export interface QueueSummary {
  queued: number;
  failures: Failure[];
}

export async function queuePaths(db: string, paths: string[], options: UrlOptions, queueOptions: EnqueueOptions = {}): Promise<QueueSummary> {
  requirePostgres(db, 'ingest --queue');
  const boss = await openBoss(db);
  const failures: Failure[] = [];
  try {
    async function* jobs(): AsyncGenerator<IngestJob> {
      for await (const item of readInputs(paths, options)) {
        if (item.ok) yield { kind: 'document', document: item.document };
        else failures.push({ origin: item.origin, diagnostic: item.diagnostic });
      }
    }
    const queued = await enqueue(boss, jobs(), queueOptions);
    return { queued, failures };
  } finally {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
  }
}
