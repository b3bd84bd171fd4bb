// Inputs found by fuzzing that once took minutes or overflowed the stack; each must now come out
// as a document (or a coded failure) without throwing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readBytes } from '../../../src/ingest/index.js';

const SENTENCE = 'The ministry said on Monday that the talks would resume next week in Geneva after a pause. ';
const read = (html: string) => readBytes(new TextEncoder().encode(html), 'page.html');

describe('pathological HTML', () => {
  it('reads an article holding thousands of nested divs', () => {
    const depth = 5000;
    const [item] = read(`<html><body><article><p>${SENTENCE.repeat(3)}</p>${'<div>'.repeat(depth)}${SENTENCE}${'</div>'.repeat(depth)}</article></body></html>`);
    assert.equal(item!.ok, true);
    if (item!.ok) assert.match(item.document.text, /talks would resume/);
  });

  it('maps a paragraph ending in a long run of punctuation back to the raw HTML', () => {
    const [item] = read(`<html><body><article><p>${SENTENCE.repeat(4)}${'"'.repeat(20000)} end.</p></article></body></html>`);
    assert.equal(item!.ok, true);
    if (item!.ok) assert.ok((item.document.origin.offsetMap ?? []).length > 0);
  });
});
