// Session 13 (helper "ratt13"): shapes read wrong on real news reports of many outlets, judged by hand.
// Every sentence here is invented.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Layers } from '../../../src/model/types.js';
import { sentenceStage } from '../../../src/annotate/sentences/stage.js';
import { attributionStage } from '../../../src/annotate/attributions/stage.js';
import { createKnowledge } from '../../../src/knowledge/knowledge.js';
import { makeDocument } from '../../builders.js';
import { attributionsOf, byCue, only, type EntitySpec } from './helpers.js';

describe('the listener of a request or a warning ends where what is asked begins', () => {
  it('a quotation told to a listener "in the town of X" is the quotation', () => {
    const text = '“We fished every day,” Maria Lopez told a crowd in the village of Dunmore.';
    const lopez: EntitySpec = { name: 'Maria Lopez', type: 'person', forms: ['Maria Lopez'] };
    const a = byCue(attributionsOf(text, [lopez]), 'told');
    assert.equal(a.content.text, 'We fished every day');
    assert.equal(a.source?.name, 'Maria Lopez');
  });

  it('"warning voters against …" warns against something', () => {
    const a = byCue(attributionsOf('The mayor entered the race by warning voters against moving too far to the right.'), 'warning');
    assert.equal(a.content.text, 'against moving too far to the right');
  });

  it('"asked the judge not to …" asks not to', () => {
    const a = byCue(attributionsOf("The defense asked the judge not to extend Roe's deadline for filing notice of an appeal."), 'asked');
    assert.equal(a.content.text, "not to extend Roe's deadline for filing notice of an appeal");
  });

  it('"asked the board for X, Y" asks for X', () => {
    const a = attributionsOf('Greene asked the board for longer hours, from 9 a.m. to 6 p.m.').find((x) => x.cue.text.startsWith('asked'));
    assert.equal(a?.content.text.startsWith('for longer hours') || a?.content.text.startsWith('longer hours'), true, a?.content.text);
  });
});

describe('a colon after a label that is no speaker', () => {
  it('a place in capitals opening the report is a dateline ("LISBON: Police have …")', () => {
    const knowledge = createKnowledge({ version: 1, sources: ['test'], entities: [], places: [[1, 'Lisbon', 'PT', 38.7, -9.1, 500000, 1]], capitals: {}, roles: [] });
    const text = 'LISBON: Police have closed three bridges after heavy rain flooded the city centre, state radio reported.';
    const document = makeDocument(text);
    const layers: Partial<Layers> = {};
    Object.assign(layers, sentenceStage().run({ document, layers }));
    layers.entities = [];
    const { attributions } = attributionStage(knowledge).run({ document, layers });
    assert.deepEqual(attributions.map((a) => a.cue.text), ['reported']);
  });

  it('a name alone after the colon is a link, not a statement ("Profile: Anna Berg")', () => {
    assert.deepEqual(attributionsOf('Profile: Anna Berg\n\nThe court sat on Monday.'), []);
  });

  it('a headline in capitals after the colon is a link to another story', () => {
    assert.deepEqual(attributionsOf('ROE TRIAL: MOTHER OF VICTIM FIGHTS TO KEEP HOUSE\n\nThe court sat on Monday.'), []);
  });

  it('a transcript turn stays', () => {
    const a = only(attributionsOf('SMITH: Well, look, we did what we could.'));
    assert.equal(a.source?.text, 'SMITH');
  });
});

describe('a base form of an act followed by the verb of its clause is a noun', () => {
  it('"Monday\'s deadly attack was unexpected" states nothing', () => {
    assert.deepEqual(attributionsOf('Though Monday’s deadly attack was unexpected, the town had seen violence before.'), []);
  });

  it('"How the rebel attack unfolded" (a heading) states nothing', () => {
    assert.deepEqual(attributionsOf('How the Texas attack unfolded\n\nThe town was quiet.'), []);
  });

  it('"The rebels attack the plan every week" stays an act', () => {
    assert.equal(only(attributionsOf('The rebels attack the plan every week.')).cue.text, 'attack');
  });
});

