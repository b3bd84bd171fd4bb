import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readBytes } from '../../../src/ingest/index.js';
import { documents, onlyDocument, readFixture } from './helpers.js';

describe('JSON lines', () => {
  const items = readFixture('docs.jsonl');
  const docs = documents(items);
  const failures = items.filter((i) => !i.ok);

  it('reads the good lines, text and html alike, around the bad ones', () => {
    assert.deepEqual(docs.map((d) => d.id), ['tide-01', 'docs-2', 'tide-07']);
    assert.equal(items.length, 6, 'the blank line is skipped');
  });

  it('takes id, url, title, outlet and published from a text record', () => {
    const d = docs[0]!;
    assert.equal(d.url, 'https://tides.example/a');
    assert.equal(d.title, 'High tide floods harbour road');
    assert.equal(d.outlet, 'Tide Weekly');
    assert.deepEqual(d.published, { value: '2023-02-14', precision: 'day', basis: 'input' });
    assert.deepEqual(d.paragraphs.map((p) => d.text.slice(p.start, p.end)), [
      'The harbour road was closed for three hours on Tuesday after an unusually high tide.',
      'Council workers cleared debris by the afternoon.',
    ]);
    assert.equal(d.origin.format, 'jsonl');
    assert.equal(d.origin.item, 1);
  });

  it('cleans an html record as a page, metadata included, with the line number as id', () => {
    const d = docs[1]!;
    assert.equal(d.id, 'docs-2');
    assert.equal(d.outlet, 'Tide Weekly Online');
    assert.equal(d.published?.basis, 'meta');
    assert.equal(d.title, 'Sea wall repairs approved');
    assert.ok(d.text.includes('The council approved repairs to the old sea wall on Wednesday'));
    assert.ok(d.origin.offsetMap && d.origin.offsetMap.length > 0);
  });

  it('fails a line that is not JSON (DL108), one without text (DL109) and one with a bad date (DL111), by line number', () => {
    const byCode = Object.fromEntries(failures.map((f) => [f.ok ? '' : f.diagnostic.code, f.ok ? '' : f.diagnostic.message]));
    assert.deepEqual(Object.keys(byCode).sort(), ['DL108', 'DL109', 'DL111']);
    assert.match(byCode['DL108']!, /docs\.jsonl line 4 is not JSON/);
    assert.match(byCode['DL109']!, /docs\.jsonl line 5 has neither "text" nor "html"/);
    assert.match(byCode['DL111']!, /docs\.jsonl line 6: "published": "2023-02-30" is not a date/);
    for (const f of failures) assert.ok(!f.ok && /docs\.jsonl line [456]$/.test(f.origin), f.origin);
  });

  it('accepts a .json file holding an array of objects', () => {
    const docs = documents(readFixture('docs-array.json'));
    assert.deepEqual(docs.map((d) => d.id), ['arr-1', 'docs-array-2']);
    assert.deepEqual(docs.map((d) => d.origin.item), [1, 2]);
  });

  it('accepts a .json file holding one object, named after the file', () => {
    const doc = onlyDocument(readBytes(Buffer.from('{\n  "text": "One record, pretty-printed."\n}\n'), 'one.json'));
    assert.equal(doc.id, 'one');
  });

  it('applies the size limit per line, not per file', () => {
    const lines = ['{"text": "short enough"}', `{"text": "${'x'.repeat(200)}"}`, '{"text": "also short"}'].join('\n');
    const items = readBytes(Buffer.from(lines), 'sizes.jsonl', { maxBytes: 100 });
    assert.equal(documents(items).length, 2);
    const big = items.find((i) => !i.ok);
    assert.ok(big && !big.ok);
    assert.equal(big.diagnostic.code, 'DL105');
    assert.match(big.diagnostic.message, /sizes\.jsonl line 2 .*--max-bytes.*DATELINE_MAX_BYTES/);
  });

  it('fails an html record with no article text (DL106) by line number', () => {
    const items = readBytes(Buffer.from('{"text": "fine"}\n{"html": "<nav><a href=\\"/\\">Home</a></nav>"}\n'), 'pages.jsonl');
    assert.equal(documents(items).length, 1);
    const f = items.find((i) => !i.ok);
    assert.ok(f && !f.ok && f.diagnostic.code === 'DL106' && f.diagnostic.message.startsWith('pages.jsonl line 2'));
  });

  it('lets --published win over the input date', () => {
    const doc = onlyDocument(readBytes(Buffer.from('{"published": "2020-01-01", "text": "Words."}'), 'p.jsonl', { published: '2020-02-02' }));
    assert.equal(doc.published?.basis, 'given');
    assert.equal(doc.published?.value, '2020-02-02');
  });
});
