// The anchor: the publication date that relative expressions count from, and the UTC offset that
// clock times in the text are read in (the dateline's, else the published timestamp's).
import type { Document } from '../../model/types.js';
import { type YMD, formatOffset, isValidDay } from './calendar.js';

export interface Anchor {
  day: YMD;
  /** UTC offset like "+09:00" when the document gives one. */
  utcOffset: string | null;
}

/**
 * The day relative dates count from: the dateline's day when it names one (the day the story was
 * filed, which a later page date or an update does not move), else the publication date as written
 * (its local date); null when the document has neither.
 */
export function readAnchor(document: Document): Anchor | null {
  const published = document.published;
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})(.*)$/.exec(published.value.trim()) : null;
  if (!published || !m) return null;
  const filed = document.dateline?.date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(document.dateline.date) : null;
  const [, year, month, date] = filed ?? m;
  const day = { year: Number(year), month: Number(month), day: Number(date) };
  if (!isValidDay(day)) return null;
  return { day, utcOffset: published.utcOffset ?? offsetIn(m[4]!) };
}

/** The UTC offset for clock times: the dateline's, then the published timestamp's. */
export function clockOffset(document: Document, anchor: Anchor | null): string | null {
  return document.dateline?.utcOffset ?? anchor?.utcOffset ?? null;
}

function offsetIn(rest: string): string | null {
  if (/Z$/i.test(rest)) return '+00:00';
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(rest);
  if (!m || !/T|\s/.test(rest)) return null;
  return formatOffset((m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])));
}
