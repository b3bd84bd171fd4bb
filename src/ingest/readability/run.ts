// Readability on a page of our small DOM (dom/lite), with costs taken out that do not change its result:
// - it serialises the whole <body> first, to restore it if it has to retry with looser rules; we
//   hand it a stand-in and, in the rare case it does retry, run it again on a fresh parse;
// - its visibility test builds a CSSStyleDeclaration per element; without a style attribute the
//   answer does not depend on one;
// - it finds elements by tag with querySelectorAll, which runs a CSS matcher on every element, and
//   reads whole texts (textContent) to learn only whether they are empty or short;
// - it resolves every link and image address of the article against the page's (about:blank, so
//   each relative one throws), which changes only attributes nobody reads afterwards;
// - it reads each image's attribute list twice per attribute.
// Each override returns what the original returns and leaves the same elements and text, in the same order.
import { Readability } from '@mozilla/readability';
import { elementsIn, hasText } from '../dom/walk.js';
import { LiteParent } from '../dom/lite/nodes.js';

export type Article = NonNullable<ReturnType<Readability<Node>['parse']>>;

/** Deeper than this, Readability's work grows too fast (65 s at 2,000 nested divs, found by fuzzing): the fallbacks read the page. */
const MAX_READABILITY_DEPTH = 300;

const SOURCE_ATTRIBUTES = new Set(['src', 'srcset', 'data-src', 'data-srcset']);
const IMAGE_ADDRESS = /\.(jpg|jpeg|png|webp)/i;

const OPTIONS = { charThreshold: 100, disableJSONLD: true, keepClasses: true, serializer: (node: Node): Node => node };

interface Internals {
  _isProbablyVisible(node: Element): boolean;
  _unwrapNoscriptImages(doc: Document): void;
  _getInnerText(node: Element, normalizeSpaces?: boolean): string;
  REGEXPS: { byline: RegExp };
  FLAG_STRIP_UNLIKELYS: number;
  _flags: number;
  _attempts: { articleContent: Element; textLength: number }[];
}
const base = Readability.prototype as unknown as Internals;

class QuickReadability extends Readability<Node> {
  /** The last text length read and whose: just before a retry, that is the failed attempt's article and length. */
  lastRead: { articleContent: Element; textLength: number } | null = null;

  _getInnerText(node: Element, normalizeSpaces?: boolean): string {
    const text = base._getInnerText.call(this, node, normalizeSpaces);
    this.lastRead = { articleContent: node, textLength: text.length };
    return text;
  }

  _isProbablyVisible(node: Element): boolean {
    if (node.hasAttribute('style')) return base._isProbablyVisible.call(this, node);
    return !node.hasAttribute('hidden') && (node.getAttribute('aria-hidden') !== 'true' || !!node.className?.includes?.('fallback-image'));
  }

  _getAllNodesWithTag(node: ParentNode, tagNames: string[]): Element[] {
    if (node instanceof LiteParent) return tagNames.length === 1 ? (node.getElementsByTagName(tagNames[0]!) as unknown as Element[]) : (node.getElementsByTagNames(tagNames) as unknown as Element[]);
    if (tagNames.length === 1) {
      const tag = tagNames[0]!.toLowerCase();
      return elementsIn(node).filter((el) => el.localName.toLowerCase() === tag);
    }
    const tags = new Set(tagNames.map((t) => t.toLowerCase()));
    return elementsIn(node).filter((el) => tags.has(el.localName.toLowerCase()));
  }

  _isElementWithoutContent(node: Element): boolean {
    if (node.nodeType !== 1 || hasText(node)) return false;
    const children = node.children.length;
    return !children || children === node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length;
  }