describe('"according to" a list of sources', () => {
  it('names every source and starts the content after the list', () => {
    const a = only(attributionsOf('According to the Red Cross and the local health office, 40 people were hurt in the blast.'));
    assert.equal(a.source?.text, 'the Red Cross and the local health office');
    assert.equal(a.content.text, '40 people were hurt in the blast');
  });

  it('reads a list with commas and an "as of" date', () => {
    const a = only(attributionsOf('According to the Red Cross, the World Bank and the city council as of March 3, the camps have grown.'));
    assert.equal(a.source?.text, 'the Red Cross, the World Bank and the city council');
    assert.equal(a.content.text, 'the camps have grown');
  });

  it('leaves names in the content after the comma ("According to police, Smith and Jones were …")', () => {
    const a = only(attributionsOf('According to police, Smith and Jones were arrested on Monday.'));
    assert.equal(a.content.text, 'Smith and Jones were arrested on Monday');
  });

  it('a noun that is also a cue before the comma is no cue ("hurt in the blast, according to …")', () => {
    const a = only(attributionsOf('Forty people were hurt in the blast, according to the Red Cross.'));
    assert.equal(a.content.text, 'Forty people were hurt in the blast');
  });
});

describe('a speaker with a title and a description of the employer', () => {
  it('"Dale, senior partner at Hart, a London law firm, said" is Dale', () => {
    const dale: EntitySpec = { name: 'Ann Dale', type: 'person', forms: ['Ann Dale'] };
    const a = only(attributionsOf('Ann Dale, senior partner at Dale Hart, a London law firm, said the fees were too high.', [dale]));
    assert.equal(a.source?.name, 'Ann Dale');
  });

  it('"With …, Dale, a senior adviser to the campaign, called …" stays Dale', () => {
    const dale: EntitySpec = { name: 'Ann Dale', type: 'person', forms: ['Ann Dale'] };
    const a = only(attributionsOf('With 50 days left, Ann Dale, a senior adviser to the Roe campaign, called the remarks “a wake-up call.”', [dale]));
    assert.equal(a.source?.name, 'Ann Dale');
  });
});

describe('a statement inside a dash insert', () => {
  it('ends with the insert ("A student – who police say was armed – opened fire")', () => {
    const a = only(attributionsOf('A student – who police say was a known troublemaker – threw the first stone on Friday.'));
    assert.equal(a.source?.text, 'police');
    assert.equal(a.content.text, 'was a known troublemaker');
  });
});

describe('a lower-case title before a description of the employer', () => {
  it('"Roe, group litigation specialist at Hart Parker, a City law firm, said" is Roe', () => {
    const roe: EntitySpec = { name: 'Dan Roe', type: 'person', forms: ['Dan Roe'] };
    const a = only(attributionsOf('Dan Roe, group litigation specialist at Hart Parker, a City law firm, said the fees were high.', [roe]));
    assert.equal(a.source?.name, 'Dan Roe');
  });
});

describe('a report of a named speaker\'s words is one statement', () => {
  it('"Local media reported that the lawyers responded saying “…”" is the lawyers\' quotation', () => {
    const a = only(attributionsOf('Local media reported that the firm’s lawyers have responded saying “a missed goal is not fraud.”', [], { extents: 'parc' }));
    assert.equal(a.source?.text, 'the firm’s lawyers');
    assert.equal(a.cue.text, 'responded saying');
  });

  it('"it was reported that Park wrote in an email, “…”" is Park\'s', () => {
    const park: EntitySpec = { name: 'Jo Park', type: 'person', forms: ['Jo Park'] };
    const a = only(attributionsOf('In 2022, it was reported that the company’s lawyer Jo Park wrote in an email, “Great job. Another silly lawsuit.”', [park], { extents: 'parc' }));
    assert.equal(a.source?.name, 'Jo Park');
  });

  it('a report of a stance stays the report ("reported that the firm plans …")', () => {
    const a = only(attributionsOf('Local media reported that the firm plans to close two plants.', [], { extents: 'parc' }));
    assert.equal(a.cue.text, 'reported');
  });
});

