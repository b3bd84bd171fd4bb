// dateline show <doc-id> [--db FILE] [--json]
import { openStore, defaultDbPath } from '../../store/open.js';
import { DatelineError } from '../../model/diagnostics.js';
import { toContract } from '../../model/contract.js';
import { renderMarked } from '../report.js';
import { parse, usageError } from '../args.js';
import type { CommandIO } from '../io.js';

export const SHOW_USAGE = 'dateline show <doc-id> [--db FILE] [--json]';

export async function showCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parse('show', argv, { db: { type: 'string' }, json: { type: 'boolean' } }, SHOW_USAGE);
  if (values.help) return io.out(`usage: ${SHOW_USAGE}\n`), 0;
  const [id] = positionals;
  if (!id || positionals.length > 1) throw usageError('show', 'give one document id (see "dateline stories" or "dateline search")', SHOW_USAGE);
  const store = await openStore((values.db as string | undefined) ?? defaultDbPath(), { mustExist: true });
  try {
    const doc = await store.getDocument(id);
    if (!doc) throw new DatelineError('DL303', `no document "${id}" in the database`);
    io.out(values.json ? `${JSON.stringify(toContract(doc))}\n` : renderMarked(doc));
    return 0;
  } finally {
    await store.close();
  }
}
