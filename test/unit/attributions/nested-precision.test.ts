import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue, type EntitySpec } from './helpers.js';

const ORTEGA: EntitySpec = { name: 'Maria Ortega', type: 'person', forms: ['Maria Ortega'] };

describe('a pronoun opening the reported clause of a speaker', () => {
  // the inner statement then has the outer speaker, and is dropped as a repeat of the speaker's own
  it('stands for that speaker, not for the speaker of the sentence before', () => {
    const as = attributionsOf('Maria Ortega said the vote was close. Lindqvist says she told the board the merger will fail.', [ORTEGA]);
    assert.deepEqual(as.map((a) => [a.source?.name, a.cue.text]), [['Maria Ortega', 'said'], ['Lindqvist', 'says']]);
  });

  it('reads "they" after a plural speaker as that speaker', () => {
    const as = attributionsOf('Maria Ortega spoke first. Several delegates said they had told the chair that the rules were unfair.', [ORTEGA]);
    assert.deepEqual(as.map((a) => [a.source?.name, a.cue.text]), [['Several delegates', 'said']]);
  });

  it('does not read "he" as a plural speaker', () => {
    const as = attributionsOf('Maria Ortega spoke first. Officials said he had told the chair that the rules were unfair.', [ORTEGA]);
    assert.notEqual(byCue(as, 'told').source?.name, 'Officials');
  });
});

describe('a stance, plan or belief inside another speaker\'s statement', () => {
  it('is the outer speaker\'s claim: no attribution of its own', () => {
    const as = attributionsOf('The senator said her rival opposes any tax on imports.');
    assert.equal(as.length, 1, JSON.stringify(as.map((a) => a.cue.text)));
    assert.equal(as[0]!.cue.text, 'said');
    assert.equal(as[0]!.content.text, 'her rival opposes any tax on imports');
  });

  it('drops a plan the outer speaker ascribes to someone else', () => {
    const as = attributionsOf('Aides say the governor plans to veto the bill next week.');
    assert.deepEqual(as.map((a) => a.cue.text), ['say']);
  });

  it('keeps a speech act relayed inside the statement', () => {
    const as = attributionsOf('Officials said the ministry had announced that the test failed.');
    assert.deepEqual(as.map((a) => a.cue.text).sort(), ['announced', 'said']);
  });

  it('drops a characterisation of an object the outer speaker reports', () => {
    const as = attributionsOf('The senator said her rival once described the treaty as a disaster.');
    assert.deepEqual(as.map((a) => a.cue.text), ['said']);
  });

  it('keeps a claim named by a noun, a speech act of its own', () => {
    const as = attributionsOf('Officials said the mayor\'s claim that crime had fallen was wrong.');
    assert.equal(byCue(as, 'claim').source?.text, 'the mayor');
  });

  it('keeps a promise relayed inside the statement', () => {
    const as = attributionsOf('Aides say the governor promised to veto the bill next week.');
    assert.deepEqual(as.map((a) => a.cue.text).sort(), ['promised', 'say']);
  });

  it('keeps the stance when nobody else reports it', () => {
    const as = attributionsOf('Her rival opposes any tax on imports.');
    assert.deepEqual(as.map((a) => a.cue.text), ['opposes']);
  });
});

describe('an -s or base form after a word shaped like an adjective', () => {
  it('is a noun: "derogatory comments" has no speaker "derogatory"', () => {
    const as = attributionsOf('Critics cited derogatory comments Kim had made about the envoy.');
    assert.ok(!as.some((a) => a.cue.text === 'comments'), JSON.stringify(as.map((a) => [a.source?.text, a.cue.text])));
  });

  it('is a noun in "competitive state Senate races"', () => {
    const as = attributionsOf('Aides noted that Scott won competitive state Senate races in a rural district.');
    assert.ok(!as.some((a) => a.cue.text === 'state'), JSON.stringify(as.map((a) => [a.source?.text, a.cue.text])));
  });

  it('still reads a person noun before the verb as its speaker', () => {
    const a = byCue(attributionsOf('The detective says the door was forced.'), 'says');
    assert.equal(a.source?.text, 'The detective');
  });
});

describe('particles and dates that make a cue something else', () => {
  it('reads "called in to" and "called into" a programme as phoning in, not speech', () => {
    assert.deepEqual(attributionsOf('The mayor recently called in to a radio show about the floods.').map((a) => a.cue.text), []);
    assert.deepEqual(attributionsOf('The minister called into the programme from her car.').map((a) => a.cue.text), []);
  });

  it('reads "remarks on Saturday" as a date, not a topic', () => {
    assert.ok(!attributionsOf('The senator\'s remarks on Saturday drew loud applause.').some((a) => a.cue.text.startsWith('remarks')));
  });

  it('still reads a topic after "remarks on"', () => {
    const a = attributionsOf('Voters welcomed the senator\'s remarks on the budget.').find((x) => x.cue.text.startsWith('remarks'));
    assert.equal(a?.content.text, 'the budget');
  });
});

describe('the object of an evaluative act before a clause of time or contrast', () => {
  it('ends before "as" with a clause', () => {
    const a = byCue(attributionsOf('The council condemned the launch as Pyongyang fired three more missiles.'), 'condemned');
    assert.equal(a.content.text, 'the launch');
  });

  it('ends before "while" and before "after" with a clause', () => {
    assert.equal(byCue(attributionsOf('The senator praised the ruling while the governor attacked it.'), 'praised').content.text, 'the ruling');
    assert.equal(byCue(attributionsOf('The mayor criticized the police after he had seen the video.'), 'criticized').content.text, 'the police');
  });

  it('keeps a characterisation with "as" and a phrase after "after"', () => {
    assert.equal(byCue(attributionsOf('The council condemned the launch as a provocation.'), 'condemned').content.text, 'the launch as a provocation');
    assert.equal(byCue(attributionsOf('The union praised her work after the attacks on the city.'), 'praised').content.text, 'her work after the attacks on the city');
  });
});
