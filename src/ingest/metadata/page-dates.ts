// Last-resort publication dates, when the page declares none: the date folder of the lead image's
// address (/uploads/2020/10/13/), then the first date written in the page's text after its
// headline (what a reader sees under the title).
import { emptyMetadata, type PageMetadata } from './candidates.js';
import { dayOrderOf, findDateInText } from './date-text.js';
import { fromUrl } from './url-date.js';
import { allElements } from '../dom/walk.js';

const IMAGE_KEYS = ['og:image', 'twitter:image', 'twitter:image:src', 'image'];

/** `elements` is the page's element list when the caller has it (allElements). */
export function fromImageUrls(document: Document, elements: readonly Element[] = allElements(document)): PageMetadata {
  const meta = emptyMetadata();
  for (const el of elements) {
    if (el.localName !== 'meta') continue;
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

/**
 * The page's visible text from its first <h1> on (or from the start when it has none), up to `limit`
 * characters, and the short elements in it (date lines like "<p>January 18, 2020</p>").
 */
function textAfterHeadline(document: Document, limit = 3000): { text: string; lines: string[] } {
  const h1 = document.querySelector('h1');
  let out = '';
  const lines: string[] = [];
  let started = h1 === null;
  // Pre-order walk with an explicit stack (pages can nest thousands deep).
  const pending: Node[] = [];
  const pushChildren = (node: Node): void => {
    const kids: Node[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) kids.push(child);
    for (let k = kids.length - 1; k >= 0; k--) pending.push(kids[k]!);
  };
  if (document.body) pushChildren(document.body);
  while (pending.length && out.length < limit) {
    const child = pending.pop()!;
    if (child === h1) started = true;
    if (child.nodeType === 3) {
      if (started) out += `${child.nodeValue ?? ''} `;
    } else if (child.nodeType === 1 && !NOT_TEXT.has((child as Element).localName.toLowerCase()) && !/caption|credit/i.test((child as Element).getAttribute('class') ?? '')) {
      // Only small elements are read whole: reading every container would cost a walk each.
      const line = started && (child as Element).children.length <= 4 ? shortText(child) : '';
      if (line && line.length <= DATE_LINE_LENGTH) lines.push(line);
      pushChildren(child);
    }
  }
  return { text: out.replace(/\s+/g, ' '), lines };
}

/** The element's text with white space collapsed, or '' when it holds more than a short line's worth of markup or text. */
function shortText(element: Node): string {
  let text = '';
  let visited = 0;
  const pending: Node[] = [element];
  while (pending.length) {
    const node = pending.pop()!;
    if (++visited > SHORT_TEXT_NODES || text.length > SHORT_TEXT_CHARS) return '';
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else for (let child = node.lastChild; child; child = child.previousSibling) pending.push(child);
  }
  return text.replace(/\s+/g, ' ').trim();
}
// Far above any date line's size; bounds the work on deep or long elements.
const SHORT_TEXT_NODES = 200;
const SHORT_TEXT_CHARS = 2_000;

// An element this short that holds a date is a date line; a date inside running text may be an
// event's (a picture caption's "January 16, 2020") rather than the story's.
const DATE_LINE_LENGTH = 40;

export function fromPageText(document: Document): PageMetadata {
  const meta = emptyMetadata();
  const order = dayOrderOf(document.documentElement?.getAttribute('lang'));
  const { text, lines } = textAfterHeadline(document);
  for (const line of lines) {
    const found = findDateInText(line, order);
    if (found) {
      meta.published.push({ value: found.date.value, basis: 'text', from: 'the first date line in the page after the headline' });
      return meta;
    }
  }
  const found = findDateInText(text, order);
  if (found) meta.published.push({ value: found.date.value, basis: 'text', from: 'the first date in the page text after the headline' });
  return meta;
}
