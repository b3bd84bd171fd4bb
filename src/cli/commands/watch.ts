// dateline watch <feed URLs | file.opml …> [--every 15m] [--db FILE] [--state FILE] [--once]
import { buildPipeline } from '../../annotate/pipeline.js';
import { isUrlArgument, urlFlags, durationFlag } from '../../ingest/fetch/index.js';
import { defaultStatePath, readOpmlFile, watchFeeds } from '../../ingest/watch/index.js';
import { openStore, defaultDbPath } from '../../store/open.js';
import { byteSize, parse, usageError } from '../args.js';
import { reportFailures } from '../failures.js';
import type { CommandIO } from '../io.js';

export const WATCH_USAGE = 'dateline watch <feed URLs or OPML files…> [--every 15m] [--once] [--db FILE] [--state FILE] [--max-bytes N] [--allow-private-addresses] [--timeout 30s]';
const DEFAULT_EVERY_MS = 15 * 60_000;

/** Feed addresses from the arguments: URLs as given, OPML files read for their feeds. */
function feedsOf(args: string[]): string[] {
  const feeds = args.flatMap((arg) => (isUrlArgument(arg) ? [arg] : readOpmlFile(arg)));
  return [...new Set(feeds)];
}

export async function watchCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parse('watch', argv, {
    db: { type: 'string' }, state: { type: 'string' }, every: { type: 'string' }, once: { type: 'boolean' },
    'max-bytes': { type: 'string' }, 'allow-private-addresses': { type: 'boolean' }, timeout: { type: 'string' },
  }, WATCH_USAGE);
  if (values.help) return io.out(`usage: ${WATCH_USAGE}\n`), 0;
  if (positionals.length === 0) throw usageError('watch', 'give at least one feed URL or OPML file', WATCH_USAGE);
  const everyMs = durationFlag('watch', 'every', values.every, WATCH_USAGE) ?? DEFAULT_EVERY_MS;
  const feeds = feedsOf(positionals);
  const db = (values.db as string | undefined) ?? defaultDbPath();
  const statePath = (values.state as string | undefined) ?? defaultStatePath(db);
  const stop = new AbortController();
  const onSignal = (): void => {
    if (stop.signal.aborted) process.exit(130); // a second Ctrl-C does not wait
    io.err('stopping after the current item… (again to quit at once)\n');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const pipeline = buildPipeline();
  const store = await openStore(db);
  try {
    if (!values.once) io.err(`watching ${feeds.length} feed(s) every ${everyMs / 60_000} min; state in ${statePath}; Ctrl-C stops\n`);
    const summary = await watchFeeds(feeds, {
      everyMs, once: Boolean(values.once), statePath, maxBytes: byteSize(values['max-bytes']), ...urlFlags('watch', values, WATCH_USAGE),
    }, {
      store: async (doc) => (await store.putDocument(pipeline.annotate(doc))).status,
      report: (line) => io.out(`${line}\n`),
      stop: stop.signal,
    });
    const c = summary.counts;
    io.out(`${db}: ${summary.polls} poll(s), ${c.inserted} new, ${c.updated} updated, ${c.unchanged} unchanged, ${summary.failures.length} failed\n`);
    return reportFailures(io, summary.failures, c.inserted + c.updated + c.unchanged, 'stored');
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close();
  }
}
