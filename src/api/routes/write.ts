// The write routes, behind the token: ingest pasted text or an uploaded file (sent as JSON by the
// page), and delete a document. Uploads go through the same readers as `dateline ingest`.
import path from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { buildPipeline, type Pipeline } from '../../annotate/pipeline.js';
import { readBytes } from '../../ingest/index.js';
import type { ApiContext } from '../context.js';
import { writeGuard } from '../auth.js';
import { notFound } from '../errors.js';
import * as s from '../schemas.js';
import { z } from 'zod';

export function writeRoutes(ctx: ApiContext): FastifyPluginAsyncZod {
  return async (app) => {
    const guard = writeGuard(ctx.token);
    let pipeline: Pipeline | null = null;
    const errors = { 400: s.errorBody, 401: s.errorBody, 403: s.errorBody, 413: s.errorBody };

    app.post('/ingest', {
      preHandler: guard,
      schema: { summary: 'Ingest pasted text, an HTML page or an uploaded file (needs the token)', tags: ['write'], body: s.ingestBody, response: { 200: s.ingestResult, ...errors } },
    }, async (req) => {
      const body = req.body;
      const ext = body.html !== undefined ? '.html' : '.txt';
      const given = body.filename ? path.basename(body.filename) : null;
      const stem = body.id ?? (given ? given.replace(/\.[^.]*$/, '') : `pasted-${Date.now().toString(36)}`);
      const name = given && !body.id ? given : `${stem}${given ? path.extname(given) || ext : ext}`;
      const bytes = new TextEncoder().encode(body.html ?? body.text ?? '');
      const items = readBytes(bytes, name, { published: body.published, outlet: body.outlet, url: body.url, maxBytes: ctx.maxBytes });
      pipeline ??= buildPipeline();
      const documents = [];
      const failures = [];
      for (const item of items) {
        if (!item.ok) {
          failures.push({ origin: item.origin, code: item.diagnostic.code, message: item.diagnostic.message });
          continue;
        }
        if (body.title && items.length === 1) item.document.title = body.title;
        documents.push(await ctx.store.putDocument(pipeline.annotate(item.document)));
      }
      if (documents.length) ctx.stories.invalidate();
      return { documents, failures };
    });

    app.delete('/documents/:id', {
      preHandler: guard,
      schema: { summary: 'Delete a document and its annotations (needs the token)', tags: ['write'], params: s.idParams, response: { 200: z.object({ deleted: z.string() }), 404: s.errorBody, ...errors } },
    }, async (req) => {
      if (!(await ctx.store.deleteDocument(req.params.id))) throw notFound('document', req.params.id);
      ctx.stories.invalidate();
      return { deleted: req.params.id };
    });
  };
}
