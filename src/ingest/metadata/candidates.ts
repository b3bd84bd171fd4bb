// What every metadata finder returns: candidate values with the basis they came from, most trusted first.
import type { PublishedTime } from '../../model/types.js';

export interface Candidate {
  value: string;
  basis: PublishedTime['basis'];
  /** Where exactly, for messages: 'JSON-LD NewsArticle.datePublished', 'meta[property="og:title"]'. */
  from: string;
  /** Ranked after every other machine-readable candidate (a date on an embedded video or image, not the story). */
  late?: true;
}

export interface PageMetadata {
  published: Candidate[];
  title: Candidate[];
  byline: Candidate[];
  outlet: Candidate[];
  url: Candidate[];
  /** A year (and month) without a day, e.g. from a /2017/11/ URL: lets a dateline "Nov 29" fix the day. */
  yearHints: { year: number; month?: number; from: string }[];
  /** The page's declared language (<html lang>), for reading numeric day/month order. */
  language?: string | null;
  /** The IANA time zone of the outlet's country, when its address or language tells (for UTC timestamps). */
  localZone?: string | null;
}

export function emptyMetadata(): PageMetadata {
  return { published: [], title: [], byline: [], outlet: [], url: [], yearHints: [] };
}

/** Appends b's candidates after a's, field by field (a is trusted more). */
export function mergeMetadata(a: PageMetadata, b: PageMetadata): PageMetadata {
  return {
    published: [...a.published, ...b.published],
    title: [...a.title, ...b.title],
    byline: [...a.byline, ...b.byline],
    outlet: [...a.outlet, ...b.outlet],
    url: [...a.url, ...b.url],
    yearHints: [...a.yearHints, ...b.yearHints],
    language: a.language ?? b.language ?? null,
    localZone: a.localZone ?? b.localZone ?? null,
  };
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…' };

/** Metadata strings (JSON-LD especially) often carry HTML entities and stray white space. */
export function tidyValue(value: string): string {
  return value
    .replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/gi, (all, name: string) => {
      if (name[0] === '#') {
        const cp = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
      }
      return NAMED[name.toLowerCase()] ?? all;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
