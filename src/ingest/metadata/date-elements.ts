// Dates shown to readers next to the headline: elements whose class, id or itemprop names a
// publication date ("date", "post-date", "published", "fecha", "datum", "timestamp"), read from
// their datetime/content/title attribute or their text. Elements about updates, comments or other
// stories (related lists, navigation, footers, asides) are passed over.
import { emptyMetadata, type PageMetadata } from './candidates.js';
import { dayOrderOf, findDateInText } from './date-text.js';
import { allElements } from '../dom/walk.js';

const DATE_NAMES = /(?:^|[\s_-])(?:date|dates|dated|time|timestamp|pubdate|published|publish|publication|posted|post-?date|post-?meta|entry-?date|entry-?meta|article-?date|article-?meta|meta-?date|byline|dateline|fecha|datum|data|datetime|date-?time)(?=$|[\s_-])|(?:date|time)(?:published|stamp)|publi(?:shed|cation)|-date\b|__date/i;
const NOT_PUBLICATION = /(?:update|modif|edit|comment|expir|event|birth|deadline|related|recommend|popular|trending|footer|sidebar|widget|copyright|weather|today|clock|current)/i;
const OUTSIDE = 'nav, footer, aside, [class*="related"], [class*="sidebar"], [class*="comment"], [class*="footer"], [class*="widget"], [class*="recommend"], [class*="popular"], [class*="trending"]';

/** `elements` is the page's element list when the caller has it (allElements). */
export function fromDateElements(document: Document, elements: readonly Element[] = allElements(document)): PageMetadata {
  const meta = emptyMetadata();
  const order = dayOrderOf(document.documentElement?.getAttribute('lang'));
  for (const el of elements.filter((e) => e.hasAttribute('class') || e.hasAttribute('id') || e.hasAttribute('itemprop')).slice(0, 5000)) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    if (!DATE_NAMES.test(names) || NOT_PUBLICATION.test(names)) continue;
    const tag = el.localName.toLowerCase();
    if (tag === 'body' || tag === 'html' || tag === 'script' || tag === 'style' || el.closest(OUTSIDE)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 200) continue; // a container, not a date label
    const sources = [el.getAttribute('datetime'), el.getAttribute('content'), el.getAttribute('title'), el.getAttribute('data-time'), el.getAttribute('data-date'), text];
    for (const s of sources) {
      if (!s) continue;
      const found = findDateInText(s, order);
      if (found) {
        meta.published.push({ value: found.date.value, basis: 'text', from: `<${tag} class="${(el.getAttribute('class') ?? el.getAttribute('id') ?? '').slice(0, 60)}">` });
        return meta;
      }
    }
  }
  return meta;
}
