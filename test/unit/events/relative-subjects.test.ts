// Who did it, when the doer stands outside the clause: a relative clause's antecedent, named beside a
// descriptive phrase ("Hamas, the armed group that …"), also for a verb coordinated inside the relative
// clause; and an attack on a state does not join that state's own attack told earlier.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country } from './helpers.js';

const KE = country('KE', 'Kenya', ['Kenya', 'name'], ['Kenyan', 'demonym']);
const SO = country('SO', 'Somalia', ['Somalia', 'name'], ['Somali', 'demonym']);
const ML = country('ML', 'Mali', ['Mali', 'name']);

test('"X, the group that …": the named head of the apposition is the relative clause\'s doer, and "that" before a verb with an object is no determiner', () => {
  const { events } = annotate('Kenya met Somalia, the neighbouring country that shelled the border town.', { entities: [KE, SO] });
  const shelling = events.find((e) => e.plover === 'ASSAULT');
  assert.equal(shelling?.evidence.text, 'shelled the border town');
  assert.deepEqual(shelling?.actors.map((a) => a.name), ['Somalia']);
  // A determiner "that" still makes a modifier of a past form before a plain noun.
  assert.ok(!annotate('Kenya criticised that failed policy.', { entities: [KE] }).events.some((e) => e.plover === 'ASSAULT'));
});

test('a verb coordinated inside a relative clause shares the antecedent as its doer', () => {
  const { events } = annotate('Kenya has said it will isolate Somalia, the neighbouring country that hosts the militia and deployed troops to Mali in May.', { entities: [KE, SO, ML] });
  const deployment = events.find((e) => e.plover === 'MOBILIZE');
  assert.deepEqual(deployment?.actors.map((a) => a.name), ['Somalia']);
});

test('an attack without a named doer aimed at a state does not join that state\'s own attack, nor lend it its date', () => {
  const text = 'Kenyan jets bombed the port.\nThe war began with an attack on Kenya on March 3 that killed 40 people.';
  const { events } = annotate(text, { entities: [KE], times: [{ text: 'March 3', value: '2025-03-03' }] });
  const bombing = events.find((e) => e.evidence.text.includes('bombed'));
  assert.equal(bombing?.date, null);
  assert.equal(events.length, 2);
});

test('"nor" opens a clause and is no doer ("…, nor does it impede …")', () => {
  const { events } = annotate('The plan does not call for a truce, nor does it block Kenya\'s ability to raid the camps.', { entities: [KE] });
  assert.ok(!events.some((e) => e.actors.some((a) => a.name.toLowerCase() === 'nor')));
});

test('"in retaliation for" owns its preposition: an attack in reprisal stays an attack, not "attack … for" criticism', () => {
  const types = (text: string) => annotate(text, { entities: [KE] }).events.map((e) => e.plover);
  assert.deepEqual(types('Rebels attacked the Kenyan convoy in retaliation for an air raid.'), ['ASSAULT']);
  assert.deepEqual(types('The senator attacked Kenya for its remarks.'), ['ACCUSE']);
});
