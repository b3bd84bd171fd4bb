// The command-line settings for reading from the web, shared by `ingest` and `watch`.
import { DatelineError } from '../../model/diagnostics.js';
import type { UrlOptions } from './read-url.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "30s", "15m", "1h", "500ms", "90" (seconds) → milliseconds; null when it is not a duration. */
export function parseDuration(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(text);
  if (!m) return null;
  const ms = Number(m[1]) * UNIT_MS[(m[2] ?? 's').toLowerCase()]!;
  return ms > 0 ? Math.round(ms) : null;
}

export function durationFlag(command: string, name: string, value: string | boolean | undefined, usage: string): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = parseDuration(value);
  if (ms === null) throw new DatelineError('DL401', `dateline ${command}: --${name} must be a duration such as 30s, 15m or 1h, not "${value}"\nusage: ${usage}`);
  return ms;
}

/** --allow-private-addresses and --timeout, as reader options. */
export function urlFlags(command: string, values: Record<string, string | boolean | undefined>, usage: string): Pick<UrlOptions, 'allowPrivate' | 'timeoutMs'> {
  const timeoutMs = durationFlag(command, 'timeout', values['timeout'], usage);
  return { ...(values['allow-private-addresses'] ? { allowPrivate: true } : {}), ...(timeoutMs !== undefined ? { timeoutMs } : {}) };
}
