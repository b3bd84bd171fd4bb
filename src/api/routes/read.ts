// The read-only routes: documents, stories, events, entities, attributions, search, map, tests.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EVENT_CATEGORIES } from '../../model/types.js';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { storyDetail } from '../story-view.js';
import { entityDetail } from '../entity-view.js';
import { mapData } from '../map-view.js';
import { weaponsTests } from '../tests-view.js';
import { webAnnotations } from '../exports/web-annotations.js';
import * as s from '../schemas.js';
import { toFilter } from './filters.js';

const VERSION = '0.1.0';

export function readRoutes(ctx: ApiContext): FastifyPluginAsyncZod {
  return async (app) => {
    const { store, stories } = ctx;
    const errors = { 400: s.errorBody, 404: s.errorBody };

    app.get('/meta', { schema: { summary: 'Server settings and store counts', tags: ['meta'], response: { 200: s.meta } } }, async () => ({
      version: VERSION, writable: Boolean(ctx.token), maxBytes: ctx.maxBytes, stats: await store.stats(),
      categories: [...EVENT_CATEGORIES], sourceTypes: [...s.SOURCE_TYPES],
    }));

    app.get('/documents', { schema: { summary: 'Documents, filtered and paged', tags: ['documents'], querystring: s.filterQuery, response: { 200: s.page(s.documentSummary), ...errors } } }, async (req) => {
      const { limit, offset } = req.query;
      return { ...(await store.findDocuments(toFilter(req.query), { limit, offset })), limit, offset };
    });

    app.get('/documents/:id', { schema: { summary: 'One document: clean text and every annotation layer', tags: ['documents'], params: s.idParams, response: { 200: s.annotatedDocument, ...errors } } }, async (req) => {
      const doc = await store.getDocument(req.params.id);
      if (!doc) throw notFound('document', req.params.id);
      // Interfaces have no index signature; the loose schema passes extra fields through.
      return { ...doc, layers: { ...doc.layers, tokens: [] } } as never;
    });

    app.get('/documents/:id/annotations', { schema: { summary: 'The evidence spans of a document as W3C Web Annotations (AnnotationPage)', tags: ['documents', 'exports'], params: s.idParams } }, async (req, reply) => {
      const doc = await store.getDocument(req.params.id);
      if (!doc) throw notFound('document', req.params.id);
      const base = `${req.protocol}://${req.host}`;
      return reply.type('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"').send(JSON.stringify(webAnnotations(doc, base)));
    });

    app.get('/stories', { schema: { summary: 'Stories: documents grouped by shared events', tags: ['stories'], querystring: s.filterQuery, response: { 200: s.page(s.storySummary), ...errors } } }, async (req) => {
      const { limit, offset, from, to, category, entity, outlet, document } = req.query;
      let all = await stories.all();
      if (from) all = all.filter((st) => st.date !== null && st.date >= from.slice(0, st.date.length));
      if (to) all = all.filter((st) => st.date !== null && st.date.slice(0, 10) <= to);
      if (category) all = all.filter((st) => st.category === category);
      if (document) all = all.filter((st) => st.documents.includes(document));
      if (outlet) all = all.filter((st) => st.sources.some((src) => src.outlet === outlet));
      if (entity) {
        const docs = new Set((await store.findDocuments({ entity }, { limit: 1000 })).items.map((d) => d.id));
        all = all.filter((st) => st.documents.some((d) => docs.has(d)));
      }
      const items = all.slice(offset, offset + limit).map((st) => ({
        ...st, events: st.events.length, sources: st.sources.length,
      }));
      return { total: all.length, limit, offset, items };
    });

    app.get('/stories/:id', { schema: { summary: 'One story: sources and their independence, claims with their sentences', tags: ['stories'], params: s.idParams, response: { 200: s.storyDetail, ...errors } } }, async (req) => {
      const story = await stories.get(req.params.id);
      if (!story) throw notFound('story', req.params.id);
      const docs = [];
      for (const id of story.documents) {
        const doc = await store.getDocument(id);
        if (doc) docs.push(doc);
      }
      return storyDetail(story, docs) as never;
    });

    app.get('/events', { schema: { summary: 'Events, filtered and paged, by date', tags: ['events'], querystring: s.filterQuery, response: { 200: s.page(s.eventSummary), ...errors } } }, async (req) => {
      const { limit, offset } = req.query;
      return { ...(await store.findEvents(toFilter(req.query), { limit, offset })), limit, offset };
    });

    app.get('/attributions', { schema: { summary: 'Attributions (who says what), filtered and paged', tags: ['attributions'], querystring: s.filterQuery, response: { 200: s.page(s.attributionSummary), ...errors } } }, async (req) => {
      const { limit, offset } = req.query;
      return { ...(await store.findAttributions(toFilter(req.query), { limit, offset })), limit, offset };
    });

    const entityQuery = s.pageQuery.extend({ q: z.string().max(300).optional().describe('name prefix'), type: z.enum(['person', 'organisation', 'country', 'place', 'group']).optional() });
    app.get('/entities', { schema: { summary: 'Entities across documents, most mentioned first', tags: ['entities'], querystring: entityQuery, response: { 200: s.page(s.entitySummary), ...errors } } }, async (req) => {
      const { limit, offset, q, type } = req.query;
      return { ...(await store.findEntities({ query: q, type, limit, offset })), limit, offset };
    });

    app.get('/entities/:id', { schema: { summary: 'One entity: its events as actor and target, what it said and what was said of it', tags: ['entities'], params: s.idParams, response: { 200: s.entityDetail, ...errors } } }, async (req) => {
      const detail = await entityDetail(store, req.params.id);
      if (!detail) throw notFound('entity', req.params.id);
      return detail;
    });

    const searchQuery = z.object({ q: z.string().min(1).max(500).describe('plain words; all must occur, the last also as a prefix'), limit: z.coerce.number().int().min(1).max(200).default(50) });
    app.get('/search', { schema: { summary: 'Full-text search over sentences', tags: ['search'], querystring: searchQuery, response: { 200: z.object({ query: z.string(), items: z.array(s.searchHit) }), ...errors } } }, async (req) => ({
      query: req.query.q, items: await store.search(req.query.q, { limit: req.query.limit }),
    }));

    app.get('/map', { schema: { summary: 'Events by place (points with coordinates, and counts per country)', tags: ['events'], querystring: s.filterQuery, response: { 200: s.mapData, ...errors } } }, async (req) => mapData(store, toFilter(req.query)));

    app.get('/tests', { schema: { summary: 'Weapons tests with their actors, sources and test attributes', tags: ['events'], querystring: s.filterQuery, response: { 200: z.object({ items: z.array(s.weaponsTest) }), ...errors } } }, async (req) => ({
      items: await weaponsTests(store, toFilter(req.query), req.query.limit),
    }));
  };
}
