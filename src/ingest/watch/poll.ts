// One poll of one feed: a conditional GET; on 304 nothing; otherwise each item not seen before is
// read (its page fetched when the feed has only a summary), stored, and remembered at once, so an
// interrupted poll resumes where it stopped. The validators are saved only when every new item
// was handled: otherwise the next poll would get 304 and miss the rest.
import type { Document } from '../../model/types.js';
import type { Failure } from '../../cli/failures.js';
import type { PutStatus } from '../../store/store.js';
import { resolveOrFail } from '../read-bytes.js';
import { fetchUrl } from '../fetch/fetch-url.js';
import { fetchOptionsOf, itemsFromResponse, type UrlOptions } from '../fetch/read-url.js';
import { backoffDelay, retryAfterMs } from './backoff.js';
import { markSeen, type FeedState } from './state.js';

export interface PollDeps {
  /** Annotates and stores one document. */
  store(doc: Document): Promise<PutStatus>;
  /** Called after each stored item, to save the state. */
  saved(): void;
  /** True once a stop was asked for: the poll ends after the current item. */
  stopping(): boolean;
  now(): number;
  random?: () => number;
}

export interface PollResult {
  outcome: 'not-modified' | 'read' | 'failed' | 'stopped';
  counts: Record<PutStatus, number>;
  /** Items that could not be read (the feed itself, when outcome is 'failed'). */
  failures: Failure[];
}

function conditionalHeaders(feed: FeedState): Record<string, string> {
  return { ...(feed.etag ? { 'If-None-Match': feed.etag } : {}), ...(feed.lastModified ? { 'If-Modified-Since': feed.lastModified } : {}) };
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export async function pollFeed(url: string, feed: FeedState, everyMs: number, opts: UrlOptions, deps: PollDeps): Promise<PollResult> {
  const counts: Record<PutStatus, number> = { inserted: 0, updated: 0, unchanged: 0 };
  const failures: Failure[] = [];
  const started = deps.now();
  feed.lastPoll = new Date(started).toISOString();
  const fail = (failure: Failure, retryAfter: number | null): PollResult => {
    feed.failures++;
    feed.lastError = `${failure.diagnostic.code} ${failure.diagnostic.message}`;
    const wait = Math.max(backoffDelay(feed.failures, everyMs, deps.random), retryAfter ?? 0);
    feed.nextPoll = new Date(deps.now() + wait).toISOString();
    return { outcome: 'failed', counts, failures: [failure] };
  };

  const resolved = resolveOrFail(opts, url);
  if ('ok' in resolved) return fail(resolved as Failure, null); // a bad setting: the failure item names it
  const res = await fetchUrl(url, fetchOptionsOf(opts, resolved.maxBytes, conditionalHeaders(feed)));
  if (!res.ok) return fail({ origin: url, diagnostic: res.diagnostic }, res.status === 429 || res.status === 503 ? retryAfterMs(res.headers?.['retry-after'], deps.now()) : null);

  if (res.status !== 304) {
    const seen = new Set(feed.seen);
    let read = 0;
    for await (const item of itemsFromResponse(res, opts, (doc) => !seen.has(doc.id))) {
      if (item.ok) {
        read++;
        counts[await deps.store(item.document)]++;
        markSeen(feed, item.document.id);
        deps.saved();
      } else failures.push({ origin: item.origin, diagnostic: item.diagnostic });
      if (deps.stopping()) return { outcome: 'stopped', counts, failures };
    }
    // One failure and nothing read is the feed itself failing (not a feed, too large, empty), not an item.
    if (read === 0 && failures.length === 1 && failures[0]!.diagnostic.code !== 'DL112') return fail(failures[0]!, null);
    feed.etag = header(res.headers['etag']);
    feed.lastModified = header(res.headers['last-modified']);
    if (!feed.etag) delete feed.etag;
    if (!feed.lastModified) delete feed.lastModified;
  }
  feed.failures = 0;
  delete feed.lastError;
  feed.nextPoll = new Date(deps.now() + everyMs).toISOString();
  return { outcome: res.status === 304 ? 'not-modified' : 'read', counts, failures };
}
