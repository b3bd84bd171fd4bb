// SQLite failures a user can act on become DatelineErrors that say what happened and what to do:
// a read-only file or folder, a full disk (or a file-size limit), a file that is not SQLite.
import { DatelineError } from '../../model/diagnostics.js';

export function sqliteError(error: unknown, file: string): unknown {
  if (error instanceof DatelineError) return error;
  const e = error as { code?: string; message?: string };
  const code = e.code ?? '';
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') {
    return new DatelineError('DL304', `${file}: the database cannot be written (${e.message}); make the file and its folder writable, or give another --db`, file);
  }
  // SQLITE_IOERR covers a write refused by a file-size limit (EFBIG) as well as a failing disk.
  if (code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR')) {
    return new DatelineError('DL304', `${file}: the disk is full or the database file cannot grow (${e.message}); free some space and run the ingest again (stored documents are kept)`, file);
  }
  if (code === 'SQLITE_CANTOPEN') {
    return new DatelineError('DL302', `${file}: cannot open the database file (${e.message}); check that its folder exists and is writable`, file);
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new DatelineError('DL302', `${file}: not a Dateline database (${e.message})`, file);
  }
  return error;
}
