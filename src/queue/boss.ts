// One pg-boss connection to the Dateline database, with the ingest queue created. pg-boss keeps
// its tables in its own schema (pgboss), beside Dateline's, and migrates them under its own lock.
import PgBoss from 'pg-boss';
import { DatelineError } from '../model/diagnostics.js';
import { isPostgresUrl } from '../store/postgres/postgres-store.js';
import { redactUrl, storeError } from '../store/postgres/errors.js';
import { INGEST_QUEUE } from './jobs.js';

export interface QueueSettings {
  /** Tries after the first before a job stays failed (default 3). */
  retryLimit?: number;
  /** Seconds a taken job may stay unfinished before it is failed and retried: a killed worker's job comes back after this (default 300). */
  expireInSeconds?: number;
  /** Seconds between pg-boss maintenance runs, which fail expired jobs (default 60). */
  maintenanceIntervalSeconds?: number;
  /** Connections in pg-boss's pool (default 2). */
  poolSize?: number;
}

export const DEFAULT_RETRY_LIMIT = 3;
export const DEFAULT_EXPIRE_SECONDS = 300;

/** DL307 unless `db` is a PostgreSQL URL: a queue lives in the shared database. */
export function requirePostgres(db: string, command: string): void {
  if (!isPostgresUrl(db)) {
    throw new DatelineError('DL307', `dateline ${command}: the ingest queue lives in PostgreSQL; "${db}" is a SQLite file. Give --db postgres://…, or ingest into the file directly (without --queue)`);
  }
}

export async function openBoss(url: string, settings: QueueSettings = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: settings.poolSize ?? 2,
    maintenanceIntervalSeconds: settings.maintenanceIntervalSeconds ?? 60,
    schedule: false,
  });
  // Connection errors in the background are reported by the next call; they must not crash the worker.
  boss.on('error', () => undefined);
  try {
    await boss.start();
    await ensureQueue(boss, settings);
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw storeError(error, url);
  }
  return boss;
}

async function ensureQueue(boss: PgBoss, settings: QueueSettings): Promise<void> {
  if (await boss.getQueue(INGEST_QUEUE)) return;
  try {
    await boss.createQueue(INGEST_QUEUE, {
      name: INGEST_QUEUE,
      retryLimit: settings.retryLimit ?? DEFAULT_RETRY_LIMIT,
      expireInSeconds: settings.expireInSeconds ?? DEFAULT_EXPIRE_SECONDS,
    });
  } catch (error) {
    // Another process created it between our check and our insert.
    if (!(await boss.getQueue(INGEST_QUEUE))) throw error;
  }
}

export { redactUrl };
