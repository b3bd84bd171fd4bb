// Retaliation done is an attack; retaliation vowed or to come is a threat.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country } from './helpers.js';

const KR = country('KR', 'South Korea', ['South Korea', 'name']);
const IR = country('IR', 'Iran', ['Iran', 'name']);

test('"retaliated by firing artillery" is an attack', () => {
  const [e] = annotate('South Korea retaliated by firing dozens of rounds of artillery.', { entities: [KR] }).events;
  assert.equal(e?.plover, 'ASSAULT');
});

test('"vowed to retaliate" and "would retaliate" are threats', () => {
  assert.equal(annotate('Iran vowed to retaliate.', { entities: [IR] }).events[0]?.plover, 'THREATEN');
  assert.equal(annotate('Iran would retaliate, officials warned.', { entities: [IR] }).events[0]?.plover, 'THREATEN');
});
