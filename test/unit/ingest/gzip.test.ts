import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { readBytes, readPaths, type IngestItem, type IngestOptions } from '../../../src/ingest/index.js';

async function collect(args: string[], opts?: IngestOptions, stdin?: Readable): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readPaths(args, opts, stdin)) out.push(item);
  return out;
}
const ids = (items: IngestItem[]): string[] => items.flatMap((i) => (i.ok ? [i.document.id] : []));
const codes = (items: IngestItem[]): string[] => items.flatMap((i) => (i.ok ? [] : [i.diagnostic.code]));
const texts = (items: IngestItem[]): string[] => items.flatMap((i) => (i.ok ? [i.document.text] : []));

const PAGE = '<!doctype html><html><head><title>Port reopens</title></head><body><article>'
  + '<p>VALDORA (Reuters) - The harbour authority reopened the northern port on Tuesday after a week of repairs, '
  + 'officials said, and the first ferries left for the islands in the afternoon.</p>'
  + '<p>Dock workers said the cranes had been fixed and that cargo traffic would return to normal by Friday.</p>'
  + '</article></body></html>';
const LINES = [
  { id: 'one', text: 'The council approved the budget on Monday.', published: '2024-05-06' },
  { id: 'two', text: 'The mayor vetoed the budget on Tuesday.', published: '2024-05-07' },
].map((d) => JSON.stringify(d)).join('\n') + '\n';

describe('gzip-compressed inputs', () => {
  let dir = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-gzip-'));
    fs.writeFileSync(path.join(dir, 'port.html.gz'), gzipSync(PAGE));
    fs.writeFileSync(path.join(dir, 'plain.html'), PAGE);
    fs.writeFileSync(path.join(dir, 'wire.jsonl.gz'), gzipSync(LINES));
    // Cut short: a download that stopped part-way, long enough that whole lines come out before the cut.
    const many = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Report ${i}: the council of district ${i * 7919 % 1000} met on day ${i % 28 + 1}.` })).join('\n') + '\n';
    const whole = gzipSync(many);
    fs.writeFileSync(path.join(dir, 'cut.jsonl.gz'), whole.subarray(0, Math.floor(whole.length * 0.7)));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a compressed HTML page as the same page uncompressed, with the id of its base name', async () => {
    const items = await collect([path.join(dir, 'port.html.gz'), path.join(dir, 'plain.html')]);
    assert.deepEqual(codes(items), []);
    assert.deepEqual(ids(items), ['port', 'plain']);
    const [zipped, plain] = texts(items);
    assert.ok(zipped?.includes('reopened the northern port'));
    assert.equal(zipped, plain);
  });

  it('finds compressed files in a directory', async () => {
    const items = await collect([dir]);
    assert.ok(ids(items).includes('port'));
    assert.ok(ids(items).includes('one') || ids(items).some((id) => id.includes('one')));
  });

  it('streams compressed JSON lines, one document per line', async () => {
    const items = await collect([path.join(dir, 'wire.jsonl.gz')]);
    assert.deepEqual(codes(items), []);
    assert.equal(items.length, 2);
    assert.match(texts(items)[1] ?? '', /vetoed/);
  });

  it('keeps the lines before the damage of a file cut short, and says what is wrong', async () => {
    const items = await collect([path.join(dir, 'cut.jsonl.gz'), path.join(dir, 'plain.html')]);
    const failed = items.filter((i) => !i.ok);
    assert.deepEqual(codes(items).filter((c) => c === 'DL127'), ['DL127']);
    const read = items.filter((i) => i.ok).length;
    assert.ok(read > 100 && read < 3001, `the whole lines before the cut and the next file are read (${read})`);
    assert.ok(ids(items).includes('plain'));
    const f = failed.find((i) => !i.ok && i.diagnostic.code === 'DL127');
    assert.ok(f && !f.ok && /damaged or cut short/.test(f.diagnostic.message));
  });

  it('refuses a damaged compressed page with DL127 rather than calling it binary', () => {
    const whole = gzipSync(PAGE);
    const items = readBytes(whole.subarray(0, 30), 'broken.html.gz');
    assert.deepEqual(codes(items), ['DL127']);
  });

  it('caps what a small compressed file may grow to (a "zip bomb" stops at the size limit)', () => {
    const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x61));
    assert.ok(bomb.length < 64 * 1024);
    const items = readBytes(bomb, 'bomb.txt.gz', { maxBytes: 1024 * 1024 });
    assert.deepEqual(codes(items), ['DL105']);
    const item = items[0];
    assert.ok(item && !item.ok && /decompresses to more than the limit/.test(item.diagnostic.message));
  });

  it('reads compressed standard input by its magic bytes', async () => {
    const items = await collect(['-'], {}, Readable.from([gzipSync(PAGE)]));
    assert.deepEqual(codes(items), []);
    assert.match(texts(items)[0] ?? '', /northern port/);
  });
});
