// Full-text search over sentences (FTS5), ranked by bm25 within a capped set of candidates.
//
// Ranking every match costs time in proportion to the matches: at a million events a common
// word matches hundreds of thousands of sentences. So:
// - the candidates are the SEARCH_CANDIDATES most recently stored matching sentences (FTS5 walks
//   its doclists backwards by rowid and stops there);
// - they are scored here with FTS5's own bm25 formula (bm25.ts), not with bm25() in SQL, because
//   bm25() first counts every row matching each word (its idf) however many rows are kept;
// - each word's row count is read from at most DF_SAMPLE of its newest matches: below that it is
//   exact; above, it is extrapolated from the rowid span those matches cover (rows are spread
//   evenly over rowids as they are stored). The table's row and token totals come from FTS5's
//   own averages record (fts-stats.ts).
// - the last word is a prefix ("threat" also finds "threats"), and FTS5 builds a prefix's whole
//   match list before it can stop at a limit, so a common prefix costs O(matches). The last word
//   is therefore first tried as a whole word: when that alone fills the candidates, they are
//   used as they are (longer words with the same start are then not among them: the
//   approximation for common words); otherwise the prefix query runs.
// So a query whose words each match fewer than DF_SAMPLE rows, and which matches fewer than
// SEARCH_CANDIDATES rows in all, is ranked exactly as bm25() ranks it; for common words the
// order is bm25's over the newest candidates with estimated word weights. Ties go to the newer
// sentence.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { SearchHit } from '../store.js';
import { ftsPhrases, ftsQuery } from './fts-query.js';
import { highlightWords, queryWords } from './highlight.js';
import { bm25Score } from './bm25.js';
import { sentenceIndexTotals } from './fts-stats.js';

export const SEARCH_CANDIDATES = 1000;
export const DF_SAMPLE = 2000;

interface Sample { count: number; oldest: number; newest: number }

/** How many rows match `match`, newest first, up to `cap`, and the rowid span they cover. */
async function sampleMatches(db: Kysely<Database>, match: string, cap: number): Promise<Sample> {
  const row = (await sql<{ count: number; oldest: number | null; newest: number | null }>`
    SELECT count(*) AS count, min(r) AS oldest, max(r) AS newest FROM (
      SELECT rowid AS r FROM sentence_search WHERE sentence_search MATCH ${match} ORDER BY rowid DESC LIMIT ${cap})`.execute(db)).rows[0]!;
  return { count: row.count, oldest: row.oldest ?? 0, newest: row.newest ?? 0 };
}

/** Rows matching, exact below the cap, else extrapolated over rowids 1..lastRowid. */
export function estimateRows(sample: Sample, cap: number, lastRowid: number): number {
  if (sample.count < cap) return sample.count;
  return Math.round((sample.count * lastRowid) / Math.max(1, lastRowid - sample.oldest + 1));
}

export async function searchSentences(db: Kysely<Database>, query: string, limit = 50, candidates = SEARCH_CANDIDATES, dfSample = DF_SAMPLE): Promise<SearchHit[]> {
  const wholeWords = ftsQuery(query, false);
  if (!wholeWords) return [];
  const cap = Math.max(candidates, limit);
  const newest = async (match: string) => (await sql<{ r: number; text: string }>`
    SELECT rowid AS r, text FROM sentence_search WHERE sentence_search MATCH ${match}
    ORDER BY rowid DESC LIMIT ${cap}`.execute(db)).rows;
  let found = await newest(wholeWords);
  const prefix = found.length < cap;
  if (prefix) found = await newest(ftsQuery(query)!);
  if (found.length === 0) return [];
  const words = queryWords(query);
  const phrases = ftsPhrases(query, prefix);
  const totals = await sentenceIndexTotals(db);
  const lastRowid = (await sql<{ r: number }>`SELECT max(rowid) AS r FROM sentence_search`.execute(db)).rows[0]?.r ?? found[0]!.r;
  const documentFrequency: number[] = [];
  for (const phrase of phrases) {
    // One word: its weight is the same for every candidate, so it cannot change the order.
    if (phrases.length === 1) documentFrequency.push(found.length);
    else documentFrequency.push(estimateRows(await sampleMatches(db, phrase, dfSample), dfSample, lastRowid));
  }
  const context = { prefix, rows: totals.rows, averageLength: totals.rows ? totals.tokens / totals.rows : 1, words, documentFrequency };
  const top = found.map((f) => ({ r: f.r, score: bm25Score(f.text, context) }))
    .sort((a, b) => b.score - a.score || b.r - a.r)
    .slice(0, limit);
  // The page's rows are joined by rowid after ranking: the document columns are read for
  // `limit` rows, not for every candidate.
  const rows = (await sql<{ r: number; document: string; sentence: number; text: string; title: string | null; published: string | null; start: number; end: number }>`
    SELECT s.rowid AS r, s.document_id AS document, s.idx AS sentence, s.text AS text, d.title AS title, d.published AS published,
           se.start AS start, se."end" AS "end"
    FROM sentence_search s
    JOIN documents d ON d.id = s.document_id
    JOIN sentences se ON se.document_id = s.document_id AND se.idx = s.idx
    WHERE s.rowid IN (SELECT value FROM json_each(${JSON.stringify(top.map((t) => t.r))}))`.execute(db)).rows;
  const byRowid = new Map(rows.map((r) => [r.r, r]));
  return top.flatMap(({ r: rowid }) => {
    const r = byRowid.get(rowid);
    if (!r) return [];
    return [{
      document: r.document, sentence: r.sentence, start: r.start, end: r.end, text: r.text,
      highlighted: highlightWords(r.text, words), title: r.title, published: r.published,
    }];
  });
}
