// Grows a store to a million events without annotating 100,000 documents: the annotated
// templates are copied in SQL (as bench/api-bench.ts does), every row table and the search rows
// included. A copy keeps its template's text and layers (offsets stay true) under its own id,
// content hash and publication date. Columns are read from the database, so the copy follows
// the schema as migrations change it.
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';

const CHILD_TABLES = ['sentences', 'entities', 'mentions', 'times', 'attributions', 'events', 'diagnostics'];
const q = (c: string) => `"${c}"`;

/** Column list for a copy: document_id from the copy map, published from the copy, the rest as is. */
function selectList(columns: string[], row: string): string {
  return columns.map((c) => (c === 'document_id' ? 'm.id' : c === 'published' ? 'm.published' : `${row}.${q(c)}`)).join(', ');
}

export function copySqlite(file: string, copies: number): void {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const columns = (t: string) => (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((r) => r.name);
  db.transaction(() => {
    db.exec(`CREATE TEMP TABLE tmpl AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM documents`);
    const templates = (db.prepare('SELECT count(*) AS n FROM tmpl').get() as { n: number }).n;
    db.exec(`CREATE TEMP TABLE copy_map AS WITH RECURSIVE seq(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM seq WHERE k < ${copies})
      SELECT t.id || '~' || seq.k AS id, t.id AS template, seq.k AS k, date('2021-01-01', '+' || ((seq.k * ${templates} + t.n) % 1800) || ' days') AS published
      FROM seq CROSS JOIN tmpl t`);
    db.exec('CREATE INDEX temp.copy_map_template ON copy_map (template)');
    const docCols = columns('documents');
    const docSelect = docCols.map((c) => c === 'id' ? 'm.id' : c === 'published' ? 'm.published' : c === 'content_hash' ? `d.content_hash || '~' || m.k`
      : c === 'document_json' ? `json_set(d.document_json, '$.id', m.id)` : `d.${q(c)}`).join(', ');
    db.exec(`INSERT INTO documents (${docCols.map(q).join(', ')}) SELECT ${docSelect} FROM copy_map m JOIN documents d ON d.id = m.template`);
    for (const t of CHILD_TABLES) {
      const cols = columns(t);
      db.exec(`INSERT INTO ${t} (${cols.map(q).join(', ')}) SELECT ${selectList(cols, 'x')} FROM copy_map m JOIN ${t} x ON x.document_id = m.template`);
    }
    db.exec('CREATE TEMP TABLE template_fts AS SELECT document_id, idx, text FROM sentence_search');
    db.exec('INSERT INTO sentence_search (text, document_id, idx) SELECT f.text, m.id, f.idx FROM copy_map m JOIN template_fts f ON f.document_id = m.template');
  })();
  db.exec('ANALYZE');
  db.close();
}

export async function copyPostgres(url: string, copies: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = async (t: string) => (await client.query(`SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`, [t])).rows.map((r) => r.column_name as string);
    await client.query('BEGIN');
    await client.query(`CREATE TEMP TABLE tmpl AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM documents`);
    const templates = Number((await client.query('SELECT count(*) AS n FROM tmpl')).rows[0].n);
    await client.query(`CREATE TEMP TABLE copy_map AS SELECT t.id || '~' || k AS id, t.id AS template, k,
      to_char(date '2021-01-01' + ((k * ${templates} + t.n) % 1800)::int, 'YYYY-MM-DD') AS published
      FROM generate_series(1, ${copies}) k CROSS JOIN tmpl t`);
    await client.query('CREATE INDEX ON copy_map (template)');
    const docCols = await columns('documents');
    const docSelect = docCols.map((c) => c === 'id' ? 'm.id' : c === 'published' ? 'm.published' : c === 'content_hash' ? `d.content_hash || '~' || m.k`
      : c === 'document_json' ? `jsonb_set(d.document_json::jsonb, '{id}', to_jsonb(m.id))::text` : `d.${q(c)}`).join(', ');
    await client.query(`INSERT INTO documents (${docCols.map(q).join(', ')}) SELECT ${docSelect} FROM copy_map m JOIN documents d ON d.id = m.template`);
    for (const t of [...CHILD_TABLES, 'sentence_search']) {
      const cols = await columns(t);
      await client.query(`INSERT INTO ${t} (${cols.map(q).join(', ')}) SELECT ${selectList(cols, 'x')} FROM copy_map m JOIN ${t} x ON x.document_id = m.template`);
    }
    await client.query('COMMIT');
    // VACUUM as autovacuum soon would on a live server: it moves the GIN index's pending list
    // (every row inserted since, scanned by each search) into the index and sets the rows'
    // hint bits, so the first searches do not write; ANALYZE gives the planner word statistics.
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
}
