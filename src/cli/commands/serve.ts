// dateline serve [--db FILE] [--port N] [--host H] [--token T] [--max-bytes N]
import path from 'node:path';
import { buildServer } from '../../api/server.js';
import { packageRoot } from '../../model/package-root.js';
import { openStore, defaultDbPath } from '../../store/open.js';
import { byteSize, parse, usageError } from '../args.js';
import type { CommandIO } from '../io.js';

export const SERVE_USAGE = 'dateline serve [--db FILE] [--port N] [--host ADDR] [--token T] [--max-bytes N]';

/** Where `npm run build` puts the web UI. */
export function webRoot(): string {
  return path.join(packageRoot(), 'dist', 'web');
}

export async function serveCommand(argv: string[], io: CommandIO, signal?: AbortSignal): Promise<number> {
  const { values } = parse('serve', argv, {
    db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, token: { type: 'string' }, 'max-bytes': { type: 'string' },
  }, SERVE_USAGE);
  if (values.help) return io.out(`usage: ${SERVE_USAGE}\n`), 0;
  const port = Number(values.port ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError('serve', `--port must be 0–65535 (0 picks a free port), not "${String(values.port)}"`, SERVE_USAGE);
  // The environment variable keeps the token out of the process list.
  const token = (values.token as string | undefined) ?? process.env.DATELINE_TOKEN ?? undefined;
  const db = (values.db as string | undefined) ?? defaultDbPath();
  const store = await openStore(db, { mustExist: !token });
  // storiesDb: stories are grouped in a worker thread from the start, so the first story request
  // of a large store does not hold every other request.
  const app = await buildServer({ store, token, maxBytes: byteSize(values['max-bytes']), webRoot: webRoot(), storiesDb: db });
  const address = await app.listen({ port, host: (values.host as string | undefined) ?? '127.0.0.1' });
  io.out(`dateline serve: ${db} at ${address} (${token ? 'writes enabled with the token' : 'read-only'}; API docs at ${address}/api/docs)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    signal?.addEventListener('abort', stop, { once: true });
  });
  await app.close();
  await store.close();
  return 0;
}