describe('an inserted speaker after a connective, and a citing apposition', () => {
  it('"But, Ortiz said, X" is X alone', () => {
    const a = only(attributionsOf('But, Ortiz said, there were no plans to close the plant.'));
    assert.equal(a.content.text, 'there were no plans to close the plant');
    assert.equal(a.pieces, undefined);
  });

  it('"The paper, citing two officials, reported that X": the officials say X through the paper', () => {
    const a = only(attributionsOf('The paper, citing two officials, reported that the deal had collapsed.'));
    assert.equal(a.source?.text, 'two officials');
    assert.equal(a.content.text, 'the deal had collapsed');
  });
});

describe('"Speaking about X, he said …"', () => {
  const text = 'Dan Kerr, a lawyer, said the firm was “in real trouble.”\n\n“It is plain. You bought something you did not get. It is sad that they were so aggressive.”\n\nSpeaking about Mr Cole’s long fight with the firm, he said such clauses were common.';
  const kerr: EntitySpec = { name: 'Dan Kerr', type: 'person', forms: ['Dan Kerr'] };
  // the entities layer links "he" to the person named last
  const cole: EntitySpec = { name: 'Cole', type: 'person', forms: ['Cole', ['he', 'pronoun']] };

  it('is no statement of its own', () => {
    assert.equal(attributionsOf(text, [kerr, cole]).some((a) => a.cue.text.startsWith('Speaking')), false);
  });

  it('"he" is the speaker whose quotation ran on just before, not the owner named in the topic', () => {
    const a = attributionsOf(text, [kerr, cole]).find((x) => x.source?.text === 'he');
    assert.equal(a?.source?.name, 'Dan Kerr');
  });
});

describe('speakers read wrong in longer noun phrases', () => {
  it('"X, a nurse from Y, said Roe impressed her" is X\'s statement, not an inverted "said Roe impressed her"', () => {
    const a = only(attributionsOf('Toni Marsh, a 64-year-old nurse from Leeds, said Roe impressed her.'));
    assert.equal(a.source?.text, 'Toni Marsh');
    assert.equal(a.content.text, 'Roe impressed her');
  });

  it('"A brochure he received said" is the brochure\'s, not his', () => {
    const cole: EntitySpec = { name: 'Cole', type: 'person', forms: ['Cole', ['he', 'pronoun']] };
    const a = attributionsOf('Mr Cole bought the car in 2019. A digital brochure he received about the car said that it would drive itself.', [cole]).find((x) => x.cue.text === 'said');
    assert.equal(a?.source?.name, 'A digital brochure he received about the car');
  });
});

describe('"maintain" with a thing kept', () => {
  it('"has maintained strict control over X" states nothing', () => {
    assert.deepEqual(attributionsOf('Since 2007, the navy has maintained strict control over the strait.'), []);
  });

  it('"has maintained his innocence" and "maintained that …" stay statements', () => {
    assert.equal(only(attributionsOf('He has maintained his innocence.')).content.text, 'his innocence');
    assert.equal(only(attributionsOf('The navy has maintained that the strikes were legal.')).content.text, 'the strikes were legal');
  });
});

describe('two more cue verbs seen on real reports', () => {
  it('"reasoning that …" after the clause\'s speaker', () => {
    const a = only(attributionsOf('Prosecutors want the trial held in summer, reasoning that a summer trial would ease parking.'));
    assert.equal(a.source?.text, 'Prosecutors');
    assert.equal(a.content.text, 'a summer trial would ease parking');
  });

  it('"attributed the drop to …" names a cause; "for that reason" and the passive "was attributed to" are no statements', () => {
    assert.equal(only(attributionsOf('Farm leaders have attributed the drop in prices to an oversupply of sugar.')).cue.text, 'attributed');
    assert.deepEqual(attributionsOf('For that reason the plan failed.'), []);
    assert.deepEqual(attributionsOf('The quote was attributed to a senator.'), []);
  });
});

describe('a message "from X" and a participle of saying after it', () => {
  it('"received a call from a resident on Monday, saying …" is the resident\'s', () => {
    const a = only(attributionsOf('Police received a 911 call from a local resident just before 5 p.m. on Wednesday, saying a car had hit a dog.'));
    assert.equal(a.source?.text, 'a local resident');
  });

  it('"issued a statement on Monday, saying …" stays the issuer\'s', () => {
    assert.equal(only(attributionsOf('The mayor issued a statement on Monday, saying the bridge would close.')).source?.text, 'The mayor');
  });
});
