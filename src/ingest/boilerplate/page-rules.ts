// Page-level rules, run on the whole page before Readability: overlays that are never the story
// (cookie and consent dialogs, modal pop-ups) but are long enough for Readability to pick.
const OVERLAY = /(?:^|[\s_-])(?:cookie|consent|gdpr|onetrust|ot-sdk|didomi|cmp(?=$|[\s_-])|qc-cmp|truste(?=$|[\s_-]))/i;

export function isOverlay(el: Element): boolean {
  if (el.getAttribute('role') === 'dialog' || el.getAttribute('role') === 'alertdialog' || el.getAttribute('aria-modal') === 'true') return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return names.trim() !== '' && OVERLAY.test(names);
}

const letters = (el: Element): number => (el.textContent ?? '').replace(/\s+/g, '').length;

/**
 * Removes overlays from the page in place: never <body>, <html>, <article> or <main>, and never an
 * element holding more than a third of the page's text (some sites put the story in a dialog).
 */
export function removeOverlays(document: Document): void {
  const total = Math.max(1, letters(document.body));
  for (const el of Array.from(document.querySelectorAll('[class], [id], [role], [aria-modal]'))) {
    const tag = el.localName.toLowerCase();
    if (tag === 'body' || tag === 'html' || tag === 'article' || tag === 'main' || !el.isConnected) continue;
    if (isOverlay(el) && letters(el) / total < 1 / 3) el.remove();
  }
}

/**
 * Removes navigation, asides and footers (the HTML elements, not look-alike classes) before
 * Readability: it would discard them anyway, and walking them is most of its time on big pages.
 * Kept when one holds more than a third of the page's text (some templates wrap all in <aside>).
 */
export function removeChrome(document: Document): void {
  const total = Math.max(1, letters(document.body));
  for (const el of Array.from(document.querySelectorAll('nav, aside, footer, noscript, iframe, select'))) {
    if (el.isConnected && letters(el) / total < 1 / 3) el.remove();
  }
}
