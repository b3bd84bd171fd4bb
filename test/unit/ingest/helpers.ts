// Shared checks for the ingest tests.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { Document } from '../../../src/model/types.js';
import type { IngestItem } from '../../../src/ingest/index.js';
import { readBytes, type IngestOptions } from '../../../src/ingest/index.js';
import { fixturePath } from '../../support.js';

export const fixture = (name: string): string => fixturePath('ingest', name);

/** Reads one fixture through readBytes, under the name it has in the repository. */
export function readFixture(name: string, opts?: IngestOptions): IngestItem[] {
  const file = fixture(name);
  return readBytes(fs.readFileSync(file), file, opts);
}

/** The documents of successful items, checking that the offset rule holds for each. */
export function documents(items: IngestItem[]): Document[] {
  return items.flatMap((item) => (item.ok ? [checked(item.document)] : []));
}

export function onlyDocument(items: IngestItem[]): Document {
  assert.equal(items.length, 1, `expected one item, got ${items.length}: ${JSON.stringify(items.map((i) => (i.ok ? i.document.id : i.diagnostic.message)))}`);
  const [item] = items;
  assert.ok(item!.ok, `expected a document, got ${item!.ok ? '' : `${item!.diagnostic.code}: ${item!.diagnostic.message}`}`);
  return checked(item.document);
}

/** The one failure among items, with its code and a message that names `name`. */
export function onlyFailure(items: IngestItem[], code: string, name: string): { origin: string; message: string; severity: string } {
  const failures = items.filter((i) => !i.ok);
  assert.equal(failures.length, 1, `expected one failure, got ${failures.length}`);
  const f = failures[0]!;
  assert.ok(!f.ok);
  assert.equal(f.diagnostic.code, code, f.diagnostic.message);
  assert.ok(f.diagnostic.message.includes(name), `message should name ${name}: ${f.diagnostic.message}`);
  assert.ok(f.origin.includes(name), `origin should name ${name}: ${f.origin}`);
  return { origin: f.origin, message: f.diagnostic.message, severity: f.diagnostic.severity };
}

/** The invariants every document keeps: spans inside the text, paragraphs in order and non-empty. */
export function checked(doc: Document): Document {
  let last = -1;
  for (const p of doc.paragraphs) {
    assert.ok(p.start >= 0 && p.end <= doc.text.length && p.start < p.end, `paragraph ${JSON.stringify(p)} outside the text`);
    assert.ok(p.start > last, 'paragraphs out of order');
    const para = doc.text.slice(p.start, p.end);
    assert.equal(para, para.trim(), 'paragraph with white space at its ends');
    last = p.end;
  }
  if (doc.dateline) assert.ok(doc.dateline.span.end <= doc.text.length);
  assert.equal(doc.text, doc.text.trim());
  assert.match(doc.origin.contentHash, /^[0-9a-f]{64}$/);
  assert.match(doc.origin.rawHash, /^[0-9a-f]{64}$/);
  return doc;
}

export const codes = (doc: Document): string[] => doc.diagnostics.map((d) => d.code);
