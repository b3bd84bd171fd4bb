// End to end: the built `dateline` command against a loopback server. The child runs
// asynchronously so this process's server can answer it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articlePage, rss, send, startServer, type TestServer } from './server.js';

const CLI = path.join(process.cwd(), 'dist', 'src', 'cli', 'main.js');

function dateline(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('dateline ingest <URL> and dateline watch --once', () => {
  let server: TestServer;
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-fetch-cli-'));
    server = await startServer({
      '/world/ferry-service.html': send(articlePage('Ferry service resumes', 'The ferry operator said on Tuesday that crossings would resume after repairs.')),
    });
    server.routes.set('/a.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"a1"') return void res.writeHead(304, { etag: '"a1"' }).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"a1"' }).end(rss([
        { guid: 'ferry', title: 'Ferry service resumes', link: `${server.base}/world/ferry-service.html`, description: 'Crossings resume.' },
      ], 'Harbour News'));
    });
    server.routes.set('/b.xml', send(rss([{ guid: 'b-1', title: 'Council vote', content: '<p>The city council voted on Monday to extend the ferry subsidy for another year.</p>' }], 'City Desk'), { 'content-type': 'application/rss+xml' }));
  });
  after(() => server.close());

  it('refuses a loopback URL without --allow-private-addresses, exit 1 with DL120', async () => {
    const r = await dateline(['ingest', `${server.base}/world/ferry-service.html`, '--db', path.join(dir, 'refused.db')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /DL120/);
    assert.match(r.stdout, /0 new/);
  });

  it('ingests a page by URL with the flag, mixed with a file, and is idempotent', async () => {
    const file = path.join(dir, 'note.txt');
    fs.writeFileSync(file, 'Officials said on Monday that the harbour would stay open through the winter.\n');
    const db = path.join(dir, 'url.db');
    const args = ['ingest', `${server.base}/world/ferry-service.html`, file, '--db', db, '--allow-private-addresses', '--published', '2025-03-21'];
    const r = await dateline(args);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /2 new, 0 updated, 0 unchanged, 0 failed/);
    const again = await dateline(args);
    assert.match(again.stdout, /0 new, 0 updated, 2 unchanged/);
    const shown = await dateline(['show', '127-0-0-1-world-ferry-service', '--db', db, '--json']);
    assert.equal(shown.status, 0, shown.stderr);
    assert.match(shown.stdout, /ferry-service\.html/);
  });

  it('watches an OPML list once, fetching summary-only pages; the second run stores nothing', async () => {
    const opml = path.join(dir, 'subs.opml');
    fs.writeFileSync(opml, `<?xml version="1.0"?><opml version="2.0"><head><title>subs</title></head><body><outline text="A" xmlUrl="${server.base}/a.xml"/><outline text="B" xmlUrl="${server.base}/b.xml"/></body></opml>`);
    const db = path.join(dir, 'watch.db');
    const first = await dateline(['watch', opml, '--once', '--db', db, '--allow-private-addresses']);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /2 poll\(s\), 2 new/);
    const state = JSON.parse(fs.readFileSync(`${db}.watch.json`, 'utf8'));
    assert.equal(state.feeds[`${server.base}/a.xml`].etag, '"a1"');
    const pagesFetched = server.requests.filter((q) => q.path === '/world/ferry-service.html').length;
    const second = await dateline(['watch', opml, '--once', '--db', db, '--allow-private-addresses']);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, /a\.xml: not modified/);
    assert.match(second.stdout, /2 poll\(s\), 0 new, 0 updated, 0 unchanged/);
    assert.equal(server.requests.filter((q) => q.path === '/world/ferry-service.html').length, pagesFetched, 'no page fetched again');
  });

  it('keeps polling until SIGTERM, then stops cleanly with its summary', async () => {
    const db = path.join(dir, 'loop.db');
    const child = spawn(process.execPath, [CLI, 'watch', `${server.base}/b.xml`, '--every', '1h', '--db', db, '--allow-private-addresses'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    const polled = new Promise<void>((resolve) => child.stdout.on('data', (d) => { stdout += d; if (/b\.xml: /.test(stdout)) resolve(); }));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    await polled;
    child.kill('SIGTERM');
    assert.equal(await closed, 0);
    assert.match(stdout, /1 poll\(s\), 1 new/);
    assert.ok(fs.existsSync(`${db}.watch.json`));
  });

  it('rejects a bad --every and a missing OPML file with their codes', async () => {
    const bad = await dateline(['watch', `${server.base}/a.xml`, '--every', 'soon', '--once', '--db', path.join(dir, 'x.db')]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /DL401/);
    const missing = await dateline(['watch', path.join(dir, 'nope.opml'), '--once', '--db', path.join(dir, 'x.db')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /DL125/);
  });
});
