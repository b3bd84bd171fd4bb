// The HTTP server of `dateline serve`: the JSON API under /api (schemas in zod, OpenAPI at
// /api/docs) and the built web UI from the same origin, with strict security headers.
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { DEFAULT_MAX_BYTES } from '../ingest/index.js';
import { StoryCache, type ApiContext, type ApiOptions } from './context.js';
import { errorBody, installErrorHandlers } from './errors.js';
import { readRoutes } from './routes/read.js';
import { writeRoutes } from './routes/write.js';
import { exportRoutes } from './routes/exports.js';

// Article text is data: the page runs only its own bundled script, and nothing is framed.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export async function buildServer(options: ApiOptions): Promise<FastifyInstance> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const ctx: ApiContext = { store: options.store, stories: new StoryCache(options.store, options.storiesDb), token: options.token || undefined, maxBytes };
  // JSON wraps the document (escapes, fields): allow some room over the document limit.
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: Math.ceil(maxBytes * 1.1) + 64 * 1024, trustProxy: false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandlers(app);
  app.addHook('onClose', () => ctx.stories.close());
  // Grouping in a worker holds no request, so it starts now rather than at the first one.
  if (options.storiesDb) ctx.stories.all().catch(() => undefined);

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('content-security-policy', CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    return payload;
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Dateline API', version: '0.1.0', description: 'Documents, stories, events, entities and attributions extracted from news reports, with their evidence. See docs/api.md.' },
      components: { securitySchemes: { token: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });

  await app.register(async (api) => {
    await api.register(readRoutes(ctx));
    await api.register(writeRoutes(ctx));
    await api.register(exportRoutes(ctx));
    api.get('/docs', { schema: { hide: true } }, async () => app.swagger());
  }, { prefix: '/api' });

  const webRoot = options.webRoot && fs.existsSync(path.join(options.webRoot, 'index.html')) ? options.webRoot : null;
  if (webRoot) await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });

  app.setNotFoundHandler((req, reply) => {
    const url = req.url.split('?')[0]!;
    // Every UI address (/stories/<id>, /documents/<id>, …) is the app's page; the app routes it.
    if (webRoot && req.method === 'GET' && !url.startsWith('/api/') && url !== '/api') {
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.status(404).send(errorBody('DL501', `no such address: ${req.method} ${url}`, 404));
  });
  return app;
}
