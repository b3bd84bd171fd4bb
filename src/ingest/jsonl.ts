// JSON lines (CONTRACT.md input): one {"id","url","title","outlet","published","text"|"html"} per
// line. A bad line fails alone; the good lines around it still come out.
import type { Diagnostic } from '../model/types.js';
import { readIsoDate, toPublished } from './dates.js';
import { decode } from './decode.js';
import { buildDocument } from './document.js';
import { sha256 } from './hash.js';
import { extractHtmlPage, noArticleReason } from './html.js';
import { failure, type IngestItem } from './item.js';
import { sizeText, type Resolved } from './options.js';
import { cleanPlainText } from './text.js';

export interface JsonContext {
  /** Path as given ("-" for standard input). */
  path: string;
  /** How the input is named in messages. */
  name: string;
  /** File name without extension: the id prefix. */
  idBase: string;
  resolved: Resolved;
}

const EXAMPLE = '{"id": "…", "published": "2025-03-21", "text": "…"}';

/** Lines of a byte buffer, numbered from 1, without their line ending. */
export function* splitLines(bytes: Uint8Array): Generator<{ bytes: Uint8Array; lineNo: number }> {
  let start = 0;
  let lineNo = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const stop = end > start && bytes[end - 1] === 0x0d ? end - 1 : end;
    if (start < bytes.length || lineNo === 1) yield { bytes: bytes.subarray(start, stop), lineNo };
    start = end + 1;
    lineNo++;
  }
}

/** One line → one item, or null for a blank line. */
export function readJsonLine(bytes: Uint8Array, lineNo: number, ctx: JsonContext): IngestItem | null {
  const label = `${ctx.name} line ${lineNo}`;
  if (bytes.length > ctx.resolved.maxBytes) return tooLong(label, bytes.length, ctx.resolved.maxBytes);
  const decoded = decode(bytes, label, ctx.resolved.encoding, false);
  const line = decoded.text.trim();
  if (!line) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return failure('DL108', label, `${label} is not JSON (${(e as Error).message}): each line must be one JSON object like ${EXAMPLE}`);
  }
  return readJsonRecord(value, { n: lineNo, label, idDefault: `${ctx.idBase}-${lineNo}`, rawHash: sha256(bytes), encoding: decoded.encoding, diagnostics: decoded.diagnostics }, ctx);
}

export function tooLong(label: string, size: number, limit: number): IngestItem {
  return failure('DL105', label, `${label} is ${sizeText(size)}, over the limit of ${sizeText(limit)} per document; raise it with --max-bytes (e.g. --max-bytes 52428800) or DATELINE_MAX_BYTES (e.g. DATELINE_MAX_BYTES=50MiB)`);
}

interface RecordPlace {
  n: number;
  label: string;
  idDefault: string;
  rawHash: string;
  encoding: string;
  diagnostics: Diagnostic[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** One parsed JSON value (a line, or an element of a .json array) → one item. */
export function readJsonRecord(value: unknown, at: RecordPlace, ctx: JsonContext): IngestItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failure('DL109', at.label, `${at.label} is JSON but not an object: each document must be an object like ${EXAMPLE}`);
  }
  const rec = value as Record<string, unknown>;
  const text = str(rec['text']);
  const html = str(rec['html']);
  if (!text && !html) {
    const keys = Object.keys(rec).slice(0, 8).join(', ') || 'none';
    return failure('DL109', at.label, `${at.label} has neither "text" nor "html" (its keys: ${keys}); put the article text in "text", or the page in "html"`);
  }
  let published = null;
  if (rec['published'] !== undefined && rec['published'] !== null && rec['published'] !== '') {
    const d = typeof rec['published'] === 'string' ? readIsoDate(rec['published']) : null;
    if (!d) {
      return failure('DL111', at.label, `${at.label}: "published": ${JSON.stringify(rec['published'])} is not a date: expected YYYY-MM-DD or an ISO 8601 timestamp`);
    }
    published = toPublished(d, 'input');
  }
  const id = typeof rec['id'] === 'number' ? String(rec['id']) : str(rec['id'])?.trim() ?? at.idDefault;
  const url = str(rec['url']) ?? ctx.resolved.url ?? null;
  const common = { format: 'jsonl' as const, path: ctx.path, item: at.n, id, rawHash: at.rawHash, encoding: at.encoding };

  if (text) {
    const clean = cleanPlainText(text);
    return { ok: true, document: buildDocument({
      ...common, text: clean.text, paragraphs: clean.paragraphs, url, title: str(rec['title']),
      byline: str(rec['byline']) ?? str(rec['author']), outlets: [str(rec['outlet'])], published: [published], diagnostics: at.diagnostics,
    }, ctx.resolved.overrides) };
  }
  const page = extractHtmlPage(html!, at.label, url);
  if (!page.ok) {
    return failure('DL106', at.label, `${at.label}: the "html" holds no article text: ${noArticleReason(page.words)}; give the article in "text" instead`);
  }
  return { ok: true, document: buildDocument({
    ...common, text: page.text, paragraphs: page.paragraphs, offsetMap: page.offsetMap, url: url ?? page.url,
    title: str(rec['title']) ?? page.title, byline: str(rec['byline']) ?? str(rec['author']) ?? page.byline,
    outlets: [str(rec['outlet']), ...page.outlets], published: [published, page.published], yearHint: page.yearHint,
    diagnostics: [...at.diagnostics, ...page.diagnostics],
  }, ctx.resolved.overrides) };
}

/** A whole JSON-lines buffer (readBytes; readPaths streams instead). */
export function readJsonLines(bytes: Uint8Array, ctx: JsonContext): IngestItem[] {
  const items: IngestItem[] = [];
  for (const { bytes: line, lineNo } of splitLines(bytes)) {
    const item = readJsonLine(line, lineNo, ctx);
    if (item) items.push(item);
  }
  return items;
}

/** A .json file: one object, or an array of objects; a .json file that is really JSON lines is read as such. */
export function readJsonFile(bytes: Uint8Array, ctx: JsonContext): IngestItem[] {
  const decoded = decode(bytes, ctx.name, ctx.resolved.encoding, false);
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (e) {
    if (decoded.text.trim().split('\n').length > 1) return readJsonLines(bytes, ctx);
    return [failure('DL108', ctx.name, `${ctx.name} is not valid JSON (${(e as Error).message}): give one object, an array of objects, or JSON lines like ${EXAMPLE}`)];
  }
  const rawHash = sha256(bytes);
  const place = (n: number, label: string, idDefault: string): RecordPlace => ({ n, label, idDefault, rawHash, encoding: decoded.encoding, diagnostics: decoded.diagnostics });
  if (Array.isArray(value)) return value.map((v, i) => readJsonRecord(v, place(i + 1, `${ctx.name} item ${i + 1}`, `${ctx.idBase}-${i + 1}`), ctx));
  return [readJsonRecord(value, place(1, ctx.name, ctx.idBase), ctx)];
}
