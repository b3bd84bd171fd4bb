// PostgreSQL failures a user can act on (no server, no database, read-only, disk full) become
// DatelineErrors with a message that says what to do; anything else is rethrown as it is.
import { DatelineError } from '../../model/diagnostics.js';

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+):[^@/]*@/, '$1:***@');
}

export function storeError(error: unknown, url: string): unknown {
  if (error instanceof DatelineError) return error;
  const e = error as { code?: string; message?: string };
  const where = redactUrl(url);
  switch (e.code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case '57P03': // the server is starting up or shutting down
      return new DatelineError('DL305', `${where}: cannot reach the PostgreSQL server (${e.message}); is it running and is the address right?`, where);
    case '3D000':
      return new DatelineError('DL305', `${where}: no such database (${e.message}); create it first, e.g. createdb`, where);
    case '28000':
    case '28P01':
      return new DatelineError('DL305', `${where}: the server refused the login (${e.message})`, where);
    case '25006':
    case '42501':
      return new DatelineError('DL304', `${where}: the database cannot be written (${e.message}); use a role that may write, or a server that is not read-only`, where);
    case '53100':
      return new DatelineError('DL304', `${where}: the PostgreSQL server's disk is full (${e.message}); free some space and run the ingest again (stored documents are kept)`, where);
    default:
      return error;
  }
}
