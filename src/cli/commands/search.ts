// dateline search <words> [--db FILE] [--limit N] [--json]
import { openStore, defaultDbPath } from '../../store/open.js';
import { parse, positiveInt, usageError } from '../args.js';
import type { CommandIO } from '../io.js';

export const SEARCH_USAGE = 'dateline search <words…> [--db FILE] [--limit N] [--json]';

export async function searchCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parse('search', argv, { db: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } }, SEARCH_USAGE);
  if (values.help) return io.out(`usage: ${SEARCH_USAGE}\n`), 0;
  const query = positionals.join(' ').trim();
  if (!query) throw usageError('search', 'give the words to look for', SEARCH_USAGE);
  const store = await openStore((values.db as string | undefined) ?? defaultDbPath(), { mustExist: true });
  try {
    const hits = await store.search(query, { limit: positiveInt('search', 'limit', values.limit as string | undefined, SEARCH_USAGE) ?? 20 });
    if (values.json) {
      io.out(`${JSON.stringify(hits)}\n`);
    } else if (hits.length === 0) {
      io.out(`no sentence matches "${query}"\n`);
    } else {
      for (const h of hits) io.out(`${h.document} #${h.sentence + 1} [${h.start}, ${h.end})${h.published ? ` ${h.published.slice(0, 10)}` : ''}\n  ${h.highlighted}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
