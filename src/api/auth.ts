// Writes (ingest, delete) need the token the server was started with, sent as
// "Authorization: Bearer <token>". Without a token the server is read-only. Compared in constant
// time over digests so the token's length and prefix do not leak through timing.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function writeGuard(token: string | undefined): (request: FastifyRequest) => Promise<void> {
  const expected = token ? digest(token) : null;
  return async (request) => {
    if (!expected) throw new ApiError(403, 'DL504', 'this server is read-only; start it with --token (or DATELINE_TOKEN) to allow writes');
    const header = request.headers.authorization ?? '';
    const given = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
    if (!given || !timingSafeEqual(digest(given), expected)) throw new ApiError(401, 'DL503', 'missing or wrong token: send "Authorization: Bearer <token>"');
  };
}
