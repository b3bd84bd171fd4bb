// Every kind of unusable input becomes a failure item with its code and a message naming the file.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readBytes } from '../../../src/ingest/index.js';
import { codes, onlyDocument, onlyFailure, readFixture } from './helpers.js';

describe('inputs that cannot be read', () => {
  it('fails an empty file with DL101', () => {
    onlyFailure(readFixture('empty.txt'), 'DL101', 'empty.txt');
  });

  it('fails a file of white space with DL101', () => {
    onlyFailure(readFixture('blank.txt'), 'DL101', 'blank.txt');
  });

  it('fails a binary file with DL102', () => {
    onlyFailure(readFixture('binary.bin'), 'DL102', 'binary.bin');
  });

  it('fails a file with many control characters with DL102', () => {
    const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? 0x01 : 0x61)));
    onlyFailure(readBytes(bytes, 'controls.txt'), 'DL102', 'controls.txt');
  });

  it('fails a file over the size limit with DL105, saying the size, the limit and how to raise it', () => {
    const f = onlyFailure(readFixture('wire-report.txt', { maxBytes: 100 }), 'DL105', 'wire-report.txt');
    assert.match(f.message, /is 503 bytes, over the limit of 100 bytes; raise it with --max-bytes .* or DATELINE_MAX_BYTES/);
  });

  it('takes the default limit from DATELINE_MAX_BYTES and refuses a setting that is not a size (DL117)', () => {
    const saved = process.env['DATELINE_MAX_BYTES'];
    try {
      process.env['DATELINE_MAX_BYTES'] = '200';
      onlyFailure(readFixture('wire-report.txt'), 'DL105', 'wire-report.txt');
      process.env['DATELINE_MAX_BYTES'] = '1KiB';
      onlyDocument(readFixture('wire-report.txt'));
      process.env['DATELINE_MAX_BYTES'] = 'lots';
      const [item] = readFixture('wire-report.txt');
      assert.ok(item && !item.ok && item.diagnostic.code === 'DL117' && item.diagnostic.message.includes('DATELINE_MAX_BYTES="lots"'));
    } finally {
      if (saved === undefined) delete process.env['DATELINE_MAX_BYTES'];
      else process.env['DATELINE_MAX_BYTES'] = saved;
    }
  });

  it('fails every document with DL111 when --published is not a date', () => {
    const [item] = readFixture('wire-report.txt', { published: '2025-13-40' });
    assert.ok(item && !item.ok);
    assert.equal(item.diagnostic.code, 'DL111');
    assert.match(item.diagnostic.message, /--published "2025-13-40" is not a date/);
  });
});

describe('character encodings', () => {
  it('decodes damaged UTF-8 with replacement characters and warns with DL103 (count and first offset)', () => {
    const doc = onlyDocument(readFixture('invalid-utf8.txt'));
    assert.equal(doc.text, 'The minist\uFFFD\uFFFDer’s statement was read aloud in Genève.');
    const warn = doc.diagnostics.find((d) => d.code === 'DL103');
    assert.equal(warn?.severity, 'warning');
    assert.match(warn!.message, /invalid-utf8\.txt.*2 bad bytes.*byte offset 10/);
    assert.equal(doc.origin.encoding, 'utf-8');
  });

  it('decodes undeclared Latin-1 as windows-1252 and warns with DL104', () => {
    const doc = onlyDocument(readFixture('latin1-undeclared.txt'));
    assert.ok(doc.text.startsWith('Café owners in Lyon'));
    assert.ok(doc.text.includes('décision'));
    assert.equal(doc.origin.encoding, 'windows-1252');
    assert.ok(doc.diagnostics.some((d) => d.code === 'DL104' && d.message.includes('latin1-undeclared.txt')));
  });

  it('decodes with the charset given by --encoding, without a warning', () => {
    const doc = onlyDocument(readFixture('latin1-undeclared.txt', { encoding: 'iso-8859-1' }));
    assert.ok(doc.text.startsWith('Café'));
    assert.ok(!codes(doc).some((c) => c === 'DL103' || c === 'DL104'));
  });

  it('warns with DL113 about an unknown declared charset and reads UTF-8', () => {
    const html = '<html><head><meta charset="klingon-8"></head><body><article><p>The observatory on the hill will close for repairs in the spring, the university said on Monday, after cracks were found in its dome by engineers last winter.</p></article></body></html>';
    const doc = onlyDocument(readBytes(Buffer.from(html), 'odd-charset.html'));
    assert.ok(doc.diagnostics.some((d) => d.code === 'DL113' && d.message.includes('klingon-8')));
  });

  it('ignores a UTF-16 declaration in a page that is readable as ASCII', () => {
    const html = '<html><head><meta charset="utf-16"></head><body><article><p>The ferry timetable changes on Monday, when winter sailings begin and the last boat of the evening leaves an hour earlier than it does in the summer months.</p></article></body></html>';
    const doc = onlyDocument(readBytes(Buffer.from(html), 'utf16-declared.html'));
    assert.ok(doc.text.startsWith('The ferry timetable'));
    assert.equal(doc.origin.encoding, 'utf-8');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Délégués arrived on Monday.', 'utf16le')]);
    const doc = onlyDocument(readBytes(bytes, 'utf16.txt'));
    assert.equal(doc.text, 'Délégués arrived on Monday.');
    assert.equal(doc.origin.encoding, 'utf-16le');
  });
});
