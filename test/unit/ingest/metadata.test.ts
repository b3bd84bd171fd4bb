import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseLiteDocument } from '../../../src/ingest/dom/lite/parse.js';
import { chooseMetadata, collectMetadata, fromJsonLd, fromUrl } from '../../../src/ingest/metadata/index.js';
import { inLocalZone, localZoneOf } from '../../../src/ingest/metadata/local-zone.js';
import { readDate } from '../../../src/ingest/dates.js';
import { fragmentBlocks } from '../../../src/ingest/html-to-text.js';

const dom = (html: string): Document => parseLiteDocument(html) as unknown as Document;
const ld = (data: unknown): Document => dom(`<html><head><script type="application/ld+json">${JSON.stringify(data)}</script></head><body></body></html>`);

describe('JSON-LD', () => {
  it('finds article nodes in a top-level array, with prefixed types and type arrays', () => {
    const meta = fromJsonLd(ld([
      { '@type': 'BreadcrumbList', name: 'Not an article' },
      { '@type': ['schema:ReportageNewsArticle'], headline: 'Bridge reopens &amp; traffic returns', datePublished: ['2020-05-01T10:00:00Z'], author: 'Desk Reporter', publisher: { '@type': 'Organization', name: 'City Wire' } },
    ]));
    assert.equal(meta.title[0]?.value, 'Bridge reopens & traffic returns');
    assert.equal(meta.published[0]?.value, '2020-05-01T10:00:00Z');
    assert.equal(meta.published[0]?.basis, 'json-ld');
    assert.match(meta.published[0]!.from, /ReportageNewsArticle\.datePublished/);
    assert.equal(meta.byline[0]?.value, 'Desk Reporter');
    assert.equal(meta.outlet[0]?.value, 'City Wire');
  });

  it('finds an article nested as mainEntity and resolves authors by @id', () => {
    const meta = fromJsonLd(ld({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Person', '@id': '#p1', name: 'Sung Ha-rin' },
        { '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle', headline: 'Nested', datePublished: '2021-02-03', author: { '@id': '#p1' } } },
      ],
    }));
    assert.equal(meta.title[0]?.value, 'Nested');
    assert.equal(meta.byline[0]?.value, 'Sung Ha-rin');
  });

  it('ignores a script that is not JSON', () => {
    const doc = dom('<script type="application/ld+json">{ not json </script>');
    assert.deepEqual(fromJsonLd(doc).published, []);
  });
});

describe('choosing among candidates', () => {
  it('orders JSON-LD before meta before <time> before the URL', () => {
    const doc = dom(`<html><head>
      <meta property="article:published_time" content="2020-01-02">
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-01"}</script></head>
      <body><time pubdate datetime="2020-01-03">x</time></body></html>`);
    const meta = collectMetadata(doc, 'https://x.example/2020/01/04/story');
    assert.deepEqual(meta.published.map((c) => [c.basis, c.value]), [
      ['json-ld', '2020-01-01'], ['meta', '2020-01-02'], ['time-element', '2020-01-03'], ['url', '2020-01-04'],
    ]);
    assert.equal(chooseMetadata(meta, 'page.html').published?.value, '2020-01-01');
  });

  it('ranks the date of an embedded video or image after the meta tags that date the story', () => {
    const doc = dom(`<html><head>
      <script type="application/ld+json">{"@type":"VideoObject","uploadDate":"2021-05-01T22:00:00-07:00"}</script>
      <meta property="article:published_time" content="2021-05-04T08:00:00-07:00"></head><body></body></html>`);
    const meta = collectMetadata(doc);
    assert.deepEqual(meta.published.map((c) => c.basis), ['meta', 'json-ld']);
    assert.equal(chooseMetadata(meta, 'page.html').published?.value, '2021-05-04T08:00:00-07:00');
  });

  it('restates a UTC timestamp in the zone of the outlet country named by the address, keeping the instant', () => {
    const html = '<html><head><meta property="article:published_time" content="2021-03-10T01:15:00Z"></head><body></body></html>';
    const ca = chooseMetadata(collectMetadata(dom(html), 'https://news.example.ca/story'), 'p.html').published;
    assert.equal(ca?.value, '2021-03-09T20:15:00-05:00');
    assert.equal(chooseMetadata(collectMetadata(dom(html), 'https://news.example.com/story'), 'p.html').published?.value, '2021-03-10T01:15:00+00:00', 'no country, no change');
    assert.equal(localZoneOf('https://www.example.com.au/x'), 'Australia/Sydney');
    assert.equal(localZoneOf('https://au.example.com/x'), null);
    const given = readDate('2021-03-10T01:15:00+02:00')!;
    assert.equal(inLocalZone(given, 'America/Toronto'), given, 'a timestamp with its own offset keeps it');
    assert.equal(inLocalZone(readDate('2021-07-10T03:00Z')!, 'America/Toronto').value, '2021-07-09T23:00-04:00', 'summer time applies');
  });

  it('reads dates in page addresses in their common forms', () => {
    const cases: [string, string | null][] = [
      ['https://n.example/world/2017/11/29/story.html', '2017-11-29'],
      ['https://n.example/news/20171129/story', '2017-11-29'],
      ['https://n.example/news/story-2017-11-29.html', '2017-11-29'],
      ['https://n.example/news/12345678/story', null],
      ['https://n.example/news/story', null],
    ];
    for (const [url, value] of cases) assert.equal(fromUrl(url).published[0]?.value ?? null, value, url);
    assert.deepEqual(fromUrl('https://n.example/2017/11/story').yearHints[0], { year: 2017, month: 11, from: 'the URL https://n.example/2017/11/story' });
  });
});

describe('HTML to text', () => {
  it('makes table rows paragraphs, keeps pre blocks and splits at double <br>', () => {
    assert.deepEqual(fragmentBlocks('<table><tr><td>Seoul</td><td>+09:00</td></tr><tr><th>Kyiv</th><td>+02:00</td></tr></table>'), ['Seoul +09:00', 'Kyiv +02:00']);
    assert.deepEqual(fragmentBlocks('<pre>line one\n  indented two</pre>'), ['line one\n  indented two']);
    assert.deepEqual(fragmentBlocks('First para.<br><br>Second   para,<br>with a break.'), ['First para.', 'Second para,\nwith a break.']);
    assert.deepEqual(fragmentBlocks('<div>Loose text <p>inner</p> tail</div>'), ['Loose text', 'inner', 'tail']);
  });
});
