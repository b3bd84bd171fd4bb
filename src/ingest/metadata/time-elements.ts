// <time datetime>: trusted only when marked as the publication time or placed in the article's
// header, since pages carry many other times (related stories, comments, "updated").
import { allElements } from '../dom/walk.js';
import { emptyMetadata, type PageMetadata } from './candidates.js';

/** `elements` is the page's element list when the caller has it (allElements). */
export function fromTimeElements(document: Document, elements: readonly Element[] = allElements(document)): PageMetadata {
  const meta = emptyMetadata();
  const times = elements.filter((t) => t.localName === 'time' && (t.getAttribute('datetime') ?? '').trim());
  const marked = (t: Element): boolean =>
    t.hasAttribute('pubdate') || /datepublished/i.test(t.getAttribute('itemprop') ?? '') || /publish/i.test(t.getAttribute('class') ?? '');
  const inArticleHeader = (t: Element): boolean => t.closest('header') !== null && t.closest('article') !== null;
  const inArticle = (t: Element): boolean => t.closest('article') !== null;
  const ranked: [Element, string][] = [
    ...times.filter(marked).map((t): [Element, string] => [t, 'time[pubdate] / time[itemprop="datePublished"]']),
    ...times.filter((t) => !marked(t) && inArticleHeader(t)).map((t): [Element, string] => [t, '<time> in the article header']),
    ...times.filter((t) => !marked(t) && !inArticleHeader(t) && inArticle(t)).slice(0, 1).map((t): [Element, string] => [t, 'first <time> in the article']),
  ];
  // A lone <time> on a page without <article> is most likely the publication time.
  if (ranked.length === 0 && times.length === 1) ranked.push([times[0]!, 'the only <time> on the page']);
  for (const [t, from] of ranked) meta.published.push({ value: t.getAttribute('datetime')!.trim(), basis: 'time-element', from });
  return meta;
}
