// dateline worker --db postgres://… [--concurrency N] [--batch N] [--drain]
import { defaultDbPath } from '../../store/open.js';
import { runWorker } from '../../queue/worker.js';
import { redactUrl, requirePostgres } from '../../queue/boss.js';
import { parse, positiveInt } from '../args.js';
import type { CommandIO } from '../io.js';

export const WORKER_USAGE = 'dateline worker --db postgres://… [--concurrency N] [--batch N] [--drain]';

export async function workerCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parse('worker', argv, {
    db: { type: 'string' }, concurrency: { type: 'string' }, batch: { type: 'string' }, drain: { type: 'boolean' },
  }, WORKER_USAGE);
  if (values.help) return io.out(`usage: ${WORKER_USAGE}\n`), 0;
  const db = (values.db as string | undefined) ?? defaultDbPath();
  requirePostgres(db, 'worker');
  const concurrency = positiveInt('worker', 'concurrency', values.concurrency as string | undefined, WORKER_USAGE) ?? 1;
  const batchSize = positiveInt('worker', 'batch', values.batch as string | undefined, WORKER_USAGE);
  // SIGTERM and SIGINT finish the jobs in hand, then stop; a second signal stops at once.
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) process.exit(130);
    io.err(`dateline worker: ${signal}: finishing the jobs in hand, then stopping\n`);
    stop.abort();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  try {
    io.err(`dateline worker: taking ingest jobs from ${redactUrl(db)} (concurrency ${concurrency})\n`);
    const summary = await runWorker(db, {
      concurrency, ...(batchSize ? { batchSize } : {}), drain: Boolean(values.drain), signal: stop.signal,
      onJob: (r) => { if (!r.ok) io.err(`job ${r.id} failed (it will be retried up to its limit): ${r.error}\n`); },
    });
    io.out(`${redactUrl(db)}: ${summary.completed} jobs done (${summary.documents} documents), ${summary.failed} failed\n`);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}
