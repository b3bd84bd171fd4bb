import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './annotate.js';

// Published Friday 2025-03-21.
describe('"the early hours"', () => {
  it('is the night of the day it names, in one expression', () => {
    assert.equal(annotate('A drone hit the depot in the early hours of Thursday, the governor said.').value('the early hours of Thursday'), '2025-03-20TNI');
  });

  it('is a part of the day, not a duration of some hours', () => {
    assert.equal(annotate('The blast happened in the small hours.').value('the small hours'), '2025-03-21TNI');
    assert.equal(annotate('Fighting lasted for hours.').value('hours'), 'PTXH');
  });
});
