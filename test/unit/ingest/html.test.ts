import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { readBytes } from '../../../src/ingest/index.js';
import { codes, fixture, onlyDocument, onlyFailure, readFixture } from './helpers.js';

describe('HTML article with JSON-LD, meta tags and <time>', () => {
  const doc = onlyDocument(readFixture('article-full.html'));

  it('trusts JSON-LD over meta tags and <time> for the date, title, authors and publisher', () => {
    assert.deepEqual(doc.published, { value: '2017-11-29T03:17:00+09:00', precision: 'second', basis: 'json-ld', utcOffset: '+09:00' });
    assert.equal(doc.title, 'Ferry service to resume after storm damage');
    assert.equal(doc.byline, "Min-ji Park, Tom O'Neill");
    assert.equal(doc.outlet, 'Harbour Times'); // publisher resolved through its @id in @graph
    assert.equal(doc.url, 'https://harbourtimes.example/news/ferry-service-resume');
    assert.equal(doc.id, 'article-full');
    assert.equal(doc.origin.format, 'html');
  });

  it('keeps the article paragraphs and leaves out navigation, scripts, captions and the footer', () => {
    const paras = doc.paragraphs.map((p) => doc.text.slice(p.start, p.end));
    assert.ok(paras.some((p) => p.startsWith('BUSAN, Nov 29 (Harbour Times) - The ferry service')));
    assert.ok(paras.includes('The storm was the strongest to hit the coast in a decade, the weather agency said.'));
    assert.ok(paras.includes('Two piers were damaged.'), 'list items are paragraphs');
    for (const junk of ['Home', 'Sport', 'analytics', 'color', 'photographed on Monday', 'All rights reserved']) {
      assert.ok(!doc.text.includes(junk), `text should not hold "${junk}"`);
    }
    assert.ok(!doc.text.includes('\n\n\n'));
  });

  it('decodes entities, collapses white space and turns <br> into a line break', () => {
    assert.ok(doc.text.includes('“The engineers have checked every mooring,” said Lee Ha-eun'));
    assert.ok(doc.text.includes('supplies & medical visits.\nSome have used fishing boats instead.'));
    assert.ok(doc.text.includes('Café Line Co.'));
  });

  it('finds the dateline in the first long paragraph and points at it', () => {
    assert.ok(doc.dateline);
    assert.equal(doc.text.slice(doc.dateline.span.start, doc.dateline.span.end), 'BUSAN, Nov 29 (Harbour Times) -');
    assert.equal(doc.dateline.place, 'Busan');
    assert.equal(doc.dateline.utcOffset, '+09:00');
  });

  it('maps every paragraph back to the raw HTML where its words are', () => {
    const raw = fs.readFileSync(fixture('article-full.html'), 'utf8');
    const map = doc.origin.offsetMap!;
    assert.equal(map.length, doc.paragraphs.length);
    const letters = (s: string): string => s.replace(/&[a-z]+;|<[^>]*>|[^\p{L}\p{N}]/giu, '').toLowerCase();
    for (const e of map) {
      const clean = doc.text.slice(e.start, e.end);
      const rawPart = raw.slice(e.rawStart, e.rawEnd);
      assert.equal(letters(rawPart), letters(clean).replace(/é/g, ''), `${clean} ↔ ${rawPart}`);
    }
    const dateline = map.find((e) => e.start === doc.dateline!.span.start)!;
    assert.ok(raw.slice(dateline.rawStart).startsWith('BUSAN, Nov 29'));
    assert.ok(raw.slice(0, dateline.rawEnd).endsWith('storm.'));
  });

  it('records no warnings for a clean page', () => {
    assert.deepEqual(doc.diagnostics, []);
  });
});

