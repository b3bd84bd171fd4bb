import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readBytes } from '../../../src/ingest/index.js';
import { codes, onlyDocument, readFixture } from './helpers.js';

describe('plain text', () => {
  it('keeps the text as it is, trimmed, with the file name as id and no guessed title', () => {
    const doc = onlyDocument(readFixture('wire-report.txt'));
    assert.equal(doc.id, 'wire-report');
    assert.equal(doc.title, null);
    assert.equal(doc.origin.format, 'text');
    assert.ok(doc.text.startsWith('North Korea fires cruise missiles into sea, South says\n\nSEOUL, Nov 29 (Reuters) -'));
    assert.ok(doc.text.endsWith('comment on the launch.'));
    assert.equal(doc.language, 'en');
  });

  it('makes each non-empty line a paragraph whose span is the line without its outer white space', () => {
    const doc = onlyDocument(readFixture('wire-report.txt'));
    const lines = doc.text.split('\n').map((l) => l.trim()).filter(Boolean);
    assert.deepEqual(doc.paragraphs.map((p) => doc.text.slice(p.start, p.end)), lines);
    assert.equal(doc.paragraphs.length, 5);
  });

  it('turns CRLF and CR into LF and removes a BOM, and nothing else', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('  First line.\r\nSecond line.\rThird\tline.\r\n\r\n')]);
    const doc = onlyDocument(readBytes(bytes, 'notes/crlf.txt'));
    assert.equal(doc.text, 'First line.\nSecond line.\nThird\tline.');
    assert.deepEqual(doc.paragraphs.map((p) => doc.text.slice(p.start, p.end)), ['First line.', 'Second line.', 'Third\tline.']);
    assert.equal(doc.id, 'crlf');
  });

  it('hashes the clean text and the raw bytes separately', () => {
    const a = onlyDocument(readBytes(Buffer.from('Same words.\r\n'), 'a.txt'));
    const b = onlyDocument(readBytes(Buffer.from('Same words.\n'), 'b.txt'));
    assert.equal(a.origin.contentHash, b.origin.contentHash);
    assert.notEqual(a.origin.rawHash, b.origin.rawHash);
  });

  it('names standard input by its content hash', () => {
    const doc = onlyDocument(readBytes(Buffer.from('Officials met on Tuesday to discuss the dam.'), '-'));
    assert.equal(doc.id, `stdin-${doc.origin.contentHash.slice(0, 12)}`);
    assert.equal(doc.origin.path, '-');
  });

  it('lets --published and --outlet win over everything else', () => {
    const doc = onlyDocument(readFixture('wire-report.txt', { published: '2017-11-29', outlet: 'My Archive' }));
    assert.deepEqual(doc.published, { value: '2017-11-29', precision: 'day', basis: 'given' });
    assert.equal(doc.outlet, 'My Archive');
    assert.ok(!codes(doc).includes('DL116'));
  });

  it('notes DL116 when no publication date is known', () => {
    const doc = onlyDocument(readFixture('wire-report.txt'));
    assert.equal(doc.published, null);
    const d = doc.diagnostics.find((x) => x.code === 'DL116');
    assert.equal(d?.severity, 'info');
    assert.match(d!.message, /wire-report\.txt/);
  });

  it('takes a date from the address given with a text (--url)', () => {
    const doc = onlyDocument(readFixture('wire-report.txt', { url: 'https://news.example/world/2017/11/29/missiles' }));
    assert.deepEqual(doc.published, { value: '2017-11-29', precision: 'day', basis: 'url' });
    assert.equal(doc.url, 'https://news.example/world/2017/11/29/missiles');
  });

  it('can be forced to read HTML-looking text as text', () => {
    const doc = onlyDocument(readBytes(Buffer.from('<p>Literal markup in a note.</p>'), 'note.dat', { format: 'text' }));
    assert.equal(doc.text, '<p>Literal markup in a note.</p>');
  });
});
