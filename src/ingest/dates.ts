// Reading dates from users, inputs, feeds and page metadata into PublishedTime values.
import { DatelineError } from '../model/diagnostics.js';
import type { PublishedTime } from '../model/types.js';

export interface ReadDate {
  year: number;
  month: number;
  day: number;
  /** Normalised ISO 8601: YYYY-MM-DD, or a timestamp with its offset when one was given. */
  value: string;
  precision: PublishedTime['precision'];
  utcOffset?: string;
  /** Milliseconds since the epoch (taken as UTC when no offset was given): for range checks. */
  instant: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

/** Month number from "Nov", "Nov.", "November", "Sept"; null otherwise. */
export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

// RFC 822 zone names still seen in feeds.
const ZONES: Record<string, number> = { GMT: 0, UT: 0, UTC: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');

export function formatOffset(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Parts { year: number; month: number; day: number; hour?: number; minute?: number; second?: number; offset?: number }

/** Checks the calendar and clock, then builds the normalised value. */
function build(p: Parts): ReadDate | null {
  const { year, month, day } = p;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (p.hour === undefined || p.minute === undefined) {
    return { year, month, day, value: date, precision: 'day', instant: Date.UTC(year, month - 1, day) };
  }
  if (p.hour > 23 || p.minute > 59 || (p.second ?? 0) > 59) return null;
  if (p.offset !== undefined && Math.abs(p.offset) > 14 * 60) return null;
  const precision = p.second === undefined ? 'minute' : 'second';
  const clock = `${pad(p.hour)}:${pad(p.minute)}${p.second === undefined ? '' : `:${pad(p.second)}`}`;
  const off = p.offset === undefined ? undefined : formatOffset(p.offset);
  const instant = Date.UTC(year, month - 1, day, p.hour, p.minute, p.second ?? 0) - (p.offset ?? 0) * 60_000;
  return { year, month, day, value: `${date}T${clock}${off ?? ''}`, precision, instant, ...(off ? { utcOffset: off } : {}) };
}

function isoOffset(z: string | undefined): number | undefined {
  if (!z) return undefined;
  if (z === 'Z' || z === 'z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (!m) return undefined;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Strict ISO 8601 (YYYY-MM-DD or a timestamp with optional offset): the form users and JSON input give. */
export function readIsoDate(value: string): ReadDate | null {
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, z] = m;
  return build({
    year: Number(y), month: Number(mo), day: Number(d),
    ...(h !== undefined ? { hour: Number(h), minute: Number(mi) } : {}),
    ...(s !== undefined ? { second: Number(s) } : {}),
    ...(z !== undefined ? { offset: isoOffset(z) } : {}),
  });
}

/**
 * Repairs ISO-like timestamps publishers write: a one-digit second ("23:15:0Z"), a zone name
 * after the clock ("16:02:50CDT"); anything else is returned as it was.
 */
function lenientIso(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2})(?::(\d{1,2})(?:[.,]\d+)?)?\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?$/.exec(value);
  if (!m) return value;
  const seconds = m[2] === undefined ? '' : `:${m[2].padStart(2, '0')}`;
  const zone = m[3];
  if (zone === undefined || /^[+-]/.test(zone) || zone === 'Z' || zone === 'z') return `${m[1]}${seconds}${zone ?? ''}`;
  const offset = ZONES[zone.toUpperCase()];
  return offset === undefined ? `${m[1]}${seconds}` : `${m[1]}${seconds}${formatOffset(offset)}`;
}

const RFC822 = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,5})?)?$/;
const MONTH_DAY_YEAR = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
const DAY_MONTH_YEAR = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;

/**
 * Reads the date forms found in metadata and feeds: ISO 8601 (also with "/" or no separators),
 * RFC 822 ("Tue, 28 Nov 2017 03:17:00 +0900"), "November 29, 2017" and "29 November 2017" (day
 * precision: a clock time in words is ignored, as its zone is unknown). Null when unreadable.
 */
export function readDate(raw: string): ReadDate | null {
  const value = lenientIso(raw.trim());
  const iso = readIsoDate(value.replace(/^(\d{4})\/(\d{2})\/(\d{2})/, '$1-$2-$3'));
  if (iso) return iso;
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (m) return build({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  m = RFC822.exec(value);
  if (m) {
    const month = monthNumber(m[2]!);
    if (month === null) return null;
    let year = Number(m[3]);
    if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
    if (m[4] === undefined) return build({ year, month, day: Number(m[1]) });
    const zone = m[7];
    const offset = zone === undefined ? undefined : /^[+-]/.test(zone) ? isoOffset(zone) : ZONES[zone.toUpperCase()];
    return build({ year, month, day: Number(m[1]), hour: Number(m[4]), minute: Number(m[5]), ...(m[6] !== undefined ? { second: Number(m[6]) } : {}), ...(offset !== undefined ? { offset } : {}) });
  }
  m = MONTH_DAY_YEAR.exec(value);
  if (m) {
    const month = monthNumber(m[1]!);
    return month === null ? null : build({ year: Number(m[3]), month, day: Number(m[2]) });
  }
  m = DAY_MONTH_YEAR.exec(value);
  if (m) {
    const month = monthNumber(m[2]!);
    return month === null ? null : build({ year: Number(m[3]), month, day: Number(m[1]) });
  }
  return null;
}

const TWO_DAYS = 2 * 24 * 3600 * 1000;

/** Why a readable date cannot be a publication date (before 1900, or in the future), or null. */
export function implausibility(d: ReadDate, now: number = Date.now()): string | null {
  if (d.year < 1900) return 'is before 1900';
  if (d.instant > now + TWO_DAYS) return 'is in the future';
  return null;
}

export function toPublished(d: ReadDate, basis: PublishedTime['basis']): PublishedTime {
  return { value: d.value, precision: d.precision, basis, ...(d.utcOffset ? { utcOffset: d.utcOffset } : {}) };
}

/**
 * Validates a user-given publication date (--published): YYYY-MM-DD or an ISO 8601 timestamp with
 * optional offset. Throws DL111 saying what was expected.
 */
export function parsePublished(value: string): PublishedTime {
  const d = readIsoDate(value);
  if (!d) {
    throw new DatelineError('DL111', `--published "${value}" is not a date: expected YYYY-MM-DD or an ISO 8601 timestamp (like 2025-03-21 or 2025-03-21T09:30:00+09:00)`);
  }
  return toPublished(d, 'given');
}
