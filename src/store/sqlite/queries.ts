// The filtered, paged list queries of the Store (documents, events, attributions, entities),
// kept apart from the write path. Evidence text is sliced in JavaScript from the clean text,
// since SQLite's substr counts code points and spans are UTF-16 code units.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { EventCategory, SourceType, TextSpan } from '../../model/types.js';
import type { Database } from '../schema.js';
import { directCounter, type Counter } from './count-cache.js';
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
  return rowConditions(f, dateColumn ?? sql`d.published`, sql`d.id`);
}

/** The same conditions on an event or attribution row `r` that carries its document's id and
 * published date; the outlet alone needs the document row `d` (see needsDocument). `dayDates`
 * says the date column holds YYYY, YYYY-MM or YYYY-MM-DD only (event dates), never a timestamp. */
function rowConditions(f: QueryFilter, date: RawBuilder<unknown>, documentId: RawBuilder<unknown>, dayDates = false): RawBuilder<unknown>[] {
  const out: RawBuilder<unknown>[] = [];
  // A coarse date ("2025-03") is in range when its period overlaps the range, and a coarse `to`
  // ("2025-03") takes in every day and time of its period: compare at the shorter of the two.
  if (f.from) out.push(sql`${date} >= substr(${f.from}, 1, length(${date}))`);
  if (f.to) out.push(sql`substr(${date}, 1, ${Math.min(f.to.length, 10)}) <= ${f.to}`);
  out.push(...dateBounds(f, date, dayDates));
  if (f.outlet) out.push(sql`d.outlet = ${f.outlet}`);
  if (f.document) out.push(sql`${documentId} = ${f.document}`);
  return out;
}

/**
 * Bounds implied by the date conditions above, in a form an index on the date can range over
 * (the substr forms cannot: a count read every dated row). Every date starts with its 4-digit
 * year, so it is at or after `from`'s year; a day date is at most `to`; a timestamp's year is
 * at most `to`'s. They never remove a row the exact conditions keep.
 */
function dateBounds(f: QueryFilter, date: RawBuilder<unknown>, dayDates: boolean): RawBuilder<unknown>[] {
  const out: RawBuilder<unknown>[] = [];
  if (f.from && /^\d{4}/.test(f.from)) out.push(sql`${date} >= ${f.from.slice(0, 4)}`);
  // "~" sorts after every digit and "-", so "2025-03~" bounds every date that starts "2025-03".
  if (f.to && dayDates) out.push(sql`${date} < ${`${f.to}~`}`);
  else if (f.to && /^\d{4}/.test(f.to) && f.to.slice(0, 4) !== '9999') out.push(sql`${date} < ${String(Number(f.to.slice(0, 4)) + 1)}`);
  return out;
}

function count(db: Kysely<Database>, counter: Counter, from: RawBuilder<unknown>, conditions: RawBuilder<unknown>[]): Promise<number> {
  return counter.count(db, sql<{ n: number }>`SELECT count(*) AS n FROM ${from} ${where(conditions)}`);
}

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

const documentCounts = (() => {
  const n = (table: string) => sql<number>`(SELECT count(*) FROM ${sql.table(table)} c WHERE c.document_id = d.id)`;
  return sql`d.id, d.title, d.outlet, d.url, d.published, d.words,
    ${n('entities')} AS entities, ${n('times')} AS times, ${n('attributions')} AS attributions, ${n('events')} AS events, ${n('diagnostics')} AS diagnostics`;
})();

export async function findDocuments(db: Kysely<Database>, f: QueryFilter = {}, page?: PageOptions, counter: Counter = directCounter): Promise<Page<DocumentSummary>> {
  if (f.entity) return findDocumentsByEntity(db, f, f.entity, page, counter);
  const { limit, offset } = paging(page);
  const c = documentConditions(f, null);
  c.push(...eventAndSourceConditions(f, sql`d.id`));
  const rows = await sql<DocumentSummary>`SELECT ${documentCounts} FROM documents d ${where(c)} ORDER BY d.published, d.id LIMIT ${limit} OFFSET ${offset}`.execute(db);
  return { total: await count(db, counter, sql`documents d`, c), items: rows.rows };
}

/** Documents with an event of the category, or an attribution from the source type. */
function eventAndSourceConditions(f: QueryFilter, documentId: RawBuilder<unknown>): RawBuilder<unknown>[] {
  const c: RawBuilder<unknown>[] = [];
  if (f.category) c.push(sql`${documentId} IN (SELECT e.document_id FROM events e WHERE e.category = ${f.category})`);
  if (f.sourceType) c.push(sql`${documentId} IN (SELECT a.document_id FROM attributions a WHERE a.source_type = ${f.sourceType})`);
  return c;
}

