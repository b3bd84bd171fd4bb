import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { buildPipeline } from '../../../src/annotate/pipeline.js';
import { groupStories } from '../../../src/merge/stories.js';
import { clusterBatches, streamStories, type DocumentSource } from '../../../src/merge/stream-stories.js';
import { weaponsTestRows } from '../../../src/merge/weapons-tests.js';
import { loadDocuments, loadStories, loadTestRows, storeSource } from '../../../src/cli/commands/stories.js';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../../src/store/store.js';
import type { AnnotatedDocument } from '../../../src/model/types.js';
import { makeDocument } from '../../builders.js';

const WIRE = 'Rebels fired rockets at an army base near the northern town of Kallor on Sunday, killing three soldiers, a military spokesman said.\nThe spokesman said the base had been attacked twice in the past month.';

/** Short reports of our own: a wire story and its reprint, a second take on the same attack, an unrelated one, one undated. */
const REPORTS = [
  { id: 'wire-1', outlet: 'River Wire', published: '2023-09-10', title: 'Rockets hit army base', text: WIRE },
  { id: 'reprint-1', outlet: 'Hill Daily', published: '2023-09-11', title: 'Three soldiers killed in rocket attack', text: `${WIRE}\nNo group claimed the attack.` },
  { id: 'take-2', outlet: 'Plain Post', published: '2023-09-10', title: 'Army base near Kallor attacked', text: 'Three soldiers were killed when rebels fired rockets at an army base near Kallor on Sunday, the army said. The rebels denied they fired on the base.' },
  { id: 'other-3', outlet: 'Plain Post', published: '2023-11-02', title: 'Port reopens', text: 'The port of Velan reopened on Thursday after a two-week strike by dock workers ended, the port authority said.' },
  { id: 'undated-4', outlet: null, published: null, title: null, text: 'The foreign minister said on Monday that talks with the neighbouring state would resume next month.' },
];

function examples(): { id: string; text: string; title?: string; outlet?: string; published?: string }[] {
  const root = process.cwd();
  const list = fs.readFileSync(path.join(root, 'examples/wikinews.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  // A second outlet's copy of the first example, trimmed by its last paragraph: a near-duplicate.
  const first = list[0];
  const copy = { ...first, id: `${first.id}-copy`, outlet: 'Copy Desk', text: first.text.split('\n').slice(0, -1).join('\n') };
  return [{ id: 'seed', text: fs.readFileSync(path.join(root, 'examples/seed-article.txt'), 'utf8'), published: '2025-03-21' }, ...list, copy, ...REPORTS];
}

describe('streamed stories', () => {
  let store: Store;
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'dateline-stream-'));
    store = await openSqliteStore(path.join(dir, 'stories.db'));
    const pipeline = buildPipeline();
    for (const r of examples()) {
      const doc = makeDocument(r.text, { id: r.id, title: r.title ?? null, outlet: r.outlet ?? null, published: r.published ?? undefined });
      await store.putDocument(pipeline.annotate(doc));
    }
  });
  after(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('are the stories of grouping every document in memory: same stories, ids and order', async () => {
    const expected = groupStories(await loadDocuments(store));
    assert.ok(expected.some((s) => s.documents.length > 1), 'the fixture has a story of several reports');
    assert.ok(expected.some((s) => (s.duplicates ?? []).length > 0), 'the fixture has copies of one text');
    assert.deepEqual(await loadStories(store), expected);
  });

  it('give the weapons-test rows of grouping every document in memory', async () => {
    const docs = await loadDocuments(store);
    const expected = weaponsTestRows(groupStories(docs), new Map(docs.map((d) => [d.document.id, d])));
    assert.ok(expected.length > 0, 'the fixture reports a weapons test');
    assert.deepEqual(await loadTestRows(store), expected);
  });

  it('are the same whatever the batch size of the second pass', async () => {
    const expected = groupStories(await loadDocuments(store));
    for (const batch of [1, 2, 5, 1000]) assert.deepEqual(await streamStories(storeSource(store), { batch }), expected, `batch ${batch}`);
  });

  it('read each document once in each pass, and a batch at a time in the second', async () => {
    const fetched: number[] = [];
    let read = 0;
    const counted: DocumentSource = {
      each: async function* () {
        for await (const d of store.eachDocument()) {
          read++;
          yield d;
        }
      },
      fetch: async (ids) => {
        fetched.push(ids.length);
        return storeSource(store).fetch(ids);
      },
    };
    const stories = await streamStories(counted, { batch: 3 });
    const total = stories.reduce((n, s) => n + s.documents.length, 0);
    assert.equal(read, total);
    assert.equal(fetched.reduce((a, b) => a + b, 0), total);
    const largest = Math.max(...stories.map((s) => s.documents.length));
    assert.ok(fetched.every((n) => n <= Math.max(3, largest)));
  });

  it('leave out a document deleted between the two passes', async () => {
    const docs: AnnotatedDocument[] = await loadDocuments(store);
    const source: DocumentSource = {
      each: async function* () {
        yield* docs;
      },
      fetch: async (ids) => ids.filter((id) => id !== 'other-3').map((id) => docs.find((d) => d.document.id === id)!),
    };
    const stories = await streamStories(source);
    assert.ok(stories.every((s) => !s.documents.includes('other-3')));
    assert.equal(stories.reduce((n, s) => n + s.documents.length, 0), docs.length - 1);
  });
});

describe('cluster batches', () => {
  it('keep clusters whole and in order, about `size` documents each', () => {
    const batches = [...clusterBatches([[0, 1], [2], [3, 4, 5, 6], [7], [8]], 3)];
    assert.deepEqual(batches, [[[0, 1], [2]], [[3, 4, 5, 6]], [[7], [8]]]);
  });
});
