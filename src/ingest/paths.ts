// Paths, globs, directories and standard input → items. The only module that touches the file
// system. JSON lines are streamed line by line so a file of 100,000 documents is never held whole.
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { looksBinary } from './decode.js';
import { formatFromExtension, isJsonFile, KNOWN_EXTENSIONS, sniffFormat } from './detect-format.js';
import { displayName, failure, idBaseOf, type IngestItem } from './item.js';
import { readJsonLine, tooLong, type JsonContext } from './jsonl.js';
import type { IngestOptions, Resolved } from './options.js';
import { isGzip } from './gzip.js';
import { headText, readResolved, resolveOrFail, startsWithBracket, tooLarge } from './read-bytes.js';

const HEAD_BYTES = 8192;

type Expanded = { file: string } | { item: IngestItem };

const errorText = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** One command-line argument → the files it names, sorted, or a DL110 failure. */
async function* expand(arg: string): AsyncGenerator<Expanded> {
  let info: Awaited<ReturnType<typeof stat>> | null = null;
  try {
    info = await stat(arg);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' && (e as NodeJS.ErrnoException).code !== 'ENOTDIR') {
      yield { item: failure('DL110', arg, `${arg} cannot be read (${errorText(e)}); check the path and its permissions`) };
      return;
    }
  }
  if (info?.isFile()) {
    yield { file: arg };
    return;
  }
  if (info?.isDirectory()) {
    const patterns = KNOWN_EXTENSIONS.map((ext) => `**/*${ext}`);
    const files = (await glob(patterns, { cwd: arg, caseSensitiveMatch: false })).sort();
    if (files.length === 0) {
      yield { item: failure('DL110', arg, `${arg} is a directory with no files Dateline reads (${KNOWN_EXTENSIONS.join(' ')}); name the files, or give --format with a glob`) };
    }
    for (const f of files) yield { file: path.join(arg, f) };
    return;
  }
  if (info) {
    yield { item: failure('DL110', arg, `${arg} is not a regular file or directory`) };
    return;
  }
  if (isDynamicPattern(arg)) {
    const files = (await glob(arg, { onlyFiles: true })).sort();
    if (files.length === 0) yield { item: failure('DL110', arg, `no file matches ${arg}; check the pattern (quote it so the shell does not expand it first)`) };
    for (const f of files) yield { file: f };
    return;
  }
  yield { item: failure('DL110', arg, `${arg} does not exist; check the path (use "-" for standard input)`) };
}

