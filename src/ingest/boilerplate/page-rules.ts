// Page-level rules, run on the whole page before Readability: overlays that are never the story
// (cookie and consent dialogs, modal pop-ups) but are long enough for Readability to pick.
import { elementsIn, letterCount } from '../dom/walk.js';

const OVERLAY = /(?:^|[\s_-])(?:cookie|consent|gdpr|onetrust|ot-sdk|didomi|cmp(?=$|[\s_-])|qc-cmp|truste(?=$|[\s_-]))/i;

export function isOverlay(el: Element): boolean {
  if (el.getAttribute('role') === 'dialog' || el.getAttribute('role') === 'alertdialog' || el.getAttribute('aria-modal') === 'true') return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return names.trim() !== '' && OVERLAY.test(names);
}


/**
 * Removes overlays from the page in place: never <body>, <html>, <article> or <main>, and never an
 * element holding more than a third of the page's text (some sites put the story in a dialog).
 * Returns the page's letter count after the removal.
 */
export function removeOverlays(document: Document, total: number = letterCount(document.body)): number {
  const whole = Math.max(1, total);
  let left = total;
  for (const el of elementsIn(document.documentElement)) {
    if (!el.hasAttribute('class') && !el.hasAttribute('id') && !el.hasAttribute('role') && !el.hasAttribute('aria-modal')) continue;
    const tag = el.localName.toLowerCase();
    if (tag === 'body' || tag === 'html' || tag === 'article' || tag === 'main' || !isOverlay(el) || !el.isConnected) continue;
    const letters = letterCount(el);
    if (letters / whole < 1 / 3) {
      if (document.body.contains(el)) left -= letters; // removed ones never overlap: a removed one's descendants are disconnected
      el.remove();
    }
  }
  return left;
}

const CHROME = new Set(['nav', 'aside', 'footer', 'noscript', 'iframe', 'select']);

/**
 * Removes navigation, asides and footers (the HTML elements, not look-alike classes) before
 * Readability: it would discard them anyway, and walking them is most of its time on big pages.
 * Kept when one holds more than a third of the page's text (some templates wrap all in <aside>).
 * `total` is the page's letter count, when the caller knows it.
 */
export function removeChrome(document: Document, total: number = letterCount(document.body)): void {
  const whole = Math.max(1, total);
  for (const el of elementsIn(document.documentElement)) {
    if (CHROME.has(el.localName.toLowerCase()) && el.isConnected && letterCount(el) / whole < 1 / 3) el.remove();
  }
}
