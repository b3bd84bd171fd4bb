// Last-resort publication dates, when the page declares none: the date folder of the lead image's
// address (/uploads/2020/10/13/), then the first date written in the page's text after its
// headline (what a reader sees under the title).
import { emptyMetadata, type PageMetadata } from './candidates.js';
import { dayOrderOf, findDateInText } from './date-text.js';
import { fromUrl } from './url-date.js';

const IMAGE_KEYS = ['og:image', 'twitter:image', 'twitter:image:src', 'image'];

export function fromImageUrls(document: Document): PageMetadata {
  const meta = emptyMetadata();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const value = el.getAttribute('content');
    if (!IMAGE_KEYS.includes(key) || !value) continue;
    const found = fromUrl(value.trim()).published[0];
    if (found) {
      meta.published.push({ ...found, basis: 'url', from: `the lead image address ${value.trim()}` });
      return meta;
    }
  }
  return meta;
}

const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'aside', 'select', 'option', 'button', 'form', 'iframe', 'figure', 'figcaption']);
// (Captions are skipped too: they date the picture, often days before the story.)

/** The page's visible text from its first <h1> on (or from the start when it has none), up to `limit` characters. */
function textAfterHeadline(document: Document, limit = 3000): string {
  const h1 = document.querySelector('h1');
  let out = '';
  let started = h1 === null;
  const walk = (node: Node): boolean => {
    for (const child of Array.from(node.childNodes)) {
      if (out.length >= limit) return true;
      if (child === h1) started = true;
      if (child.nodeType === 3) {
        if (started) out += `${child.nodeValue ?? ''} `;
      } else if (child.nodeType === 1 && !NOT_TEXT.has((child as Element).localName.toLowerCase()) && !/caption|credit/i.test((child as Element).getAttribute('class') ?? '')) {
        if (walk(child)) return true;
      }
    }
    return false;
  };
  if (document.body) walk(document.body);
  return out.replace(/\s+/g, ' ');
}

export function fromPageText(document: Document): PageMetadata {
  const meta = emptyMetadata();
  const found = findDateInText(textAfterHeadline(document), dayOrderOf(document.documentElement?.getAttribute('lang')));
  if (found) meta.published.push({ value: found.date.value, basis: 'text', from: 'the first date in the page text after the headline' });
  return meta;
}
