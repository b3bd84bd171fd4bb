// HTTPS through the guard: certificates are verified, and a name pinned to its checked address
// still gets its own name for SNI and the certificate check. Needs openssl to make a certificate.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fetchUrl } from '../../src/ingest/fetch/fetch-url.js';
import { articlePage } from './server.js';

const CLI = path.join(process.cwd(), 'dist', 'src', 'cli', 'main.js');

function makeCertificate(dir: string): { key: string; cert: string } | null {
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { encoding: 'utf8' });
  return r.status === 0 ? { key, cert } : null;
}

describe('fetching over HTTPS on loopback', () => {
  let dir: string;
  let files: { key: string; cert: string } | null;
  let server: https.Server | null = null;
  let port = 0;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-https-'));
    files = makeCertificate(dir);
    if (!files) return;
    const page = articlePage('Bridge reopens to traffic', 'Engineers said on Thursday that the bridge had passed its inspection.');
    server = https.createServer({ key: fs.readFileSync(files.key), cert: fs.readFileSync(files.cert) }, (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((resolve) => (server ? (server.closeAllConnections(), server.close(() => resolve())) : resolve())));

  it('refuses a certificate it cannot verify (DL124)', async (t) => {
    if (!server) return t.skip('openssl is not available');
    const r = await fetchUrl(`https://localhost:${port}/`, { maxBytes: 1 << 20, allowPrivate: true });
    assert.equal(!r.ok && r.diagnostic.code, 'DL124');
    assert.match(!r.ok ? r.diagnostic.message : '', /certificate/i);
  });

  it('ingests from https://localhost with a trusted certificate and the allow flag', async (t) => {
    if (!server || !files) return t.skip('openssl is not available');
    const child = spawn(process.execPath, [CLI, 'ingest', `https://localhost:${port}/news/bridge`, '--db', path.join(dir, 'tls.db'), '--allow-private-addresses'], {
      stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_EXTRA_CA_CERTS: files.cert },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(status, 0, err);
    assert.match(out, /1 new/);
  });
});
