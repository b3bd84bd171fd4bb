// JSON-LD: the most trusted metadata, as publishers write it for search engines. Article nodes are
// found at the top level, in arrays, in @graph and nested (mainEntity); @id references are resolved.
import { allElements } from '../dom/walk.js';
import { emptyMetadata, tidyValue, type PageMetadata } from './candidates.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type LdNode = { [k: string]: Json };

const ARTICLE_TYPES = new Set([
  'NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BackgroundNewsArticle', 'OpinionNewsArticle',
  'ReviewNewsArticle', 'AskPublicNewsArticle', 'SatiricalArticle', 'BlogPosting', 'LiveBlogPosting', 'Report', 'SocialMediaPosting',
]);

const MEDIA_TYPES = new Set(['VideoObject', 'ImageObject', 'AudioObject', 'MediaObject', 'Clip', 'VideoGallery', 'ImageGallery']);

const isNode = (v: Json | undefined): v is LdNode => typeof v === 'object' && v !== null && !Array.isArray(v);

/** "NewsArticle", "schema:NewsArticle", "https://schema.org/NewsArticle" → "NewsArticle". */
function typesOf(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

/** Every object in the data, depth-first, document order. */
function collectNodes(value: Json, out: LdNode[], depth = 0): void {
  if (depth > 8) return;
  if (Array.isArray(value)) for (const v of value) collectNodes(v, out, depth + 1);
  else if (isNode(value)) {
    out.push(value);
    for (const [k, v] of Object.entries(value)) if (k !== '@context') collectNodes(v, out, depth + 1);
  }
}

/** Lenient JSON.parse for script contents: HTML comment and CDATA wrappers, trailing semicolons. */
function parseScript(text: string): Json | undefined {
  const cleaned = text.replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '').replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, '').trim().replace(/;+$/, '');
  try {
    return JSON.parse(cleaned) as Json;
  } catch {
    return undefined;
  }
}

/** `elements` is the page's element list when the caller has it (allElements). */
export function fromJsonLd(document: Document, elements: readonly Element[] = allElements(document)): PageMetadata {
  const meta = emptyMetadata();
  const nodes: LdNode[] = [];
  const unparsed: string[] = [];
  for (const script of elements) {
    if (script.localName !== 'script' || !/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const data = parseScript(script.textContent ?? '');
    if (data !== undefined) collectNodes(data, nodes);
    else unparsed.push(script.textContent ?? '');
  }
  const byId = new Map<string, LdNode>();
  for (const n of nodes) if (typeof n['@id'] === 'string' && Object.keys(n).length > 1) byId.set(n['@id'], n);
  const resolve = (v: Json | undefined): Json | undefined => (isNode(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1 ? byId.get(v['@id']) ?? v : v);
  const names = (v: Json | undefined): string[] => {
    const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
    return list.flatMap((x) => {
      const r = resolve(x);
      if (typeof r === 'string') return [r];
      if (isNode(r)) return typeof r['name'] === 'string' ? [r['name']] : Array.isArray(r['name']) ? r['name'].filter((s): s is string => typeof s === 'string') : [];
      return [];
    }).map(tidyValue).filter(Boolean);
  };
  const firstString = (v: Json | undefined): string | null => {
    const list = Array.isArray(v) ? v : [v];
    const s = list.find((x): x is string => typeof x === 'string' && x.trim() !== '');
    return s === undefined ? null : tidyValue(s);
  };

  for (const node of nodes) {
    const type = typesOf(node).find((t) => ARTICLE_TYPES.has(t));
    if (!type) continue;
    const at = (field: string): string => `JSON-LD ${type}.${field}`;
    const published = firstString(node['datePublished']);
    if (published) meta.published.push({ value: published, basis: 'json-ld', from: at('datePublished') });
    const headline = firstString(node['headline']) ?? firstString(node['name']);
    if (headline) meta.title.push({ value: headline, basis: 'json-ld', from: at('headline') });
    const authors = names(node['author']);
    if (authors.length) meta.byline.push({ value: authors.join(', '), basis: 'json-ld', from: at('author') });
    const publisher = names(node['publisher'])[0];
    if (publisher) meta.outlet.push({ value: publisher, basis: 'json-ld', from: at('publisher') });
    const page = resolve(node['mainEntityOfPage']);
    const url = firstString(node['url']) ?? (typeof page === 'string' ? page : isNode(page) ? firstString(page['@id']) ?? firstString(page['url']) : null);
    if (url && /^https?:\/\//i.test(url)) meta.url.push({ value: url, basis: 'json-ld', from: at('url') });
  }
  // Less trusted: a publication date on a node of another type (WebPage, VideoObject), then one
  // read by pattern from JSON-LD that does not parse (raw line breaks and trailing commas are common).
  // A video, image or audio node dates that media (often uploaded days before the story): it ranks after meta tags.
  for (const node of nodes) {
    if (typesOf(node).some((t) => ARTICLE_TYPES.has(t))) continue;
    const published = firstString(node['datePublished']) ?? firstString(node['uploadDate']);
    const media = typesOf(node).some((t) => MEDIA_TYPES.has(t));
    if (published) meta.published.push({ value: published, basis: 'json-ld', from: `JSON-LD ${typesOf(node)[0] ?? 'node'}.datePublished`, ...(media ? { late: true as const } : {}) });
  }
  for (const text of unparsed) {
    const m = /"datePublished"\s*:\s*"([^"]{6,40})"/.exec(text);
    if (m) meta.published.push({ value: tidyValue(m[1]!), basis: 'json-ld', from: 'JSON-LD datePublished (script does not parse)' });
  }
  return meta;
}
