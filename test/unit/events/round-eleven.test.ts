// Events, round 11: kinds of misses read off real wire sentences (PETR2 GSR, now a tuned set); the sentences here are
// invented, and each test fails without its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country } from './helpers.js';

const KE = country('KE', 'Kenya', ['Kenya', 'name']);
const FR = country('FR', 'France', ['France', 'name']);
const entitiesOf = (text: string) => [KE, FR].filter((e) => e.forms.some(([f]) => text.includes(f)));
const types = (text: string): string[] => annotate(text, { entities: entitiesOf(text) }).events.map((e) => e.plover);

test('"engaged X in a firefight": engage with its object before "in" carries the noun event', () => {
  assert.deepEqual(types('Militants engaged border guards in a gun battle near the crossing on Friday.'), ['ASSAULT']);
  assert.deepEqual(types('Gunmen engaged the patrol in a firefight outside the town.'), ['ASSAULT']);
});

test('evidence presented or produced against someone is an accusation', () => {
  assert.deepEqual(types('The prosecutors presented evidence against the former governor.'), ['ACCUSE']);
  assert.deepEqual(types('Kenya produced new evidence against the smuggling ring.'), ['ACCUSE']);
});

test('a past form after a number word or a preposition, before a noun, is an adjective ("the two exiled writers")', () => {
  assert.ok(!types('Kenya sheltered the two exiled writers.').includes('COERCE'));
  assert.ok(!types('The envoy met with exiled opposition figures in France.').includes('COERCE'));
  // The verb itself still counts.
  assert.deepEqual(types('The junta exiled two opposition leaders.'), ['COERCE']);
});

test('"There were N people killed": the noun phrase after "there were" is the passive participle\'s target', () => {
  const doc = annotate('There were nine villagers wounded in the shelling of the town.', { entities: [] });
  assert.deepEqual(doc.events.map((e) => e.plover), ['ASSAULT']);
  assert.ok(doc.events[0]!.targets.some((t) => /villagers/i.test(JSON.stringify(t))), JSON.stringify(doc.events[0]!.targets));
  assert.deepEqual(types('There was a journalist detained at the checkpoint.'), ['COERCE']);
});

test('a participle after the opening noun phrase, before the clause\'s own auxiliary, is a reduced relative', () => {
  // "jailed for …" describes the activists; the sentence's act is the release.
  assert.deepEqual(types('The bloggers jailed for their posts were freed on Monday by the authorities.'), ['RETREAT']);
  // Not when "and" joins a second verb of the same subject, nor when a clause of its own brings the auxiliary.
  assert.deepEqual(types('Militants attacked in the morning and were repelled.'), ['ASSAULT']);
});
