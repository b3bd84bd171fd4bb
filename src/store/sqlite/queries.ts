// The filtered, paged list queries of the Store (documents, events, attributions, entities),
// kept apart from the write path. Evidence text is sliced in JavaScript from the clean text,
// since SQLite's substr counts code points and spans are UTF-16 code units.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { EventCategory, SourceType, TextSpan } from '../../model/types.js';
import type { Database } from '../schema.js';
import type { AttributionSummary, DocumentSummary, EntitySummary, EventSummary, Page, PageOptions, QueryFilter } from '../store.js';

const MAX_LIMIT = 1000;

function paging(page: PageOptions = {}): { limit: number; offset: number } {
  return { limit: Math.min(Math.max(page.limit ?? 50, 0), MAX_LIMIT), offset: Math.max(page.offset ?? 0, 0) };
}

function where(conditions: RawBuilder<unknown>[]): RawBuilder<unknown> {
  return conditions.length ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
}

/** True when `entity` (id or exact name) has a mention in document `doc` inside [start, end). */
function mentionedWithin(entity: string, doc: RawBuilder<unknown>, start: RawBuilder<unknown>, end: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`EXISTS (SELECT 1 FROM mentions m JOIN entities en ON en.document_id = m.document_id AND en.id = m.entity_id
    WHERE m.document_id = ${doc} AND m.start >= ${start} AND m."end" <= ${end} AND (en.id = ${entity} OR en.name = ${entity}))`;
}

/** Conditions on the document row `d` (published range, outlet, id). */
function documentConditions(f: QueryFilter, dateColumn: RawBuilder<unknown> | null): RawBuilder<unknown>[] {
  const out: RawBuilder<unknown>[] = [];
  const date = dateColumn ?? sql`d.published`;
  // A coarse date ("2025-03") is in range when its period overlaps the range.
  if (f.from) out.push(sql`${date} >= substr(${f.from}, 1, length(${date}))`);
  if (f.to) out.push(sql`substr(${date}, 1, 10) <= ${f.to}`);
  if (f.outlet) out.push(sql`d.outlet = ${f.outlet}`);
  if (f.document) out.push(sql`d.id = ${f.document}`);
  return out;
}

async function count(db: Kysely<Database>, from: RawBuilder<unknown>, conditions: RawBuilder<unknown>[]): Promise<number> {
  const rows = await sql<{ n: number }>`SELECT count(*) AS n FROM ${from} ${where(conditions)}`.execute(db);
  return Number(rows.rows[0]?.n ?? 0);
}

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

export async function findDocuments(db: Kysely<Database>, f: QueryFilter = {}, page?: PageOptions): Promise<Page<DocumentSummary>> {
  const { limit, offset } = paging(page);
  const c = documentConditions(f, null);
  // IN over an indexed lookup, not EXISTS per document: the total counts every match.
  if (f.entity) c.push(sql`d.id IN (SELECT en.document_id FROM entities en WHERE en.id = ${f.entity} UNION SELECT en.document_id FROM entities en WHERE en.name = ${f.entity})`);
  if (f.category) c.push(sql`d.id IN (SELECT e.document_id FROM events e WHERE e.category = ${f.category})`);
  if (f.sourceType) c.push(sql`d.id IN (SELECT a.document_id FROM attributions a WHERE a.source_type = ${f.sourceType})`);
  const n = (table: string) => sql<number>`(SELECT count(*) FROM ${sql.table(table)} c WHERE c.document_id = d.id)`;
  const rows = await sql<DocumentSummary>`
    SELECT d.id, d.title, d.outlet, d.url, d.published, d.words,
      ${n('entities')} AS entities, ${n('times')} AS times, ${n('attributions')} AS attributions, ${n('events')} AS events, ${n('diagnostics')} AS diagnostics
    FROM documents d ${where(c)} ORDER BY d.published, d.id LIMIT ${limit} OFFSET ${offset}`.execute(db);
  return { total: await count(db, sql`documents d`, c), items: rows.rows };
}

export async function findEvents(db: Kysely<Database>, f: QueryFilter = {}, page?: PageOptions): Promise<Page<EventSummary>> {
  const { limit, offset } = paging(page);
  const c = documentConditions(f, f.from || f.to ? sql`e.date` : null);
  if (f.from || f.to) c.push(sql`e.date IS NOT NULL`);
  if (f.category) c.push(sql`e.category = ${f.category}`);
  if (f.entity) c.push(mentionedWithin(f.entity, sql`e.document_id`, sql`e.evidence_start`, sql`e.evidence_end`));
  if (f.sourceType) {
    c.push(sql`EXISTS (SELECT 1 FROM attributions a WHERE a.document_id = e.document_id AND a.source_type = ${f.sourceType}
      AND a.content_start < e.evidence_end AND a.content_end > e.evidence_start)`);
  }
  const from = sql`events e JOIN documents d ON d.id = e.document_id`;
  // The page's keys first, then its rows with the document text: sorting every match with the
  // text (and the JSON beside it) attached is what made this slow on a large store.
  const rows = await sql<{ document: string; id: string; category: string; plover: string; date: string | null; time: string | null; place: string | null; modality: string; s: number; t: number; text: string; title: string | null; outlet: string | null; published: string | null }>`
    WITH page AS (SELECT e.document_id, e.id FROM ${from} ${where(c)}
      ORDER BY e.date IS NULL, e.date, d.published, e.document_id, e.evidence_start LIMIT ${limit} OFFSET ${offset})
    SELECT e.document_id AS document, e.id, e.category, e.plover, e.date, e.time, e.place, e.modality, e.evidence_start AS s, e.evidence_end AS t,
      d.text, d.title, d.outlet, d.published
    FROM page p JOIN events e ON e.document_id = p.document_id AND e.id = p.id JOIN documents d ON d.id = e.document_id
    ORDER BY e.date IS NULL, e.date, d.published, e.document_id, e.evidence_start`.execute(db);
  const items = rows.rows.map((r) => ({
    document: r.document, id: r.id, category: r.category as EventCategory, plover: r.plover, date: r.date, time: r.time, place: r.place, modality: r.modality,
    evidence: span(r.text, r.s, r.t), title: r.title, outlet: r.outlet, published: r.published,
  }));
  // Every row has its document (a foreign key): the unfiltered total needs no join.
  return { total: await count(db, c.length ? from : sql`events e`, c), items };
}

