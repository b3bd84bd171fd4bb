// Gzip-compressed inputs ("report.html.gz", "wire.jsonl.gz", a dump piped through gzip): recognised by
// their magic bytes, whatever they are called, and decompressed before any other check.
import { gunzipSync } from 'node:zlib';

/** True when the bytes open with the gzip magic number (1f 8b). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** A name without a trailing ".gz": "report.html.gz" is read as "report.html". */
export function withoutGzipSuffix(name: string): string {
  return name.replace(/\.gz$/i, '');
}

export type Gunzipped =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'damaged'; detail: string }
  | { ok: false; reason: 'too-large' };

/**
 * Decompresses at most `limit` bytes. The cap is what keeps a small "zip bomb" from filling memory:
 * zlib stops as soon as the output would pass it.
 */
export function gunzipWithin(bytes: Uint8Array, limit: number): Gunzipped {
  try {
    return { ok: true, bytes: gunzipSync(bytes, { maxOutputLength: limit }) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, reason: 'too-large' };
    return { ok: false, reason: 'damaged', detail: (e as Error).message };
  }
}
