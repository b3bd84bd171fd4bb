// API errors as JSON with a stable DL code: {"error": {"code", "message", "status"}}. Fastify's
// own errors (validation, body too large, bad JSON) are mapped onto the DL5xx codes.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DatelineError, type DiagnosticCode } from '../model/diagnostics.js';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: DiagnosticCode, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound = (what: string, id: string) => new ApiError(404, 'DL501', `no ${what} with id "${id}"`);

export function errorBody(code: string, message: string, status: number) {
  return { error: { code, message, status } };
}

const FASTIFY_CODES: Record<string, [number, DiagnosticCode]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'DL505'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'DL507'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'DL502'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'DL502'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'DL502'],
};

function describe(error: FastifyError | ApiError | DatelineError | Error): { status: number; code: string; message: string } {
  if (error instanceof ApiError) return { status: error.status, code: error.code, message: error.message };
  if (error instanceof DatelineError) return { status: error.code === 'DL303' || error.code === 'DL306' ? 404 : error.code === 'DL304' || error.code === 'DL305' ? 503 : 400, code: error.code, message: error.message };
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => `${v.instancePath.replace(/^\//, '') || (error as FastifyError).validationContext || 'request'}: ${v.message}`);
    return { status: 400, code: 'DL502', message: `invalid ${(error as FastifyError).validationContext ?? 'request'}: ${issues.join('; ')}` };
  }
  const fastifyCode = (error as FastifyError).code;
  const mapped = fastifyCode ? FASTIFY_CODES[fastifyCode] : undefined;
  if (mapped) return { status: mapped[0], code: mapped[1], message: error.message };
  const status = (error as FastifyError).statusCode;
  if (status && status >= 400 && status < 500) return { status, code: 'DL502', message: error.message };
  return { status: 500, code: 'DL506', message: 'internal error (a bug; the server logged it)' };
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, code, message } = describe(error);
    if (status >= 500) request.log.error(error);
    void reply.status(status).type('application/json').send(errorBody(code, message, status));
  });
}
