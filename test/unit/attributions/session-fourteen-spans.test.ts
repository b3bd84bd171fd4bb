// Session 14 (helper span14): where a reported clause starts and ends (PolNeAR's exact content spans).
// Invented sentences showing the constructions.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue } from './helpers.js';

describe('words between the cue and "that"', () => {
  it('leaves a manner adverb of the act out of the content ("complain bitterly that …")', () => {
    const a = byCue(attributionsOf('Farmers complain bitterly that the water fees are too high.'), 'complain');
    assert.equal(a.content.text, 'the water fees are too high');
  });

  it('keeps a noun in -ly before "that" as it was ("told the rally that …" is not an adverb)', () => {
    const a = byCue(attributionsOf('The governor told the rally that the bridge would open in May.'), 'told');
    assert.equal(a.content.text, 'the bridge would open in May');
  });

  it('reads the state after a place name as part of the place ("at a stop in Dayton, Ohio, that …")', () => {
    const a = byCue(attributionsOf('Lopez says at a campaign stop in Dayton, Ohio, that the new tariff hurt local farms.'), 'says');
    assert.equal(a.content.text, 'the new tariff hurt local farms');
  });

  it('leaves out a comparison with another speaker (", as did the bank itself, that …")', () => {
    const a = byCue(attributionsOf('Several analysts cautioned, as did the bank itself, that the forecast might change next year.'), 'cautioned');
    assert.equal(a.content.text, 'the forecast might change next year');
  });
});
