// One input's bytes → items. Checks run cheapest first: empty, binary, size, then decode and read.
import { DatelineError } from '../model/diagnostics.js';
import { bomEncoding, decode, looksBinary } from './decode.js';
import { detectFormat, isJsonFile } from './detect-format.js';
import { buildDocument } from './document.js';
import { gunzipWithin, isGzip } from './gzip.js';
import { readFeed } from './feed.js';
import { sha256 } from './hash.js';
import { extractHtmlPage, noArticleReason } from './html.js';
import { displayName, failure, idBaseOf, type IngestItem } from './item.js';
import { chooseMetadata, fromUrl } from './metadata/index.js';
import { readJsonFile, readJsonLines, type JsonContext } from './jsonl.js';
import { resolveOptions, sizeText, type IngestOptions, type Resolved } from './options.js';
import { cleanPlainText } from './text.js';

/** The first bytes as text, enough to sniff the format. */
export function headText(bytes: Uint8Array): string {
  return new TextDecoder(bomEncoding(bytes) ?? 'utf-8').decode(bytes.subarray(0, 8192));
}

export function tooLarge(name: string, size: number, limit: number): IngestItem {
  return failure('DL105', name, `${name} is ${sizeText(size)}, over the limit of ${sizeText(limit)}; raise it with --max-bytes (e.g. --max-bytes 52428800) or DATELINE_MAX_BYTES (e.g. DATELINE_MAX_BYTES=50MiB)`);
}

export function tooLargeUnpacked(name: string, limit: number): IngestItem {
  return failure('DL105', name, `${name} is gzip-compressed and decompresses to more than the limit of ${sizeText(limit)}; raise it with --max-bytes (e.g. --max-bytes 52428800) or DATELINE_MAX_BYTES`);
}

export function damagedGzip(name: string, detail: string): IngestItem {
  return failure('DL127', name, `${name} is gzip-compressed but damaged or cut short (${detail}); nothing before the damage could be kept from it; fetch or copy the file again`);
}

/** A JSON array is one whole document, not lines, whatever the file is called. */
export function startsWithBracket(bytes: Uint8Array): boolean {
  return /^\uFEFF?\s*\[/.test(headText(bytes.subarray(0, 64)));
}

/** Resolves options, turning a bad setting into a failure item rather than a throw. */
export function resolveOrFail(opts: IngestOptions, name: string): Resolved | IngestItem {
  try {
    return resolveOptions(opts);
  } catch (e) {
    if (e instanceof DatelineError) return failure(e.code, name, e.message);
    throw e;
  }
}

/**
 * One input (file contents and its name, "-" for standard input) → one item for a text or HTML
 * file, one per item for a feed, one per line for JSON lines. Bad input becomes {ok:false} items.
 */
export function readBytes(bytes: Uint8Array, name: string, opts: IngestOptions = {}): IngestItem[] {
  const shown = displayName(name);
  const resolved = resolveOrFail(opts, shown);
  if ('ok' in resolved) return [resolved];
  try {
    return readResolved(bytes, name, resolved);
  } catch (e) {
    // A reader bug must not stop a batch: this input fails with its reason, the others go on.
    if (e instanceof DatelineError) return [failure(e.code, shown, e.message)];
    return [failure('DL118', shown, `${shown} could not be read: the reader failed (${e instanceof Error ? e.message : String(e)}); this is a bug, please report it with the file`)];
  }
}

export function readResolved(raw: Uint8Array, name: string, resolved: Resolved): IngestItem[] {
  const shown = displayName(name);
  if (raw.length === 0) return [failure('DL101', shown, `${shown} is empty (0 bytes); nothing to read`)];
  const unpacked = isGzip(raw) ? gunzipWithin(raw, resolved.maxBytes) : { ok: true as const, bytes: raw };
  if (!unpacked.ok) return [unpacked.reason === 'too-large' ? tooLargeUnpacked(shown, resolved.maxBytes) : damagedGzip(shown, unpacked.detail)];
  const bytes = unpacked.bytes;
  if (bytes.length === 0) return [failure('DL101', shown, `${shown} is empty once decompressed; nothing to read`)];
  const bom = bomEncoding(bytes);
  if (bom !== 'utf-16le' && bom !== 'utf-16be' && looksBinary(bytes)) {
    return [failure('DL102', shown, `${shown} looks binary (NUL bytes or many control characters), not text, HTML, a feed or JSON lines; if it is a PDF or word-processor file, save it as text first`)];
  }
  const format = detectFormat(name, headText(bytes), resolved.format);
  const idBase = idBaseOf(name);

  if (format === 'jsonl') {
    const ctx: JsonContext = { path: name, name: shown, idBase, resolved };
    // Lines are documents, so the limit applies per line; a .json file is one document.
    if (!isJsonFile(name) && !startsWithBracket(bytes)) return readJsonLines(bytes, ctx);
    if (bytes.length > resolved.maxBytes) return [tooLarge(shown, bytes.length, resolved.maxBytes)];
    return readJsonFile(bytes, ctx);
  }

  if (bytes.length > resolved.maxBytes) return [tooLarge(shown, bytes.length, resolved.maxBytes)];
  const decoded = decode(bytes, shown, resolved.encoding);
  if (!decoded.text.trim()) return [failure('DL101', shown, `${shown} holds only white space; nothing to read`)];
  const rawHash = sha256(bytes);
  const common = { path: name, rawHash, encoding: decoded.encoding, id: name === '-' ? (hash: string) => `stdin-${hash.slice(0, 12)}` : idBase };

  if (format === 'feed') {
    return readFeed(decoded.text, { path: name, name: shown, idBase, rawHash, encoding: decoded.encoding, diagnostics: decoded.diagnostics, overrides: resolved.overrides });
  }
  if (format === 'html') {
    const page = extractHtmlPage(decoded.text, shown, resolved.url);
    if (!page.ok) {
      return [failure('DL106', shown, `${shown} holds no article text: ${noArticleReason(page.words)}; if the page needs JavaScript to show the article, save the article text as a .txt file instead`)];
    }
    return [{ ok: true, document: buildDocument({
      ...common, format: 'html', text: page.text, paragraphs: page.paragraphs, offsetMap: page.offsetMap,
      url: page.url, title: page.title, byline: page.byline, outlets: page.outlets, published: [page.published],
      yearHint: page.yearHint, diagnostics: [...decoded.diagnostics, ...page.diagnostics],
    }, resolved.overrides) }];
  }
  const clean = cleanPlainText(decoded.text);
  // A plain text has no metadata of its own; only an address given with it can carry a date.
  const fromAddress = resolved.url ? chooseMetadata(fromUrl(resolved.url), shown) : null;
  return [{ ok: true, document: buildDocument({
    ...common, format: 'text', text: clean.text, paragraphs: clean.paragraphs, url: resolved.url ?? null,
    title: null, published: [fromAddress?.published], yearHint: fromAddress?.yearHint ?? null,
    diagnostics: [...decoded.diagnostics, ...(fromAddress?.diagnostics ?? [])],
  }, resolved.overrides) }];
}
