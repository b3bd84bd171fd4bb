// Reads a response body, decompressed, and stops as soon as it passes the size limit: the limit
// counts the bytes after decompression, so a small compressed bomb is stopped too.
import type { IncomingMessage } from 'node:http';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';

export class TooLargeError extends Error {
  constructor(readonly size: number, readonly known: boolean) {
    super(`over the size limit (${known ? '' : 'at least '}${size} bytes)`);
  }
}

function decoderFor(encoding: string | undefined): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip': case 'x-gzip': return zlib.createGunzip();
    case 'deflate': return zlib.createInflate();
    case 'br': return zlib.createBrotliDecompress();
    default: return null; // identity (or an unknown coding: the bytes are read as they are)
  }
}

export async function readBody(res: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers['content-length']);
  const decoder = decoderFor(res.headers['content-encoding']);
  if (!decoder && Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw new TooLargeError(declared, true);
  }
  const source: Readable = decoder ? pipeline(res, decoder, () => undefined) : res;
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      res.destroy();
      source.destroy();
      throw new TooLargeError(size, false);
    }
    parts.push(chunk as Buffer);
  }
  return Buffer.concat(parts);
}
