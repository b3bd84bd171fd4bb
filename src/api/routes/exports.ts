// Exports of the filtered record: JSON lines or CSV of documents, events and attributions;
// FollowTheMoney entities (JSON lines, for Aleph's `ftm`/`alephclient`); W3C Web Annotations of
// the evidence spans (JSON lines, one AnnotationPage per document). Rows are read in pages so a
// large export streams instead of building one huge array.
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Page, PageOptions, QueryFilter, Store } from '../../store/store.js';
import type { ApiContext } from '../context.js';
import { csvLine, flatten } from '../exports/csv.js';
import { toFtm } from '../exports/ftm.js';
import { webAnnotations } from '../exports/web-annotations.js';
import * as s from '../schemas.js';
import { toFilter } from './filters.js';

const PAGE = 500;
const MAX_ROWS = 100_000;

type Finder = (store: Store, f: QueryFilter, p: PageOptions) => Promise<Page<object>>;
const TABLES: Record<string, Finder> = {
  documents: (store, f, p) => store.findDocuments(f, p),
  events: (store, f, p) => store.findEvents(f, p),
  attributions: (store, f, p) => store.findAttributions(f, p),
};

async function* rows(store: Store, find: Finder, filter: QueryFilter): AsyncGenerator<Record<string, unknown>> {
  for (let offset = 0; offset < MAX_ROWS; offset += PAGE) {
    const { items } = await find(store, filter, { limit: PAGE, offset });
    for (const item of items) yield item as Record<string, unknown>;
    if (items.length < PAGE) return;
  }
}

async function* documentIds(store: Store, filter: QueryFilter): AsyncGenerator<string> {
  for await (const row of rows(store, TABLES.documents!, filter)) yield row.id as string;
}

export function exportRoutes(ctx: ApiContext): FastifyPluginAsyncZod {
  return async (app) => {
    const { store } = ctx;
    const params = z.object({ table: z.enum(['documents', 'events', 'attributions']), format: z.enum(['jsonl', 'csv']) });

    app.get('/export/:table.:format', { schema: { summary: 'Documents, events or attributions as JSON lines or CSV (same filters as the lists)', tags: ['exports'], params, querystring: s.filterQuery } }, async (req, reply) => {
      const { table, format } = req.params;
      const filter = toFilter(req.query);
      const lines = async function* () {
        let header: string[] | null = null;
        for await (const row of rows(store, TABLES[table]!, filter)) {
          if (format === 'jsonl') {
            yield `${JSON.stringify(row)}\n`;
            continue;
          }
          const flat = flatten(row);
          if (!header) {
            header = Object.keys(flat);
            yield csvLine(header);
          }
          yield csvLine(header.map((k) => flat[k]));
        }
      };
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="dateline-${table}.${format}"`)
        .send(Readable.from(lines()));
    });

    app.get('/export/ftm.jsonl', { schema: { summary: 'FollowTheMoney entities (Article, Person, Organization, Address, Event, Documentation) as JSON lines, for Aleph', tags: ['exports'], querystring: s.filterQuery } }, async (req, reply) => {
      const lines = async function* () {
        for await (const id of documentIds(store, toFilter(req.query))) {
          const doc = await store.getDocument(id);
          if (doc) for (const e of toFtm(doc)) yield `${JSON.stringify(e)}\n`;
        }
      };
      return reply.type('application/x-ndjson; charset=utf-8').header('content-disposition', 'attachment; filename="dateline-ftm.jsonl"').send(Readable.from(lines()));
    });

    app.get('/export/annotations.jsonl', { schema: { summary: 'W3C Web Annotations of the evidence spans, one AnnotationPage per document per line', tags: ['exports'], querystring: s.filterQuery } }, async (req, reply) => {
      const base = `${req.protocol}://${req.host}`;
      const lines = async function* () {
        for await (const id of documentIds(store, toFilter(req.query))) {
          const doc = await store.getDocument(id);
          if (doc) yield `${JSON.stringify(webAnnotations(doc, base))}\n`;
        }
      };
      return reply.type('application/x-ndjson; charset=utf-8').header('content-disposition', 'attachment; filename="dateline-annotations.jsonl"').send(Readable.from(lines()));
    });
  };
}
