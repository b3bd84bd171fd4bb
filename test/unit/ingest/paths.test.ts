import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { readPaths, type IngestItem, type IngestOptions } from '../../../src/ingest/index.js';
import { fixture } from './helpers.js';

async function collect(args: string[], opts?: IngestOptions, stdin?: Readable): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readPaths(args, opts, stdin)) out.push(item);
  return out;
}

const ids = (items: IngestItem[]): string[] => items.flatMap((i) => (i.ok ? [i.document.id] : []));
const failureCodes = (items: IngestItem[]): string[] => items.flatMap((i) => (i.ok ? [] : [i.diagnostic.code]));

describe('readPaths', () => {
  let dir = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-ingest-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'ATHENS (Reuters) - Ministers met on Monday.\n');
    fs.writeFileSync(path.join(dir, 'sub', 'b.md'), 'Second note, in a sub-folder.\n');
    fs.writeFileSync(path.join(dir, 'ignored.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    fs.writeFileSync(path.join(dir, 'notes'), 'A file with no extension, sniffed as text.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads the files of a directory recursively, known extensions only, in sorted order', async () => {
    const items = await collect([dir]);
    assert.deepEqual(ids(items), ['a', 'b']);
  });

  it('expands globs and reads a file with an unknown extension by its content', async () => {
    const items = await collect([path.join(dir, '**/*.txt'), path.join(dir, 'notes')]);
    assert.deepEqual(ids(items), ['a', 'notes']);
  });

  it('reads a file named twice only once', async () => {
    const file = path.join(dir, 'a.txt');
    assert.deepEqual(ids(await collect([file, file, path.join(dir, '*.txt')])), ['a']);
  });

  it('yields DL110 for a missing path and for a glob that matches nothing, and goes on', async () => {
    const missing = path.join(dir, 'no-such-file.txt');
    const glob = path.join(dir, '*.nothing');
    const items = await collect([missing, glob, path.join(dir, 'a.txt')]);
    assert.deepEqual(failureCodes(items), ['DL110', 'DL110']);
    assert.deepEqual(ids(items), ['a']);
    const [m, g] = items.filter((i) => !i.ok);
    assert.ok(m && !m.ok && m.diagnostic.message.includes(missing) && m.origin === missing);
    assert.ok(g && !g.ok && g.diagnostic.message.includes(glob));
  });

  it('refuses an oversized file from its size without reading it', async () => {
    const items = await collect([fixture('wire-report.txt')], { maxBytes: 64 });
    assert.deepEqual(failureCodes(items), ['DL105']);
  });

  it('streams JSON lines, yielding documents before the file is read through', async () => {
    const file = path.join(dir, 'many.jsonl');
    const line = (n: number): string => JSON.stringify({ id: `doc-${n}`, published: '2024-01-02', text: `Record number ${n} of a long file.` });
    fs.writeFileSync(file, Array.from({ length: 30000 }, (_, n) => line(n + 1)).join('\n') + '\n');
    const seen: string[] = [];
    for await (const item of readPaths([file])) {
      assert.ok(item.ok);
      seen.push(item.document.id);
      if (seen.length === 3) break;
    }
    assert.deepEqual(seen, ['doc-1', 'doc-2', 'doc-3']);
    const all = await collect([file]);
    assert.equal(all.length, 30000);
    assert.equal(ids(all).at(-1), 'doc-30000');
  });

  it('applies the size limit per JSON line when streaming, keeping the other lines', async () => {
    const file = path.join(dir, 'sizes.jsonl');
    fs.writeFileSync(file, `{"text": "short"}\r\n{"text": "${'y'.repeat(5000)}"}\r\n{"text": "short again"}`);
    const items = await collect([file], { maxBytes: 1000 });
    assert.deepEqual(failureCodes(items), ['DL105']);
    assert.deepEqual(ids(items), ['sizes-1', 'sizes-3']);
    const f = items.find((i) => !i.ok)!;
    assert.ok(!f.ok && f.diagnostic.message.includes('sizes.jsonl line 2'));
  });

  it('reads standard input for "-": a text by its content hash', async () => {
    const items = await collect(['-'], {}, Readable.from([Buffer.from('BEIRUT — Protesters gathered again on Sunday.')]));
    assert.equal(items.length, 1);
    assert.ok(items[0]!.ok);
    assert.match(items[0]!.document.id, /^stdin-[0-9a-f]{12}$/);
    assert.equal(items[0]!.document.dateline?.place, 'Beirut');
  });

  it('reads JSON lines from standard input line by line', async () => {
    const chunks = ['{"text": "one"}\n{"te', 'xt": "two"}\n', 'not json\n'].map((s) => Buffer.from(s));
    const items = await collect(['-'], {}, Readable.from(chunks));
    assert.deepEqual(ids(items), ['stdin-1', 'stdin-2']);
    assert.deepEqual(failureCodes(items), ['DL108']);
    assert.ok(!items[2]!.ok && items[2]!.diagnostic.message.includes('standard input line 3'));
  });

  it('turns a bad option into one failure item instead of throwing', async () => {
    const items = await collect([dir], { published: 'soon' });
    assert.deepEqual(failureCodes(items), ['DL111']);
  });
});
