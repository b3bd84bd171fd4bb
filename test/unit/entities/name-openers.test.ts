// Words that open a sentence before a name are not part of it; a known country or body before a
// person's name is a name of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './annotate.js';

const names = (text: string) => annotate(text).entities.map((e) => `${e.type}:${e.name}`).sort();

test('a participle opening the sentence is no part of the known name after it', () => {
  assert.deepEqual(names('Convinced Norway would not sign, the envoys left.'), ['country:Norway']);
});

test('a participle before a name the text writes elsewhere is no part of it', () => {
  const a = annotate('Praising Dravec, the minister closed the session. Later, Olga Dravec spoke.');
  assert.equal(a.byMention('Dravec')?.name, 'Olga Dravec');
  assert.equal(a.entities.some((e) => e.name.startsWith('Praising')), false);
});

test('a common noun opening the sentence before a given name and a surname is no part of the name', () => {
  assert.deepEqual(names('Cashier Peter Hobb said the shop was closed.'), ['person:Peter Hobb']);
  assert.deepEqual(names('Newlyweds Anna Ferrel and Tom Quist were on board.'), ['person:Anna Ferrel', 'person:Tom Quist']);
});

test('a known country then a person in one run of capitals are two names', () => {
  assert.deepEqual(names('The talks were led by the envoy to Norway Peter Hobb.'), ['country:Norway', 'person:Peter Hobb']);
});

test('a name opening with a given name that is also a country stays one person', () => {
  assert.deepEqual(names('Jordan Quist said the plan would fail.'), ['person:Jordan Quist']);
});

test('an adverb opening the sentence before a comma is no name', () => {
  assert.deepEqual(names('Afterward, Peter Hobb went home. Instead, the board met.'), ['person:Peter Hobb']);
});

test('a closing quote glued to a name is no part of it', () => {
  const a = annotate('He called Zorvan ‘Peter Hobb’ in the letter.');
  assert.equal(a.byMention('Peter Hobb')?.name, 'Peter Hobb');
  assert.equal(a.entities.some((e) => /’/.test(e.name)), false);
});

test('treaties, laws, operations and common nouns in capitals are no entities', () => {
  assert.deepEqual(names('Under the Qorvan Accords, Norway and Sweden set up ties.'), ['country:Norway', 'country:Sweden']);
  assert.deepEqual(names('The Fair Markets Act applies to firms.'), []);
  assert.deepEqual(names('The navy of Norway began Operation Sea Lantern.'), ['country:Norway']);
  assert.deepEqual(names('The new SUV sold well, and the IT workers and EV makers were paid.'), []);
});

test('a street after "on" is a place, and plural brigades are a body', () => {
  assert.deepEqual(names('The man lived on Jolinda Drive.'), ['place:Jolinda Drive']);
  assert.deepEqual(names('The Al-Qorva Brigades said they fired rockets.'), ['organisation:Al-Qorva Brigades']);
});

test('local posts and ranks written without stops are titles, not words of the name', () => {
  assert.deepEqual(names('Senior Humanitarian Coordinator Olga Dravec spoke on Monday.'), ['person:Olga Dravec']);
  assert.deepEqual(names('Lt Col Peter Hobb testified.'), ['person:Peter Hobb']);
  assert.equal(annotate('Ombudsman Anna Ferrel said so.').byMention('Anna Ferrel')?.mentions[0]!.role, 'Ombudsman');
});

test('a given name and a surname after "into" or "in" are a person, a known town of that shape a place', () => {
  assert.deepEqual(names('They sought an inquiry into Peter Abernathy and his firm.'), ['person:Peter Abernathy']);
  assert.deepEqual(names('The festival was held in Alice Springs.'), ['place:Alice Springs']);
});
