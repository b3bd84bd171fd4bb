// What an ingest job carries. The enqueuer reads its inputs through the ingest layer and queues
// each Document (clean text + metadata), so workers never need the enqueuer's files; a path or
// URL job is for inputs every worker can reach (a shared folder), read by the worker itself.
import { DatelineError } from '../model/diagnostics.js';
import type { Document } from '../model/types.js';
import type { IngestOptions } from '../ingest/index.js';

/** The pg-boss queue every Dateline worker takes ingest jobs from. */
export const INGEST_QUEUE = 'dateline-ingest';

export type IngestJob =
  | { kind: 'document'; document: Document }
  | { kind: 'path'; path: string; options?: IngestOptions };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a job's payload (it may come from any client of the queue); DL308 when it is not a job. */
export function parseJob(data: unknown): IngestJob {
  const bad = (why: string) => new DatelineError('DL308', `ingest job: ${why}`);
  if (!isObject(data)) throw bad('the payload is not an object');
  if (data.kind === 'document') {
    const doc = data.document;
    if (!isObject(doc) || typeof doc.id !== 'string' || typeof doc.text !== 'string' || !isObject(doc.origin) || typeof doc.origin.contentHash !== 'string' || !Array.isArray(doc.paragraphs)) {
      throw bad('"document" is not a Dateline document (id, text, paragraphs, origin.contentHash)');
    }
    return { kind: 'document', document: doc as unknown as Document };
  }
  if (data.kind === 'path') {
    if (typeof data.path !== 'string' || data.path === '' || data.path === '-') throw bad('"path" must name a file, folder, glob or URL');
    if (data.options !== undefined && !isObject(data.options)) throw bad('"options" must be an object');
    return { kind: 'path', path: data.path, ...(data.options ? { options: data.options as IngestOptions } : {}) };
  }
  throw bad(`unknown kind ${JSON.stringify(data.kind)} (expected "document" or "path")`);
}
