import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { classifyAddress } from '../../src/ingest/fetch/address.js';
import { fetchUrl, USER_AGENT } from '../../src/ingest/fetch/fetch-url.js';
import { readUrl } from '../../src/ingest/fetch/read-url.js';
import { articlePage, rss, send, startServer, type TestServer } from './server.js';

const MB = 1024 * 1024;
async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
/** 127.0.0.1 stands for the public internet; every other loopback address stays loopback. */
const onlyServerIsPublic = (a: string): ReturnType<typeof classifyAddress> => (a === '127.0.0.1' ? null : classifyAddress(a));

describe('fetchUrl on a loopback server', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({
      '/page': send('<p>hello</p>'),
      '/big': send('x'.repeat(5000)),
      '/big-chunked': (_req, res) => { res.writeHead(200, { 'content-type': 'text/plain' }); for (let i = 0; i < 50; i++) res.write('y'.repeat(100)); res.end(); },
      '/gzip': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(zlib.gzipSync('compressed words')),
      '/br': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'br' }).end(zlib.brotliCompressSync('brotli words')),
      '/bomb': (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync(Buffer.alloc(MB))),
      '/slow': (_req, res) => { res.writeHead(200); res.write('start'); },
      '/gone': send('gone', {}, 410),
      '/r0': send('', { location: '/r1' }, 302),
      '/r1': send('', { location: '/r2' }, 301),
      '/r2': send('', { location: '/page' }, 307),
      '/to-private': (_req, res) => res.writeHead(302, { location: `http://127.0.0.2:${server.port}/page` }).end(),
      '/to-file': send('', { location: 'file:///etc/passwd' }, 302),
      '/story': send(articlePage('Port reopens after storm', 'The harbour authority said on Wednesday that the port had reopened.')),
    });
    server.routes.set('/loop', (_req, res) => res.writeHead(302, { location: '/loop' }).end());
  });
  after(() => server.close());

  it('refuses a loopback address without the allow flag, and fetches it with the flag', async () => {
    const refused = await fetchUrl(`${server.base}/page`, { maxBytes: MB });
    assert.equal(refused.ok, false);
    assert.equal(!refused.ok && refused.diagnostic.code, 'DL120');
    assert.equal(server.requests.length, 0, 'no request was sent');
    const allowed = await fetchUrl(`${server.base}/page`, { maxBytes: MB, allowPrivate: true });
    assert.ok(allowed.ok);
    assert.equal(Buffer.from(allowed.bytes).toString(), '<p>hello</p>');
    assert.equal(allowed.status, 200);
  });

  it('refuses a host name that resolves to loopback (localhost)', async () => {
    const r = await fetchUrl(`http://localhost:${server.port}/page`, { maxBytes: MB });
    assert.equal(!r.ok && r.diagnostic.code, 'DL120');
    assert.match(!r.ok ? r.diagnostic.message : '', /localhost resolves to .*loopback/);
  });

  it('refuses a name with any private answer, even when another answer is public', async () => {
    const r = await fetchUrl('http://mixed.test/page', { maxBytes: MB, resolve: async () => [{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.5', family: 4 }] });
    assert.equal(!r.ok && r.diagnostic.code, 'DL120');
  });

  it('connects to the address it checked, whatever the name', async () => {
    const r = await fetchUrl(`http://news.test:${server.port}/page`, { maxBytes: MB, resolve: async () => [{ address: '127.0.0.1', family: 4 }], classify: onlyServerIsPublic });
    assert.ok(r.ok);
    assert.equal(server.requests.at(-1)?.headers.host, `news.test:${server.port}`);
  });

  it('sends a User-Agent naming Dateline and accepts compressed bodies', async () => {
    const r = await fetchUrl(`${server.base}/gzip`, { maxBytes: MB, allowPrivate: true });
    assert.ok(r.ok);
    assert.equal(Buffer.from(r.bytes).toString(), 'compressed words');
    const sent = server.requests.at(-1)!.headers;
    assert.equal(sent['user-agent'], USER_AGENT);
    assert.match(String(sent['accept-encoding']), /gzip/);
    const br = await fetchUrl(`${server.base}/br`, { maxBytes: MB, allowPrivate: true });
    assert.equal(br.ok && Buffer.from(br.bytes).toString(), 'brotli words');
  });

  it('follows redirects and reports the final address', async () => {
    const r = await fetchUrl(`${server.base}/r0`, { maxBytes: MB, allowPrivate: true });
    assert.ok(r.ok);
    assert.equal(r.url, `${server.base}/page`);
  });

  it('stops after too many redirects', async () => {
    const r = await fetchUrl(`${server.base}/loop`, { maxBytes: MB, allowPrivate: true });
    assert.equal(!r.ok && r.diagnostic.code, 'DL121');
    const short = await fetchUrl(`${server.base}/r0`, { maxBytes: MB, allowPrivate: true, maxRedirects: 2 });
    assert.equal(!short.ok && short.diagnostic.code, 'DL121');
  });

  it('re-checks every redirect: one to a private address is refused', async () => {
    const r = await fetchUrl(`${server.base}/to-private`, { maxBytes: MB, classify: onlyServerIsPublic });
    assert.equal(!r.ok && r.diagnostic.code, 'DL120');
    assert.match(!r.ok ? r.diagnostic.message : '', /127\.0\.0\.2/);
    const file = await fetchUrl(`${server.base}/to-file`, { maxBytes: MB, allowPrivate: true });
    assert.equal(!file.ok && file.diagnostic.code, 'DL121');
  });

  it('enforces the size limit on declared, streamed and decompressed sizes', async () => {
    for (const path of ['/big', '/big-chunked', '/bomb']) {
      const r = await fetchUrl(`${server.base}${path}`, { maxBytes: 1000, allowPrivate: true });
      assert.equal(!r.ok && r.diagnostic.code, 'DL105', path);
    }
  });

  it('gives up after the time limit', async () => {
    const r = await fetchUrl(`${server.base}/slow`, { maxBytes: MB, allowPrivate: true, timeoutMs: 200 });
    assert.equal(!r.ok && r.diagnostic.code, 'DL122');
  });

  it('reports an HTTP error status, a bad address and an unreachable port with their codes', async () => {
    const gone = await fetchUrl(`${server.base}/gone`, { maxBytes: MB, allowPrivate: true });
    assert.equal(!gone.ok && gone.diagnostic.code, 'DL123');
    assert.equal(!gone.ok && gone.status, 410);
    const bad = await fetchUrl('ftp://example.com/x', { maxBytes: MB });
    assert.equal(!bad.ok && bad.diagnostic.code, 'DL119');
    const closed = await fetchUrl('http://127.0.0.1:1/', { maxBytes: MB, allowPrivate: true });
    assert.equal(!closed.ok && closed.diagnostic.code, 'DL124');
  });

  it('reads a fetched article with the final address as its URL and an id from the address', async () => {
    const [item] = await collect(readUrl(`${server.base}/story`, { allowPrivate: true }));
    assert.ok(item?.ok);
    assert.equal(item.document.url, `${server.base}/story`);
    assert.equal(item.document.id, '127-0-0-1-story');
    assert.match(item.document.text, /port had reopened/);
    assert.equal(item.document.published?.value.slice(0, 10), '2025-03-20');
  });

  it('fetches the linked page of a feed item that has only a summary, under the item id', async () => {
    server.routes.set('/feed.xml', send(rss([
      { guid: 'a-1', title: 'Port reopens', link: `${server.base}/story`, description: 'Short summary only.' },
      { guid: 'a-2', title: 'Full item', link: `${server.base}/missing`, content: '<p>The full text of the second item is in the feed itself.</p>' },
      { guid: 'a-3', title: 'Broken link', link: `${server.base}/gone`, description: 'A summary whose page is gone.' },
    ]), { 'content-type': 'application/rss+xml' }));
    const before = server.requests.length;
    const items = await collect(readUrl(`${server.base}/feed.xml`, { allowPrivate: true }));
    const docs = items.map((i) => (i.ok ? i.document : null));
    assert.equal(docs.length, 3);
    assert.match(docs[0]!.text, /port had reopened/);
    assert.match(docs[0]!.id, /^127-0-0-1-feed-[0-9a-f]{12}$/);
    assert.match(docs[1]!.text, /full text of the second item/);
    assert.equal(docs[2]!.text, 'A summary whose page is gone.');
    assert.ok(docs[2]!.diagnostics.some((d) => d.code === 'DL123' && d.severity === 'warning'));
    const fetched = server.requests.slice(before).map((r) => r.path);
    assert.deepEqual(fetched, ['/feed.xml', '/story', '/gone']);
  });
});
