import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseLiteDocument } from '../../../src/ingest/dom/lite/parse.js';
import { isFurnitureLine, isLinkList, isLoneLink, isOverlay, isSentence, isShoutedLine, removeFurniture, trimEdges } from '../../../src/ingest/boilerplate/index.js';
import { extractHtmlPage, withoutCode } from '../../../src/ingest/html.js';
import { onlyDocument, readFixture } from './helpers.js';

const body = (html: string): Element => parseLiteDocument(`<!doctype html><html><body>${html}</body></html>`).body as unknown as Element;

describe('boilerplate filtering on a whole page', () => {
  const doc = onlyDocument(readFixture('article-boilerplate.html'));
  const paras = doc.paragraphs.map((p) => doc.text.slice(p.start, p.end));

  it('keeps every story paragraph, the dateline first', () => {
    assert.ok(paras[0]!.startsWith('RIVERTON, May 4 (Valley Post) - The old river bridge reopened'));
    assert.ok(paras.includes('Engineers replaced the deck and strengthened two piers that had been damaged by floods last winter, according to the office.'));
    assert.ok(paras.some((p) => p.startsWith('Crews will return in the autumn')));
    assert.ok(paras.some((p) => p.startsWith('“We are glad to have our bridge back,”')));
  });

  it('drops the cookie box, headline, byline, caption, credit, share bar, promos, link list, shouted label, copyright and tags', () => {
    for (const junk of ['cookies', 'Bridge reopens after repairs', 'By Ana Ruiz', 'Photo: Lee Grant', 'archive', 'Facebook', 'Read more', 'newsletter', 'Council approves', 'RELATED COVERAGE', '©', 'Tags']) {
      assert.ok(!doc.text.includes(junk), `text should not hold "${junk}"`);
    }
    assert.equal(paras.length, 4);
  });
});

describe('element rules', () => {
  it('removes elements whose class names page furniture, but not one holding most of the article', () => {
    const root = body('<div><p class="x">One two three four five six seven eight nine ten eleven twelve.</p><div class="social-share">Share on Facebook</div><div class="story comments-open"><p>Long story text that is most of the page, with many words in it to count as the article itself here.</p></div></div>');
    removeFurniture(root);
    assert.ok(!root.textContent!.includes('Share on Facebook'));
    assert.ok(root.textContent!.includes('Long story text'), 'a furniture-named element with most of the text stays');
  });

  it('removes figures with their captions', () => {
    const root = body('<p>Text of the story that goes on for a while and says what happened in the town.</p><figure><img src="a.jpg"><figcaption>A caption</figcaption><span>Credit Agency</span></figure>');
    removeFurniture(root);
    assert.ok(!root.textContent!.includes('Credit Agency'));
  });

  it('tells a list of short links from a list of points, and a lone link from a sentence with a link', () => {
    assert.equal(isLinkList(body('<ul><li><a>Council approves budget</a></li><li><a>School opens campus</a></li></ul>').firstElementChild!), true);
    assert.equal(isLinkList(body('<ul><li>Two piers were damaged by the floods.</li><li>The deck was replaced.</li></ul>').firstElementChild!), false);
    assert.equal(isLoneLink(body('<p><a href="/x">Floods close three county roads</a></p>').firstElementChild!), true);
    assert.equal(isLoneLink(body('<p>The office said in <a href="/x">a statement</a> that the bridge is safe.</p>').firstElementChild!), false);
  });

  it('treats cookie and consent boxes and dialogs as overlays, not ordinary sections', () => {
    assert.equal(isOverlay(body('<div id="onetrust-consent-sdk"></div>').firstElementChild!), true);
    assert.equal(isOverlay(body('<div role="dialog"></div>').firstElementChild!), true);
    assert.equal(isOverlay(body('<div class="article-body"></div>').firstElementChild!), false);
  });
});

