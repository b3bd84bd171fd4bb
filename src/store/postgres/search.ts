// Full-text search over sentences on PostgreSQL (a generated 'simple' tsvector with a GIN index),
// ranked by ts_rank within a capped set of candidates.
//
// Ranking every match makes a common word cost O(matches): at a million events "missile"
// matches hundreds of thousands of sentences. So:
// - the rank runs over the first SEARCH_CANDIDATES matches found (in the table's physical
//   order), and the headline over the returned rows only;
// - the last word is a prefix ('threat':* also finds "threats"), and a GIN index reads every
//   entry under a prefix before it returns a row, so a common prefix costs O(matches). The last
//   word is first taken whole: when that alone fills the candidates, they are ranked as they
//   are (longer words with the same start are then not among them: the approximation for common
//   words, the same as on SQLite); otherwise the prefix query runs. One statement does both:
//   the prefix scan sits behind a one-time filter on the whole-word count.
// The tsqueries are written out where they are used (not in a CTE) so the planner sees them: a
// common word is then read by a table scan that stops at the candidate limit, a rare one
// through the GIN index. A query with fewer matches than the cap is ranked over all of them.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { SearchHit } from '../store.js';
import { tsQuery } from './ts-query.js';

export const SEARCH_CANDIDATES = 1000;

export async function searchSentences(db: Kysely<Database>, query: string, limit = 50, candidates = SEARCH_CANDIDATES): Promise<SearchHit[]> {
  const match = tsQuery(query);
  if (!match) return [];
  const cap = Math.max(candidates, limit);
  // tsQuery marks only the last word as a prefix (`:*` at the end).
  const whole = sql`to_tsquery('simple', ${match.replace(/:\*$/, '')})`;
  const prefixed = sql`to_tsquery('simple', ${match})`;
  const result = await sql<SearchHit>`
    WITH whole AS MATERIALIZED (
      SELECT s.document_id, s.idx, s.text, ts_rank(s.tsv, ${whole}) AS rank
      FROM sentence_search s WHERE s.tsv @@ ${whole} LIMIT ${cap}),
    filled AS MATERIALIZED (SELECT count(*) = ${cap} AS yes FROM whole),
    prefixed AS MATERIALIZED (
      SELECT s.document_id, s.idx, s.text, ts_rank(s.tsv, ${prefixed}) AS rank
      FROM sentence_search s WHERE NOT (SELECT yes FROM filled) AND s.tsv @@ ${prefixed} LIMIT ${cap}),
    hits AS (SELECT * FROM whole WHERE (SELECT yes FROM filled) UNION ALL SELECT * FROM prefixed),
    top AS MATERIALIZED (SELECT * FROM hits ORDER BY rank DESC, document_id, idx LIMIT ${limit})
    SELECT t.document_id AS document, t.idx AS sentence,
           ts_headline('simple', t.text, CASE WHEN (SELECT yes FROM filled) THEN ${whole} ELSE ${prefixed} END,
                       'StartSel=[[, StopSel=]], HighlightAll=true') AS highlighted,
           d.title AS title, d.published AS published, se.start AS start, se."end" AS "end", t.text AS text
    FROM top t
    JOIN documents d ON d.id = t.document_id
    JOIN sentences se ON se.document_id = t.document_id AND se.idx = t.idx
    ORDER BY t.rank DESC, t.document_id, t.idx`.execute(db);
  return result.rows;
}
