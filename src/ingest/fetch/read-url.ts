// Addresses → ingest items, like files are: the page or feed is fetched through the guard, read
// by the same readers, and given an id from its address. Never throws.
import type { Document } from '../../model/types.js';
import { bomEncoding, decode } from '../decode.js';
import type { IngestItem } from '../item.js';
import type { IngestOptions } from '../options.js';
import { readBytes, resolveOrFail } from '../read-bytes.js';
import { pageForItem, summaryKept, summaryOnlyItems } from './feed-pages.js';
import { fetchUrl, type FetchOptions, type FetchResult } from './fetch-url.js';
import type { Resolver } from './guard.js';
import { withUrlId } from './url-id.js';

export interface UrlOptions extends IngestOptions {
  /** Allow private, loopback and link-local addresses (CLI --allow-private-addresses). */
  allowPrivate?: boolean;
  /** Total time per address, redirects included (CLI --timeout). */
  timeoutMs?: number;
  resolve?: Resolver;
  classify?: FetchOptions['classify'];
  signal?: AbortSignal;
}

export type Fetched = Extract<FetchResult, { ok: true }>;

/** True for an argument meant as an address rather than a path: it starts with a scheme. */
export function isUrlArgument(arg: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(arg);
}

export function fetchOptionsOf(opts: UrlOptions, maxBytes: number, headers?: Record<string, string>): FetchOptions {
  return {
    maxBytes,
    ...(opts.allowPrivate ? { allowPrivate: true } : {}),
    ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
    ...(opts.resolve ? { resolve: opts.resolve } : {}),
    ...(opts.classify ? { classify: opts.classify } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(headers ? { headers } : {}),
  };
}

/** The reader options a response implies: its address, its charset, text/plain as text. */
function optionsFor(res: Fetched, opts: UrlOptions): IngestOptions {
  const type = (res.contentType ?? '').toLowerCase();
  const charset = /charset\s*=\s*"?([\w.:-]+)/.exec(type)?.[1];
  return {
    ...opts,
    url: res.url,
    ...(!opts.encoding && charset && !bomEncoding(res.bytes) ? { encoding: charset } : {}),
    ...(!opts.format && /^text\/plain\b/.test(type) ? { format: 'text' as const } : {}),
  };
}

/** One page or feed as fetched → items, with ids made from the final address. */
export function readFetched(res: Fetched, opts: UrlOptions): IngestItem[] {
  return readBytes(res.bytes, res.url, optionsFor(res, opts)).map((item) =>
    item.ok ? { ok: true, document: { ...item.document, id: withUrlId(item.document.id, res.url, res.url) } } : item);
}

/** Fetches an item's page and puts it in the item's place; keeps the summary when that fails. */
async function withPage(item: Document, opts: UrlOptions, maxBytes: number): Promise<Document> {
  const res = await fetchUrl(item.url!, fetchOptionsOf(opts, maxBytes));
  if (!res.ok) return summaryKept(item, res.diagnostic);
  const read = readFetched(res, opts)[0];
  if (!read) return item;
  if (!read.ok) return summaryKept(item, read.diagnostic);
  return read.document.origin.format === 'feed' ? item : pageForItem(item, read.document);
}

/**
 * A fetched response → items, one at a time, so a caller can store each before the next page is
 * fetched and stop between items. For a feed, `wanted` picks the items to keep (watch: those not
 * seen yet) before any page is fetched, and items with only a summary get their linked page.
 */
export async function* itemsFromResponse(res: Fetched, opts: UrlOptions, wanted: (doc: Document) => boolean = () => true): AsyncGenerator<IngestItem> {
  const resolved = resolveOrFail(opts, res.url);
  if ('ok' in resolved) { yield resolved; return; }
  const items = readFetched(res, opts);
  if (!items.some((i) => i.ok && i.document.origin.format === 'feed')) { yield* items; return; }
  const summaryOnly = summaryOnlyItems(decode(res.bytes, res.url, optionsFor(res, opts).encoding).text);
  for (const item of items) {
    if (!item.ok) { yield item; continue; }
    const doc = item.document;
    if (!wanted(doc)) continue;
    const needsPage = doc.url && doc.origin.item !== undefined && summaryOnly.has(doc.origin.item);
    yield { ok: true, document: needsPage ? await withPage(doc, opts, resolved.maxBytes) : doc };
  }
}

/** Fetches an address and reads it: a page is one item, a feed one per entry. */
export async function* readUrl(address: string, opts: UrlOptions = {}): AsyncGenerator<IngestItem> {
  const resolved = resolveOrFail(opts, address);
  if ('ok' in resolved) { yield resolved; return; }
  const res = await fetchUrl(address, fetchOptionsOf(opts, resolved.maxBytes));
  if (!res.ok) { yield { ok: false, origin: address, diagnostic: res.diagnostic }; return; }
  yield* itemsFromResponse(res, opts);
}
