// Events, round 12: kinds of misses read off the PETRARCH unit-test records (bench/petr-unittest-convert.mjs); the
// sentences here are invented, and each test fails without its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country } from './helpers.js';

const KE = country('KE', 'Kenya', ['Kenya', 'name']);
const TZ = country('TZ', 'Tanzania', ['Tanzania', 'name']);
const entitiesOf = (text: string) => [KE, TZ].filter((e) => e.forms.some(([f]) => text.includes(f)));
const types = (text: string): string[] => annotate(text, { entities: entitiesOf(text) }).events.map((e) => e.plover);

test('ties or relations abandoned or broken are reduced relations; announced with "will", a threat', () => {
  assert.deepEqual(types('Kenya abandoned its trade ties with Tanzania on Monday.'), ['SANCTION']);
  assert.deepEqual(types('Kenya will break relations with Tanzania.'), ['THREATEN']);
  assert.deepEqual(types('Kenya will abandon its military ties with Tanzania.'), ['THREATEN']);
});

test('ties renewed are resumed diplomatic cooperation (SUPPORT)', () => {
  assert.deepEqual(types('Kenya and Tanzania renewed diplomatic ties after a six-year rift.'), ['SUPPORT']);
});

test('a meeting, summit or talks postponed, delayed or put off is a reduction of relations (SANCTION)', () => {
  assert.deepEqual(types('Kenya and Tanzania postponed their talks on the border.'), ['SANCTION']);
  assert.deepEqual(types('Kenya has delayed the summit with Tanzania.'), ['SANCTION']);
  assert.deepEqual(types('Kenya put off a planned meeting with Tanzania.'), ['SANCTION']);
});

test('an adverb between a verb and the preposition of its phrase ("called again for") keeps the phrase', () => {
  assert.deepEqual(types('Kenya called again for a ceasefire in the region.'), ['REQUEST']);
  assert.deepEqual(types('Tanzania appealed repeatedly for calm.'), ['REQUEST']);
});

test('an envoy presenting credentials to a head of state is a meeting (CONSULT)', () => {
  assert.deepEqual(types('The new ambassador of Kenya presented her credentials to the president of Tanzania on Friday.'), ['CONSULT']);
});

test('leaving for a place for talks or meetings is a visit (CONSULT); leaving alone is none', () => {
  assert.deepEqual(types('The foreign minister of Kenya left for Dodoma on Tuesday for talks with Tanzania.'), ['CONSULT']);
  assert.deepEqual(types('The trade minister left for the capital for meetings of the joint commission with Kenya.'), ['CONSULT']);
  assert.deepEqual(types('The trade minister of Kenya left yesterday for Dodoma for talks.'), ['CONSULT']);
  assert.ok(!types('The foreign minister of Kenya left for the airport at noon.').includes('CONSULT'));
});

test('harm promised as a noun object ("promised raids on …") is a threat', () => {
  assert.deepEqual(types('The rebels promised raids on the villages of Kenya.'), ['THREATEN']);
  assert.deepEqual(types('The government of Kenya pledged airstrikes on rebel positions.'), ['THREATEN']);
});
