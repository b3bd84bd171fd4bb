import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { serverWith } from './helpers.js';
import { csvField } from '../../src/api/exports/csv.js';

describe('API exports', () => {
  let app: FastifyInstance;
  before(async () => ({ app } = await serverWith()));
  after(() => app.close());

  it('exports events as JSON lines and CSV with the list filters', async () => {
    const jsonl = await app.inject({ url: '/api/export/events.jsonl?entity=country:KP' });
    assert.match(String(jsonl.headers['content-type']), /ndjson/);
    const lines = jsonl.body.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((e) => e.document), ['d1', 'd2']);
    const csv = await app.inject({ url: '/api/export/attributions.csv' });
    const rows = csv.body.trim().split('\r\n');
    assert.match(rows[0]!, /^document,id,source,/);
    assert.equal(rows.length, 4);
    assert.ok(rows.some((r) => r.includes('"North Korea fired a missile on Friday, ""a provocation"", again"')), 'quotes and commas are escaped');
  });

  it('keeps spreadsheet formulas inert in CSV', () => {
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField(null), '');
  });

  it('exports FollowTheMoney entities for Aleph', async () => {
    const res = await app.inject({ url: '/api/export/ftm.jsonl?document=d1' });
    const entities = res.body.trim().split('\n').map((l) => JSON.parse(l));
    const schemas = entities.map((e) => e.schema).sort();
    assert.deepEqual(schemas, ['Article', 'Documentation', 'Event', 'LegalEntity']);
    const article = entities.find((e) => e.schema === 'Article');
    const event = entities.find((e) => e.schema === 'Event');
    const country = entities.find((e) => e.schema === 'LegalEntity');
    assert.deepEqual(event.properties.proof, [article.id]);
    assert.deepEqual(event.properties.involved, [country.id]);
    assert.deepEqual(country.properties.country, ['kp']);
  });

  it('gives the evidence spans as W3C Web Annotations whose selectors find the words', async () => {
    const doc = (await app.inject({ url: '/api/documents/d2' })).json();
    const res = await app.inject({ url: '/api/documents/d2/annotations' });
    assert.match(String(res.headers['content-type']), /application\/ld\+json/);
    const page = res.json();
    assert.equal(page['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(page.type, 'AnnotationPage');
    const event = page.items.find((a: any) => a.id.endsWith('#event-e1'));
    const [position, quote] = event.target.selector;
    assert.equal(doc.document.text.slice(position.start, position.end), quote.exact);
    assert.equal(quote.exact, 'North Korea fired a missile');
    assert.equal((await app.inject({ url: '/api/documents/nope/annotations' })).statusCode, 404);
  });
});
