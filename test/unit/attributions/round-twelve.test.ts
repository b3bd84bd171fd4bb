// Session 10, the lead's own readings of invented wire copy: who a relative "who" after a place stands
// for, listeners followed by "aboard …", and a new speaker's criticism closing a statement.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue, type EntitySpec } from './helpers.js';

const manchin: EntitySpec = { name: 'Joe Manchin', type: 'person', forms: ['Joe Manchin'] };
const westVirginia: EntitySpec = { name: 'West Virginia', type: 'place', forms: ['West Virginia'] };
const paris: EntitySpec = { name: 'Paris', type: 'place', forms: ['Paris'] };

describe('a relative "who" after a place', () => {
  it('stands for the person the place belongs to ("Joe Manchin of West Virginia, who said …")', () => {
    const a = byCue(attributionsOf('Sen. Joe Manchin of West Virginia, who said the plan was dead, left early.', [manchin, westVirginia]), 'said');
    assert.equal(a.source?.name, 'Joe Manchin');
  });

  it('stands for the noun phrase that holds the place ("The mayor of Paris, who said …")', () => {
    const a = byCue(attributionsOf('The mayor of Paris, who said the plan was dead, left early.', [paris]), 'said');
    assert.equal(a.source?.name, 'The mayor of Paris');
    assert.notEqual(a.source?.type, 'unknown');
  });
});

describe('listeners', () => {
  it('ends the listener and the setting before the clause ("told reporters aboard Air Force One that …")', () => {
    const a = byCue(attributionsOf('The spokeswoman told reporters aboard Air Force One that the president would keep pressing.'), 'told');
    assert.equal(a.content.text, 'the president would keep pressing');
  });
});

describe('a new speaker after "and"', () => {
  it('ends the statement before another speaker\'s criticism', () => {
    const found = attributionsOf('The group said the outcome left voters exposed, and its president, Jane Roe, accused the senators of abandoning democracy.');
    assert.equal(byCue(found, 'said').content.text, 'the outcome left voters exposed');
    assert.equal(byCue(found, 'accused').source?.text, 'its president');
  });

  it('keeps a pronoun\'s act inside the statement ("…, in 1972, he supported …")', () => {
    const a = byCue(attributionsOf('He noted that at one meeting, in 1972, he supported a decision to nominate a rival.'), 'noted');
    assert.match(a.content.text, /he supported a decision/);
  });
});

describe('"agree" reports a clause only', () => {
  it('is no statement with a noun phrase or "on" ("agreed on a package of sanctions")', () => {
    assert.deepEqual(attributionsOf('EU governments agreed on Friday on a new package of sanctions.'), []);
    assert.deepEqual(attributionsOf('EU agrees new sanctions on Russia'), []);
  });

  it('still reports a that-clause or a bare clause', () => {
    assert.equal(byCue(attributionsOf('The two sides agreed that the talks had been useful.'), 'agreed').content.text, 'the talks had been useful');
    assert.equal(byCue(attributionsOf('Most economists agree the economy is slowing.'), 'agree').content.text, 'the economy is slowing');
  });
});

describe('"It" opening a statement after a body or a document spoke', () => {
  it('stands for the speaker of the sentence before, not for a name inside its statement', () => {
    const iran: EntitySpec = { name: 'Iran', type: 'country', forms: ['Iran'] };
    const found = attributionsOf("The quarterly report said Iran's stock had grown. It also said Iran had installed more centrifuges.", [iran]);
    assert.equal(found[1]?.source?.name, 'The quarterly report');
  });
});

describe('a past form between a preposition and a noun', () => {
  it('is an adjective, not a cue ("near disputed shoal")', () => {
    assert.deepEqual(attributionsOf('Coast guard fires water cannon at boats near disputed shoal'), []);
  });
});

describe('a setting with a hyphenated number', () => {
  it('is skipped before the clause ("wrote in a 114-page ruling that …")', () => {
    assert.equal(byCue(attributionsOf('The judge wrote in a 114-page ruling that the law was likely unconstitutional.'), 'wrote').content.text, 'the law was likely unconstitutional');
  });
});
