// How long a failing feed waits: the polling interval doubled per failure in a row, capped, with
// "equal jitter" (half fixed, half random) so many failing feeds do not retry in step, while each
// wait is still at least as long as the one before.
export const MAX_BACKOFF_MS = 6 * 3_600_000;

export function backoffDelay(failures: number, everyMs: number, random: () => number = Math.random, capMs = MAX_BACKOFF_MS): number {
  const full = Math.min(capMs, everyMs * 2 ** Math.max(0, failures - 1));
  return Math.round(full / 2 + random() * (full / 2));
}

/** A server's Retry-After (seconds or an HTTP date) in milliseconds from `now`, when it gives one. */
export function retryAfterMs(header: string | string[] | undefined, now: number): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
