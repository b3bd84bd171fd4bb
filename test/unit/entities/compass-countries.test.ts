// "the North" and "the South" for a country the report names in full, and "North and South Korea"
// as two countries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './annotate.js';

test('"North and South Korea" names both countries', () => {
  const a = annotate('Talks between North and South Korea resumed on Monday.');
  assert.equal(a.byMention('North')?.id, 'country:KP');
  assert.equal(a.byMention('South Korea')?.id, 'country:KR');
});

test('"the North" is North Korea once the report names it', () => {
  const a = annotate('North Korea fired a missile on Tuesday. It was the North\'s seventh launch this year, and the South condemned it.');
  assert.equal(a.byMention('North')?.id, 'country:KP');
  // South Korea is not named: "the South" stays what it was.
  assert.notEqual(a.byMention('South')?.id, 'country:KR');
});

test('"the North" stays a region where no northern country is named, or inside a longer name', () => {
  assert.notEqual(annotate('Storms hit the North on Sunday, officials in England said.').byMention('North')?.type, 'country');
  const a = annotate('North Korea warned the North Atlantic Treaty Organization on Monday.');
  assert.equal(a.byMention('North'), undefined);
});