/**
 * Documents naming an entity (by id or exact name), read from the entity rows, which carry
 * their document's published date (migration 4): each side of the UNION comes from an index in
 * list order, so a page reads offset + limit entries instead of sorting every match.
 */
async function findDocumentsByEntity(db: Kysely<Database>, f: QueryFilter, entity: string, page: PageOptions | undefined, counter: Counter): Promise<Page<DocumentSummary>> {
  const { limit, offset } = paging(page);
  const c = rowConditions(f, sql`en.published`, sql`en.document_id`);
  c.push(...eventAndSourceConditions(f, sql`en.document_id`));
  const from = f.outlet ? sql`entities en JOIN documents d ON d.id = en.document_id` : sql`entities en`;
  const side = (column: 'id' | 'name') => sql`SELECT en.document_id AS id, en.published AS k FROM ${from} ${where([sql`${sql.ref(`en.${column}`)} = ${entity}`, ...c])}`;
  const matches = sql`${side('id')} UNION ${side('name')}`;
  const rows = await sql<DocumentSummary>`WITH page AS (${matches} ORDER BY k, id LIMIT ${limit} OFFSET ${offset})
    SELECT ${documentCounts} FROM page p JOIN documents d ON d.id = p.id ORDER BY p.k, p.id`.execute(db);
  const total = await counter.count(db, sql<{ n: number }>`SELECT count(*) AS n FROM (${matches}) m`);
  return { total, items: rows.rows };
}

export async function findEvents(db: Kysely<Database>, f: QueryFilter = {}, page?: PageOptions, counter: Counter = directCounter): Promise<Page<EventSummary>> {
  const { limit, offset } = paging(page);
  const c = rowConditions(f, f.from || f.to ? sql`e.date` : sql`e.published`, sql`e.document_id`, Boolean(f.from || f.to));
  if (f.from || f.to) c.push(sql`e.date IS NOT NULL`);
  if (f.category) c.push(sql`e.category = ${f.category}`);
  if (f.entity) c.push(mentionedWithin(f.entity, sql`e.document_id`, sql`e.evidence_start`, sql`e.evidence_end`));
  if (f.sourceType) {
    c.push(sql`EXISTS (SELECT 1 FROM attributions a WHERE a.document_id = e.document_id AND a.source_type = ${f.sourceType}
      AND a.content_start < e.evidence_end AND a.content_end > e.evidence_start)`);
  }
  // Only the outlet is not on the event row: without it the page reads the events_order index.
  const from = f.outlet ? sql`events e JOIN documents d ON d.id = e.document_id` : sql`events e`;
  // The page's keys first, then its rows with the document text: sorting every match with the
  // text (and the JSON beside it) attached is what made this slow on a large store. The outer
  // query sorts by the page's own copy of the keys: sorted by the events' columns, SQLite would
  // rather scan every event in index order and probe the page than probe 50 events.
  const rows = await sql<{ document: string; id: string; category: string; plover: string; date: string | null; time: string | null; place: string | null; modality: string; s: number; t: number; text: string; title: string | null; outlet: string | null; published: string | null }>`
    WITH page AS (SELECT e.document_id, e.id, e.date IS NULL AS k0, e.date AS k1, e.published AS k2, e.evidence_start AS k3 FROM ${from} ${where(c)}
      ORDER BY e.date IS NULL, e.date, e.published, e.document_id, e.evidence_start LIMIT ${limit} OFFSET ${offset})
    SELECT e.document_id AS document, e.id, e.category, e.plover, e.date, e.time, e.place, e.modality, e.evidence_start AS s, e.evidence_end AS t,
      d.text, d.title, d.outlet, d.published
    FROM page p JOIN events e ON e.document_id = p.document_id AND e.id = p.id JOIN documents d ON d.id = e.document_id
    ORDER BY p.k0, p.k1, p.k2, p.document_id, p.k3`.execute(db);
  const items = rows.rows.map((r) => ({
    document: r.document, id: r.id, category: r.category as EventCategory, plover: r.plover, date: r.date, time: r.time, place: r.place, modality: r.modality,
    evidence: span(r.text, r.s, r.t), title: r.title, outlet: r.outlet, published: r.published,
  }));
  return { total: await count(db, counter, from, c), items };
}

