// One conformance suite for every Store implementation: each backend's test file calls it with
// a function that opens a fresh, empty store.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../../src/store/store.js';
import { makeAnnotated } from '../../builders.js';

export function storeConformance(name: string, openEmpty: () => Promise<Store>): void {
  describe(`${name} store`, () => {
    it('stores a document and gives it back with every layer and offset intact', async () => {
      const store = await openEmpty();
      const doc = makeAnnotated('d1');
      assert.deepEqual(await store.putDocument(doc), { id: 'd1', status: 'inserted' });
      const back = await store.getDocument('d1');
      assert.ok(back);
      assert.equal(back.document.text, doc.document.text);
      assert.deepEqual(back.layers, doc.layers);
      assert.deepEqual(back.stages, doc.stages);
      await store.close();
    });

    it('treats the same clean text twice as one document', async () => {
      const store = await openEmpty();
      await store.putDocument(makeAnnotated('d1'));
      const again = await store.putDocument(makeAnnotated('another-id'));
      assert.equal(again.status, 'unchanged');
      assert.equal(again.sameAs, 'd1');
      assert.equal((await store.stats()).documents, 1);
      await store.close();
    });

    it('replaces a document whose id comes back with new text, leaving no stale annotations', async () => {
      const store = await openEmpty();
      await store.putDocument(makeAnnotated('d1'));
      const result = await store.putDocument(makeAnnotated('d1', 'Officials said nothing happened on Friday.'));
      assert.equal(result.status, 'updated');
      const stats = await store.stats();
      assert.equal(stats.documents, 1);
      assert.equal(stats.events, 0);
      assert.equal(stats.attributions, 1);
      await store.close();
    });

    it('finds sentences by words, with the sentence offsets into the document', async () => {
      const store = await openEmpty();
      await store.putDocument(makeAnnotated('d1'));
      await store.putDocument(makeAnnotated('d2', 'Officials said the talks ended.'));
      const hits = await store.search('missile');
      assert.equal(hits.length, 1);
      assert.equal(hits[0]!.document, 'd1');
      assert.match(hits[0]!.highlighted, /\[\[missile\]\]/);
      const doc = await store.getDocument('d1');
      assert.equal(doc!.document.text.slice(hits[0]!.start, hits[0]!.end), hits[0]!.text);
      assert.deepEqual(await store.search('AND OR "'), []);
      assert.equal((await store.search('offic')).length, 2, 'the last word matches as a prefix');
      await store.close();
    });

    it('finds longer words by the last word as a prefix and ranks the sentence that repeats it first', async () => {
      const store = await openEmpty();
      await store.putDocument(makeAnnotated('d1', 'Threats were made against the port.'));
      await store.putDocument(makeAnnotated('d2', 'A threat, a real threat, was made.'));
      await store.putDocument(makeAnnotated('d3', 'Nothing was made.'));
      const hits = await store.search('threat');
      assert.deepEqual(hits.map((h) => h.document), ['d2', 'd1']);
      assert.match(hits[1]!.highlighted, /\[\[Threats\]\]/);
      assert.deepEqual((await store.search('made threat')).map((h) => h.document), ['d2', 'd1'], 'every word is required, the last as a prefix');
      assert.deepEqual((await store.search('threat', { limit: 1 })).map((h) => h.document), ['d2']);
      await store.close();
    });

    it('counts events by date and attributions by source', async () => {
      const store = await openEmpty();
      await store.putDocument(makeAnnotated('d1'));
      await store.putDocument(makeAnnotated('d2', 'Officials said North Korea fired a missile on Friday again.', '2025-03-22'));
      assert.deepEqual(await store.eventsByDate(), [
        { date: '2025-03-21', category: 'weapons_test', count: 1 },
        { date: '2025-03-22', category: 'weapons_test', count: 1 },
      ]);
      assert.deepEqual(await store.attributionsBySource(), [{ source: 'officials', type: 'anonymous_official', count: 2 }]);
      const [top] = await store.topEntities(5);
      assert.deepEqual(top, { name: 'North Korea', type: 'country', documents: 2, mentions: 2 });
      const listed = await store.listDocuments();
      assert.deepEqual(listed.map((d) => [d.id, d.events, d.attributions]), [['d1', 1, 1], ['d2', 1, 1]]);
      await store.close();
    });

    it('iterates over every stored document', async () => {
      const store = await openEmpty();
      await store.putDocument(makeAnnotated('d1'));
      await store.putDocument(makeAnnotated('d2', 'Officials said the talks ended.'));
      const ids: string[] = [];
      for await (const doc of store.eachDocument()) ids.push(doc.document.id);
      assert.deepEqual(ids.sort(), ['d1', 'd2']);
      await store.close();
    });

    it('gives back many documents by id in the order asked, each once, leaving out unknown ids', async () => {
      const store = await openEmpty();
      await store.putDocument(makeAnnotated('d1'));
      await store.putDocument(makeAnnotated('d2', 'Officials said the talks ended.'));
      await store.putDocument(makeAnnotated('d3', 'Officials said North Korea fired a missile on Friday again.', '2025-03-28'));
      const docs = await store.getDocuments(['d3', 'missing', 'd1', 'd3']);
      assert.deepEqual(docs.map((d) => d.document.id), ['d3', 'd1']);
      assert.deepEqual(docs[1], await store.getDocument('d1'));
      assert.deepEqual(await store.getDocuments([]), []);
      const many = Array.from({ length: 1200 }, (_, i) => `x${i}`).concat('d2');
      assert.deepEqual((await store.getDocuments(many)).map((d) => d.document.id), ['d2']);
      await store.close();
    });

    it('filters and pages documents, events and attributions', async () => {
      const store = await openEmpty();
      await store.putDocument(makeAnnotated('d1'));
      await store.putDocument(makeAnnotated('d2', 'Officials said North Korea fired a missile on Friday again.', '2025-03-28'));
      await store.putDocument(makeAnnotated('d3', 'Officials said the talks ended.', '2025-04-02'));
      const all = await store.findDocuments({}, { limit: 2 });
      assert.equal(all.total, 3);
      assert.deepEqual(all.items.map((d) => d.id), ['d1', 'd2']);
      assert.deepEqual((await store.findDocuments({}, { limit: 2, offset: 2 })).items.map((d) => d.id), ['d3']);
      assert.deepEqual((await store.findDocuments({ entity: 'country:KP' })).items.map((d) => d.id), ['d1', 'd2']);
      assert.deepEqual((await store.findDocuments({ from: '2025-03-25', to: '2025-03-31' })).items.map((d) => d.id), ['d2']);
      assert.deepEqual((await store.findDocuments({ category: 'weapons_test' })).total, 2);
      assert.deepEqual((await store.findDocuments({ sourceType: 'expert' })).total, 0);

      const events = await store.findEvents({ entity: 'North Korea', from: '2025-03-01', to: '2025-03-22' });
      assert.equal(events.total, 1);
      assert.equal(events.items[0]!.evidence.text, 'North Korea fired a missile');
      assert.equal((await store.findEvents({ sourceType: 'anonymous_official' })).total, 2);
      assert.equal((await store.findEvents({ category: 'attack' })).total, 0);

      const said = await store.findAttributions({ document: 'd3' });
      assert.equal(said.total, 1);
      assert.equal(said.items[0]!.content.text, 'the talks ended');
      assert.equal((await store.findAttributions({ entity: 'country:KP' })).total, 2, 'the entity is named in what was said');
      await store.close();
    });

    it('keeps whether a speaker is unnamed and filters attributions by it', async () => {
      const store = await openEmpty();
      const unnamed = makeAnnotated('u1', 'Officials said the border reopened.', '2025-05-01');
      unnamed.layers.attributions[0]!.source!.anonymous = true;
      const named = makeAnnotated('u2', 'Officials said the border closed.', '2025-05-02');
      named.layers.attributions[0]!.source!.anonymous = false;
      await store.putDocument(unnamed);
      await store.putDocument(named);
      await store.putDocument(makeAnnotated('u3', 'Officials said the border was quiet.', '2025-05-03'));
      const all = await store.findAttributions({});
      assert.deepEqual(all.items.map((a) => [a.document, a.anonymous]), [['u1', true], ['u2', false], ['u3', null]]);
      assert.deepEqual((await store.findAttributions({ anonymous: true })).items.map((a) => a.document), ['u1']);
      assert.deepEqual((await store.findAttributions({ anonymous: false })).items.map((a) => a.document), ['u2']);
      await store.close();
    });

    it('pages documents naming an entity in published order, by id or by name, with the other filters', async () => {
      const store = await openEmpty();
      // Stored out of date order, so the order comes from the published dates, not the writes.
      for (const [id, day] of [['k3', '2025-03-27'], ['k1', '2025-03-21'], ['k4', '2025-04-02'], ['k2', '2025-03-24']] as const) {
        await store.putDocument(makeAnnotated(id, `Officials said North Korea fired a missile on Friday (${id}).`, day));
      }
      await store.putDocument(makeAnnotated('other', 'Officials said the talks ended.', '2025-03-22'));
      const first = await store.findDocuments({ entity: 'country:KP' }, { limit: 2 });
      assert.deepEqual(first.items.map((d) => d.id), ['k1', 'k2']);
      assert.equal(first.total, 4);
      assert.deepEqual((await store.findDocuments({ entity: 'North Korea' }, { limit: 2, offset: 2 })).items.map((d) => d.id), ['k3', 'k4']);
      assert.deepEqual((await store.findDocuments({ entity: 'country:KP', from: '2025-03-22', to: '2025-03-31' })).items.map((d) => d.id), ['k2', 'k3']);
      assert.equal((await store.findDocuments({ entity: 'country:KP', category: 'weapons_test', sourceType: 'anonymous_official' })).total, 4);
      assert.equal((await store.findDocuments({ entity: 'country:KP', category: 'attack' })).total, 0);
      assert.equal((await store.findDocuments({ entity: 'country:KP', outlet: 'nobody' })).total, 0);
      const k2 = (await store.findDocuments({ entity: 'country:KP', document: 'k2' })).items;
      assert.deepEqual(k2.map((d) => [d.id, d.entities, d.events, d.attributions]), [['k2', 1, 1, 1]]);
      assert.equal((await store.findDocuments({ entity: 'nobody' })).total, 0);
      await store.close();
    });

    it('keeps coarse event dates that overlap the range and counts again after every write', async () => {
      const store = await openEmpty();
      const month = makeAnnotated('m', 'Officials said North Korea fired a missile in March.');
      month.layers.events[0]!.date = '2025-03';
      const year = makeAnnotated('y', 'Officials said North Korea fired a missile this year.');
      year.layers.events[0]!.date = '2025';
      const late = makeAnnotated('l', 'Officials said North Korea fired a missile on Friday.', '2025-04-04');
      for (const doc of [month, year, late]) await store.putDocument(doc);
      const inRange = await store.findEvents({ from: '2025-03-10', to: '2025-03-31' });
      assert.deepEqual(inRange.items.map((e) => e.document).sort(), ['m', 'y']);
      assert.equal(inRange.total, 2);
      assert.equal((await store.findEvents({ from: '2025-04-01', to: '2025-04-30' })).total, 2, 'the year and the day');
      assert.deepEqual((await store.findEvents({ from: '2025-04', to: '2025-04' })).items.map((e) => e.document).sort(), ['l', 'y'], 'a month range takes in its days');
      assert.equal((await store.findEvents({ to: '2025-03' })).total, 2, 'a month as the last date keeps the month and the year');
      assert.equal((await store.findDocuments({ from: '2025-04', to: '2025' })).total, 1, 'a year as the last date keeps a timestamp in that year');
      assert.equal((await store.findDocuments({ entity: 'country:KP' })).total, 3);
      await store.putDocument(makeAnnotated('n', 'Officials said North Korea fired a missile on Friday once more.', '2025-03-12'));
      assert.equal((await store.findEvents({ from: '2025-03-10', to: '2025-03-31' })).total, 3, 'the total is counted again after a write');
      assert.equal((await store.findDocuments({ entity: 'country:KP' })).total, 4);
      await store.deleteDocument('m');
      assert.equal((await store.findDocuments({ entity: 'country:KP' })).total, 3);
      assert.equal((await store.findAttributions({ sourceType: 'anonymous_official' })).total, 3);
      await store.close();
    });

    it('lists entities across documents and deletes a document with its annotations', async () => {
      const store = await openEmpty();
      await store.putDocument(makeAnnotated('d1'));
      await store.putDocument(makeAnnotated('d2', 'Officials said North Korea fired a missile on Friday again.', '2025-03-28'));
      const entities = await store.findEntities({ query: 'north' });
      assert.deepEqual(entities, { total: 1, items: [{ id: 'country:KP', name: 'North Korea', type: 'country', country: 'KP', documents: 2, mentions: 2 }] });
      assert.equal((await store.findEntities({ query: '%' })).total, 0, 'LIKE wildcards in the query are literal');
      assert.equal((await store.getEntity('country:KP'))?.documents, 2);
      assert.equal(await store.getEntity('nobody'), null);
      assert.equal(await store.deleteDocument('d1'), true);
      assert.equal(await store.deleteDocument('d1'), false);
      assert.equal(await store.getDocument('d1'), null);
      assert.equal((await store.stats()).events, 1);
      assert.deepEqual(await store.search('again'), (await store.search('again')).filter((h) => h.document === 'd2'));
      assert.equal((await store.search('fired')).length, 1);
      await store.close();
    });
  });
}