  _fixRelativeUris(articleContent: Element): void {
    // Only the part that changes the tree: javascript: links become their text. Resolving the other
    // addresses (against about:blank, so every relative one throws) changes attributes nobody reads.
    for (const link of this._getAllNodesWithTag(articleContent, ['a'])) {
      if (!link.getAttribute('href')?.startsWith('javascript:')) continue;
      const only = link.childNodes.length === 1 && link.childNodes[0]!.nodeType === 3;
      const replacement = only ? this.doc().createTextNode(link.textContent ?? '') : this.doc().createElement('span');
      if (!only) while (link.firstChild) replacement.appendChild(link.firstChild);
      link.parentNode!.replaceChild(replacement, link);
    }
  }

  _unwrapNoscriptImages(doc: Document): void {
    // The original's first step, reading each image's attributes once (a complete DOM builds the list on
    // every read): images with no source and no image address anywhere are placeholders.
    for (const img of Array.from(doc.getElementsByTagName('img'))) {
      if (!Array.from(img.attributes).some((a) => SOURCE_ATTRIBUTES.has(a.name) || IMAGE_ADDRESS.test(a.value))) img.remove();
    }
    // Its second step (images in <noscript>) runs only when there is one; its first step is then a no-op.
    if (doc.getElementsByTagName('noscript').length) base._unwrapNoscriptImages.call(this, doc);
  }

  private doc(): Document {
    return (this as unknown as { _doc: Document })._doc;
  }

  _isValidByline(node: Element, matchString: string): boolean {
    // The text is read only when the names say byline (the original reads it for every element).
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    if (!(rel === 'author' || itemprop?.includes('author') || (this as unknown as Internals).REGEXPS.byline.test(matchString))) return false;
    const length = (node.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  }
}

/** Thrown when Readability restores the page for a retry: the stand-in cannot be restored. */
class RetryNeeded extends Error {}
const STAND_IN = '<!-- dateline: page not cached -->';

function deeperThan(root: Node, limit: number): boolean {
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Collapses white space in long <meta> property and name values. Readability matches them with
 * unanchored patterns that open with \s*, which take time growing with the square of a long run of
 * spaces (a damaged page held 65,000); it drops all white space from what they match, so
 * collapsing changes no result.
 */
function shortenMetaNames(document: Document): void {
  for (const meta of Array.from(document.getElementsByTagName('meta'))) {
    for (const name of ['property', 'name']) {
      const value = meta.getAttribute(name);
      if (value && value.length > 100) meta.setAttribute(name, value.replace(/\s+/g, ' '));
    }
  }
}

/**
 * Readability's article from `document` (which it rewrites), or null. `fresh` gives the same page
 * again, prepared the same way, for the rare page where Readability has to retry.
 */
export function readArticle(document: Document, fresh: () => Document): Article | null {
  if (deeperThan(document.documentElement, MAX_READABILITY_DEPTH)) return null;
  shortenMetaNames(document);
  let reader: QuickReadability | null = null;
  try {
    Object.defineProperty(document.body, 'innerHTML', {
      configurable: true,
      get: () => STAND_IN,
      set(this: Element, html: string) {
        if (html === STAND_IN) throw new RetryNeeded();
        delete (this as { innerHTML?: string }).innerHTML; // anything else: the DOM's own setter
        this.innerHTML = html;
      },
    });
    reader = new QuickReadability(document, OPTIONS);
    return reader.parse();
  } catch (e) {
    if (!(e instanceof RetryNeeded)) return null; // Readability can trip over odd markup; the fallbacks still apply.
  }
  try {
    // The fresh run starts where the first stopped: its failed first attempt kept for the final
    // choice among attempts (longest text wins), and the unlikely-candidates rule already off.
    const page = fresh();
    shortenMetaNames(page);
    const again = new QuickReadability(page, OPTIONS);
    const failed = reader?.lastRead;
    if (failed) {
      const internals = again as unknown as Internals;
      internals._attempts.push(failed);
      internals._flags &= ~internals.FLAG_STRIP_UNLIKELYS;
    }
    return again.parse();
  } catch {
    return null;
  }
}
