import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Document } from '../../src/model/types.js';
import type { PutStatus } from '../../src/store/store.js';
import { backoffDelay, loadState, readOpml, retryAfterMs, watchFeeds, type WatchOptions } from '../../src/ingest/watch/index.js';
import { rss, startServer, type FeedItem, type TestServer } from './server.js';

const EVERY = 15 * 60_000;

/** A store that keeps documents by id and content hash, as the real one decides inserted/unchanged. */
function memoryStore(): { put: (doc: Document) => Promise<PutStatus>; docs: Map<string, Document>; calls: string[] } {
  const docs = new Map<string, Document>();
  const calls: string[] = [];
  return {
    docs, calls,
    put: async (doc) => {
      calls.push(doc.id);
      const old = docs.get(doc.id);
      docs.set(doc.id, doc);
      return !old ? 'inserted' : old.origin.contentHash === doc.origin.contentHash ? 'unchanged' : 'updated';
    },
  };
}

/** Serves an RSS feed with an ETag and answers 304 when the client already has that version. */
function feedRoute(server: TestServer, route: string, items: () => FeedItem[]): void {
  server.routes.set(route, (req, res) => {
    const body = rss(items());
    const etag = `"${Buffer.from(body).length}-${items().length}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(body);
  });
}

const item = (n: number): FeedItem => ({ guid: `item-${n}`, title: `Item ${n}`, content: `<p>The full text of item number ${n}, carried in the feed.</p>` });

describe('watch: polling feeds on a loopback server', () => {
  let server: TestServer;
  let dir: string;
  let statePath: string;
  let clock: number;
  const options = (): WatchOptions => ({ everyMs: EVERY, once: true, statePath, allowPrivate: true });
  const deps = (store: ReturnType<typeof memoryStore>, lines: string[] = [], stop = new AbortController().signal) => ({
    store: store.put, report: (l: string) => void lines.push(l), stop, now: () => clock, random: () => 1,
  });

  before(async () => { server = await startServer(); });
  after(() => server.close());
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-watch-'));
    statePath = path.join(dir, 'watch.json');
    clock = Date.parse('2025-03-20T10:00:00Z');
  });

  it('sends If-None-Match on the next poll, gets 304 and stores nothing', async () => {
    const items = [item(1), item(2)];
    feedRoute(server, '/etag.xml', () => items);
    const store = memoryStore();
    const first = await watchFeeds([`${server.base}/etag.xml`], options(), deps(store));
    assert.equal(first.counts.inserted, 2);
    const lines: string[] = [];
    const second = await watchFeeds([`${server.base}/etag.xml`], options(), deps(store, lines));
    assert.equal(server.requests.at(-1)?.headers['if-none-match'], loadState(statePath).state.feeds[`${server.base}/etag.xml`]?.etag);
    assert.equal(second.polls, 1);
    assert.deepEqual(second.counts, { inserted: 0, updated: 0, unchanged: 0 });
    assert.equal(store.calls.length, 2);
    assert.match(lines[0]!, /not modified/);
  });

  it('stores only the item that is new since the last poll', async () => {
    const items = [item(1), item(2)];
    feedRoute(server, '/grow.xml', () => items);
    const store = memoryStore();
    await watchFeeds([`${server.base}/grow.xml`], options(), deps(store));
    items.unshift(item(3));
    const r = await watchFeeds([`${server.base}/grow.xml`], options(), deps(store));
    assert.equal(r.counts.inserted, 1);
    assert.equal(store.calls.length, 3);
    assert.match(store.docs.get(store.calls[2]!)!.text, /item number 3/);
  });

  it('does not re-ingest after a restart, even from a feed without validators', async () => {
    server.routes.set('/plain.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([item(1), item(2)])));
    const store = memoryStore();
    await watchFeeds([`${server.base}/plain.xml`], options(), deps(store));
    const again = await watchFeeds([`${server.base}/plain.xml`], options(), deps(store));
    assert.equal(again.polls, 1);
    assert.equal(store.calls.length, 2, 'the second run stored nothing');
  });

  it('backs off a failing feed, longer after each failure, and resets after a success', async () => {
    let failing = true;
    server.routes.set('/flaky.xml', (_req, res) => (failing ? res.writeHead(500).end('down') : res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([item(1)]))));
    const url = `${server.base}/flaky.xml`;
    const store = memoryStore();
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await watchFeeds([url], options(), deps(store));
      assert.equal(r.failures[0]?.diagnostic.code, 'DL123');
      const feed = loadState(statePath).state.feeds[url]!;
      assert.equal(feed.failures, i + 1);
      waits.push(Date.parse(feed.nextPoll!) - clock);
      // Before the retry time, --once leaves a backing-off feed alone.
      const early = await watchFeeds([url], options(), deps(store));
      assert.equal(early.polls, 0);
      clock = Date.parse(feed.nextPoll!);
    }
    assert.deepEqual(waits, [EVERY, 2 * EVERY, 4 * EVERY]);
    failing = false;
    const ok = await watchFeeds([url], options(), deps(store));
    assert.equal(ok.counts.inserted, 1);
    const feed = loadState(statePath).state.feeds[url]!;
    assert.equal(feed.failures, 0);
    assert.equal(Date.parse(feed.nextPoll!) - clock, EVERY);
  });

  it('stops after the current item when asked, and the next run stores the rest', async () => {
    const items = [item(1), item(2), item(3)];
    feedRoute(server, '/stop.xml', () => items);
    const store = memoryStore();
    const stop = new AbortController();
    const stopping = { ...deps(store, [], stop.signal), store: async (doc: Document) => { stop.abort(); return store.put(doc); } };
    const first = await watchFeeds([`${server.base}/stop.xml`], options(), stopping);
    assert.equal(first.counts.inserted, 1);
    const state = loadState(statePath).state.feeds[`${server.base}/stop.xml`]!;
    assert.equal(state.etag, undefined, 'validators are kept only after a complete poll');
    const rest = await watchFeeds([`${server.base}/stop.xml`], options(), deps(store));
    assert.equal(rest.counts.inserted, 2);
    assert.equal(new Set(store.calls).size, 3);
  });

  it('polls every feed of a list and keeps their states apart', async () => {
    feedRoute(server, '/a.xml', () => [item(1)]);
    feedRoute(server, '/b.xml', () => [item(2), item(3)]);
    const feeds = readOpml(`<?xml version="1.0"?><opml version="2.0"><body><outline text="News"><outline text="A" type="rss" xmlUrl="${server.base}/a.xml"/></outline><outline text="B" type="rss" xmlUrl="${server.base}/b.xml"/></body></opml>`, 'subs.opml');
    assert.deepEqual(feeds, [`${server.base}/a.xml`, `${server.base}/b.xml`]);
    const store = memoryStore();
    const r = await watchFeeds(feeds, options(), deps(store));
    assert.equal(r.polls, 2);
    assert.equal(r.counts.inserted, 3);
    assert.deepEqual(Object.keys(loadState(statePath).state.feeds).sort(), feeds);
  });

  it('starts afresh, with a warning, from a state file it cannot read', async () => {
    fs.writeFileSync(statePath, '{not json');
    const loaded = loadState(statePath);
    assert.equal(loaded.warning?.code, 'DL126');
    assert.deepEqual(loaded.state.feeds, {});
  });
});

describe('watch: backoff arithmetic and OPML errors', () => {
  it('doubles the wait per failure up to the cap; below the cap no wait is shorter than the one before', () => {
    assert.equal(backoffDelay(1, 60_000, () => 0), 30_000);
    assert.equal(backoffDelay(1, 60_000, () => 1), 60_000);
    assert.equal(backoffDelay(3, 60_000, () => 1), 240_000);
    assert.equal(backoffDelay(30, 60_000, () => 1), 6 * 3_600_000);
    for (let f = 1; f < 9; f++) assert.ok(backoffDelay(f + 1, 60_000, () => 0) >= backoffDelay(f, 60_000, () => 1));
  });

  it('reads Retry-After as seconds or a date', () => {
    assert.equal(retryAfterMs('120', 0), 120_000);
    assert.equal(retryAfterMs('Thu, 20 Mar 2025 10:01:00 GMT', Date.parse('2025-03-20T10:00:00Z')), 60_000);
    assert.equal(retryAfterMs(undefined, 0), null);
  });

  it('refuses an OPML file without feeds with DL125', () => {
    assert.throws(() => readOpml('<opml><body><outline text="x"/></body></opml>', 'empty.opml'), { code: 'DL125' });
  });
});
