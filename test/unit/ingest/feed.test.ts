import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readBytes } from '../../../src/ingest/index.js';
import { documents, onlyDocument, onlyFailure, readFixture } from './helpers.js';

describe('RSS feed', () => {
  const items = readFixture('wire.rss');
  const docs = documents(items);

  it('makes one document per item with its own date, link, title and author', () => {
    assert.equal(docs.length, 2);
    const [rescue, strike] = docs;
    assert.deepEqual(rescue!.published, { value: '2018-03-05T06:40:00+09:00', precision: 'second', basis: 'feed', utcOffset: '+09:00' });
    assert.equal(rescue!.url, 'https://harbourwire.example/2018/03/05/rescue');
    assert.equal(rescue!.title, 'Coast guard rescues fishing crew');
    assert.equal(rescue!.byline, 'Jae-won Seo');
    assert.deepEqual(strike!.published, { value: '2018-03-06T10:00:00+00:00', precision: 'second', basis: 'feed', utcOffset: '+00:00' });
    assert.equal(strike!.url, 'https://harbourwire.example/port-strike-ends');
    for (const d of docs) {
      assert.equal(d.outlet, 'Harbour Wire');
      assert.equal(d.origin.format, 'feed');
    }
    assert.deepEqual(docs.map((d) => d.origin.item), [1, 2]);
  });

  it('prefers content:encoded, cleaned like HTML, over the description', () => {
    const rescue = docs[0]!;
    assert.equal(rescue.paragraphs.length, 2);
    assert.equal(rescue.text.slice(rescue.paragraphs[1]!.start, rescue.paragraphs[1]!.end), 'The crew were taken to hospital with mild hypothermia.');
    assert.equal(rescue.dateline?.place, 'Mokpo');
    assert.equal(docs[1]!.text, 'Dock workers returned to work on Tuesday after union leaders accepted a 4 percent pay rise & a shorter week.');
  });

  it('gives each item an id from the file name and a hash of its guid or link', () => {
    assert.match(docs[0]!.id, /^wire-[0-9a-f]{12}$/);
    assert.notEqual(docs[0]!.id, docs[1]!.id);
    assert.deepEqual(documents(readFixture('wire.rss')).map((d) => d.id), docs.map((d) => d.id), 'stable across runs');
  });

  it('skips an item with no text as a DL112 warning, naming the file and the item', () => {
    const f = onlyFailure(items, 'DL112', 'wire.rss');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /item 3/);
  });

  it('lets --published and --outlet win over the feed', () => {
    const given = documents(readFixture('wire.rss', { published: '2018-03-10', outlet: 'Archive' }));
    assert.ok(given.every((d) => d.published?.basis === 'given' && d.outlet === 'Archive'));
  });
});

describe('Atom feed', () => {
  const docs = documents(readFixture('wire.atom'));

  it('uses published, else updated, the alternate link and the feed title', () => {
    assert.equal(docs.length, 2);
    assert.equal(docs[0]!.published?.value, '2022-10-01T07:30:00+03:00');
    assert.equal(docs[0]!.url, 'https://dispatch.example/border-crossing');
    assert.equal(docs[0]!.byline, 'Anna Virtanen');
    assert.equal(docs[1]!.published?.value, '2022-10-02T11:00:00+00:00');
    assert.equal(docs[1]!.url, 'https://dispatch.example/ice-breakers');
    assert.ok(docs.every((d) => d.outlet === 'Northern Dispatch'));
  });

  it('cleans HTML content into paragraphs and keeps a text summary as it is', () => {
    assert.deepEqual(docs[0]!.paragraphs.map((p) => docs[0]!.text.slice(p.start, p.end)), [
      'The northern border crossing reopened on Saturday after a week-long closure, the border guard said.',
      'Queues of lorries stretched for several kilometres.',
    ]);
    assert.equal(docs[1]!.text, 'The first ice breakers left harbour two weeks earlier than usual, the maritime agency said on Sunday.');
  });
});

describe('other feeds', () => {
  it('reads a JSON Feed, even in a .json file', () => {
    const feed = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1', title: 'River Notes',
      items: [{ id: 'r1', url: 'https://river.example/1', title: 'Levels fall', content_text: 'River levels fell overnight, the agency said.', date_published: '2024-04-02T06:00:00Z' }],
    });
    const doc = onlyDocument(readBytes(Buffer.from(feed), 'river.json'));
    assert.equal(doc.origin.format, 'feed');
    assert.equal(doc.outlet, 'River Notes');
    assert.equal(doc.published?.value, '2024-04-02T06:00:00+00:00');
  });

  it('reads an RDF (RSS 1.0) feed found by sniffing', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://valley.example/"><title>Valley Post</title><link>https://valley.example/</link><description>d</description></channel>
      <item rdf:about="https://valley.example/1"><title>Mill reopens</title><link>https://valley.example/1</link><description>The old mill reopened as a museum.</description><dc:date>2016-08-01</dc:date></item></rdf:RDF>`;
    const doc = onlyDocument(readBytes(Buffer.from(rdf), 'feed-download'));
    assert.equal(doc.outlet, 'Valley Post');
    assert.deepEqual(doc.published, { value: '2016-08-01', precision: 'day', basis: 'feed' });
  });

  it('warns (DL115) about an item date it cannot read and keeps the item', () => {
    const rss = `<rss version="2.0"><channel><title>T</title><item><title>A</title><pubDate>sometime last week</pubDate><description>Words of the item.</description></item></channel></rss>`;
    const doc = onlyDocument(readBytes(Buffer.from(rss), 'odd.rss'));
    assert.equal(doc.published, null);
    assert.ok(doc.diagnostics.some((d) => d.code === 'DL115' && d.message.includes('odd.rss item 1')));
  });

  it('fails a malformed feed with DL107, naming the file and quoting the parser', () => {
    const f = onlyFailure(readFixture('broken-feed.xml'), 'DL107', 'broken-feed.xml');
    assert.match(f.message, /Unexpected end|Invalid feed/);
  });
});
