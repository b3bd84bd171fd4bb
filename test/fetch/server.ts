// A small HTTP server on loopback for the fetch and watch tests: routes are handlers, and every
// request is recorded so tests can check the headers Dateline sent.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  base: string;
  port: number;
  routes: Map<string, Handler>;
  requests: { path: string; headers: http.IncomingHttpHeaders }[];
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Handler> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: TestServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ path, headers: req.headers });
    const handler = table.get(path);
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`, port, routes: table, requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export const send = (body: string | Buffer, headers: Record<string, string> = {}, status = 200): Handler => (_req, res) => {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
};

/** An article page with enough words for the HTML reader to take it as an article. */
export function articlePage(title: string, sentence: string, published = '2025-03-20T08:00:00Z'): string {
  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>${sentence} This is paragraph ${i + 1} of the report, written for the test server so that there are enough words.</p>`).join('\n');
  return `<!doctype html><html><head><title>${title}</title><meta property="article:published_time" content="${published}"></head><body><article><h1>${title}</h1>${paragraphs}</article></body></html>`;
}

export interface FeedItem { guid: string; title: string; link?: string; description?: string; content?: string; pubDate?: string }

export function rss(items: FeedItem[], title = 'Test Wire'): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = items.map((it) => `<item><guid>${esc(it.guid)}</guid><title>${esc(it.title)}</title>${it.link ? `<link>${esc(it.link)}</link>` : ''}<pubDate>${it.pubDate ?? 'Thu, 20 Mar 2025 08:00:00 GMT'}</pubDate>${it.description ? `<description>${esc(it.description)}</description>` : ''}${it.content ? `<content:encoded>${esc(it.content)}</content:encoded>` : ''}</item>`).join('');
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${title}</title><link>http://example.org/</link><description>test</description>${body}</channel></rss>`;
}
