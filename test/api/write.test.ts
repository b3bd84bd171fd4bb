import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serverWith, TOKEN } from './helpers.js';

const article = 'SEOUL — The defence ministry said on Monday that the army held a large exercise near the border.\n\nOfficials said the drills would continue.';

describe('API writes and limits', () => {
  it('refuses writes on a server started without a token (DL504)', async () => {
    const { app } = await serverWith();
    const res = await app.inject({ method: 'POST', url: '/api/ingest', payload: { text: article } });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'DL504');
    assert.equal((await app.inject({ method: 'DELETE', url: '/api/documents/d1' })).json().error.code, 'DL504');
    await app.close();
  });

  it('needs the right token to write (DL503), then ingests pasted text and deletes', async () => {
    const { app } = await serverWith({ token: TOKEN });
    const post = (headers: Record<string, string>, payload: object) => app.inject({ method: 'POST', url: '/api/ingest', headers, payload });
    assert.equal((await post({}, { text: article })).json().error.code, 'DL503');
    assert.equal((await post({ authorization: 'Bearer wrong' }, { text: article })).statusCode, 401);
    const auth = { authorization: `Bearer ${TOKEN}` };
    const stored = await post(auth, { text: article, id: 'drills', published: '2025-05-05', title: 'Drills' });
    assert.equal(stored.statusCode, 200);
    assert.deepEqual(stored.json(), { documents: [{ id: 'drills', status: 'inserted' }], failures: [] });
    const doc = (await app.inject({ url: '/api/documents/drills' })).json();
    assert.equal(doc.document.title, 'Drills');
    assert.ok(doc.layers.sentences.length >= 2);
    const unnamed = (await app.inject({ url: '/api/attributions?document=drills&anonymous=true' })).json();
    assert.deepEqual(unnamed.items.map((a: any) => a.cue.text), ['said'], 'only "Officials said" is from unnamed speakers');
    assert.equal(unnamed.items[0].content.text, 'the drills would continue');
    assert.equal((await app.inject({ url: '/api/attributions?document=drills&anonymous=false' })).json().items[0].source, 'The defence ministry');
    const stories = (await app.inject({ url: '/api/stories?document=drills' })).json();
    assert.equal(stories.total, 1, 'stories are regrouped after a write');
    assert.equal((await post(auth, { text: '   ' })).json().failures[0].code, 'DL101');
    assert.equal((await post(auth, { text: 'a', html: '<p>b</p>' })).json().error.code, 'DL502');

    const del = await app.inject({ method: 'DELETE', url: '/api/documents/drills', headers: auth });
    assert.deepEqual(del.json(), { deleted: 'drills' });
    assert.equal((await app.inject({ url: '/api/documents/drills' })).statusCode, 404);
    assert.equal((await app.inject({ method: 'DELETE', url: '/api/documents/drills', headers: auth })).json().error.code, 'DL501');
    await app.close();
  });

  it('limits the request body (DL505) and reads only JSON bodies (DL507)', async () => {
    const { app } = await serverWith({ token: TOKEN, maxBytes: 1000 });
    const auth = { authorization: `Bearer ${TOKEN}` };
    const big = await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text: 'word '.repeat(40_000) } });
    assert.equal(big.statusCode, 413);
    assert.equal(big.json().error.code, 'DL505');
    const xml = await app.inject({ method: 'POST', url: '/api/ingest', headers: { ...auth, 'content-type': 'application/xml' }, payload: '<a/>' });
    assert.equal(xml.statusCode, 415);
    assert.equal(xml.json().error.code, 'DL507');
    await app.close();
  });

  it('answers on a real loopback port and serves the web page for every UI address', async () => {
    const web = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-web-'));
    fs.writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>Dateline</title>');
    const { app } = await serverWith({ webRoot: web });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const meta = await fetch(`${address}/api/meta`);
      assert.equal(meta.status, 200);
      assert.equal(((await meta.json()) as any).stats.documents, 3);
      for (const page of ['/', '/stories/story-1', '/documents/d1?hl=1-4', '/entities/country:KP']) {
        const res = await fetch(`${address}${page}`);
        assert.equal(res.status, 200, page);
        assert.match(await res.text(), /<title>Dateline<\/title>/);
      }
      const api404 = await fetch(`${address}/api/nothing`);
      assert.equal(api404.status, 404);
      assert.equal(((await api404.json()) as any).error.code, 'DL501');
    } finally {
      await app.close();
    }
  });
});
