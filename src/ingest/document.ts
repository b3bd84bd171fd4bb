// The one place a Document is assembled: whatever the format, the same precedence rules apply
// (the user's date and outlet win, then the input's own, then page metadata, then the dateline).
import type { Diagnostic, Document, InputFormat, OffsetMapEntry, PublishedTime, Span } from '../model/types.js';
import { readIsoDate, toPublished } from './dates.js';
import { datelineDate, datelineDayNear, findDateline } from './dateline.js';
import { fixedOffset, zoneOffset } from './dateline-zones.js';
import { sha256 } from './hash.js';
import { note } from './item.js';
import type { YearHint } from './metadata/index.js';
import type { Overrides } from './options.js';

export interface DocumentDraft {
  format: InputFormat;
  /** File path as given, or "-" for standard input. */
  path: string;
  /** 1-based item (feed) or line (JSON lines) number. */
  item?: number;
  /** A fixed id, or one made from the content hash (standard input). */
  id: string | ((contentHash: string) => string);
  rawHash: string;
  encoding: string;
  text: string;
  paragraphs: Span[];
  offsetMap?: OffsetMapEntry[];
  url?: string | null;
  title?: string | null;
  byline?: string | null;
  /** Outlet candidates, most trusted first (after the user's --outlet). */
  outlets?: (string | null | undefined)[];
  /** Date candidates, most trusted first (after the user's --published). */
  published?: (PublishedTime | null | undefined)[];
  /** A year (and month) known without a day: lets the dateline's "Nov 29" fix the date. */
  yearHint?: YearHint | null;
  diagnostics: Diagnostic[];
}

const LANGUAGE = 'en'; // Language detection is not done yet; every input is taken as English.

const present = (s: string | null | undefined): s is string => typeof s === 'string' && s.trim() !== '';

export function buildDocument(draft: DocumentDraft, overrides: Overrides): Document {
  const diagnostics = [...draft.diagnostics];
  const found = findDateline(draft.text, draft.paragraphs);

  let published = overrides.published ?? draft.published?.find((p): p is PublishedTime => p != null) ?? null;
  if (!published && found?.month && found.day && draft.yearHint) {
    const d = datelineDate(found.month, found.day, draft.yearHint);
    if (d) published = toPublished(d, 'dateline');
  }
  if (!published) {
    diagnostics.push(note('DL116', `${draft.path === '-' ? 'standard input' : draft.path}${draft.item ? ` item ${draft.item}` : ''}: no publication date is known, so relative dates ("on Tuesday") stay unresolved; give one with --published YYYY-MM-DD`));
  }

  let dateline: Document['dateline'] = null;
  if (found) {
    const at = published ? readIsoDate(published.value)?.instant : undefined;
    const offset = found.zone ? (at !== undefined ? zoneOffset(found.zone, at) : fixedOffset(found.zone, new Date().getUTCFullYear())) : null;
    const date = found.month && found.day && published ? datelineDayNear(found.month, found.day, published.value) : null;
    dateline = { span: found.span, place: found.place, outlet: found.outlet, ...(offset ? { utcOffset: offset } : {}), ...(date ? { date } : {}) };
  }

  const outlet = (present(overrides.outlet) ? overrides.outlet : draft.outlets?.find(present)) ?? found?.outlet ?? null;
  const contentHash = sha256(draft.text);
  return {
    id: typeof draft.id === 'function' ? draft.id(contentHash) : draft.id,
    url: present(draft.url) ? draft.url.trim() : null,
    outlet: outlet === null ? null : outlet.trim(),
    title: present(draft.title) ? draft.title.trim() : null,
    byline: present(draft.byline) ? draft.byline.trim() : null,
    published,
    language: LANGUAGE,
    text: draft.text,
    paragraphs: draft.paragraphs,
    dateline,
    origin: {
      format: draft.format,
      path: draft.path,
      ...(draft.item !== undefined ? { item: draft.item } : {}),
      contentHash,
      rawHash: draft.rawHash,
      encoding: draft.encoding,
      ...(draft.offsetMap ? { offsetMap: draft.offsetMap } : {}),
    },
    diagnostics,
  };
}
