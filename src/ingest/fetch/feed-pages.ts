// Feed items that carry only a summary: their article is on the linked page, so that page is
// fetched (through the same guard) and stored in the item's place, under the item's id.
import { parseFeed, type AnyFeed } from 'feedsmith';
import type { Diagnostic, Document } from '../../model/types.js';

const filled = (s: unknown): boolean => typeof s === 'string' && s.trim() !== '';

/** 1-based numbers of the items whose feed gives no full content (only a description or summary). */
export function summaryOnlyItems(feedText: string): Set<number> {
  const out = new Set<number>();
  let parsed: AnyFeed;
  try {
    parsed = parseFeed(/^\s*\{/.test(feedText) ? JSON.parse(feedText) : feedText);
  } catch {
    return out;
  }
  const full: boolean[] = (() => {
    switch (parsed.format) {
      case 'rss': return (parsed.feed.items ?? []).map((it) => filled(it.content?.encoded));
      case 'rdf': return (parsed.feed.items ?? []).map((it) => filled(it.content?.encoded));
      case 'atom': return (parsed.feed.entries ?? []).map((e) => filled(e.content?.value));
      case 'json': return (parsed.feed.items ?? []).map((it) => filled(it.content_html) || filled(it.content_text));
    }
  })();
  full.forEach((isFull, i) => { if (!isFull) out.add(i + 1); });
  return out;
}

/**
 * The page's document in place of the feed item's: the item's id (one item is one document, even
 * when its page moves), and the item's title, date, byline and outlet where the page has none.
 */
export function pageForItem(item: Document, page: Document): Document {
  const datedByFeed = !page.published && item.published;
  return {
    ...page,
    id: item.id,
    title: page.title ?? item.title,
    byline: page.byline ?? item.byline,
    outlet: page.outlet ?? item.outlet,
    published: page.published ?? item.published,
    diagnostics: datedByFeed ? page.diagnostics.filter((d) => d.code !== 'DL116') : page.diagnostics,
  };
}

/** The summary stays when the page cannot be read; the document says why. */
export function summaryKept(item: Document, reason: Diagnostic): Document {
  const why: Diagnostic = { code: reason.code, severity: 'warning', stage: 'fetch', message: `the linked page could not be read, so the feed's summary was stored: ${reason.message}` };
  return { ...item, diagnostics: [...item.diagnostics, why] };
}
