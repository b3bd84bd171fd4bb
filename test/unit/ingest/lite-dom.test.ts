// The lite DOM that ingest reads pages with must answer as a complete DOM does (linkedom here is the
// reference) for every read the readers make, and change the tree as the DOM's methods do.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { parseLiteDocument } from '../../../src/ingest/dom/lite/parse.js';
import { LiteElement, LiteText } from '../../../src/ingest/dom/lite/nodes.js';

const PAGE = `<!doctype html><html lang="en"><head><title>Rain in the valley</title><meta property="og:site_name" content="Valley Post"></head>
<body><header class="top  bar"><nav><a href="/">Home</a></nav></header>
<article id="story" data-kind="news"><h1>Rain &amp; wind</h1><p>The river rose <b>two metres</b> overnight, officials said.</p>
<p>Schools closed.<br>Roads too.</p><ul><li>One</li><li>Two</li></ul><img src="a.jpg" alt="River"></article>
<footer>Contact</footer></body></html>`;

const lite = (): Document => parseLiteDocument(PAGE) as unknown as Document;
const reference = (): Document => parseHTML(PAGE).document as unknown as Document;
const names = (elements: ArrayLike<Element>): string[] => Array.from(elements, (e) => e.tagName);

describe('lite DOM reads', () => {
  it('gives the same elements, names and text as a complete DOM', () => {
    const [a, b] = [lite(), reference()];
    assert.deepEqual(names(a.querySelectorAll('*')), names(b.querySelectorAll('*')));
    assert.deepEqual(names(a.getElementsByTagName('*')), names(b.querySelectorAll('*')));
    assert.deepEqual(names(a.getElementsByTagName('p')), names(b.getElementsByTagName('p')));
    assert.equal(a.body.textContent, b.body.textContent);
    assert.equal(a.title, b.title);
    assert.equal(a.documentElement.getAttribute('lang'), 'en');
    assert.equal(a.querySelector('article')!.children.length, b.querySelector('article')!.children.length);
    assert.deepEqual(names(a.querySelectorAll('body p')), names(b.querySelectorAll('body p')));
    assert.equal(a.querySelector('b')!.closest('article')?.id, 'story');
    assert.equal(a.querySelector('a')!.closest('nav, header, footer, aside')?.tagName, 'NAV');
    assert.equal(a.querySelector('meta[property="og:site_name"]')?.getAttribute('content'), 'Valley Post');
  });

  it('decodes entities and keeps adjacent text as one node', () => {
    const h1 = lite().querySelector('h1')!;
    assert.equal(h1.textContent, 'Rain & wind');
    assert.equal(h1.childNodes.length, 1);
  });

  it('reads attribute names in any case, as HTML does', () => {
    const doc = parseLiteDocument('<html><body><time dateTime="2024-05-01">May 1</time></body></html>');
    assert.equal(doc.querySelector('time')!.getAttribute('datetime'), '2024-05-01');
    assert.equal(doc.querySelector('time')!.getAttribute('DATETIME'), '2024-05-01');
  });

  it('keeps <template> contents out of the tree', () => {
    const doc = parseLiteDocument('<html><body><p>Seen</p><template><p>Unseen</p></template></body></html>');
    assert.equal(doc.body.textContent, 'Seen');
    assert.equal(doc.querySelectorAll('p').length, 1);
  });

  it('makes <head> and <body> when the page has none, as linkedom does', () => {
    const doc = parseLiteDocument('<html><p>Loose</p></html>');
    assert.equal(doc.head.tagName, 'HEAD');
    assert.equal(doc.body.tagName, 'BODY');
    assert.equal(doc.documentElement!.firstElementChild!.tagName, 'HEAD');
  });

  it('reads the style attribute for display and visibility', () => {
    const doc = parseLiteDocument('<html><body><div style="Display: none !important; visibility:hidden">x</div></body></html>');
    const div = doc.querySelector('div')!;
    assert.equal(div.style.display, 'none');
    assert.equal(div.style.visibility, 'hidden');
  });
});

describe('lite DOM changes', () => {
  it('moves, replaces and removes children, keeping child lists current', () => {
    const doc = parseLiteDocument('<html><body><div id="a"><p>1</p><p>2</p></div><div id="b"></div></body></html>');
    const [a, b] = [doc.querySelector('#a')!, doc.querySelector('#b')!];
    const first = a.children[0]!;
    assert.equal(a.children.length, 2);
    b.appendChild(first);
    assert.equal(a.children.length, 1);
    assert.equal(b.firstChild, first);
    const span = doc.createElement('SPAN');
    assert.equal(span.tagName, 'SPAN');
    a.replaceChild(span, a.children[0]!);
    assert.equal(a.innerHTML, '<span></span>');
    span.remove();
    assert.equal(a.childNodes.length, 0);
    assert.equal(doc.body.textContent, '1');
  });

  it('moves the children of a fragment, and refuses to insert a node into itself', () => {
    const doc = parseLiteDocument('<html><body><div></div></body></html>');
    const div = doc.querySelector('div')!;
    div.innerHTML = '<p>a</p>text<!--note--><br>';
    assert.equal(div.childNodes.length, 4);
    assert.equal(div.innerHTML, '<p>a</p>text<!--note--><br>');
    assert.throws(() => div.appendChild(doc.body));
  });

  it('serialises with escaped text and attributes', () => {
    const doc = parseLiteDocument('<html><body><p title="a &quot;b&quot;">x &lt; y &amp; z</p></body></html>');
    assert.equal(doc.querySelector('p')!.outerHTML, '<p title="a &quot;b&quot;">x &lt; y &amp; z</p>');
  });

  it('sets, copies and removes attributes', () => {
    const doc = parseLiteDocument('<html><body><p class="a" id="x">t</p></body></html>');
    const p = doc.querySelector('p')!;
    const copy = doc.createElement('div');
    for (const attr of Array.from(p.attributes)) copy.setAttributeNode(attr.cloneNode());
    assert.equal(copy.className, 'a');
    assert.equal(copy.id, 'x');
    copy.removeAttribute('class');
    assert.equal(copy.hasAttribute('class'), false);
    assert.equal(p.className, 'a', 'the original keeps its attribute');
    assert.ok(p instanceof LiteElement && p.firstChild instanceof LiteText);
  });
});

describe('deeply nested pages', () => {
  it('parse and read without running out of stack, in time growing with the page', () => {
    const depth = 10_000;
    const html = `<html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<p>${'The story goes on at length here. '.repeat(10)}</p>${'</div>'.repeat(depth)}</body></html>`;
    const doc = parseLiteDocument(html);
    assert.equal(doc.getElementsByTagName('div').length, depth);
    assert.equal(doc.querySelector('p')?.closest('body')?.tagName, 'BODY');
    assert.equal(doc.querySelectorAll('body p').length, 1);
  });
});
