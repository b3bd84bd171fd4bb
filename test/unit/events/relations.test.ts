// Relations and their end points: suspending or freezing ties reduces relations (PLOVER SANCTION),
// and an end point set for a future act ("until Moscow agreed") has not happened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country } from './helpers.js';

test('suspending or freezing a partnership or a state\'s participation reduces relations (SANCTION)', () => {
  const GE = country('GE', 'Georgia', ['Georgia', 'name']);
  const US = country('US', 'United States', ['The United States', 'name']);
  const [e] = annotate('The United States suspended its strategic partnership with Georgia.', { entities: [US, GE] }).events;
  assert.equal(e?.plover, 'SANCTION');
});

test('an end point set for a future act ("would keep striking until Moscow agreed to a ceasefire") is no agreement', () => {
  const RU = country('RU', 'Russia', ['Moscow', 'capital']);
  const UA = country('UA', 'Ukraine', ['Ukraine', 'name']);
  const events = annotate('Ukraine would keep striking oil facilities until Moscow agreed to a ceasefire.', { entities: [RU, UA] }).events;
  assert.ok(!events.some((e) => e.category === 'agreement'));
  // in past narrative the end point happened
  const past = annotate('Ukraine kept striking oil facilities until Moscow agreed to a ceasefire.', { entities: [RU, UA] }).events;
  assert.ok(past.some((e) => e.category === 'agreement'));
});
