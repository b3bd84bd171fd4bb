// Element-level boilerplate rules, run on the article Readability picked (classes kept): blocks
// whose class or id names a page furniture role (share bars, newsletter boxes, related links,
// captions and credits, bylines, comments), pictures with their captions, and link lists.
// Each rule leaves an element alone when it holds a large share of the article's words, so a
// site that calls its story container "post-share-wrapper" keeps its story.
import { countWords, countWordsUpTo } from '../text.js';
import { elementsIn, letterCount, someElementIn } from '../dom/walk.js';

// Class or id words that name furniture. Matched as whole words of the class/id ("share-bar",
// "social_links", "c-newsletter"), or as the start of one ("sharing", "captioned").
const FURNITURE = new RegExp(
  String.raw`(?:^|[\s_-])(?:share|sharing|social|newsletter|subscri|signup|sign-up|promo|advert|sponsor|related|recommend|more-stories|read-?more|readnext|read-next|also-read|outbrain|taboola|trending|popular|breadcrumb|byline|author-?info|author-?bio|about-?the-?author|caption|credit|copyright|disclaimer|cookie|consent|toolbar|tags(?=$|[\s_-])|tag(?=$|\s)|tag-?list|topics?(?=$|\s)|comments?(?=$|[\s_-])|disqus|inline-?ad|ad-?slot|ad-?container|ad-?wrapper|ads?(?=$|[\s_-])|print-?only|screen-?reader|sr-only|visually-?hidden|hidden)`,
  'i',
);

/** The element's class and id, as one string. */
function names(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

export function isFurniture(el: Element): boolean {
  const n = names(el);
  return n.trim() !== '' && FURNITURE.test(n);
}

const letters = letterCount;

/** Share of an element's words that sit inside links. `words` is the element's word count, when the caller has it. */
export function linkDensity(el: Element, words: number = countWords(el.textContent ?? '')): number {
  if (words === 0) return 0;
  let linked = 0;
  for (const a of elementsIn(el)) if (a.localName.toLowerCase() === 'a') linked += countWords(a.textContent ?? '');
  return linked / words;
}

/** A list whose items are mostly links with short labels: "related stories", tag clouds, menus. */
export function isLinkList(el: Element): boolean {
  const items = Array.from(el.children).filter((c) => c.localName === 'li');
  if (items.length < 2) return false;
  const short = items.filter((li) => countWords(li.textContent ?? '') <= 20).length;
  return linkDensity(el) > 0.6 && short / items.length >= 0.6;
}

const LONE_LINK_WORDS = 20;

/** A short block that is one link and nothing else: "More from X", a teaser headline. */
export function isLoneLink(el: Element): boolean {
  if (el.getElementsByTagName('a').length === 0) return false; // no link at all: settled without reading the text
  const words = countWordsUpTo(el.textContent ?? '', LONE_LINK_WORDS + 1);
  return words > 0 && words <= LONE_LINK_WORDS && linkDensity(el, words) > 0.9;
}

// Tag names are compared in lower case, as selector matching does on HTML pages:
// Readability makes its <p> and <div> replacements as "P" and "DIV".
const LISTS = new Set(['ul', 'ol']);
const LONE_LINK_BLOCKS = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'div']);
const BLOCKS_IN_DIV = new Set(['p', 'div', 'li']);

/** Removes furniture from `root` in place; never more than `maxShare` of the article's words per element. */
export function removeFurniture(root: Element, maxShare = 0.35): void {
  // Shares are in letters, not words: CJK text has no spaces between words.
  const total = Math.max(1, letters(root));
  const small = (el: Element): boolean => letters(el) / total <= maxShare;
  // Furniture is judged by class name as a group: when every paragraph of the story carries the
  // same "paywall" or "readmore" class, the group is the story, however small each part is.
  const groups = new Map<string, { els: Element[]; size: number }>();
  for (const el of elementsIn(root)) {
    const tag = el.localName.toLowerCase();
    if (tag === 'figure' || tag === 'picture') {
      // Pictures and their captions and credits describe an image, not the story; a figure that
      // wraps article paragraphs (some templates do) is left alone.
      if (root.contains(el) && (!someElementIn(el, (d) => d.localName.toLowerCase() === 'p') || small(el))) el.remove();
    } else if (isFurniture(el)) {
      const key = names(el).trim();
      const g = groups.get(key) ?? { els: [], size: 0 };
      g.els.push(el);
      g.size += letters(el);
      groups.set(key, g);
    }
  }
  for (const g of groups.values()) {
    if (g.size / total > maxShare) continue;
    for (const el of g.els) if (root.contains(el)) el.remove(); // Readability's article is detached: isConnected is false
  }
  for (const el of elementsIn(root)) if (LISTS.has(el.localName.toLowerCase()) && root.contains(el) && isLinkList(el) && small(el)) el.remove();
  for (const el of elementsIn(root)) {
    if (!LONE_LINK_BLOCKS.has(el.localName.toLowerCase()) || !root.contains(el)) continue;
    if (el.localName === 'div' && someElementIn(el, (d) => BLOCKS_IN_DIV.has(d.localName.toLowerCase()))) continue; // only leaf divs
    if (!isLoneLink(el)) continue;
    el.remove();
  }
}
