import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, only } from './helpers.js';

// "on condition of anonymity", "on the record": how a source spoke, never what it said
describe('an interview\'s ground rules', () => {
  it('keeps the statement before a trailing "said on condition of anonymity"', () => {
    const a = only(attributionsOf('The ports will reopen next week, a senior official said on condition of anonymity.'));
    assert.equal(a.source?.text, 'a senior official');
    assert.equal(a.content.text, 'The ports will reopen next week');
  });

  it('reads no statement into "speaking on condition of anonymity"', () => {
    const found = attributionsOf('"The border stays shut," the spokesman told reporters, speaking on condition of anonymity.');
    assert.deepEqual(found.map((a) => a.content.text), ['The border stays shut']);
  });

  it('skips the ground rules between the cue and a "that" clause', () => {
    const a = only(attributionsOf('Two diplomats said on condition that they not be named that the talks had stalled.'));
    assert.equal(a.content.text, 'the talks had stalled');
  });

  it('finds the speaker of an inverted cue followed by a relative clause', () => {
    const a = only(attributionsOf('The convoy was turned back, said a diplomat who spoke on condition of anonymity.'));
    assert.equal(a.source?.text, 'a diplomat');
    assert.equal(a.content.text, 'The convoy was turned back');
  });
});

describe('a list of speakers', () => {
  it('reads a list of names back over its commas', () => {
    const a = only(attributionsOf('France, Germany and Britain said on Friday that the launch broke the resolution.'));
    assert.equal(a.source?.text, 'France, Germany and Britain');
  });

  it('does not take a fronted place into the list', () => {
    const a = only(attributionsOf('In Geneva, Lavrov and Blinken said the talks were useful.'));
    assert.equal(a.source?.text, 'Lavrov and Blinken');
  });
});

describe('a source\'s terms for speaking', () => {
  it('are not a statement ("declined to be named", "asked not to be identified", "requested anonymity")', () => {
    const found = attributionsOf('A government source, who declined to be named, told reporters that the jets had crashed.');
    assert.deepEqual(found.map((a) => a.content.text), ['the jets had crashed']);
    assert.deepEqual(attributionsOf('The aide asked not to be identified.'), []);
    assert.deepEqual(attributionsOf('The official requested anonymity.'), []);
  });
});
