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

describe('an infinitive content and a clause with its own subject', () => {
  it('ends before ", and <subject> <past verb>" ("agreed to lend …, and the bank also stepped in")', () => {
    const a = byCue(attributionsOf('The union agreed to lend the builder $3 million, and the county bank also stepped in with a loan.'), 'agreed');
    assert.equal(a.content.text, 'to lend the builder $3 million');
  });

  it('ends before "so <subject> could …" ("agreed to release the funds so the crews could start")', () => {
    const a = byCue(attributionsOf('The mayor agreed to release the funds so the road crews could start in April.'), 'agreed');
    assert.equal(a.content.text, 'to release the funds');
  });

  it('runs on when the "and" may join a clause inside the infinitive ("to prove that the rigs and their drivers were safe")', () => {
    const a = byCue(attributionsOf('The agency agreed to run a trial to prove that the buses and their drivers posed no risk.'), 'agreed');
    assert.match(a.content.text, /their drivers posed no risk$/);
  });
});

describe('", but" and a modal with no subject of its own', () => {
  it('goes on with the reported clause ("said it would cut revenue at first, but would add …")', () => {
    const a = byCue(attributionsOf('The budget office said the new levy would cut revenue at first, but would add $9 billion over a decade.'), 'said');
    assert.equal(a.content.text, 'the new levy would cut revenue at first, but would add $9 billion over a decade');
  });

  it('still ends before ", but" and the speaker\'s own past verb ("…, but offered no proof")', () => {
    const a = byCue(attributionsOf('Lopez claimed the council had hidden the report, but offered no proof.'), 'claimed');
    assert.equal(a.content.text, 'the council had hidden the report');
  });
});
