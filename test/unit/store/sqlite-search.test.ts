import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Kysely, SqliteDialect, sql } from 'kysely';
import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { estimateRows, searchSentences } from '../../../src/store/sqlite/search.js';
import { readVarint, sentenceIndexTotals } from '../../../src/store/sqlite/fts-stats.js';
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

describe('sentence search scored outside SQL', () => {
  const texts = [
    'Officials said the ceasefire talks would resume in Geneva next week.',
    'Ceasefire talks collapsed.',
    'Talks, talks and more talks, Officials said, but no ceasefire.',
    'A ceasefire was agreed on paper while the talking continued for hours without any result at all.',
    'Officials said the border stayed closed.',
    'Ceasefire ceasefire.',
    'Ceasefire talks — held in São Paulo — ended “early”, talks\u00a0resumed.',
  ];

  it('ranks rare words in the same order as FTS5 bm25()', async () => {
    const { db, close } = await storeOf(texts);
    for (const query of ['ceasefire', 'ceasefire talk', 'said', 'talks', 'sao', 'ended']) {
      const ours = (await searchSentences(db, query, 10)).map((h) => h.document);
      const theirs = (await sql<{ document: string }>`SELECT document_id AS document FROM sentence_search WHERE sentence_search MATCH ${query.split(' ').map((w, i, all) => (i === all.length - 1 ? `"${w}"*` : `"${w}"`)).join(' ')}
        ORDER BY bm25(sentence_search), rowid DESC`.execute(db)).rows.map((r) => r.document);
      assert.deepEqual(ours, theirs, query);
    }
    await close();
  });

  it('reads the row and token totals from the index without scanning it', async () => {
    const { db, close } = await storeOf(texts);
    const totals = await sentenceIndexTotals(db);
    assert.equal(totals.rows, texts.length);
    const tokens = texts.reduce((n, t) => n + (t.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
    assert.equal(totals.tokens, tokens);
    await close();
  });

  it('takes the last word whole when that fills the candidates, else as a prefix', async () => {
    const { db, close } = await storeOf(['Threats were made.', 'A threat was made.', 'Another threat was made.', 'One more threat was made.']);
    const whole = await searchSentences(db, 'threat', 2, 2);
    assert.deepEqual(whole.map((h) => h.document).sort(), ['d2', 'd3'], 'the two newest whole-word matches');
    const prefixed = await searchSentences(db, 'threat', 5, 5);
    assert.equal(prefixed.length, 4, 'three whole-word matches do not fill five candidates: "threats" is found too');
    assert.deepEqual((await searchSentences(db, 'threa', 2, 2)).map((h) => h.document).sort(), ['d2', 'd3'], 'a word cut short is a prefix');
    await close();
  });

  it('counts a word exactly below the sample size and extrapolates over rowids above it', () => {
    assert.equal(estimateRows({ count: 40, oldest: 3, newest: 900 }, 100, 1000), 40);
    assert.equal(estimateRows({ count: 100, oldest: 801, newest: 1000 }, 100, 1000), 500, '100 matches in the newest 200 rowids: about 500 in 1,000');
  });

  it('decodes SQLite varints of one to nine bytes', () => {
    assert.deepEqual(readVarint(Uint8Array.of(0x05), 0), [5, 1]);
    assert.deepEqual(readVarint(Uint8Array.of(0x81, 0x00), 0), [128, 2]);
    assert.deepEqual(readVarint(Uint8Array.of(0x00, 0x82, 0x81, 0x01), 1), [32897, 4]);
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
