import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, only } from './helpers.js';

describe('hedges', () => {
  it('finds "highly likely" as one hedge inside quoted words', () => {
    const a = only(attributionsOf('The researcher told reporters it is “highly likely” that the technology came from abroad.'));
    assert.deepEqual(a.hedges.map((h) => h.text), ['highly likely']);
    assert.equal(a.hedged, true);
    assert.equal(a.kind, 'mixed');
  });

  it('finds "reportedly", "could" and "may" but not the month May', () => {
    assert.deepEqual(only(attributionsOf('Officials said the troops reportedly moved and may return.')).hedges.map((h) => h.text), ['reportedly', 'may']);
    assert.equal(only(attributionsOf('Officials said the talks began in May.')).hedged, false);
    assert.deepEqual(only(attributionsOf('Officials said the launch could be a test.')).hedges.map((h) => h.text), ['could']);
  });

  it('counts a hedging cue verb as hedged even with no hedge word in the content', () => {
    const a = only(attributionsOf('Analysts believe the regime will test again.'));
    assert.equal(a.hedged, true);
    assert.deepEqual(a.hedges, []);
  });

  it('leaves a plain statement unhedged', () => {
    const a = only(attributionsOf('The ministry said the missile flew 500 km.'));
    assert.equal(a.hedged, false);
    assert.deepEqual(a.hedges, []);
  });
});

describe('kind', () => {
  it('is direct for a quotation, indirect for reported speech, mixed for reported speech with quoted words', () => {
    assert.equal(only(attributionsOf('“We are ready,” the minister said.')).kind, 'direct');
    assert.equal(only(attributionsOf('The minister said they were ready.')).kind, 'indirect');
    assert.equal(only(attributionsOf('The minister said they were “ready for anything”.')).kind, 'mixed');
  });
});

describe('ids and sentences', () => {
  it('numbers attributions a1, a2, … in text order and gives the sentence of the cue', () => {
    const all = attributionsOf('The talks began. The minister said they were ready. Officials said the drills would end.');
    assert.deepEqual(all.map((a) => a.id), ['a1', 'a2']);
    assert.deepEqual(all.map((a) => a.sentence), [1, 2]);
  });
});

describe('content extents', () => {
  it('keeps quote marks and "that" in the content when asked for PARC-style extents', () => {
    const all = attributionsOf('“We are ready,” the minister said. Officials said that the talks had failed.', [], { extents: 'parc' });
    assert.deepEqual(all.map((a) => a.content.text), ['“We are ready,”', 'that the talks had failed']);
    assert.equal(all[0]!.kind, 'direct');
  });
});
