import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { json, serverWith } from './helpers.js';
import { buildServer } from '../../src/api/server.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeAnnotated } from '../builders.js';

describe('API reads', () => {
  let app: FastifyInstance;
  before(async () => ({ app } = await serverWith()));
  after(() => app.close());

  it('lists documents with paging and filters', async () => {
    const all = await json(app, '/api/documents?limit=2');
    assert.equal(all.status, 200);
    assert.equal(all.body.total, 3);
    assert.deepEqual(all.body.items.map((d: any) => d.id), ['d1', 'd2']);
    assert.deepEqual((await json(app, '/api/documents?offset=2')).body.items.map((d: any) => d.id), ['d3']);
    assert.equal((await json(app, '/api/documents?entity=country:KP&from=2025-03-25')).body.total, 1);
    assert.equal((await json(app, '/api/documents?category=weapons_test')).body.total, 2);
  });

  it('pages documents naming an entity in published order with the total of every page', async () => {
    const second = await json(app, '/api/documents?entity=North%20Korea&limit=1&offset=1');
    assert.equal(second.body.total, 2);
    assert.deepEqual(second.body.items.map((d: any) => [d.id, d.events]), [['d2', 1]]);
    const marked = await json(app, '/api/search?q=fired%20miss');
    assert.deepEqual(marked.body.items.map((h: any) => h.highlighted.includes('[[fired]] a [[missile]]')), [true, true]);
  });

  it('gives one document with its clean text and annotations, whose spans slice the text', async () => {
    const { status, body } = await json(app, '/api/documents/d2');
    assert.equal(status, 200);
    const text: string = body.document.text;
    for (const e of body.layers.events) assert.equal(text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
    assert.equal(body.layers.entities[0].name, 'North Korea');
  });

  it('answers unknown ids and addresses with DL501 and bad parameters with DL502, as JSON', async () => {
    assert.deepEqual(await json(app, '/api/documents/nope'), { status: 404, body: { error: { code: 'DL501', message: 'no document with id "nope"', status: 404 } } });
    assert.equal((await json(app, '/api/stories/nope')).body.error.code, 'DL501');
    assert.equal((await json(app, '/api/nothing-here')).body.error.code, 'DL501');
    const bad = await json(app, '/api/events?limit=5000');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, 'DL502');
    assert.match(bad.body.error.message, /limit/);
    assert.equal((await json(app, '/api/events?from=yesterday')).body.error.code, 'DL502');
    assert.equal((await json(app, '/api/events?category=picnic')).body.error.code, 'DL502');
  });

  it('filters events by entity, date range and source type, with their evidence', async () => {
    const { body } = await json(app, '/api/events?entity=North%20Korea&from=2025-03-01&to=2025-03-22');
    assert.equal(body.total, 1);
    assert.equal(body.items[0].document, 'd1');
    assert.equal(body.items[0].evidence.text, 'North Korea fired a missile');
    assert.equal((await json(app, '/api/events?source_type=anonymous_official')).body.total, 2);
    assert.equal((await json(app, '/api/events?source_type=expert')).body.total, 0);
  });

  it('groups stories and shows one with its sources and each claim with its sentence', async () => {
    const list = await json(app, '/api/stories');
    const story = list.body.items.find((s: any) => s.documents.includes('d1'));
    assert.ok(story);
    const { body } = await json(app, `/api/stories/${story.id}`);
    assert.deepEqual(body.sources.map((s: any) => s.document).sort(), story.documents);
    const claim = body.claims.find((c: any) => c.category === 'weapons_test');
    assert.ok(claim.reports.length >= 1);
    for (const r of claim.reports) assert.ok(r.sentence.start <= r.evidence.start && r.evidence.end <= r.sentence.end);
  });

  it('lists entities and shows one with its events as actor and what was said of it', async () => {
    const list = await json(app, '/api/entities?q=North');
    assert.deepEqual(list.body.items.map((e: any) => e.id), ['country:KP']);
    const { body } = await json(app, '/api/entities/country:KP');
    assert.equal(body.entity.documents, 2);
    assert.equal(body.asActor.length, 2);
    assert.equal(body.saidOf.length, 2);
    assert.equal(body.said.length, 0);
  });

  it('searches sentences and lists attributions and weapons tests', async () => {
    const search = await json(app, '/api/search?q=talks');
    assert.deepEqual(search.body.items.map((h: any) => h.document), ['d3']);
    assert.equal((await json(app, '/api/search')).body.error.code, 'DL502');
    assert.equal((await json(app, '/api/attributions?document=d3')).body.items[0].content.text, 'the talks ended');
    const tests = await json(app, '/api/tests');
    assert.equal(tests.body.items.length, 2);
    assert.deepEqual(tests.body.items[0].sources, [{ name: 'officials', type: 'anonymous_official' }]);
    assert.equal((await json(app, '/api/map')).body.unplaced, 2);
  });

  it('filters attributions by unnamed speakers and rejects a bad flag', async () => {
    // the test documents were stored without the flag: none is known to be unnamed or named
    assert.equal((await json(app, '/api/attributions')).body.items[0].anonymous, null);
    assert.equal((await json(app, '/api/attributions?anonymous=true')).body.total, 0);
    assert.equal((await json(app, '/api/attributions?anonymous=maybe')).body.error.code, 'DL502');
  });

  it('serves the OpenAPI document generated from the schemas at /api/docs', async () => {
    const { body } = await json(app, '/api/docs');
    assert.match(body.openapi, /^3\./);
    for (const p of ['/api/documents', '/api/documents/{id}', '/api/stories/{id}', '/api/events', '/api/entities', '/api/attributions', '/api/search', '/api/ingest']) {
      assert.ok(body.paths[p], `${p} is documented`);
    }
    assert.ok(body.paths['/api/events'].get.parameters.some((p: any) => p.name === 'source_type'));
  });

  it('sends a content security policy that runs only the page\'s own scripts', async () => {
    const res = await app.inject({ url: '/api/meta' });
    assert.match(String(res.headers['content-security-policy']), /script-src 'self';/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.json().writable, false);
  });
});

describe('API stories grouped in a worker thread', () => {
  it('lists the same stories as grouping on the server thread', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-api-')), 'stories.db');
    const store = await openSqliteStore(file);
    await store.putDocument(makeAnnotated('d1'));
    await store.putDocument(makeAnnotated('d2', 'Officials said North Korea fired a missile on Friday, "a provocation", again.', '2025-03-28'));
    const inWorker = await buildServer({ store, storiesDb: file });
    const onThread = await buildServer({ store });
    const list = async (app: FastifyInstance) => (await json(app, '/api/stories')).body;
    assert.deepEqual(await list(inWorker), await list(onThread));
    assert.ok((await list(inWorker)).total >= 1);
    await inWorker.close();
    await onThread.close();
    await store.close();
  });
});
