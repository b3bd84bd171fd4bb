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

describe('"the day before" / "the day after"', () => {
  it('counts from the last date mentioned', () => {
    assert.equal(annotate('Strikes hit the city on Sunday. The truce had collapsed the day before.').value('the day before'), '2025-03-15');
  });

  it('is left alone before an event it is anchored to ("the day before the vote")', () => {
    assert.deepEqual(annotate('Officials met the day before the vote.').texts(), []);
  });
});
