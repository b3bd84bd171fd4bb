import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf } from './helpers.js';

// Session 10: predictions that are no statement made.

describe('a speech act under a modal inside another speaker\'s statement', () => {
  it('is the outer speaker\'s prediction, not a statement made', () => {
    const as = attributionsOf('Aides say the governor will announce a new housing plan on Friday.');
    assert.deepEqual(as.map((a) => a.cue.text), ['say']);
  });

  it('drops a hypothetical act with words between the modal and the verb', () => {
    const as = attributionsOf('The minister said the country would formally declare its intention to leave the pact.');
    assert.deepEqual(as.map((a) => a.cue.text), ['said']);
  });

  it('keeps a speech act that was made', () => {
    const as = attributionsOf('Aides say the governor announced a new housing plan on Friday.');
    assert.deepEqual(as.map((a) => a.cue.text).sort(), ['announced', 'say']);
  });
});

describe('a verb of saying done by a thing inside another speaker\'s statement', () => {
  it('is evidence the outer speaker cites: "experts say it underscores …"', () => {
    const as = attributionsOf('Analysts say it underscores the bank\'s resolve to raise rates again.');
    assert.deepEqual(as.map((a) => a.cue.text), ['say']);
  });

  it('keeps the act when a person does it', () => {
    const as = attributionsOf('Analysts say the governor underscored the need to raise rates again.');
    assert.deepEqual(as.map((a) => a.cue.text).sort(), ['say', 'underscored']);
  });
});