export async function findAttributions(db: Kysely<Database>, f: QueryFilter = {}, page?: PageOptions): Promise<Page<AttributionSummary>> {
  const { limit, offset } = paging(page);
  const c = documentConditions(f, null);
  if (f.sourceType) c.push(sql`a.source_type = ${f.sourceType}`);
  if (f.category) c.push(sql`EXISTS (SELECT 1 FROM events e WHERE e.document_id = a.document_id AND e.category = ${f.category} AND a.content_start < e.evidence_end AND a.content_end > e.evidence_start)`);
  if (f.entity) {
    c.push(sql`(a.source_entity = ${f.entity} OR a.source_name = ${f.entity} OR ${mentionedWithin(f.entity, sql`a.document_id`, sql`a.content_start`, sql`a.content_end`)})`);
  }
  const from = sql`attributions a JOIN documents d ON d.id = a.document_id`;
  const rows = await sql<{ document: string; id: string; source_name: string | null; source_entity: string | null; source_type: string | null; kind: string; hedged: number; channel: string | null; cs: number; ce: number; ts: number; te: number; text: string; title: string | null; outlet: string | null; published: string | null }>`
    WITH page AS (SELECT a.document_id, a.id FROM ${from} ${where(c)} ORDER BY d.published, a.document_id, a.cue_start LIMIT ${limit} OFFSET ${offset})
    SELECT a.document_id AS document, a.id, a.source_name, a.source_entity, a.source_type, a.kind, a.hedged, a.channel,
      a.cue_start AS cs, a.cue_end AS ce, a.content_start AS ts, a.content_end AS te, d.text, d.title, d.outlet, d.published
    FROM page p JOIN attributions a ON a.document_id = p.document_id AND a.id = p.id JOIN documents d ON d.id = a.document_id
    ORDER BY d.published, a.document_id, a.cue_start`.execute(db);
  const items = rows.rows.map((r) => ({
    document: r.document, id: r.id, source: r.source_name, sourceEntity: r.source_entity, sourceType: r.source_type as SourceType | null, kind: r.kind,
    hedged: r.hedged === 1, channel: r.channel, cue: span(r.text, r.cs, r.ce), content: span(r.text, r.ts, r.te), title: r.title, outlet: r.outlet, published: r.published,
  }));
  return { total: await count(db, c.length ? from : sql`attributions a`, c), items };
}

const ENTITY_COLUMNS = sql`en.id, max(en.name) AS name, max(en.type) AS type, max(en.country) AS country,
  count(DISTINCT en.document_id) AS documents, sum(en.mentions) AS mentions`;

function entityRow(r: EntitySummary): EntitySummary {
  return { id: r.id, name: r.name, type: r.type, country: r.country, documents: Number(r.documents), mentions: Number(r.mentions) };
}

export async function findEntities(db: Kysely<Database>, options: { query?: string; type?: string } & PageOptions = {}): Promise<Page<EntitySummary>> {
  const { limit, offset } = paging(options);
  const c: RawBuilder<unknown>[] = [];
  // lower() on both sides: SQLite's LIKE ignores case, PostgreSQL's does not.
  if (options.query) c.push(sql`lower(en.name) LIKE lower(${`${options.query.replace(/[\\%_]/g, (m) => `\\${m}`)}%`}) ESCAPE '\\'`);
  if (options.type) c.push(sql`en.type = ${options.type}`);
  const rows = await sql<EntitySummary>`SELECT ${ENTITY_COLUMNS} FROM entities en ${where(c)} GROUP BY en.id
    ORDER BY mentions DESC, name LIMIT ${limit} OFFSET ${offset}`.execute(db);
  const total = await sql<{ n: number }>`SELECT count(DISTINCT en.id) AS n FROM entities en ${where(c)}`.execute(db);
  return { total: Number(total.rows[0]?.n ?? 0), items: rows.rows.map(entityRow) };
}

export async function getEntity(db: Kysely<Database>, id: string): Promise<EntitySummary | null> {
  const rows = await sql<EntitySummary>`SELECT ${ENTITY_COLUMNS} FROM entities en WHERE en.id = ${id} GROUP BY en.id`.execute(db);
  return rows.rows[0] ? entityRow(rows.rows[0]) : null;
}
