// Stance verbs with an object, participles that hang on the clause, nominal cues, and the PARC-style
// extents of evaluative acts: the kinds PARC-style corpora (PolNeAR) annotate beyond verbs of saying.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributionsOf, byCue } from './helpers.js';

const brief = (text: string) => attributionsOf(text).map((a) => [a.source?.text ?? null, a.cue.text, a.content.text]);
const parc = (text: string) => attributionsOf(text, [], { extents: 'parc' });

describe('stance verbs with an object', () => {
  it('reads an attack or an endorsement with its object as the content', () => {
    assert.deepEqual(brief('The governor attacked the new budget plan.'), [['The governor', 'attacked', 'the new budget plan']]);
    assert.deepEqual(brief('The union endorsed the mayor for a second term.'), [['The union', 'endorsed', 'the mayor for a second term']]);
  });

  it('reads "called X Y" as a characterisation but not a short "called the police"', () => {
    assert.deepEqual(brief('The mayor called the proposal a costly mistake.'), [['The mayor', 'called', 'the proposal a costly mistake']]);
    assert.deepEqual(brief('The senator called the police.'), []);
  });

  it('does not take an -ing word before a cue noun as a verb', () => {
    const found = attributionsOf('The senator cited disparaging remarks about veterans.');
    assert.deepEqual(found.map((a) => a.cue.text), ['cited']);
    assert.equal(found[0]!.content.text, 'disparaging remarks about veterans');
  });

  it('reads a promised object when nothing follows it as the content, not as a listener', () => {
    assert.deepEqual(brief('The company is promising lower prices for families.'), [['The company', 'promising', 'lower prices for families']]);
  });
});

describe('participles that hang on the clause', () => {
  it('gives ", citing" a thing as content, with the speaker of the clause', () => {
    const found = attributionsOf('The mayor praised the deal, citing a drop in prices.');
    const citing = byCue(found, 'citing');
    assert.equal(citing.content.text, 'a drop in prices');
    assert.equal(citing.source?.text, 'The mayor');
  });

  it('reads ", promising to …" as an intention of the clause subject', () => {
    const found = attributionsOf('The senator said the plan was fair, promising to cut fuel taxes.');
    const promising = byCue(found, 'promising');
    assert.equal(promising.content.text, 'to cut fuel taxes');
    assert.equal(promising.source?.text, 'The senator');
  });
});

describe('nominal cues', () => {
  it('reads a possessive owner, the noun and its that-clause', () => {
    const claim = byCue(attributionsOf('Critics rejected the mayor\'s claim that crime had fallen.'), 'claim');
    assert.equal(claim.source?.text, 'the mayor');
    assert.equal(claim.content.text, 'crime had fallen');
  });

  it('reads a pledge with its infinitive', () => {
    const pledge = byCue(attributionsOf('Voters welcomed her pledge to cut taxes.'), 'pledge');
    assert.equal(pledge.source?.text, 'her');
    assert.equal(pledge.content.text, 'to cut taxes');
  });

  it('does not read a relative clause after the noun as the content', () => {
    assert.equal(attributionsOf('Reporters checked his claim that he made.').some((a) => a.cue.text === 'claim'), false);
  });
});

describe('relative pronouns as speakers', () => {
  it('takes "who" before the verb as the source, resolved to the name before it', () => {
    const found = attributionsOf('Reporters met Anna Berg, who said the plant would close.', [{ name: 'Anna Berg', type: 'person', forms: ['Anna Berg'] }]);
    const said = byCue(found, 'said');
    assert.equal(said.source?.text, 'who');
    assert.equal(said.source?.name, 'Anna Berg');
    assert.equal(said.content.text, 'the plant would close');
  });

  it('steps over a time adverbial between the pronoun and the verb', () => {
    const said = byCue(attributionsOf('The plan came from economists who last year argued that taxes were too high.'), 'argued');
    assert.equal(said.source?.text, 'who');
  });
});

describe('verb-only forms', () => {
  it('reads "says" as a verb before a topic or a place phrase', () => {
    assert.equal(byCue(attributionsOf('The businessman says of the mayor, “She will sell the office.”'), 'says').content.text, 'She will sell the office.');
    assert.equal(byCue(attributionsOf('The governor says at a campaign stop that the plan failed.'), 'says').content.text, 'the plan failed');
  });
});

describe('instructions and unquoted block quotations', () => {
  it('reads "told X to …" as an instruction with its addressee', () => {
    const told = byCue(attributionsOf('The minister told his staff to prepare a new budget.'), 'told');
    assert.equal(told.content.text, 'his staff to prepare a new budget');
  });

  it('takes the next paragraph after a speaker and a colon that end a paragraph', () => {
    const text = 'The governor added:\n\nWe will rebuild the bridge. It will take a year.\n\nThe work starts soon.';
    assert.equal(byCue(attributionsOf(text), 'added').content.text, 'We will rebuild the bridge. It will take a year');
  });
});

describe('headlines', () => {
  it('reads a title-case verb that the entities layer took into a person\'s name', () => {
    const text = 'New Bridge Plan Will Cost Billions, Maria Lopez Says.';
    const found = attributionsOf(text, [{ name: 'Maria Lopez Says', type: 'person', forms: ['Maria Lopez Says'] }]);
    assert.equal(byCue(found, 'Says').content.text, 'New Bridge Plan Will Cost Billions');
  });

  it('keeps a place name ending in an -s word as a name', () => {
    const text = 'Storm Hits Coast As United States Prepares Relief.';
    const found = attributionsOf(text, [{ name: 'United States', type: 'country', forms: ['United States'] }]);
    assert.equal(found.some((a) => a.cue.text === 'States'), false);
  });
});

describe('PARC-style content extents', () => {
  it('keeps the object with the quoted characterisation of an evaluative act', () => {
    const text = 'The minister described the talks as “a waste of time”.';
    assert.equal(only1(parc(text)).content.text, 'the talks as “a waste of time”');
    assert.equal(only1(attributionsOf(text)).content.text, 'a waste of time');
  });

  it('keeps "that," before a quotation in the content', () => {
    const found = parc('The spokesman said that, “we will not back down.”');
    assert.equal(only1(found).content.text.startsWith('that, “we will not back down'), true);
  });

  it('ends reported content before a relative clause about someone in it', () => {
    assert.equal(only1(attributionsOf('Voters questioned the health of the candidate, who is 70.')).content.text, 'the health of the candidate');
  });
});

function only1<T>(list: T[]): T {
  assert.equal(list.length, 1, JSON.stringify(list));
  return list[0]!;
}