export async function findAttributions(db: Kysely<Database>, f: QueryFilter = {}, page?: PageOptions, counter: Counter = directCounter): Promise<Page<AttributionSummary>> {
  const { limit, offset } = paging(page);
  const c = rowConditions(f, sql`a.published`, sql`a.document_id`);
  if (f.sourceType) c.push(sql`a.source_type = ${f.sourceType}`);
  if (f.anonymous !== undefined) c.push(sql`a.anonymous = ${f.anonymous ? 1 : 0}`);
  if (f.category) c.push(sql`EXISTS (SELECT 1 FROM events e WHERE e.document_id = a.document_id AND e.category = ${f.category} AND a.content_start < e.evidence_end AND a.content_end > e.evidence_start)`);
  if (f.entity) {
    c.push(sql`(a.source_entity = ${f.entity} OR a.source_name = ${f.entity} OR ${mentionedWithin(f.entity, sql`a.document_id`, sql`a.content_start`, sql`a.content_end`)})`);
  }
  // Only the outlet is not on the attribution row: without it the page reads attributions_order.
  const from = f.outlet ? sql`attributions a JOIN documents d ON d.id = a.document_id` : sql`attributions a`;
  const rows = await sql<{ document: string; id: string; source_name: string | null; source_entity: string | null; source_type: string | null; anonymous: number | null; kind: string; hedged: number; channel: string | null; cs: number; ce: number; ts: number; te: number; text: string; title: string | null; outlet: string | null; published: string | null }>`
    WITH page AS (SELECT a.document_id, a.id, a.published AS k0, a.cue_start AS k1 FROM ${from} ${where(c)} ORDER BY a.published, a.document_id, a.cue_start LIMIT ${limit} OFFSET ${offset})
    SELECT a.document_id AS document, a.id, a.source_name, a.source_entity, a.source_type, a.anonymous, a.kind, a.hedged, a.channel,
      a.cue_start AS cs, a.cue_end AS ce, a.content_start AS ts, a.content_end AS te, d.text, d.title, d.outlet, d.published
    FROM page p JOIN attributions a ON a.document_id = p.document_id AND a.id = p.id JOIN documents d ON d.id = a.document_id
    ORDER BY p.k0, p.document_id, p.k1`.execute(db);
  const items = rows.rows.map((r) => ({
    document: r.document, id: r.id, source: r.source_name, sourceEntity: r.source_entity, sourceType: r.source_type as SourceType | null,
    anonymous: r.anonymous === null ? null : Number(r.anonymous) === 1, kind: r.kind, hedged: r.hedged === 1, channel: r.channel, cue: span(r.text, r.cs, r.ce), content: span(r.text, r.ts, r.te), title: r.title, outlet: r.outlet, published: r.published,
  }));
  return { total: await count(db, counter, from, c), items };
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

interface EntityGroup { id: string; name: string; type: string; country: string | null; documents: number; mentions: number }

/**
 * The per-entity totals of findEntities, computed once and answered from memory until the
 * database changes: summing every entity row per request took ~300 ms on 100,000 documents.
 * Rows are kept grouped by (id, name, type, country), so a name or type filter sums only the
 * matching rows, exactly as the SQL does. `version` must change with every write: the store's
 * own write count plus SQLite's data_version (which moves when another connection commits).
 */
export class EntityTotalsCache {
  private cached: { version: string; groups: EntityGroup[] } | null = null;

  constructor(private readonly version: () => Promise<string>) {}

  async find(db: Kysely<Database>, options: { query?: string; type?: string } & PageOptions = {}): Promise<Page<EntitySummary>> {
    const { limit, offset } = paging(options);
    const groups = await this.groups(db);
    // ASCII-only case folding, as SQLite's lower() and LIKE.
    const fold = (s: string) => s.replace(/[A-Z]/g, (m) => m.toLowerCase());
    const prefix = options.query ? fold(options.query) : null;
    const byId = new Map<string, EntitySummary>();
    for (const g of groups) {
      if (prefix !== null && !fold(g.name).startsWith(prefix)) continue;
      if (options.type && g.type !== options.type) continue;
      const e = byId.get(g.id);
      if (!e) { byId.set(g.id, { ...g }); continue; }
      if (g.name > e.name) e.name = g.name;
      if (g.type > e.type) e.type = g.type;
      if (g.country !== null && (e.country === null || g.country > e.country)) e.country = g.country;
      e.documents += g.documents;
      e.mentions += g.mentions;
    }
    const all = [...byId.values()].sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { total: all.length, items: all.slice(offset, offset + limit) };
  }

  private async groups(db: Kysely<Database>): Promise<EntityGroup[]> {
    const version = await this.version();
    if (this.cached?.version === version) return this.cached.groups;
    const rows = await sql<EntityGroup>`SELECT en.id, en.name, en.type, en.country, count(*) AS documents, sum(en.mentions) AS mentions
      FROM entities en GROUP BY en.id, en.name, en.type, en.country`.execute(db);
    const groups = rows.rows.map((r) => ({ ...r, documents: Number(r.documents), mentions: Number(r.mentions) }));
    // Read the version again: a write during the query must not leave stale totals behind.
    if ((await this.version()) === version) this.cached = { version, groups };
    return groups;
  }
}
