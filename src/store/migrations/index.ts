// Schema migrations, in order. Each runs once, inside a transaction, and is recorded in
// schema_migrations. Never edit a released migration: add a new one.
import { sql, type Kysely } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents and annotation indexes',
    async up(db, dialect) {
      await db.schema
        .createTable('documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('url', 'text')
        .addColumn('outlet', 'text')
        .addColumn('title', 'text')
        .addColumn('byline', 'text')
        .addColumn('published', 'text')
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull().unique())
        .addColumn('raw_hash', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('origin_path', 'text')
        .addColumn('document_json', 'text', (c) => c.notNull())
        .addColumn('layers_json', 'text', (c) => c.notNull())
        .addColumn('stages', 'text', (c) => c.notNull())
        .addColumn('words', 'integer', (c) => c.notNull())
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('documents_published').on('documents').column('published').execute();

      const child = (name: string) => db.schema.createTable(name).addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'));
      await child('sentences').addColumn('idx', 'integer', (c) => c.notNull()).addColumn('start', 'integer', (c) => c.notNull())
        .addColumn('end', 'integer', (c) => c.notNull()).addColumn('paragraph', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('sentences_pk', ['document_id', 'idx']).execute();
      await child('entities').addColumn('id', 'text', (c) => c.notNull()).addColumn('name', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull()).addColumn('country', 'text').addColumn('source_type', 'text')
        .addColumn('mentions', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('entities_pk', ['document_id', 'id']).execute();
      await db.schema.createIndex('entities_name').on('entities').column('name').execute();
      await child('mentions').addColumn('entity_id', 'text', (c) => c.notNull()).addColumn('start', 'integer', (c) => c.notNull())
        .addColumn('end', 'integer', (c) => c.notNull()).addColumn('kind', 'text', (c) => c.notNull()).execute();
      await db.schema.createIndex('mentions_document').on('mentions').column('document_id').execute();
      await child('times').addColumn('id', 'text', (c) => c.notNull()).addColumn('start', 'integer', (c) => c.notNull())
        .addColumn('end', 'integer', (c) => c.notNull()).addColumn('type', 'text', (c) => c.notNull()).addColumn('value', 'text')
        .addPrimaryKeyConstraint('times_pk', ['document_id', 'id']).execute();
      await child('attributions').addColumn('id', 'text', (c) => c.notNull()).addColumn('source_name', 'text')
        .addColumn('source_entity', 'text').addColumn('source_type', 'text')
        .addColumn('cue_start', 'integer', (c) => c.notNull()).addColumn('cue_end', 'integer', (c) => c.notNull())
        .addColumn('content_start', 'integer', (c) => c.notNull()).addColumn('content_end', 'integer', (c) => c.notNull())
        .addColumn('channel', 'text').addColumn('kind', 'text', (c) => c.notNull()).addColumn('hedged', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('attributions_pk', ['document_id', 'id']).execute();
      await db.schema.createIndex('attributions_source').on('attributions').column('source_name').execute();
      await child('events').addColumn('id', 'text', (c) => c.notNull()).addColumn('category', 'text', (c) => c.notNull())
        .addColumn('plover', 'text', (c) => c.notNull()).addColumn('date', 'text').addColumn('time', 'text').addColumn('place', 'text')
        .addColumn('modality', 'text', (c) => c.notNull())
        .addColumn('evidence_start', 'integer', (c) => c.notNull()).addColumn('evidence_end', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('events_pk', ['document_id', 'id']).execute();
      await db.schema.createIndex('events_date').on('events').columns(['date', 'category']).execute();
      await child('diagnostics').addColumn('code', 'text', (c) => c.notNull()).addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull()).addColumn('stage', 'text').addColumn('start', 'integer').addColumn('end', 'integer').execute();
      await db.schema.createIndex('diagnostics_document').on('diagnostics').column('document_id').execute();

      if (dialect === 'sqlite') {
        // Full text over sentences; the sentence's position rides along unindexed.
        await sql`CREATE VIRTUAL TABLE sentence_search USING fts5(text, document_id UNINDEXED, idx UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
      } else {
        // The same table on PostgreSQL: a generated tsvector ('simple': no stemming, any
        // language, as FTS5's unicode61) under a GIN index.
        await sql`CREATE TABLE sentence_search (document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE, idx integer NOT NULL, text text NOT NULL,
          tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED, PRIMARY KEY (document_id, idx))`.execute(db);
        await sql`CREATE INDEX sentence_search_tsv ON sentence_search USING gin (tsv)`.execute(db);
      }
    },
  },
  {
    version: 2,
    name: 'indexes for the API list queries',
    // Found with EXPLAIN QUERY PLAN on a 100,000-document store (npm run bench:api): entity
    // filters look entities up by id and mentions by entity, the list filters match category,
    // source type and outlet, and documents page in (published, id) order.
    async up(db) {
      // Covering, so the per-entity totals (GROUP BY id) read the index alone, in order.
      await db.schema.createIndex('entities_id').on('entities').columns(['id', 'document_id', 'name', 'type', 'country', 'mentions']).execute();
      await db.schema.createIndex('mentions_entity').on('mentions').columns(['entity_id', 'document_id']).execute();
      await db.schema.createIndex('attributions_source_type').on('attributions').columns(['source_type', 'document_id']).execute();
      await db.schema.createIndex('events_category').on('events').columns(['category', 'document_id']).execute();
      await db.schema.createIndex('documents_outlet').on('documents').columns(['outlet', 'published', 'id']).execute();
      await db.schema.createIndex('documents_published_id').on('documents').columns(['published', 'id']).execute();
    },
  },
  {
    version: 3,
    name: 'published date on events and attributions, indexed in list order',
    // The event and attribution lists sort by their document's published date; read from the
    // documents table, no index supplies that order and every match was sorted per request.
    // The date is copied onto each row (written by rows.ts) and indexed with the rest of the order
    // and the row's id: covering, so a page with a bound LIMIT reads the index alone instead of
    // the planner choosing a full scan and sort.
    async up(db) {
      for (const table of ['events', 'attributions']) {
        await db.schema.alterTable(table).addColumn('published', 'text').execute();
        await sql`UPDATE ${sql.table(table)} SET published = (SELECT d.published FROM documents d WHERE d.id = ${sql.ref(`${table}.document_id`)})`.execute(db);
      }
      await sql`CREATE INDEX events_order ON events ((date IS NULL), date, published, document_id, evidence_start, id)`.execute(db);
      await sql`CREATE INDEX events_category_order ON events (category, (date IS NULL), date, published, document_id, evidence_start, id)`.execute(db);
      await db.schema.createIndex('attributions_order').on('attributions').columns(['published', 'document_id', 'cue_start', 'id']).execute();
      await db.schema.createIndex('attributions_source_type_order').on('attributions').columns(['source_type', 'published', 'document_id', 'cue_start', 'id']).execute();
    },
  },
  {
    version: 4,
    name: 'published date on entities, indexed for documents filtered by entity',
    // Documents filtered by an entity were found through an IN list of every document naming it
    // and sorted by published date per request (~100 ms for an entity in 17% of 100,000
    // documents). With the date on the entity row, (id | name, published, document_id) gives the
    // list order straight from the index, as migration 3 did for events and attributions.
    async up(db) {
      await db.schema.alterTable('entities').addColumn('published', 'text').execute();
      await sql`UPDATE entities SET published = (SELECT d.published FROM documents d WHERE d.id = entities.document_id)`.execute(db);
      await db.schema.createIndex('entities_id_order').on('entities').columns(['id', 'published', 'document_id']).execute();
      // Replaces entities_name (name alone): a name lookup now reads the index without the table.
      await db.schema.createIndex('entities_name_order').on('entities').columns(['name', 'published', 'document_id']).execute();
      await db.schema.dropIndex('entities_name').execute();
    },
  },
  {
    version: 5,
    name: 'unnamed speakers on attribution rows',
    // Whether the speaker is unnamed ("a U.S. official"), for the attribution list and its filter.
    // NULL on rows written before the flag existed: those documents were annotated without it.
    async up(db) {
      await db.schema.alterTable('attributions').addColumn('anonymous', 'integer').execute();
    },
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
