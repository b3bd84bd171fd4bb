import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, only } from './helpers.js';

describe('quoted transcript turns', () => {
  const text = [
    'The exchange on the radio show went as follows:',
    '',
    '"HOST: Will you be at the debate tomorrow? Our listeners want to know.',
    '',
    '"SEN. DOE: Well, look, the real question is why my opponent keeps dodging it. I will be there."',
  ].join('\n');

  it('gives each quoted paragraph the speaker label in capitals before its colon', () => {
    const all = attributionsOf(text);
    assert.deepEqual(all.map((a) => a.source?.text), ['HOST', 'SEN. DOE']);
    assert.ok(all.every((a) => a.cue.text === ':'));
    assert.equal(all[0]!.content.text, 'Will you be at the debate tomorrow? Our listeners want to know');
    assert.equal(all[1]!.content.text, 'Well, look, the real question is why my opponent keeps dodging it. I will be there');
  });

  it('does not read an ordinary quotation that opens with a capitalised word and a colon as a turn', () => {
    const all = attributionsOf('"Warning: the bridge is closed," the police said.');
    assert.ok(all.every((a) => a.cue.text !== ':'));
  });
});

describe('long speaker phrases', () => {
  it('reads past a relative clause closing the speaker\'s apposition', () => {
    const text = 'Jane Roe, president of the teachers union, which represents city educators, said she hopes the strike ends soon.';
    const all = attributionsOf(text);
    const a = all.find((x) => x.cue.text === 'said');
    assert.equal(a?.source?.text, 'Jane Roe');
    assert.equal(a?.content.text, 'she hopes the strike ends soon');
  });

  it('reads past a circumstance set off by commas between the speaker and the verb', () => {
    const text = 'The senator, at a later press briefing, said the bill would pass.';
    const all = attributionsOf(text);
    const a = all.find((x) => x.cue.text === 'said');
    assert.equal(a?.source?.text, 'The senator');
    assert.equal(a?.content.text, 'the bill would pass');
  });
});

describe('fronted participles', () => {
  it('gives a participial cue opening the sentence the subject of the main clause as speaker', () => {
    const all = attributionsOf('Citing a drop in oil prices, the minister said the budget would be cut.');
    const citing = all.find((a) => a.cue.text === 'Citing');
    assert.equal(citing?.source?.text, 'the minister');
    assert.equal(citing?.content.text, 'a drop in oil prices');
  });

  it('ends the speaker before an adverb or the main verb', () => {
    const all = attributionsOf('Praising the deal, voters often say the talks worked.');
    assert.equal(all.find((a) => a.cue.text === 'Praising')?.source?.text, 'voters');
  });

  it('needs a speaker after the comma', () => {
    const all = attributionsOf('Citing the weather, in the end nothing happened.');
    assert.ok(all.every((a) => a.cue.text !== 'Citing'));
  });
});

describe('inserted speakers and subjects', () => {
  it('leaves a fronted circumstance out of a content around an inserted speaker', () => {
    const a = only(attributionsOf('During her years in office, the mayor said, crime fell sharply.'));
    assert.equal(a.content.text, 'crime fell sharply');
    assert.equal(a.pieces, undefined);
  });

  it('reads a quantifier after a coordinated subject as part of it', () => {
    const a = only(attributionsOf('Doe and Roe all suggested that the claims were false.'));
    assert.equal(a.source?.text, 'Doe and Roe');
  });

  it('keeps a middle initial inside the speaker\'s name after a quotation', () => {
    const a = only(attributionsOf('"We won," Jane Q. Public said.'));
    assert.equal(a.source?.text, 'Jane Q. Public');
  });

  it('takes a nominee as a speaker of a verb that things can also do ("noted")', () => {
    const a = only(attributionsOf('The nominee noted Friday that his campaign had spent little.'));
    assert.equal(a.source?.text, 'The nominee');
  });
});

describe('object contents', () => {
  it('ends an evaluated object before a non-restrictive clause the writer adds', () => {
    const a = only(attributionsOf('The senator praised the proposals, which include a tax credit for small firms.'));
    assert.equal(a.content.text, 'the proposals');
  });

  it('ends an evaluated object before a participle after a comma', () => {
    const a = only(attributionsOf('The governor questioned the integrity of the count, urging voters to watch the polls.').filter((x) => x.cue.text === 'questioned'));
    assert.equal(a.content.text, 'the integrity of the count');
  });

  it('ends an intention before "but"', () => {
    const all = attributionsOf('The mayor vowed to cut taxes but has also raised fees.');
    assert.equal(all.find((x) => x.cue.text === 'vowed')?.content.text, 'to cut taxes');
  });
});
