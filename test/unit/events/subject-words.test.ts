// Who acts, when the subject names no one the entities layer knows: a capitalised quantifier, pronoun or
// modifier is no doer; the common noun it goes with is (every sentence invented).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './helpers.js';

const actors = (text: string): string[][] => annotate(text, { entities: [], times: [] }).events.map((e) => e.actors.map((a) => a.name));

test('a capitalised modifier before a people noun is no doer: the noun phrase is', () => {
  assert.deepEqual(actors('Many Western energy firms have announced their total withdrawal from the region.'), [['Western energy firms']]);
  assert.deepEqual(actors('Ten mostly Western countries have signed up to join the naval force.'), [['Ten mostly Western countries']]);
});

test('a capitalised quantifier is no doer, and teachers who rally are', () => {
  assert.deepEqual(actors('Several thousand teachers wearing red surrounded the capitol to call for better pay.'), [['teachers']]);
});

test('a relative adverb opening the clause is no part of who acts', () => {
  assert.deepEqual(actors('They toured the village, where members of the armed group massacred civilians.').flat().includes('where members'), false);
});

test('"the past year" fixes no calendar year for an act done in it; "last year" does', () => {
  const dated = (text: string, time: string, value: string) => annotate(text, { entities: [], times: [{ text: time, value }] }).events.map((e) => e.date);
  assert.deepEqual(dated('Police arrested 40 protesters over the past year.', 'the past year', '2022'), [null]);
  assert.deepEqual(dated('Police arrested 40 protesters last year.', 'last year', '2022'), ['2022']);
});
