import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from '../../../src/annotate/attributions/quotes.js';
import { CUE_VERBS, inflect } from '../../../src/knowledge/lexicons/attribution/cue-verbs.js';
import { HEDGE_PHRASES, HEDGE_WORDS } from '../../../src/knowledge/lexicons/attribution/hedges.js';
import { attributionStage } from '../../../src/annotate/attributions/stage.js';
import { KNOWLEDGE } from './helpers.js';

const inner = (text: string) => findQuotes(text, [{ start: 0, end: text.length }]).map((q) => text.slice(q.innerStart, q.innerEnd));

describe('quotation finder', () => {
  it('finds curly, straight and single quotations and keeps nested ones inside', () => {
    assert.deepEqual(inner('He said “it is “rigged” now” and left.'), ['it is “rigged” now']);
    assert.deepEqual(inner('She said "we will win" twice.'), ['we will win']);
    assert.deepEqual(inner('It seems to be ‘a test for export’ to Russia.'), ['a test for export']);
  });

  it('reads every kind of mark: guillemets, low and high reversed openers, doubled and single straight apostrophes', () => {
    assert.deepEqual(inner('He said «we stay» and „we go“ then ‟maybe” and left.'), ['we stay', 'we go“ then ‟maybe” and left.']);
    assert.deepEqual(inner("She said ''we will win'' and 'soon' too."), ['we will win', 'soon']);
    assert.deepEqual(inner('A ”reversed” mark and ‘single’ ones.'), ['reversed', 'single']);
  });

  it('does not take apostrophes for quotation marks', () => {
    assert.deepEqual(inner('Korea’s leader and the Workers’ Party met; it’s over.'), []);
  });

  it('closes an unclosed quotation at the paragraph end when the next paragraph does not continue it', () => {
    const text = '“We are ready.\n\nThe talks begin.';
    const quotes = findQuotes(text, [{ start: 0, end: 14 }, { start: 16, end: text.length }]);
    assert.deepEqual(quotes.map((q) => [text.slice(q.innerStart, q.innerEnd), q.terminated]), [['We are ready.', false]]);
  });
});

describe('cue lexicon', () => {
  it('inflects regular verbs', () => {
    assert.deepEqual(inflect('say'), ['say', 'says', 'sayed', 'saying']); // irregular verbs list their forms instead
    assert.deepEqual(inflect('note'), ['note', 'notes', 'noted', 'noting']);
    assert.deepEqual(inflect('deny'), ['deny', 'denies', 'denied', 'denying']);
    assert.deepEqual(inflect('admit', true), ['admit', 'admits', 'admitted', 'admitting']);
    assert.deepEqual(inflect('agree'), ['agree', 'agrees', 'agreed', 'agreeing']);
  });

  it('lists said, says and saying, and marks belief and evidence verbs', () => {
    const say = CUE_VERBS.find((v) => v.lemma === 'say')!;
    assert.deepEqual(say.forms, ['say', 'says', 'said', 'saying']);
    assert.equal(CUE_VERBS.find((v) => v.lemma === 'suggest')?.hedging, true);
    assert.equal(CUE_VERBS.find((v) => v.lemma === 'believe')?.kind, 'belief');
    assert.equal(CUE_VERBS.find((v) => v.lemma === 'show')?.kind, 'evidence');
  });

  it('has no hedge listed twice', () => {
    const all = [...HEDGE_PHRASES, ...HEDGE_WORDS];
    assert.equal(new Set(all).size, all.length);
  });
});

describe('attributions stage', () => {
  it('declares its name, inputs and output', () => {
    const stage = attributionStage(KNOWLEDGE);
    assert.equal(stage.name, 'attributions');
    assert.deepEqual([...stage.requires], ['sentences', 'tokens', 'entities']);
    assert.deepEqual([...stage.produces], ['attributions']);
  });
});
