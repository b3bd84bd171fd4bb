// The shortcuts taken for ingest speed must give what the slow paths give.
import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseLiteDocument } from '../../../src/ingest/dom/lite/parse.js';
import { allElements, elementsIn, hasText, letterCount } from '../../../src/ingest/dom/walk.js';
import { removeChrome, removeOverlays } from '../../../src/ingest/boilerplate/index.js';
import { withoutCode } from '../../../src/ingest/html.js';
import { readArticle } from '../../../src/ingest/readability/run.js';

const markup = (html: string): string => `<!doctype html><html lang="en"><head><title>T</title><meta name="a" content="b"></head><body>${html}</body></html>`;
/** The page as ingest reads it (the lite DOM). */
const page = (html: string): Document => parseLiteDocument(markup(html)) as unknown as Document;
/** The page in a complete DOM (linkedom), for Readability run as shipped. */
const referencePage = (html: string): Document => parseHTML(markup(html)).document as unknown as Document;

const story = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the story, long enough to be scored as prose, says the council, with commas, clauses and a full stop.</p>`).join('\n');

describe('DOM walks used instead of querySelectorAll and textContent', () => {
  const doc = page('<div id="a"><p>One <b>two</b></p><template><i>hidden</i></template><ul><li>x</li></ul></div><footer> \u00a0</footer>');

  it('lists every element in document order, as querySelectorAll("*") does', () => {
    assert.deepEqual(allElements(doc), Array.from(doc.querySelectorAll('*')));
    assert.deepEqual(elementsIn(doc.body), Array.from(doc.body.querySelectorAll('*')));
  });

  it('counts non-space characters as textContent without white space would', () => {
    assert.equal(letterCount(doc.body), (doc.body.textContent ?? '').replace(/\s+/g, '').length);
  });

  it('tells whether an element holds any text that is not white space', () => {
    assert.equal(hasText(doc.querySelector('#a')!), true);
    assert.equal(hasText(doc.querySelector('footer')!), false);
  });
});

describe('page rules before Readability', () => {
  it('removes overlays, then navigation and footers, keeping chrome that holds most of the text', () => {
    const doc = page(`<div class="cookie-banner">We use cookies</div><nav>Home News</nav><aside>${story(8)}</aside><footer>Contact</footer><p>Short.</p>`);
    removeChrome(doc, removeOverlays(doc));
    assert.equal(doc.querySelector('.cookie-banner'), null);
    assert.equal(doc.querySelector('nav'), null);
    assert.equal(doc.querySelector('footer'), null);
    assert.ok(doc.querySelector('aside'), 'an <aside> holding the story stays');
  });
});

describe('markup cleaning: scripts are raw text', () => {
  it('still cuts scripts whose strings hold paragraph markup', () => {
    const raw = `<body><script>var t = "<p>a</p><p>b</p><p>c</p>";</script><p>Story.</p></body>`;
    assert.equal(withoutCode(raw), '<body><p>Story.</p></body>');
  });

  it('keeps the page as it was when an unclosed <svg> would swallow paragraphs', () => {
    const raw = `<body><svg width="1"><p>One.</p><p>Two.</p><p>Three.</p><svg></svg><p>Four.</p></body>`;
    assert.equal(withoutCode(raw), raw);
  });
});

describe('Readability without its page copy', () => {
  const plain = (doc: Document): string | null | undefined => new Readability(doc, { charThreshold: 100, disableJSONLD: true, keepClasses: true }).parse()?.textContent;

  it('finds the same article as Readability run as shipped', () => {
    const html = `<div class="menu"><a href="/">Home</a></div><div class="content" style="color: red"><h1>Title</h1>${story(6)}<div style="display:none">Hidden text</div><span aria-hidden="true">x</span></div>`;
    const ours = readArticle(page(html), () => page(html));
    assert.equal((ours?.content as Element | undefined)?.textContent, plain(referencePage(html)));
    assert.ok(!(ours?.content as Element).textContent?.includes('Hidden text'));
  });

  it('runs again on a fresh page when Readability has to retry with looser rules', () => {
    // Too little text for the first pass: Readability restores the page and retries.
    const html = '<div class="sidebar"><p>Only a short note here, in a sidebar.</p></div>';
    let fresh = 0;
    const ours = readArticle(page(html), () => { fresh++; return page(html); });
    assert.equal(fresh, 1);
    assert.equal((ours?.content as Element | undefined)?.textContent, plain(referencePage(html)));
  });

  it('finds on the retry what the first pass stripped as unlikely, as Readability run as shipped does', () => {
    // The story sits in a "sidebar" block: the first pass strips it, the retry keeps it.
    const html = `<div class="sidebar"><p>${'The mayor opened the new bridge to traffic on Monday morning. '.repeat(4)}</p></div><p>Short.</p>`;
    const ours = readArticle(page(html), () => page(html));
    assert.equal((ours?.content as Element | undefined)?.textContent, plain(referencePage(html)));
  });
});

test('long white space in a <meta> property is collapsed before Readability reads it, with the same result', () => {
  const html = `<!doctype html><html><head><meta property="og:${' '.repeat(3_000)}site_name" content="Valley Post"></head><body>${'<p>The council met on Monday and agreed the new budget after a long debate, officials said.</p>'.repeat(6)}</body></html>`;
  const article = readArticle(parseLiteDocument(html) as unknown as Document, () => parseLiteDocument(html) as unknown as Document);
  assert.equal(article?.siteName, 'Valley Post');
});
