import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseLiteDocument } from '../../../src/ingest/dom/lite/parse.js';
import { readDate } from '../../../src/ingest/dates.js';
import { readPageMetadata } from '../../../src/ingest/html.js';
import { dayOrderOf, findDateInText, monthFromName } from '../../../src/ingest/metadata/date-text.js';
import { fromDateElements } from '../../../src/ingest/metadata/date-elements.js';
import { fromImageUrls, fromPageText } from '../../../src/ingest/metadata/page-dates.js';
import { fromJsonLd } from '../../../src/ingest/metadata/index.js';

const page = (head: string, body = '', lang = 'en'): Document =>
  parseLiteDocument(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`) as unknown as Document;
const day = (text: string, order: 'dmy' | 'mdy' = 'dmy'): string | undefined => findDateInText(text, order)?.date.value;

describe('dates written in text', () => {
  it('reads numeric dates day first, unless the page is US English or the first number cannot be a month', () => {
    assert.equal(day('Publicado 04/03/2020 - 10:20'), '2020-03-04');
    assert.equal(day('Posted 04/03/2020', 'mdy'), '2020-04-03');
    assert.equal(day('Posted 17/03/2020', 'mdy'), '2020-03-17');
    assert.equal(day('2.9.2020 klo 12.45'), '2020-09-02');
    assert.equal(day('2020.03.04 16:52'), '2020-03-04');
    assert.equal(dayOrderOf('en-US'), 'mdy');
    assert.equal(dayOrderOf('en-GB'), 'dmy');
  });

  it('reads month names in several languages and the CJK year-month-day form', () => {
    assert.equal(day('Sunday, July 05, 2020'), '2020-07-05');
    assert.equal(day('17 de marzo de 2020'), '2020-03-17');
    assert.equal(day('3. März 2021'), '2021-03-03');
    assert.equal(day('1er juin 2020'), '2020-06-01');
    assert.equal(day('2020年7月11日(土)'), '2020-07-11');
    assert.equal(monthFromName('Sept.'), 9);
    assert.equal(monthFromName('Sunday'), null);
  });

  it('reads Levantine Arabic month names, also written beside the Egyptian name', () => {
    assert.equal(day('نشر في 3 شباط 2021'), '2021-02-03');
    assert.equal(day('الخميس 9 تموز / يوليو 2020 10:15 صباحاً'), '2020-07-09');
  });

  it('keeps the clock and offset of an ISO timestamp, and takes the earliest date in the text', () => {
    assert.equal(day('at 2020-06-04T09:27:16+02:00 by staff'), '2020-06-04T09:27:16+02:00');
    assert.equal(day('May 3, 2021 (updated 4 May 2021)'), '2021-05-03');
    assert.equal(day('no date here, only 12/40/2020 and 2020'), undefined);
  });
});

describe('lenient metadata timestamps', () => {
  it('reads a zone name after the clock and a one-digit second', () => {
    assert.equal(readDate('2020-09-25T16:02:50CDT')?.value, '2020-09-25T16:02:50-05:00');
    assert.equal(readDate('2020-12-05T23:15:0Z')?.value, '2020-12-05T23:15:00+00:00');
  });
});

describe('page date finders', () => {
  it('reads datePublished from JSON-LD that does not parse, and from non-article nodes', () => {
    const broken = fromJsonLd(page('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "a\nb", "datePublished": "2020-10-26T18:10:00+01:00",}</script>'));
    assert.equal(broken.published[0]?.value, '2020-10-26T18:10:00+01:00');
    const webPage = fromJsonLd(page('<script type="application/ld+json">{"@type": "WebPage", "datePublished": "2021-01-02"}</script>'));
    assert.equal(webPage.published[0]?.value, '2021-01-02');
  });

  it('reads a date label by its class, passing over update times and related lists', () => {
    const doc = page('', '<aside class="related"><span class="date">01/01/2020</span></aside><span class="date-updated">05/05/2020</span><h1>Title</h1><span class="post-date">17/03/2020</span>');
    assert.equal(fromDateElements(doc).published[0]?.value, '2020-03-17');
  });

  it('falls back to the date folder of the lead image, then to the first date after the headline', () => {
    assert.equal(fromImageUrls(page('<meta property="og:image" content="https://cdn.example/uploads/2020/10/13/pic.jpg">')).published[0]?.value, '2020-10-13');
    assert.equal(fromPageText(page('', '<p>Menu 1 January 2019</p><h1>Title</h1><p>January 18, 2020</p><p>Text.</p>')).published[0]?.value, '2020-01-18');
  });

  it('prefers a date line to a date inside running text, such as an uncaptioned picture credit', () => {
    const doc = page('', '<h1>Title</h1><div><img src="a.jpg">The minister speaks in Lyon, France, March 2, 2021. Photo by a staff photographer</div><p>March 4, 2021</p><p>Text.</p>');
    assert.equal(fromPageText(doc).published[0]?.value, '2021-03-04');
  });

  it('finds a date inside a meta value that is not a date by itself', () => {
    const chosen = readPageMetadata('<html><head><meta property="article:published_time" content="04:25 PM IST Apr 08, 2020"></head><body></body></html>', 'p.html');
    assert.equal(chosen.published?.value, '2020-04-08');
  });

  it('prefers the local calendar day to a UTC conversion on the neighbouring day', () => {
    const html = '<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-02-18T02:18:11+00:00"}</script></head><body></body></html>';
    const chosen = readPageMetadata(html, 'p.html', 'https://news.example/2020/02/17/story/');
    assert.equal(chosen.published?.value, '2020-02-17');
    assert.equal(chosen.published?.basis, 'url');
    const sameDay = readPageMetadata(html, 'p.html', 'https://news.example/2020/02/18/story/');
    assert.equal(sameDay.published?.value, '2020-02-18T02:18:11+00:00', 'a UTC time on the same day is kept with its clock');
  });
});
