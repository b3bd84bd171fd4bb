import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue, type EntitySpec } from './helpers.js';

const ORTEGA: EntitySpec = { name: 'Maria Ortega', type: 'person', forms: ['Maria Ortega'] };

describe('a pronoun opening the reported clause of a speaker', () => {
  // the inner statement then has the outer speaker, and is dropped as a repeat of the speaker's own
  it('stands for that speaker, not for the speaker of the sentence before', () => {
    const as = attributionsOf('Maria Ortega said the vote was close. Lindqvist says she told the board the merger will fail.', [ORTEGA]);
    assert.deepEqual(as.map((a) => [a.source?.name, a.cue.text]), [['Maria Ortega', 'said'], ['Lindqvist', 'says']]);
  });

  it('reads "they" after a plural speaker as that speaker', () => {
    const as = attributionsOf('Maria Ortega spoke first. Several delegates said they had told the chair that the rules were unfair.', [ORTEGA]);
    assert.deepEqual(as.map((a) => [a.source?.name, a.cue.text]), [['Several delegates', 'said']]);
  });

  it('does not read "he" as a plural speaker', () => {
    const as = attributionsOf('Maria Ortega spoke first. Officials said he had told the chair that the rules were unfair.', [ORTEGA]);
    assert.notEqual(byCue(as, 'told').source?.name, 'Officials');
  });
});