describe('HTML metadata without JSON-LD', () => {
  it('uses meta tags in their order of trust and warns (DL115) about a date it cannot read', () => {
    const doc = onlyDocument(readFixture('article-meta.html'));
    assert.deepEqual(doc.published, { value: '2019-06-03T14:30+02:00', precision: 'minute', basis: 'meta', utcOffset: '+02:00' });
    assert.equal(doc.title, 'Grain shipment leaves port under new deal');
    assert.equal(doc.outlet, 'Valley Courier');
    assert.equal(doc.url, 'https://valleycourier.example/world/grain-shipment');
    const warn = doc.diagnostics.find((d) => d.code === 'DL115');
    assert.equal(warn?.severity, 'warning');
    assert.match(warn!.message, /article-meta\.html.*article:published_time.*yesterday afternoon/);
  });

  it('uses the <time> in the article header, not one in an aside', () => {
    const doc = onlyDocument(readFixture('article-time.html'));
    assert.deepEqual(doc.published, { value: '2021-04-12T08:15:00-04:00', precision: 'second', basis: 'time-element', utcOffset: '-04:00' });
    assert.equal(doc.title, 'Council approves new bridge');
    assert.equal(doc.outlet, 'AP', 'the dateline fills the outlet when nothing else does');
    assert.equal(doc.dateline?.place, 'Washington');
    assert.equal(doc.dateline?.utcOffset, '-04:00', 'daylight saving time at the document date');
  });

  it('takes the date from the page address when that is the only one', () => {
    const doc = onlyDocument(readFixture('article-undated.html', { url: 'https://news.example/asia/20171230/embassy-reopens' }));
    assert.deepEqual(doc.published, { value: '2017-12-30', precision: 'day', basis: 'url' });
    assert.equal(doc.url, 'https://news.example/asia/20171230/embassy-reopens');
  });

  it("fills the day from the dateline when the address gives only the year and month, choosing the year on or before", () => {
    const doc = onlyDocument(readFixture('article-undated.html', { url: 'https://news.example/2018/01/embassy-reopens' }));
    assert.deepEqual(doc.published, { value: '2017-12-31', precision: 'day', basis: 'dateline' });
    assert.equal(doc.text.slice(doc.dateline!.span.start, doc.dateline!.span.end), 'KABUL, Dec 31 (Reuters) -');
    assert.equal(doc.dateline!.utcOffset, '+04:30');
  });

  it('does not guess a date from the dateline alone', () => {
    const doc = onlyDocument(readFixture('article-undated.html'));
    assert.equal(doc.published, null);
    assert.ok(codes(doc).includes('DL116'));
  });

  it('rejects metadata dates in the future or before 1900', () => {
    const page = (date: string): Buffer => Buffer.from(`<html><head><meta property="article:published_time" content="${date}"><meta name="date" content="2016-05-04"></head>
      <body><article><p>The harbour board met on Thursday and agreed to raise mooring fees for visiting yachts by ten percent from next year, its chairman told reporters afterwards.</p></article></body></html>`);
    for (const bad of ['2999-01-01', '1850-07-01']) {
      const doc = onlyDocument(readBytes(page(bad), 'dates.html'));
      assert.equal(doc.published?.value, '2016-05-04');
      assert.ok(doc.diagnostics.some((d) => d.code === 'DL115' && d.message.includes(bad)));
    }
  });

  it('falls back to the <h1> for a title when the page has no <title>', () => {
    const html = `<html><body><main><h1>Lighthouse keeper retires</h1><p>The last keeper of the island lighthouse retired on Friday after thirty-one years, handing the keys to the coast guard, which will run the light remotely.</p></main></body></html>`;
    assert.equal(onlyDocument(readBytes(Buffer.from(html), 'lighthouse.html')).title, 'Lighthouse keeper retires');
  });
});

describe('HTML that cannot be used', () => {
  it('fails with DL106 when the page holds no article text, naming the file and counting words', () => {
    const f = onlyFailure(readFixture('no-article.html'), 'DL106', 'no-article.html');
    assert.match(f.message, /holds no article text: \d+ words? found outside navigation\/scripts/);
  });

  it('says a page of menus and link lists has words but no article, rather than too few words', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/r${i}">Region ${i} news</a></li>`).join('');
    const html = `<html><head><title>Regions</title></head><body><div><ul>${links}</ul></div></body></html>`;
    const [item] = readBytes(Buffer.from(html), 'regions.html');
    assert.ok(item && !item.ok && item.diagnostic.code === 'DL106');
    assert.match(item.diagnostic.message, /shows \d+ words outside navigation\/scripts, but no run of article paragraphs/);
  });

  it('reads a page in its declared charset (iso-8859-1) and says so (DL114)', () => {
    const doc = onlyDocument(readFixture('latin1-declared.html'));
    assert.ok(doc.text.includes('forty cafés marched'));
    assert.equal(doc.title, 'Café owners protest new rules');
    assert.equal(doc.origin.encoding, 'windows-1252');
    assert.ok(codes(doc).includes('DL114'));
  });
});
