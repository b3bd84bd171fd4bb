// RSS, Atom, RDF and JSON Feed → one document per item, each with its own date, link and text.
import { parseFeed, type AnyFeed } from 'feedsmith';
import type { Diagnostic, PublishedTime } from '../model/types.js';
import { implausibility, readDate, toPublished } from './dates.js';
import { buildDocument } from './document.js';
import { sha256 } from './hash.js';
import { fragmentBlocks } from './html-to-text.js';
import { failure, note, type IngestItem } from './item.js';
import type { Overrides } from './options.js';
import { cleanPlainText, joinParagraphs } from './text.js';

/** One feed item, whatever the feed format. */
export interface FeedEntry {
  guid?: string;
  link?: string;
  title?: string;
  /** Date strings in order of preference, with where each came from. */
  dates: { value: string; from: string }[];
  /** The richest text the item carries, and whether it is HTML or plain text. */
  body?: { value: string; html: boolean };
  authors: string[];
}

export interface FeedContext {
  /** Path as given ("-" for standard input), for origin and ids. */
  path: string;
  /** How the input is named in messages. */
  name: string;
  /** File name without extension: the id prefix. */
  idBase: string;
  rawHash: string;
  encoding: string;
  diagnostics: Diagnostic[];
  overrides: Overrides;
}

const nonEmpty = (s: string | undefined | null): s is string => typeof s === 'string' && s.trim() !== '';
const firstNonEmpty = (...xs: (string | undefined | null)[]): string | undefined => xs.find(nonEmpty);
const dated = (from: string, ...xs: (string | undefined | null)[]): { value: string; from: string }[] =>
  xs.filter(nonEmpty).map((value) => ({ value, from }));

function text(v: string | { value?: string } | undefined): string | undefined {
  return typeof v === 'string' ? v : v?.value;
}

/** Normalises feedsmith's four shapes into entries, plus the feed's title. */
export function feedEntries(parsed: AnyFeed): { title: string | undefined; entries: FeedEntry[] } {
  switch (parsed.format) {
    case 'rss':
      return {
        title: parsed.feed.title,
        entries: (parsed.feed.items ?? []).map((it) => ({
          guid: it.guid?.value, link: it.link, title: it.title,
          dates: [...dated('pubDate', it.pubDate), ...dated('dc:date', ...(it.dc?.dates ?? [])), ...dated('atom:published', it.atom?.published), ...dated('atom:updated', it.atom?.updated)],
          body: nonEmpty(it.content?.encoded) ? { value: it.content.encoded, html: true } : nonEmpty(it.description) ? { value: it.description, html: true } : undefined,
          authors: [...(it.authors ?? []).map((a) => a.name ?? a.email ?? ''), ...(it.dc?.creators ?? [])].filter(nonEmpty),
        })),
      };
    case 'atom':
      return {
        title: text(parsed.feed.title),
        entries: (parsed.feed.entries ?? []).map((e) => {
          const content = nonEmpty(e.content?.value) ? { value: e.content.value, type: e.content.type } : nonEmpty(e.summary?.value) ? { value: e.summary.value, type: e.summary.type } : undefined;
          const link = (e.links ?? []).find((l) => !l.rel || l.rel === 'alternate')?.href ?? e.links?.[0]?.href;
          return {
            guid: e.id, link, title: text(e.title),
            dates: [...dated('published', e.published), ...dated('updated', e.updated), ...dated('dc:date', ...(e.dc?.dates ?? []))],
            // Atom says content without a type is plain text.
            body: content ? { value: content.value, html: /html/i.test(content.type ?? '') } : undefined,
            authors: (e.authors ?? []).map((a) => a.name ?? '').filter(nonEmpty),
          };
        }),
      };
    case 'rdf':
      return {
        title: parsed.feed.title,
        entries: (parsed.feed.items ?? []).map((it) => ({
          guid: it.rdf?.about, link: it.link, title: it.title,
          dates: dated('dc:date', ...(it.dc?.dates ?? [])),
          body: nonEmpty(it.content?.encoded) ? { value: it.content.encoded, html: true } : nonEmpty(it.description) ? { value: it.description, html: true } : undefined,
          authors: (it.dc?.creators ?? []).filter(nonEmpty),
        })),
      };
    case 'json':
      return {
        title: parsed.feed.title,
        entries: (parsed.feed.items ?? []).map((it) => ({
          guid: it.id, link: firstNonEmpty(it.url, it.external_url), title: it.title,
          dates: [...dated('date_published', it.date_published), ...dated('date_modified', it.date_modified)],
          body: nonEmpty(it.content_html) ? { value: it.content_html, html: true } : nonEmpty(it.content_text) ? { value: it.content_text, html: false } : nonEmpty(it.summary) ? { value: it.summary, html: false } : undefined,
          authors: (it.authors ?? []).map((a) => a.name ?? '').filter(nonEmpty),
        })),
      };
  }
}

/** The first readable, plausible date of an item; unreadable ones become DL115 warnings. */
function itemDate(entry: FeedEntry, where: string, diagnostics: Diagnostic[]): PublishedTime | null {
  for (const d of entry.dates) {
    const read = readDate(d.value);
    const why = read ? implausibility(read) : 'is not a date Dateline can read';
    if (read && !why) return toPublished(read, 'feed');
    diagnostics.push(note('DL115', `${where}: ${d.from} "${d.value}" ${why}; ignored`));
  }
  return null;
}

export function readFeed(source: string, ctx: FeedContext): IngestItem[] {
  let parsed: AnyFeed;
  try {
    // JSON Feed is parsed from its object; XML feeds from their text.
    parsed = parseFeed(/^\s*\{/.test(source) ? JSON.parse(source) : source);
  } catch (e) {
    const err = e as Error & { cause?: { message?: string } };
    const detail = [err.message, err.cause?.message].filter(Boolean).join(': ');
    return [failure('DL107', ctx.name, `${ctx.name} is not a well-formed RSS, Atom, RDF or JSON feed (${detail}); check that the file is complete, or give --format text/html if it is not a feed`)];
  }
  const { title: feedTitle, entries } = feedEntries(parsed);
  if (entries.length === 0) return [failure('DL112', ctx.name, `${ctx.name} is a feed with no items; nothing to read`, 'warning')];

  return entries.map((entry, i): IngestItem => {
    const n = i + 1;
    const where = `${ctx.name} item ${n}${entry.title ? ` ("${entry.title.trim().slice(0, 60)}")` : ''}`;
    const clean = entry.body ? (entry.body.html ? joinParagraphs(fragmentBlocks(entry.body.value)) : cleanPlainText(entry.body.value)) : null;
    if (!clean || !clean.text) {
      return failure('DL112', `${ctx.name} item ${n}`, `${where} has no text, content or summary; skipped (the other items are read)`, 'warning');
    }
    const diagnostics = [...ctx.diagnostics];
    const published = itemDate(entry, where, diagnostics);
    const key = entry.guid?.trim() || entry.link?.trim() || `${entry.title ?? ''}${entry.dates[0]?.value ?? ''}` || clean.text;
    const document = buildDocument({
      format: 'feed', path: ctx.path, item: n, id: `${ctx.idBase}-${sha256(key).slice(0, 12)}`,
      rawHash: ctx.rawHash, encoding: ctx.encoding, text: clean.text, paragraphs: clean.paragraphs,
      url: entry.link ?? null, title: entry.title ?? null, byline: entry.authors.join(', ') || null,
      outlets: [feedTitle], published: [published], diagnostics,
    }, ctx.overrides);
    return { ok: true, document };
  });
}
