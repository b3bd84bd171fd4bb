// Session 14 (helper "ratt14"): shapes read wrong on real news reports of many outlets, judged by hand.
// Every sentence here is invented.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Layers } from '../../../src/model/types.js';
import { sentenceStage } from '../../../src/annotate/sentences/stage.js';
import { attributionStage } from '../../../src/annotate/attributions/stage.js';
import { createKnowledge } from '../../../src/knowledge/knowledge.js';
import { makeDocument } from '../../builders.js';
import { attributionsOf, byCue, type EntitySpec } from './helpers.js';

describe('speakers whose names the finders missed', () => {
  it('a surname that is also an adverb is the speaker ("“…,” Long said", "Long said …")', () => {
    const long: EntitySpec = { name: 'Marsha Long', type: 'person', forms: ['Marsha Long', ['Long', 'surname']] };
    const text = 'Marsha Long joined the board in May. “The budget is tight,” Long said. Long said about half the staff were new.';
    const found = attributionsOf(text, [long]);
    assert.deepEqual(found.map((a) => [a.source?.name, a.content.text]), [
      ['Marsha Long', 'The budget is tight'],
      ['Marsha Long', 'about half the staff were new'],
    ]);
  });

  it('a party tag in brackets before the apposition ("Rep. X (D-Ohio), chairman of …, said")', () => {
    const barner: EntitySpec = { name: 'Lisa M. Barner', type: 'person', forms: ['Lisa M. Barner'] };
    const a = byCue(attributionsOf('“We need to pause now,” Rep. Lisa M. Barner (D-Ohio), chairman of the transport panel, said in an interview.', [barner]), 'said');
    assert.equal(a.source?.name, 'Lisa M. Barner');
    assert.equal(a.content.text, 'We need to pause now');
  });

  it('an inserted place of the saying ("X, outside the hall on Friday, told reporters, “…”")', () => {
    const doyle: EntitySpec = { name: 'Mark Doyle', type: 'person', forms: ['Mark Doyle'] };
    const a = byCue(attributionsOf('Sen. Mark Doyle, outside the hall on Friday, told reporters, “We should be fixing roads.”', [doyle]), 'told');
    assert.equal(a.source?.name, 'Mark Doyle');
    assert.equal(a.content.text, 'We should be fixing roads.');
  });

  it('a lower-case title holding a role word ("X, corporate communications officer of Y, said “…”")', () => {
    const dane: EntitySpec = { name: 'Mikel Dane', type: 'person', forms: ['Mikel Dane'] };
    const a = byCue(attributionsOf('Mikel Dane, corporate communications and external affairs officer of Acme, said “there have been 30 outages this month.”', [dane]), 'said');
    assert.equal(a.source?.name, 'Mikel Dane');
  });

  it('a quantifier opening the sentence speaks ("Many hope …", "Some noted that …") and counts what follows "of"', () => {
    const found = attributionsOf('Many hope the new bridge will bring back trade. Some noted that the vote could be delayed. Most of the tenants said they were happy.');
    assert.deepEqual(found.map((a) => [a.source?.text, a.cue.text]), [['Many', 'hope'], ['Some', 'noted'], ['Most of the tenants', 'said']]);
  });

  it('a participle after a subject with a place ("Restaurant owners in Milan protested …, saying that …")', () => {
    const milan: EntitySpec = { name: 'Lyon', type: 'place', forms: ['Lyon'] };
    const a = byCue(attributionsOf('Shop owners in Lyon protested outside the town hall on Saturday, saying that the new rules remain unclear.', [milan]), 'saying');
    assert.equal(a.source?.text, 'Shop owners in Lyon');
  });
});

describe('a second verb of the speaker is not part of the content', () => {
  it('a perfect after a perfect cue ("has maintained X and has previously made …")', () => {
    const a = byCue(attributionsOf('Mayor Ruth Oakes has maintained the bridge should not be closed and has previously made similar remarks.'), 'maintained');
    assert.equal(a.content.text, 'the bridge should not be closed');
  });

  it('a past form after a content with a modal and a base form ("said that X should act and held out …")', () => {
    const a = byCue(attributionsOf('Minister Karl Berg said that neighbours should cooperate and held out the possibility of new checks.'), 'said');
    assert.equal(a.content.text, 'neighbours should cooperate');
  });

  it('keeps a content whose own verbs are coordinated ("would be shut and moved", "grew and expanded")', () => {
    assert.equal(byCue(attributionsOf('Officials said the plant would be shut and moved to Ohio.'), 'said').content.text, 'the plant would be shut and moved to Ohio');
    assert.equal(byCue(attributionsOf('Analysts said the firm grew and expanded abroad.'), 'said').content.text, 'the firm grew and expanded abroad');
  });

  it('"has promised to X and has said Y": two statements', () => {
    const found = attributionsOf('The governor has promised to veto the bill and has said she has enough votes to sustain it.');
    assert.equal(byCue(found, 'promised').content.text, 'to veto the bill');
    assert.equal(byCue(found, 'said').content.text, 'she has enough votes to sustain it');
  });

  it('a relative insert ends where the main clause resumes ("Roe, who opposes X, has made …")', () => {
    const marsh: EntitySpec = { name: 'Ed Marsh', type: 'person', forms: ['Ed Marsh'] };
    const a = byCue(attributionsOf('Ed Marsh, who opposes the new tax, has made false claims about the budget.', [marsh]), 'opposes');
    assert.equal(a.content.text, 'the new tax');
  });
});