/** Splits a byte stream into lines; a line over `max` bytes is reported by size and never held whole. */
export async function* streamLines(source: AsyncIterable<Uint8Array>, max: number): AsyncGenerator<{ lineNo: number; bytes?: Uint8Array; size: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let dropping = false;
  let lineNo = 1;
  const take = (chunk: Buffer): void => {
    size += chunk.length;
    if (dropping) return;
    parts.push(chunk);
    if (size > max) { dropping = true; parts = []; }
  };
  const finish = (): { lineNo: number; bytes?: Uint8Array; size: number } => {
    let bytes: Buffer | undefined = dropping ? undefined : Buffer.concat(parts);
    if (bytes && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    const out = { lineNo: lineNo++, size, ...(bytes ? { bytes } : {}) };
    parts = []; size = 0; dropping = false;
    return out;
  };
  for await (const raw of source) {
    const chunk = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      take(chunk.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    if (start < chunk.length) take(chunk.subarray(start));
  }
  if (size > 0 || parts.length > 0) yield finish();
}

/** JSON lines from a stream: the first chunk is checked for binary content, then each line is read alone. */
async function* jsonLinesFrom(source: AsyncIterable<Uint8Array>, name: string, resolved: Resolved): AsyncGenerator<IngestItem> {
  const shown = displayName(name);
  const ctx: JsonContext = { path: name, name: shown, idBase: idBaseOf(name), resolved };
  let any = false;
  let first = true;
  for await (const line of streamLines(source, resolved.maxBytes)) {
    if (first && line.bytes && looksBinary(line.bytes.subarray(0, HEAD_BYTES))) {
      yield failure('DL102', shown, `${shown} looks binary (NUL bytes or many control characters), not JSON lines`);
      return;
    }
    first = false;
    const item = line.bytes ? readJsonLine(line.bytes, line.lineNo, ctx) : tooLong(`${shown} line ${line.lineNo}`, line.size, resolved.maxBytes);
    if (item) { any = true; yield item; }
  }
  if (!any) yield failure('DL101', shown, `${shown} holds no JSON lines (it is empty or blank); nothing to read`);
}

async function readHead(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

type Plan = { stream: true; gzip: boolean } | { bytes: Uint8Array } | { item: IngestItem };

/** Decides how to read a file (stream its lines, read it whole, or refuse it) from its size and head. */
async function plan(file: string, resolved: Resolved): Promise<Plan> {
  const { size } = await stat(file);
  let format = resolved.format ?? formatFromExtension(file);
  let head: Uint8Array | null = null;
  if (format === null && size > resolved.maxBytes) {
    head = await readHead(file);
    format = sniffFormat(headText(head));
  }
  if (format === 'jsonl' && !isJsonFile(file)) {
    head ??= await readHead(file);
    // Compressed JSON lines are streamed through gunzip, so the per-line limit holds and memory stays flat.
    if (isGzip(head)) return { stream: true, gzip: true };
    if (!startsWithBracket(head)) return { stream: true, gzip: false };
  }
  if (size > resolved.maxBytes) return { item: tooLarge(file, size, resolved.maxBytes) };
  return { bytes: await readFile(file) };
}

async function* readOneFile(file: string, resolved: Resolved): AsyncGenerator<IngestItem> {
  const cannotRead = (e: unknown): IngestItem => failure('DL110', file, `${file} cannot be read (${errorText(e)}); check the path and its permissions`);
  let how: Plan;
  try {
    how = await plan(file, resolved);
  } catch (e) {
    yield cannotRead(e);
    return;
  }
  if ('item' in how) yield how.item;
  else if ('bytes' in how) yield* readResolved(how.bytes, file, resolved);
  else {
    const stream = createReadStream(file);
    let streamError: unknown = null;
    let gzipError: unknown = null;
    stream.once('error', (e) => { streamError = e; });
    const gunzip = how.gzip ? createGunzip() : null;
    gunzip?.once('error', (e) => { gzipError = e; });
    try {
      // pipeline, not pipe: a read error must also end the gunzip side, or the loop would wait forever.
      yield* jsonLinesFrom(gunzip ? pipeline(stream, gunzip, () => {}) : stream, file, resolved);
    } catch (e) {
      if (streamError !== null) yield cannotRead(streamError);
      else if (gzipError !== null) {
        yield failure('DL127', file, `${file} is gzip-compressed but damaged or cut short (${(gzipError as Error).message}); the lines before the damage were read, the rest was not; fetch or copy the file again`);
      } else throw e; // a bug, not a read error: let it surface
    } finally {
      stream.destroy();
    }
  }
}

/** Standard input: sniffed from its first bytes; JSON lines are streamed, anything else read up to the limit. */
async function* readStdin(resolved: Resolved, stdin: AsyncIterable<Uint8Array>): AsyncGenerator<IngestItem> {
  const it = stdin[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headSize = 0;
  let ended = false;
  while (headSize < HEAD_BYTES) {
    const r = await it.next();
    if (r.done) { ended = true; break; }
    head.push(Buffer.from(r.value));
    headSize += r.value.length;
  }
  const headBuf = Buffer.concat(head);
  const format = resolved.format ?? sniffFormat(headText(headBuf));
  if (format === 'jsonl' && !startsWithBracket(headBuf)) {
    const rest: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: () => it };
    yield* jsonLinesFrom((async function* () { yield headBuf; if (!ended) yield* rest; })(), '-', resolved);
    return;
  }
  const parts = [headBuf];
  let size = headSize;
  while (!ended) {
    const r = await it.next();
    if (r.done) break;
    size += r.value.length;
    if (size > resolved.maxBytes) {
      await it.return?.();
      yield tooLarge('standard input', size, resolved.maxBytes);
      return;
    }
    parts.push(Buffer.from(r.value));
  }
  if (size > resolved.maxBytes) {
    yield tooLarge('standard input', size, resolved.maxBytes);
    return;
  }
  yield* readResolved(Buffer.concat(parts), '-', resolved);
}

/**
 * Paths, directories (recursively, files with known extensions), globs and "-" (standard input) →
 * items, in the order given. A missing path or an empty glob yields a DL110 failure and goes on;
 * a file named twice is read once.
 */
export async function* readPaths(patternsOrPaths: string[], opts: IngestOptions = {}, stdin: AsyncIterable<Uint8Array> = process.stdin): AsyncGenerator<IngestItem> {
  const resolved = resolveOrFail(opts, 'options');
  if ('ok' in resolved) {
    yield resolved;
    return;
  }
  const seen = new Set<string>();
  for (const arg of patternsOrPaths) {
    if (arg === '-') {
      yield* readStdin(resolved, stdin);
      continue;
    }
    for await (const entry of expand(arg)) {
      if ('item' in entry) {
        yield entry.item;
        continue;
      }
      const key = path.resolve(entry.file);
      if (seen.has(key)) continue;
      seen.add(key);
      yield* readOneFile(entry.file, resolved);
    }
  }
}
