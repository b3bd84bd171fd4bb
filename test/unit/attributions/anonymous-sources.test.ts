// Unnamed speakers are flagged apart from their kind, and an interview phrase after an inverted
// speaker's apposition names the channel. Invented sentences.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue, ENTITIES, only, type EntitySpec } from './helpers.js';

const US: EntitySpec = { name: 'United States', type: 'country', forms: ['U.S.'] };
const PENTAGON: EntitySpec = { name: 'Pentagon', type: 'organisation', sourceType: 'military', forms: ['Pentagon'] };
const ROE: EntitySpec = { name: 'Jane Roe', type: 'person', forms: ['Jane Roe'] };

describe('anonymous sources', () => {
  it('flags an official of a state as anonymous and keeps the state as the entity', () => {
    const a = only(attributionsOf('A U.S. official said the convoy turned back at the border.', [US]));
    assert.equal(a.source?.name, 'United States');
    assert.equal(a.source?.anonymous, true);
  });

  it('flags an official from a named body and keeps the body\'s kind', () => {
    const a = only(attributionsOf('An official from the Joint Chiefs of Staff said the rocket flew 300 km.', [ENTITIES.jcs!]));
    assert.equal(a.source?.type, 'military');
    assert.equal(a.source?.anonymous, true);
  });

  it('flags unnamed people and the pronoun that stands for them', () => {
    const text = 'The ceasefire held overnight, two diplomats said.\n\n"It may not last," he said.';
    const as = attributionsOf(text);
    const first = as.find((a) => a.source?.text === 'two diplomats');
    const later = as.find((a) => a.source?.text === 'he');
    assert.equal(first?.source?.anonymous, true);
    assert.equal(later?.source?.anonymous, true);
  });

  it('flags an unnamed speaker who asked not to be named', () => {
    const a = only(attributionsOf('The rebels withdrew from the bridge, the commander said on condition of anonymity.'));
    assert.equal(a.source?.anonymous, true);
  });

  it('does not flag a named person, a named body, or a spokesman speaking for a body', () => {
    for (const [text, specs] of [
      ['Jane Roe said the talks would resume on Monday.', [ROE]],
      ['The Pentagon said the drill ended, an officer told reporters on condition of anonymity.', [PENTAGON]],
      ['A spokesman for the ministry said the border would reopen.', []],
    ] as const) {
      const a = byCue(attributionsOf(text, [...specs]), 'said');
      assert.equal(a.source?.anonymous, false, text);
    }
  });
});

describe('an interview phrase after an inverted speaker', () => {
  it('names the channel past the speaker\'s apposition', () => {
    const text = '"We saw no debris," said Jane Roe, an analyst at the Lowland Institute, in an interview with Reuters.';
    const a = only(attributionsOf(text, [ROE]));
    assert.equal(a.source?.name, 'Jane Roe');
    assert.equal(a.channel?.name, 'Reuters');
  });

  it('leaves the channel empty when the interview phrase does not end the sentence', () => {
    const text = '"We saw no debris," said Jane Roe, an analyst at the Lowland Institute, in an interview with Reuters staff she trusted.';
    const a = only(attributionsOf(text, [ROE]));
    assert.equal(a.channel, null);
  });
});
