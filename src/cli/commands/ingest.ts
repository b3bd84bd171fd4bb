// dateline ingest <paths or globs…> [--db FILE] [--published D] [--outlet NAME]
import { buildPipeline } from '../../annotate/pipeline.js';
import { parsePublished } from '../../ingest/index.js';
import { readInputs, urlFlags, type UrlOptions } from '../../ingest/fetch/index.js';
import { openStore, defaultDbPath } from '../../store/open.js';
import type { PutStatus, Store } from '../../store/store.js';
import { byteSize, parse, usageError } from '../args.js';
import { reportFailures, type Failure } from '../failures.js';
import { createProgress } from '../progress.js';
import type { CommandIO } from '../io.js';

export const INGEST_USAGE = 'dateline ingest <paths, globs or URLs…> [--db FILE] [--published YYYY-MM-DD] [--outlet NAME] [--max-bytes N] [--allow-private-addresses] [--timeout 30s] [--queue]';

export interface IngestSummary {
  counts: Record<PutStatus, number>;
  failures: Failure[];
}

/** Reads, annotates and stores every input; shared by `ingest` and `demo`. */
export async function ingestPaths(store: Store, paths: string[], options: UrlOptions, io: CommandIO): Promise<IngestSummary> {
  const pipeline = buildPipeline();
  const counts: Record<PutStatus, number> = { inserted: 0, updated: 0, unchanged: 0 };
  const failures: Failure[] = [];
  const progress = createProgress(null, io.interactive ? process.stderr : ({ isTTY: false } as NodeJS.WriteStream));
  for await (const item of readInputs(paths, options)) {
    if (item.ok) {
      const result = await store.putDocument(pipeline.annotate(item.document));
      counts[result.status]++;
      progress.tick(item.document.id, { ...counts, failed: failures.length });
    } else {
      failures.push({ origin: item.origin, diagnostic: item.diagnostic });
      progress.tick(item.origin, { ...counts, failed: failures.length });
    }
  }
  progress.done();
  return { counts, failures };
}

export async function ingestCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parse('ingest', argv, {
    db: { type: 'string' }, published: { type: 'string' }, outlet: { type: 'string' }, 'max-bytes': { type: 'string' }, queue: { type: 'boolean' },
    'allow-private-addresses': { type: 'boolean' }, timeout: { type: 'string' },
  }, INGEST_USAGE);
  if (values.help) return io.out(`usage: ${INGEST_USAGE}\n`), 0;
  if (positionals.length === 0) throw usageError('ingest', 'give at least one file, folder or glob', INGEST_USAGE);
  if (values.published) parsePublished(String(values.published));
  const db = (values.db as string | undefined) ?? defaultDbPath();
  if (values.queue) {
    // Queue one job per document for `dateline worker`s instead of storing here (PostgreSQL only);
    // loaded on demand so a plain ingest never loads pg-boss.
    const { queuePaths } = await import('../../queue/enqueue-paths.js');
    const { redactUrl } = await import('../../store/postgres/errors.js');
    const { queued, failures } = await queuePaths(db, positionals, {
      published: values.published as string | undefined, outlet: values.outlet as string | undefined, maxBytes: byteSize(values['max-bytes']),
      ...urlFlags('ingest', values, INGEST_USAGE),
    });
    io.out(`${redactUrl(db)}: ${queued} documents queued for workers, ${failures.length} failed\n`);
    return reportFailures(io, failures, queued, 'queued');
  }
  const store = await openStore(db);
  try {
    const { counts, failures } = await ingestPaths(store, positionals, {
      published: values.published as string | undefined,
      outlet: values.outlet as string | undefined,
      maxBytes: byteSize(values['max-bytes']),
      ...urlFlags('ingest', values, INGEST_USAGE),
    }, io);
    io.out(`${db}: ${counts.inserted} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${failures.length} failed\n`);
    return reportFailures(io, failures, counts.inserted + counts.updated + counts.unchanged, 'stored');
  } finally {
    await store.close();
  }
}
