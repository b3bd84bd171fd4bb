import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Kysely, SqliteDialect } from 'kysely';
import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { searchSentences } from '../../../src/store/sqlite/search.js';
import { highlightWords, queryWords } from '../../../src/store/sqlite/highlight.js';
import type { Database } from '../../../src/store/schema.js';
import { makeAnnotated } from '../../builders.js';

const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-search-')), 'test.db');

/** A store of `texts` (one sentence each, stored in order) and a second connection to query it directly. */
async function storeOf(texts: string[]): Promise<{ db: Kysely<Database>; close: () => Promise<void> }> {
  const file = tmp();
  const store = await openSqliteStore(file);
  for (const [i, text] of texts.entries()) await store.putDocument(makeAnnotated(`d${i}`, text));
  await store.close();
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new BetterSqlite3(file) }) });
  return { db, close: () => db.destroy() };
}

describe('sentence search with capped candidates', () => {
  it('ranks a word with fewer matches than the cap exactly as without the cap', async () => {
    const { db, close } = await storeOf([
      'Officials said the convoy crossed the border at dawn near the old bridge.',
      'Convoy convoy convoy.',
      'A convoy was seen.',
      'Nothing happened here.',
    ]);
    const capped = await searchSentences(db, 'convoy', 10, 5);
    const uncapped = await searchSentences(db, 'convoy', 10, 1000);
    assert.deepEqual(capped.map((h) => h.document), uncapped.map((h) => h.document));
    assert.equal(capped.length, 3);
    assert.equal(capped[0]!.document, 'd1', 'bm25 puts the sentence that repeats the word first');
    await close();
  });

  it('ranks only the most recently stored matches when a word has more than the cap', async () => {
    const texts = Array.from({ length: 8 }, (_, i) => (i === 0 ? 'Strike strike strike strike.' : `A strike was reported in district ${i} late on the night of the vote.`));
    const { db, close } = await storeOf(texts);
    const hits = await searchSentences(db, 'strike', 2, 3);
    assert.equal(hits.length, 2);
    assert.ok(hits.every((h) => ['d5', 'd6', 'd7'].includes(h.document)), 'only the three newest matches are ranked');
    assert.equal((await searchSentences(db, 'strike', 2, 100))[0]!.document, 'd0', 'the strongest match is found once it is within the cap');
    assert.equal((await searchSentences(db, 'strike', 2, 1)).length, 2, 'the cap never drops below the page size');
    await close();
  });

  it('gives the sentence offsets and marks the matched words, the last as a prefix', async () => {
    const { db, close } = await storeOf(['Officials said North Korea fired a missile on Friday.', 'Officials said the talks ended.']);
    const [hit] = await searchSentences(db, 'north kor', 10);
    assert.equal(hit!.document, 'd0');
    assert.equal(hit!.highlighted, 'Officials said [[North]] [[Korea]] fired a missile on Friday.');
    assert.equal(hit!.text, 'Officials said North Korea fired a missile on Friday.');
    assert.deepEqual([hit!.start, hit!.end], [0, hit!.text.length]);
    assert.deepEqual(await searchSentences(db, '!!!', 10), []);
    await close();
  });
});

describe('search highlighting', () => {
  it('matches whole words without case or diacritics, and the last word as a prefix', () => {
    const words = queryWords('sao PAUL');
    assert.deepEqual(words, ['sao', 'paul']);
    assert.equal(highlightWords('São Paulo and saozinho, Paul.', words), '[[São]] [[Paulo]] and saozinho, [[Paul]].');
  });

  it('leaves text alone when the query has no words', () => {
    assert.equal(highlightWords('Nothing here.', queryWords('--')), 'Nothing here.');
  });
});