describe('line rules', () => {
  it('recognises furniture lines in several forms', () => {
    for (const line of ['Advertisement', 'Read more: Floods close three county roads', 'Photo: Lee Grant', 'Image 1 of 23', '© 2024 Valley Post', 'Updated 1:39 am EST, Wednesday, May 4, 2024', 'Continue Reading Below', 'Tags: bridges, roads', 'Sharing is caring!', 'https://example.com/story/123', 'Workers fix the deck on Friday (AP Photo/Lee Grant)', '5 min read']) {
      assert.equal(isFurnitureLine(line), true, line);
    }
  });

  it('recognises teasers and markers set inside an article', () => {
    for (const line of ['MORE: Why the unbeaten team was left out of the final', 'READ | Harbour reopens after a week of repairs', 'Advertisement - Page continues below', 'Story continues below gallery', 'Get ready for the new season with us! Click here', 'Sign up for the Valley Insider list to get updates on the latest sales!']) {
      assert.equal(isFurnitureLine(line), true, line);
    }
    for (const line of ['More than 200 people were evacuated on Friday.', 'More: the council wants a second vote.', 'Read the full ruling on the court website.']) {
      assert.equal(isFurnitureLine(line), false, line);
    }
  });

  it('keeps story sentences that merely mention the same words', () => {
    for (const line of ['The photo was taken on Monday, police said.', 'Readers can share their views at a public meeting on Friday.', 'The company said it would read more of the report before deciding.']) {
      assert.equal(isFurnitureLine(line), false, line);
    }
  });

  it('finds shouted promo lines but not ordinary capitalised words', () => {
    assert.equal(isShoutedLine('GET THE APP BY CLICKING HERE'), true);
    assert.equal(isShoutedLine('NATO and the EU met in Brussels.'), false);
  });

  it('counts sentences in scripts without spaces', () => {
    assert.equal(isSentence('橋は日曜日に再開した。'), true);
    assert.equal(isSentence('Opinion Columnist'), false);
  });

  it('trims short non-sentence lines at the edges and keeps subheadings in the middle', () => {
    const lines = ['World', 'Bridge reopens', 'The bridge reopened on Sunday.', 'What comes next', 'Crews will paint the railings.', 'Share', 'Tags'];
    assert.deepEqual(trimEdges(lines), ['The bridge reopened on Sunday.', 'What comes next', 'Crews will paint the railings.']);
  });
});

describe('markup cleaning before parsing', () => {
  it('cuts scripts, styles, SVG and comments but keeps JSON-LD', () => {
    const out = withoutCode('<head><script>var a = 1;</script><script type="application/ld+json">{"a":1}</script><style>p{}</style></head><body><!-- note --><svg><text>x</text></svg><p>Hi</p></body>');
    assert.equal(out, '<head><script type="application/ld+json">{"a":1}</script></head><body><p>Hi</p></body>');
  });
});

describe('a lone <article> holding nearly all the paragraphs', () => {
  const paragraphs = Array.from({ length: 14 }, (_, i) => `<p>Paragraph ${i + 1}: the harbour authority said the new breakwater would protect the fishing fleet from winter storms, and work would start in spring.</p>`);
  const story = paragraphs.join('');
  const aside = '<div><p>The old lighthouse on the point will be repainted in red and white stripes next summer, the town council decided on Monday evening after a long debate.</p></div>';

  it('is all Readability reads: a story beside it stays out', () => {
    const page = extractHtmlPage(`<!doctype html><html><head><title>Breakwater</title></head><body><article>${story}</article>${aside}</body></html>`, 'x.html');
    assert.ok(page.ok && page.text.includes('breakwater') && !page.text.includes('lighthouse'));
  });

  it('is not singled out when much of the text stands outside it', () => {
    const page = extractHtmlPage(`<!doctype html><html><head><title>Breakwater</title></head><body><article>${paragraphs.slice(0, 7).join('')}</article><div>${paragraphs.slice(7).join('')}</div></body></html>`, 'x.html');
    assert.ok(page.ok && page.text.includes('Paragraph 14'));
  });
});
