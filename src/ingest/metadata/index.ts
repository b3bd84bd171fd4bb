// Our own metadata layer: finders collect candidates (JSON-LD, then meta tags, then <time>, then the
// URL), and chooseMetadata takes the first that holds up, saying why it passed over the others.
import type { Diagnostic, PublishedTime } from '../../model/types.js';
import { implausibility, readDate, toPublished } from '../dates.js';
import { note } from '../item.js';
import { mergeMetadata, type PageMetadata } from './candidates.js';
import { fromJsonLd } from './json-ld.js';
import { fromMetaTags } from './meta-tags.js';
import { fromTimeElements } from './time-elements.js';
import { fromUrl } from './url-date.js';
import { fromDateElements } from './date-elements.js';
import { dayOrderOf, findDateInText } from './date-text.js';
import { fromImageUrls, fromPageText } from './page-dates.js';
import { inLocalZone, localZoneOf } from './local-zone.js';
import { allElements } from '../dom/walk.js';

export type { Candidate, PageMetadata } from './candidates.js';
export { fromDateElements, fromJsonLd, fromMetaTags, fromTimeElements, fromUrl };

export interface YearHint {
  year: number;
  month?: number;
}

export interface ChosenMetadata {
  published: PublishedTime | null;
  yearHint: YearHint | null;
  title: string | null;
  byline: string | null;
  outlet: string | null;
  url: string | null;
  diagnostics: Diagnostic[];
}

/** All candidates from a parsed page, most trusted first. `pageUrl` is where the page came from, if known. */
export function collectMetadata(document: Document, pageUrl?: string | null): PageMetadata {
  const elements = allElements(document); // one walk for every finder instead of a selector query each
  let meta = mergeMetadata(mergeMetadata(fromJsonLd(document, elements), fromMetaTags(document, elements)), fromTimeElements(document, elements));
  meta.language = document.documentElement?.getAttribute('lang') ?? null;
  const url = pageUrl ?? meta.url[0]?.value;
  if (url) meta = mergeMetadata(meta, fromUrl(url));
  meta.localZone = localZoneOf(url);
  meta.published = [...meta.published.filter((c) => !c.late), ...meta.published.filter((c) => c.late)];
  // Dates shown in the page come last: only when nothing machine-readable gave one.
  if (meta.published.length === 0) meta = mergeMetadata(meta, fromDateElements(document, elements));
  if (meta.published.length === 0) meta = mergeMetadata(meta, fromImageUrls(document, elements));
  if (meta.published.length === 0) meta = mergeMetadata(meta, fromPageText(document));
  return meta;
}

/**
 * The first date that reads and is plausible (1900 to two days from now); each one passed over
 * before it gets a DL115 warning naming `name` and where the date was found.
 */
export function chooseMetadata(meta: PageMetadata, name: string, now: number = Date.now()): ChosenMetadata {
  const diagnostics: Diagnostic[] = [];
  let published: PublishedTime | null = null;
  const order = dayOrderOf(meta.language);
  const readable: { d: ReturnType<typeof readDate> & object; c: (typeof meta.published)[number] }[] = [];
  for (const c of meta.published) {
    // A value that is not a date by itself ("04:25:06 PM IST Apr 08, 2020") may still hold one.
    const read = readDate(c.value) ?? findDateInText(c.value, order)?.date ?? null;
    // Never take the day of a UTC conversion when the outlet's zone is known.
    const d = read && meta.localZone ? inLocalZone(read, meta.localZone) : read;
    if (!d) {
      diagnostics.push(note('DL115', `${name}: ${c.from} "${c.value}" is not a date Dateline can read; ignored`));
      continue;
    }
    const why = implausibility(d, now);
    if (why) {
      diagnostics.push(note('DL115', `${name}: ${c.from} "${c.value}" ${why}; ignored`));
      continue;
    }
    readable.push({ d, c });
  }
  const first = readable[0];
  if (first) {
    // A UTC timestamp is often the server's conversion: when another source puts the publication
    // on the neighbouring calendar day, that one is the local day readers saw.
    // A clock without an offset is as doubtful: it is often UTC written without its "Z".
    const utc = first.d.utcOffset === '+00:00' || (first.d.utcOffset === undefined && first.d.precision !== 'day');
    const local = utc ? readable.slice(1).find(({ d }) => (d.precision === 'day' || (d.utcOffset !== undefined && d.utcOffset !== '+00:00')) && Math.abs(Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(first.d.year, first.d.month - 1, first.d.day)) === 86_400_000 && Math.abs(d.instant - first.d.instant) < 36 * 3600_000) : undefined;
    const pick = local ?? first;
    published = toPublished(pick.d, pick.c.basis);
  }
  const hint = meta.yearHints[0];
  return {
    published,
    yearHint: hint ? { year: hint.year, ...(hint.month ? { month: hint.month } : {}) } : null,
    title: meta.title[0]?.value ?? null,
    byline: meta.byline[0]?.value ?? null,
    outlet: meta.outlet[0]?.value ?? null,
    url: meta.url[0]?.value ?? null,
    diagnostics,
  };
}
