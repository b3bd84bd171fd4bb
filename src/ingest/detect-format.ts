// Which reader an input needs: by file extension first, by content when the extension says nothing.
import path from 'node:path';
import type { InputFormat } from '../model/types.js';
import { withoutGzipSuffix } from './gzip.js';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed', '.rdf': 'feed', '.feed': 'feed',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'jsonl',
};

// Each also gzip-compressed: "report.html.gz" is an HTML page.
export const KNOWN_EXTENSIONS: readonly string[] = [...Object.keys(BY_EXTENSION), ...Object.keys(BY_EXTENSION).map((ext) => `${ext}.gz`)];

export function formatFromExtension(name: string): InputFormat | null {
  return BY_EXTENSION[path.extname(withoutGzipSuffix(name)).toLowerCase()] ?? null;
}

/** True for a name whose extension marks a whole-file JSON document (one object or an array). */
export function isJsonFile(name: string): boolean {
  return path.extname(withoutGzipSuffix(name)).toLowerCase() === '.json';
}

/** Guesses the format from the first bytes, already decoded (BOM and leading space are skipped). */
export function sniffFormat(head: string): InputFormat {
  const s = head.replace(/^\uFEFF/, '').trimStart().slice(0, 8192);
  if (s.startsWith('{') || s.startsWith('[')) {
    return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version/.test(s) ? 'feed' : 'jsonl';
  }
  if (/^<(\?xml|rss|feed|rdf:RDF)\b/i.test(s)) {
    return /<(!doctype\s+html|html)\b/i.test(s) ? 'html' : 'feed';
  }
  if (/^<(!doctype\s+html|html|head|body)\b/i.test(s) || /<(p|div|article|br|h[1-6])\b[^>]*>/i.test(s)) return 'html';
  return 'text';
}

/** The format of one input: forced, else by extension, else sniffed. A .json JSON Feed is a feed. */
export function detectFormat(name: string, head: string, forced?: InputFormat): InputFormat {
  if (forced) return forced;
  const byExt = name === '-' ? null : formatFromExtension(name);
  if (byExt === 'jsonl' && isJsonFile(name) && sniffFormat(head) === 'feed') return 'feed';
  return byExt ?? sniffFormat(head);
}
