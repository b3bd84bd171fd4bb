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

export type { Candidate, PageMetadata } from './candidates.js';
export { fromJsonLd, fromMetaTags, fromTimeElements, fromUrl };

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
  let meta = mergeMetadata(mergeMetadata(fromJsonLd(document), fromMetaTags(document)), fromTimeElements(document));
  const url = pageUrl ?? meta.url[0]?.value;
  if (url) meta = mergeMetadata(meta, fromUrl(url));
  return meta;
}

/**
 * The first date that reads and is plausible (1900 to two days from now); each one passed over
 * before it gets a DL115 warning naming `name` and where the date was found.
 */
export function chooseMetadata(meta: PageMetadata, name: string, now: number = Date.now()): ChosenMetadata {
  const diagnostics: Diagnostic[] = [];
  let published: PublishedTime | null = null;
  for (const c of meta.published) {
    const d = readDate(c.value);
    if (!d) {
      diagnostics.push(note('DL115', `${name}: ${c.from} "${c.value}" is not a date Dateline can read; ignored`));
      continue;
    }
    const why = implausibility(d, now);
    if (why) {
      diagnostics.push(note('DL115', `${name}: ${c.from} "${c.value}" ${why}; ignored`));
      continue;
    }
    published = toPublished(d, c.basis);
    break;
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
