// A time after "followed", "preceded" or "came … after" dates the event the clause is ordered
// against, not the event before the verb.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country } from './helpers.js';

const RU = country('RU', 'Russia', ['Russia', 'name']);
const UA = country('UA', 'Ukraine', ['Ukraine', 'name']);

test('"The strike followed talks in May": May dates the talks, not the strike', () => {
  const events = annotate('Russia struck the port. The strike followed talks between Russia and Ukraine in May.', {
    entities: [RU, UA], times: [{ text: 'May', value: '2025-05' }],
  }).events;
  const strike = events.find((e) => e.category === 'attack');
  assert.ok(strike);
  assert.equal(strike.date, null);
});

test('"came two days after the talks on Monday" keeps Monday off the attack', () => {
  const [e] = annotate('The attack on the port came two days after talks in Geneva on Monday, Ukraine said.', {
    entities: [UA], times: [{ text: 'Monday', value: '2025-03-17' }],
  }).events.filter((x) => x.category === 'attack');
  assert.ok(e);
  assert.equal(e.date, null);
});

test('"came on Monday after talks": the time before "after" still dates the event', () => {
  const [e] = annotate('The attack on the port came on Monday after talks in Geneva, Ukraine said.', {
    entities: [UA], times: [{ text: 'Monday', value: '2025-03-17' }],
  }).events.filter((x) => x.category === 'attack');
  assert.ok(e);
  assert.equal(e.date, '2025-03-17');
});
