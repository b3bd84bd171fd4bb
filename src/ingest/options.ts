// Ingest options and the size limit. Kept apart so every reader resolves them the same way.
import { DatelineError } from '../model/diagnostics.js';
import type { InputFormat, PublishedTime } from '../model/types.js';
import { parsePublished } from './dates.js';

export interface IngestOptions {
  /** User-given publication date (YYYY-MM-DD or ISO 8601); wins over every other source. */
  published?: string;
  /** User-given outlet; wins over every other source. */
  outlet?: string;
  /** The page's address, when the bytes came from one: a source of dates (/2017/11/29/) and Document.url. */
  url?: string;
  /** Per file (per line for JSON lines). Default 10 MiB; DATELINE_MAX_BYTES overrides the default. */
  maxBytes?: number;
  /** Force a charset label (e.g. "windows-1252"), skipping detection. */
  encoding?: string;
  /** Force a format, skipping detection by extension and content. */
  format?: InputFormat;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** Reads "20000000", "20M", "20MiB" (binary units, as the default is). Null when it is not a size. */
export function parseByteSize(value: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  if (!m) return null;
  const unit = UNITS[m[2]!.toLowerCase()];
  if (unit === undefined) return null;
  const n = Math.floor(Number(m[1]) * unit);
  return n > 0 ? n : null;
}

/**
 * The limit in bytes: opts.maxBytes, else DATELINE_MAX_BYTES, else 10 MiB. A setting that is not a
 * size is a configuration mistake, so it throws (DL117) rather than silently using the default.
 */
export function resolveMaxBytes(opts: IngestOptions = {}, env: NodeJS.ProcessEnv = process.env): number {
  if (opts.maxBytes !== undefined) {
    if (!Number.isFinite(opts.maxBytes) || opts.maxBytes <= 0) {
      throw new DatelineError('DL117', `--max-bytes ${opts.maxBytes} is not a size: give a positive number of bytes, like 20000000 or 20MiB`);
    }
    return Math.floor(opts.maxBytes);
  }
  const fromEnv = env['DATELINE_MAX_BYTES'];
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    const n = parseByteSize(fromEnv);
    if (n === null) throw new DatelineError('DL117', `DATELINE_MAX_BYTES="${fromEnv}" is not a size: give a positive number of bytes, like 20000000 or 20MiB`);
    return n;
  }
  return DEFAULT_MAX_BYTES;
}

/** "25000 bytes (24.4 KiB)", "300 bytes": exact for the setting, readable for people. */
export function sizeText(n: number): string {
  return n < 1024 ? `${n} bytes` : `${n} bytes (${formatBytes(n)})`;
}

/** "10 MiB", "512 KiB", "300 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1024 ** 2) return `${+(n / 1024 ** 2).toFixed(1)} MiB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

/** What the user's options force on every document. */
export interface Overrides {
  published: PublishedTime | null;
  outlet: string | null;
}

/** Options checked once per call: the readers get these, never the raw strings. */
export interface Resolved {
  maxBytes: number;
  overrides: Overrides;
  url?: string;
  encoding?: string;
  format?: InputFormat;
}

/** Throws DatelineError DL111 (bad --published) or DL117 (bad size setting). */
export function resolveOptions(opts: IngestOptions = {}): Resolved {
  return {
    maxBytes: resolveMaxBytes(opts),
    overrides: {
      published: opts.published !== undefined && opts.published.trim() !== '' ? parsePublished(opts.published) : null,
      outlet: opts.outlet !== undefined && opts.outlet.trim() !== '' ? opts.outlet.trim() : null,
    },
    ...(opts.url ? { url: opts.url } : {}),
    ...(opts.encoding ? { encoding: opts.encoding } : {}),
    ...(opts.format ? { format: opts.format } : {}),
  };
}
