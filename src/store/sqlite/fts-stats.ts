// The table-wide numbers bm25 needs, read without walking the index: FTS5 keeps the row count
// and the total token count in its "averages" record (row 1 of the %_data shadow table), as
// SQLite varints: the row count, then one token total per column.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface FtsTotals { rows: number; tokens: number }

/** SQLite's big-endian varint (7 bits a byte, the 9th byte all 8) at `at`; returns [value, next offset]. */
export function readVarint(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  for (let i = 0; i < 8; i++) {
    const b = bytes[at + i] ?? 0;
    value = value * 128 + (b & 0x7f);
    if (!(b & 0x80)) return [value, at + i + 1];
  }
  return [value * 256 + (bytes[at + 8] ?? 0), at + 9];
}

/** Rows and tokens (all columns) of the sentence index; zeros when it is empty. */
export async function sentenceIndexTotals(db: Kysely<Database>): Promise<FtsTotals> {
  const row = (await sql<{ block: Uint8Array | null }>`SELECT block FROM sentence_search_data WHERE id = 1`.execute(db)).rows[0];
  if (!row?.block) return { rows: 0, tokens: 0 };
  const bytes = row.block;
  let [rows, at] = readVarint(bytes, 0);
  let tokens = 0;
  while (at < bytes.length) {
    const [n, next] = readVarint(bytes, at);
    tokens += n;
    at = next;
  }
  return { rows, tokens };
}
