// Command-line inputs that mix paths and addresses, read in the order given.
import type { IngestItem } from '../item.js';
import { readPaths } from '../paths.js';
import { readUrl, isUrlArgument, type UrlOptions } from './read-url.js';

export async function* readInputs(args: string[], opts: UrlOptions = {}): AsyncGenerator<IngestItem> {
  let paths: string[] = [];
  for (const arg of args) {
    if (!isUrlArgument(arg)) { paths.push(arg); continue; }
    if (paths.length) { yield* readPaths(paths, opts); paths = []; }
    yield* readUrl(arg, opts);
  }
  if (paths.length) yield* readPaths(paths, opts);
}