describe('as-clauses of saying before the clause they comment on', () => {
  it('"But today, as I have argued before (see here), X": X is what was argued', () => {
    const a = byCue(attributionsOf('But today, as I have argued before (see here), the housing market is short of homes.'), 'argued');
    assert.equal(a.content.text, 'the housing market is short of homes');
  });

  it('"…, and as I\'ve explained elsewhere, X": X, not the clause before "and"', () => {
    const a = byCue(attributionsOf("Rents keep rising, and as I've explained elsewhere, wages cannot keep up with them."), 'explained');
    assert.equal(a.content.text, 'wages cannot keep up with them');
  });

  it('"…, and, as she has claimed before, she suspects that …": the clause after it reports for itself', () => {
    const roe: EntitySpec = { name: 'Dana Roe', type: 'person', forms: ['Dana Roe', ['Roe', 'surname']] };
    const found = attributionsOf('Dana Roe has long denied the charge, and, as she has claimed before, she suspects that the rumour came from a rival.', [roe]);
    assert.equal(byCue(found, 'denied').content.text, 'the charge');
    assert.equal(byCue(found, 'suspects').content.text, 'the rumour came from a rival');
    assert.equal(found.some((a) => a.cue.text === 'claimed'), false);
  });
});

describe('who a pronoun or participle stands for', () => {
  it('a he after a short heading read as a name stays unresolved, not the heading', () => {
    const heading: EntitySpec = { name: 'Europe Winner', type: 'person', forms: ['Europe Winner'] };
    const found = attributionsOf('Europe Winner\n\nTomas, from Latvia, built solar pumps for farms. He has trained 300 people.\n\nHe said: “The prize will pay for ten more pumps.”', [heading]);
    const a = byCue(found, 'said');
    assert.notEqual(a.source?.name, 'Europe Winner');
  });

  it('a party-and-state tag read as a person is no antecedent', () => {
    const blunt: EntitySpec = { name: 'Ray Boone', type: 'person', forms: ['Ray Boone'] };
    const tag: EntitySpec = { name: 'R-Ky', type: 'person', forms: ['R-Ky'] };
    const found = attributionsOf('Sen. Ray Boone, R-Ky., said the talks were stalling.\n\n“We need a deal before the recess,” he said.', [blunt, tag]);
    assert.equal(found[1]?.source?.name, 'Ray Boone');
  });

  it('"…, although X was among those criticising it, writing on his blog: “…”" is X\'s', () => {
    const grey: EntitySpec = { name: 'Paul Grey', type: 'person', forms: ['Paul Grey'] };
    const a = byCue(attributionsOf('The rail firm cancelled the line, although Paul Grey was among those criticising the move, writing on his blog: “It is a sad day.”', [grey]), 'writing');
    assert.equal(a.source?.name, 'Paul Grey');
  });

  it('a perfect between the named subject and its verb ("Unions have pushed back …, citing …")', () => {
    const unions: EntitySpec = { name: 'Teamsters', type: 'organisation', forms: ['Teamsters'] };
    const council: EntitySpec = { name: 'City Council', type: 'organisation', forms: ['City Council'] };
    const a = byCue(attributionsOf('The City Council has backed the plan, while the Teamsters have pushed back on it, citing worries over pay.', [council, unions]), 'citing');
    assert.equal(a.source?.name, 'Teamsters');
  });

  it('a place that only modifies or locates a common noun is not named as the speaker', () => {
    const spain: EntitySpec = { name: 'Spain', type: 'country', forms: ['Spain'] };
    const a = byCue(attributionsOf("Spain's national farmers federation said that exports fell by a third.", [spain]), 'said');
    assert.notEqual(a.source?.name, 'Spain');
    assert.equal(a.source?.text, "Spain's national farmers federation");
  });
});

describe('documents and what they say', () => {
  it('a letter sent to two bodies, then its participle ("sent a letter Thursday to A and B warning against …")', () => {
    const a = byCue(attributionsOf('Senators from both parties sent a letter Thursday to the Department of Labor and the Office of Personnel Management warning against cuts to training.'), 'warning against');
    assert.equal(a.content.text, 'cuts to training');
    assert.equal(a.source?.text, 'Senators from both parties');
  });

  it('"wrote a letter to X insisting that …": the letter\'s participle is the statement, not the writing', () => {
    const olsen: EntitySpec = { name: 'Jane Olsen', type: 'person', forms: ['Jane Olsen'] };
    const found = attributionsOf('Rep. Jane Olsen wrote a letter to the speaker on Tuesday insisting that Congress stay in session.', [olsen]);
    assert.deepEqual(found.map((a) => [a.source?.name, a.cue.text, a.content.text]), [['Jane Olsen', 'insisting', 'Congress stay in session']]);
  });

  it('"is seen as", "are considered" without an agent are the writer\'s, with one a statement', () => {
    assert.deepEqual(attributionsOf('The new dam is seen as a risk to the valley. Such loans are considered too costly.'), []);
    const a = only(attributionsOf('The new dam is seen by farmers as a risk to the valley.'));
    assert.equal(a.source?.text, 'farmers');
  });
});

describe('labels before a colon', () => {
  it('a place in title case opening the report is a dateline ("Lisbon: Four …")', () => {
    const knowledge = createKnowledge({ version: 1, sources: ['test'], entities: [], places: [[1, 'Lisbon', 'PT', 38.7, -9.1, 500000, 1]], capitals: {}, roles: [] });
    const text = 'Lisbon: Four young engineers have won a prize for cheap water filters, the jury announced.';
    const document = makeDocument(text);
    const layers: Partial<Layers> = {};
    Object.assign(layers, sentenceStage().run({ document, layers }));
    layers.entities = [];
    const { attributions } = attributionStage(knowledge).run({ document, layers });
    assert.deepEqual(attributions.map((a) => a.cue.text), ['announced']);
  });
});

function only<T>(list: T[]): T {
  assert.equal(list.length, 1, JSON.stringify(list));
  return list[0]!;
}
