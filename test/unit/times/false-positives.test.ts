import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './annotate.js';

describe('words that look like times but are not', () => {
  it('does not read the modal "may" or the verb "march" as months', () => {
    assert.deepEqual(annotate('Officials may march on the capital; the move may fail.').texts(), []);
  });

  it('reads "May" as the month after a preposition', () => {
    assert.equal(annotate('The law passed in May.').value('May'), '2024-05');
  });

  it('does not read "a second time", "sun" or "one of them" as times', () => {
    assert.deepEqual(annotate('He tried a second time under the sun, and one of them won.').texts(), []);
  });

  it('does not read counts, scores or slashed fractions as dates', () => {
    assert.deepEqual(annotate('Over 10,000 troops watched the 2-1 win; 1/2 of them left and 2000 people stayed.').texts(), []);
  });

  it('does not read ages as durations', () => {
    assert.deepEqual(annotate('A 52-year-old farmer, aged 52 years old, was hurt.').texts(), []);
  });

  it('does not read programme and newspaper names as dates', () => {
    assert.deepEqual(annotate('He told USA Today and ABC\'s This Week that the talks were over.').texts(), []);
  });

  it('does not read a bare number after "at" as a clock time', () => {
    assert.deepEqual(annotate('The index stood at 8 and the rate at 4.5 percent.').texts(), []);
  });

  it('does not read "the fall" of a city or prices as a season', () => {
    assert.deepEqual(annotate('The fall of the city and the fall in prices were discussed.').texts(), []);
  });
});
