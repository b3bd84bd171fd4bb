// What every reader returns: a document, or a failure that names the input and says what to do.
import path from 'node:path';
import { diagnostic, type DiagnosticCode } from '../model/diagnostics.js';
import type { Diagnostic, Document, Severity } from '../model/types.js';
import { withoutGzipSuffix } from './gzip.js';

export type IngestItem = { ok: true; document: Document } | { ok: false; origin: string; diagnostic: Diagnostic };

export const STAGE = 'ingest';

/** How an input is named in messages: the path as given, or "standard input" for "-". */
export function displayName(name: string): string {
  return name === '-' ? 'standard input' : name;
}

export function failure(code: DiagnosticCode, origin: string, message: string, severity?: Severity): IngestItem {
  return { ok: false, origin, diagnostic: diagnostic(code, message, { stage: STAGE, origin, ...(severity ? { severity } : {}) }) };
}

/** A warning or info recorded on a document (origin is the document itself, so none is set). */
export function note(code: DiagnosticCode, message: string): Diagnostic {
  return diagnostic(code, message, { stage: STAGE });
}

/** The id prefix of an input: its file name without extension (and ".gz"), "stdin" for standard input. */
export function idBaseOf(name: string): string {
  if (name === '-') return 'stdin';
  const plain = withoutGzipSuffix(name);
  return path.basename(plain, path.extname(plain));
}
