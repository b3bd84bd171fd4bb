// A server over an in-memory store holding a few hand-made documents.
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/api/server.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { makeAnnotated } from '../builders.js';

export const TOKEN = 'test-token-123';

export async function serverWith(options: { token?: string; maxBytes?: number; webRoot?: string } = {}): Promise<{ app: FastifyInstance; store: Store }> {
  const store = await openSqliteStore(':memory:');
  await store.putDocument(makeAnnotated('d1'));
  await store.putDocument(makeAnnotated('d2', 'Officials said North Korea fired a missile on Friday, "a provocation", again.', '2025-03-28'));
  await store.putDocument(makeAnnotated('d3', 'Officials said the talks ended.', '2025-04-02'));
  const app = await buildServer({ store, ...options });
  return { app, store };
}

export async function json(app: FastifyInstance, url: string): Promise<{ status: number; body: any }> {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() };
}
