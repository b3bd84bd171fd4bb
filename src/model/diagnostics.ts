// The catalogue of diagnostic codes. Every code used anywhere in src/ is listed here and in
// docs/errors.md; test/unit/diagnostics-catalogue.test.ts checks that the three agree.
import type { Diagnostic, Severity, Span } from './types.js';

export interface CodeInfo {
  severity: Severity;
  /** One line: what the code means. The message of each diagnostic adds the particulars. */
  summary: string;
}

export const CODES = {
  // ingest: reading files, feeds and JSON lines (DL1xx)
  DL101: { severity: 'error', summary: 'The input is empty (no bytes, or only white space).' },
  DL102: { severity: 'error', summary: 'The input looks binary (NUL bytes or many control characters), not text, HTML or a feed.' },
  DL103: { severity: 'warning', summary: 'The input is not valid UTF-8; invalid bytes were replaced with U+FFFD.' },
  DL104: { severity: 'warning', summary: 'The input is not UTF-8 and declared no charset; it was decoded as windows-1252 (Latin-1).' },
  DL105: { severity: 'error', summary: 'The input is larger than the size limit (setting --max-bytes / DATELINE_MAX_BYTES).' },
  DL106: { severity: 'error', summary: 'The HTML page holds no article text that could be extracted.' },
  DL107: { severity: 'error', summary: 'The feed is not well-formed RSS, Atom, RDF or JSON Feed.' },
  DL108: { severity: 'error', summary: 'A JSON line is not valid JSON.' },
  DL109: { severity: 'error', summary: 'A JSON document has neither "text" nor "html".' },
  DL110: { severity: 'error', summary: 'The path does not exist, is not readable, or matched no file.' },
  DL111: { severity: 'error', summary: 'A published date is not a valid date (expected YYYY-MM-DD or ISO 8601).' },
  DL112: { severity: 'warning', summary: 'A feed item has no text or summary and was skipped.' },
  DL113: { severity: 'warning', summary: 'The declared charset is unknown; the input was decoded as UTF-8.' },
  DL114: { severity: 'warning', summary: 'The input was decoded with the charset it declares (not UTF-8).' },
  DL115: { severity: 'warning', summary: 'A metadata date was found but could not be read or is implausible (in the future, before 1900); it was ignored.' },
  DL116: { severity: 'info', summary: 'No publication date is known: relative dates in the text stay unresolved.' },
  DL117: { severity: 'error', summary: 'A size limit setting (--max-bytes / DATELINE_MAX_BYTES) is not a positive number of bytes.' },
  DL118: { severity: 'error', summary: 'The reader failed on this input (a bug); the other inputs were read.' },
  DL119: { severity: 'error', summary: 'The address is not a valid http or https URL.' },
  DL120: { severity: 'error', summary: 'The address resolves to a private, loopback, link-local or other non-public IP address and was refused.' },
  DL121: { severity: 'error', summary: 'The server redirected more times than allowed (5), or redirected to an address that is not http or https.' },
  DL122: { severity: 'error', summary: 'Fetching the address took longer than the time limit (--timeout).' },
  DL123: { severity: 'error', summary: 'The server answered with an HTTP error status (not 2xx or 304).' },
  DL124: { severity: 'error', summary: 'The host could not be resolved or reached (DNS failure, connection refused or reset, TLS error).' },
  DL125: { severity: 'error', summary: 'The OPML file cannot be read or lists no feed (outline with xmlUrl).' },
  DL126: { severity: 'warning', summary: 'The watch state file cannot be read; watching starts afresh (the store still skips stored documents).' },
  DL127: { severity: 'error', summary: 'The gzip-compressed input is damaged or cut short and cannot be decompressed.' },
  // annotate: the pipeline and its stages (DL2xx)
  DL201: { severity: 'error', summary: 'A stage failed on this document; later stages that need its layers were skipped.' },
  DL202: { severity: 'info', summary: 'A time expression could not be fixed to the calendar; its value is null.' },
  DL203: { severity: 'info', summary: 'A place name is ambiguous; it was left unresolved with its candidates.' },
  // store (DL3xx)
  DL301: { severity: 'error', summary: 'The database was written by a newer Dateline (unknown migration); upgrade Dateline.' },
  DL302: { severity: 'error', summary: 'The file is not a Dateline database (or not SQLite), or does not exist where one must.' },
  DL303: { severity: 'error', summary: 'No document with this id in the database.' },
  DL304: { severity: 'error', summary: 'The database cannot be written: the file or server is read-only, or the disk is full.' },
  DL305: { severity: 'error', summary: 'The PostgreSQL server or database cannot be reached, or refused the login.' },
  DL306: { severity: 'error', summary: 'No story with this id (or holding this document) in the database.' },
  DL307: { severity: 'error', summary: 'The ingest queue needs a PostgreSQL database (--db postgres://…); a SQLite file cannot hold a queue.' },
  DL308: { severity: 'error', summary: 'A queued ingest job is not valid (its payload is not a document or a path); it was failed.' },
  // command line (DL4xx)
  DL401: { severity: 'error', summary: 'The command line is not valid: unknown command, option or missing argument.' },
  DL402: { severity: 'error', summary: 'Some inputs failed; the others were processed (see the list printed at the end).' },
  // HTTP API (DL5xx)
  DL501: { severity: 'error', summary: 'No such resource: the address or the id is unknown.' },
  DL502: { severity: 'error', summary: 'The request is not valid: a parameter or the body does not match the schema.' },
  DL503: { severity: 'error', summary: 'Writing needs a token: the Authorization header is missing or the token is wrong.' },
  DL504: { severity: 'error', summary: 'The server is read-only: it was started without a token, so ingest and delete are off.' },
  DL505: { severity: 'error', summary: 'The request body is larger than the server accepts.' },
  DL506: { severity: 'error', summary: 'The server failed on this request (a bug).' },
  DL507: { severity: 'error', summary: 'The request body has a content type the server does not read.' },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof CODES;

export function diagnostic(code: DiagnosticCode, message: string, extra: { stage?: string; span?: Span; origin?: string; severity?: Severity } = {}): Diagnostic {
  const { severity = CODES[code].severity, ...rest } = extra;
  return { code, severity, message, ...rest };
}

/**
 * Thrown for input that cannot be used at all (an empty file, a binary file). Carries a stable
 * code so callers can report it and go on with the next input.
 */
export class DatelineError extends Error {
  readonly code: DiagnosticCode;
  readonly origin?: string;
  constructor(code: DiagnosticCode, message: string, origin?: string) {
    super(message);
    this.name = 'DatelineError';
    this.code = code;
    this.origin = origin;
  }

  toDiagnostic(): Diagnostic {
    return diagnostic(this.code, this.message, this.origin ? { origin: this.origin } : {});
  }
}
