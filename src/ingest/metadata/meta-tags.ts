// <meta> tags (Open Graph, Dublin Core, Parse.ly, Sailthru, Highwire/citation, schema.org itemprop)
// and <link rel=canonical>. Keys are listed most trusted first within each field.
import { allElements } from '../dom/walk.js';
import { emptyMetadata, tidyValue, type Candidate, type PageMetadata } from './candidates.js';

const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'article.published', 'datepublished',
  'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'dc.date', 'dc.date.issued', 'dcterms.issued',
  'dcterms.date', 'dc.date.created', 'dcterms.created', 'parsely-pub-date', 'sailthru.date', 'citation_publication_date',
  'citation_date', 'article_date_original', 'original-publish-date',
];
const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'citation_title', 'parsely-title', 'headline'];
const AUTHOR_KEYS = ['author', 'article:author', 'og:article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl', 'citation_author'];
const OUTLET_KEYS = ['og:site_name', 'dc.publisher', 'citation_publisher'];
const URL_KEYS = ['og:url', 'twitter:url'];

/** Every (key, value, from) the head and body declare, keys lower-cased. */
function declarations(elements: readonly Element[]): { key: string; value: string; from: string }[] {
  const out: { key: string; value: string; from: string }[] = [];
  for (const el of elements) {
    if (el.localName !== 'meta') continue;
    const value = el.getAttribute('content');
    if (value === null || !value.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr);
      if (key) out.push({ key: key.trim().toLowerCase(), value: tidyValue(value), from: `meta[${attr}="${key.trim()}"]` });
    }
  }
  // schema.org microdata on ordinary elements: <span itemprop="datePublished" content=…> or its text.
  for (const el of elements) {
    if (!el.hasAttribute('itemprop')) continue;
    const tag = el.localName.toLowerCase();
    if (tag === 'meta' || tag === 'time') continue; // meta above; <time> has its own finder
    const key = (el.getAttribute('itemprop') ?? '').trim().toLowerCase();
    if (key !== 'datepublished' && key !== 'headline') continue;
    const value = el.getAttribute('content') ?? el.textContent ?? '';
    if (value.trim()) out.push({ key, value: tidyValue(value), from: `${tag}[itemprop="${key === 'datepublished' ? 'datePublished' : key}"]` });
  }
  return out;
}

function pick(decls: ReturnType<typeof declarations>, keys: readonly string[], accept: (v: string) => boolean = () => true): Candidate[] {
  const out: Candidate[] = [];
  for (const key of keys) {
    for (const d of decls) if (d.key === key && accept(d.value)) out.push({ value: d.value, basis: 'meta', from: d.from });
  }
  return out;
}

/** `elements` is the page's element list when the caller has it (allElements). */
export function fromMetaTags(document: Document, elements: readonly Element[] = allElements(document)): PageMetadata {
  const decls = declarations(elements);
  const meta = emptyMetadata();
  meta.published = pick(decls, DATE_KEYS);
  meta.title = pick(decls, TITLE_KEYS);
  // article:author is often a profile URL, not a name.
  meta.byline = pick(decls, AUTHOR_KEYS, (v) => !/^https?:\/\//i.test(v));
  meta.outlet = pick(decls, OUTLET_KEYS);
  meta.url = pick(decls, URL_KEYS, (v) => /^https?:\/\//i.test(v));
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (canonical && /^https?:\/\//i.test(canonical)) meta.url.push({ value: canonical.trim(), basis: 'meta', from: 'link[rel="canonical"]' });
  return meta;
}
