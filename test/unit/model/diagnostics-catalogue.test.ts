import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CODES } from '../../../src/model/diagnostics.js';

/** Every DLnnn code written in a source file under src/. */
function codesUsedInSource(): Map<string, string> {
  const used = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (file.endsWith('.ts') && !file.endsWith(path.join('model', 'diagnostics.ts'))) {
        for (const m of fs.readFileSync(file, 'utf8').matchAll(/['"`](DL\d{3})['"`]/g)) used.set(m[1]!, file);
      }
    }
  };
  walk('src');
  return used;
}

/** Rows of the table in docs/errors.md: | DL101 | error | … | */
function codesInDocs(): Map<string, string> {
  const rows = new Map<string, string>();
  for (const m of fs.readFileSync(path.join('docs', 'errors.md'), 'utf8').matchAll(/^\|\s*(DL\d{3})\s*\|\s*(\w+)\s*\|/gm)) rows.set(m[1]!, m[2]!);
  return rows;
}

describe('diagnostic codes', () => {
  it('every code used in the source is in the catalogue', () => {
    for (const [code, file] of codesUsedInSource()) assert.ok(code in CODES, `${code} (used in ${file}) is missing from src/model/diagnostics.ts`);
  });

  it('docs/errors.md lists every code of the catalogue with its severity, and nothing else', () => {
    const docs = codesInDocs();
    for (const [code, info] of Object.entries(CODES)) assert.equal(docs.get(code), info.severity, `${code} in docs/errors.md`);
    for (const code of docs.keys()) assert.ok(code in CODES, `${code} is in docs/errors.md but not in the catalogue`);
  });
});
