// What `watch` remembers between runs, per feed: the validators for conditional requests, the
// items already stored, and when to poll next. Kept in a JSON file (next to the SQLite database by
// default) rather than a table, so watching needs no migration and works the same on PostgreSQL.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isPostgresUrl } from '../../store/postgres/postgres-store.js';
import { diagnostic } from '../../model/diagnostics.js';
import type { Diagnostic } from '../../model/types.js';

/** Item ids kept per feed: far more than any feed lists at once, small enough to rewrite often. */
export const MAX_SEEN = 2000;

export interface FeedState {
  etag?: string;
  lastModified?: string;
  /** Ids of the items already stored, oldest first. */
  seen: string[];
  /** Failed polls in a row; 0 after a success. */
  failures: number;
  /** ISO time of the next poll. */
  nextPoll?: string;
  lastPoll?: string;
  lastError?: string;
}

export interface WatchState {
  version: 1;
  feeds: Record<string, FeedState>;
}

export const emptyState = (): WatchState => ({ version: 1, feeds: {} });

/** `<db>.watch.json` beside a SQLite file; `dateline-watch.json` here for a PostgreSQL database. */
export function defaultStatePath(db: string): string {
  return isPostgresUrl(db) ? 'dateline-watch.json' : `${db}.watch.json`;
}

export function feedState(state: WatchState, url: string): FeedState {
  return (state.feeds[url] ??= { seen: [], failures: 0 });
}

export function markSeen(feed: FeedState, id: string): void {
  if (feed.seen.includes(id)) return;
  feed.seen.push(id);
  if (feed.seen.length > MAX_SEEN) feed.seen.splice(0, feed.seen.length - MAX_SEEN);
}

function isState(x: unknown): x is WatchState {
  const s = x as WatchState;
  return typeof s === 'object' && s !== null && s.version === 1 && typeof s.feeds === 'object' && s.feeds !== null
    && Object.values(s.feeds).every((f) => Array.isArray(f?.seen) && typeof f.failures === 'number');
}

/** A missing file is a first run; an unreadable one a warning and a fresh start (the store stays idempotent). */
export function loadState(file: string): { state: WatchState; warning?: Diagnostic } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { state: emptyState() };
    return { state: emptyState(), warning: diagnostic('DL126', `${file} cannot be read (${(e as NodeJS.ErrnoException).code}); watching starts afresh`, { stage: 'watch', origin: file }) };
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (isState(parsed)) return { state: parsed };
  } catch { /* reported below */ }
  return { state: emptyState(), warning: diagnostic('DL126', `${file} is not a Dateline watch state file; watching starts afresh (stored documents are not stored twice)`, { stage: 'watch', origin: file }) };
}

/** Written to a temporary file and renamed, so a crash never leaves half a file. */
export function saveState(file: string, state: WatchState): void {
  const dir = path.dirname(path.resolve(file));
  mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(tmp, JSON.stringify(state, null, 1));
  renameSync(tmp, file);
}
