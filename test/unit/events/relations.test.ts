// Suspending or freezing ties reduces relations (PLOVER SANCTION), whatever the noun for the ties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country } from './helpers.js';

test('suspending or freezing a partnership or a state\'s participation reduces relations (SANCTION)', () => {
  const GE = country('GE', 'Georgia', ['Georgia', 'name']);
  const US = country('US', 'United States', ['The United States', 'name']);
  const [e] = annotate('The United States suspended its strategic partnership with Georgia.', { entities: [US, GE] }).events;
  assert.equal(e?.plover, 'SANCTION');
});
