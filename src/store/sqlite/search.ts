// Full-text search over sentences (FTS5), ranked by bm25 within a capped set of candidates.
//
// Ranking every match costs time in proportion to the matches: a common word ("reporters") in
// a store of 100,000 documents matches ~100,000 sentences, and enumerating and scoring them all
// took 100–150 ms. So the candidates are the SEARCH_CANDIDATES most recently stored matching
// sentences (FTS5 reads its index backwards by rowid and stops there), and bm25 orders those.
// (bm25 still reads every match once for its word weights; 1,000 kept the 100,000-document
// bench under 50 ms at p95 where 2,000 did not, on a loaded 2-core machine.)
// bm25 keeps its whole-table statistics, so scores are the same as without the cap; a query
// with fewer matches than the cap is ranked exactly as before. Ties go to the newer sentence.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { SearchHit } from '../store.js';
import { ftsQuery } from './fts-query.js';
import { highlightWords, queryWords } from './highlight.js';

export const SEARCH_CANDIDATES = 1000;

export async function searchSentences(db: Kysely<Database>, query: string, limit = 50, candidates = SEARCH_CANDIDATES): Promise<SearchHit[]> {
  const match = ftsQuery(query);
  if (!match) return [];
  // The page's rows are joined by rowid after ranking: the sentence text and the document
  // columns are read for `limit` rows, not for every candidate.
  const result = await sql<{ document: string; sentence: number; text: string; title: string | null; published: string | null; start: number; end: number }>`
    WITH candidates AS (
      SELECT rowid AS r, bm25(sentence_search) AS score FROM sentence_search WHERE sentence_search MATCH ${match}
      ORDER BY rowid DESC LIMIT ${Math.max(candidates, limit)}),
    top AS (SELECT r, score FROM candidates ORDER BY score, r DESC LIMIT ${limit})
    SELECT s.document_id AS document, s.idx AS sentence, s.text AS text, d.title AS title, d.published AS published,
           se.start AS start, se."end" AS "end"
    FROM top
    JOIN sentence_search s ON s.rowid = top.r
    JOIN documents d ON d.id = s.document_id
    JOIN sentences se ON se.document_id = s.document_id AND se.idx = s.idx
    ORDER BY top.score, top.r DESC`.execute(db);
  const words = queryWords(query);
  return result.rows.map((r) => ({
    document: r.document, sentence: r.sentence, start: r.start, end: r.end, text: r.text,
    highlighted: highlightWords(r.text, words), title: r.title, published: r.published,
  }));
}
