// Session 12 (helper "ratt12"): shapes read wrong on real news reports of many outlets, judged by hand.
// Every sentence here is invented.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue, type EntitySpec } from './helpers.js';

describe('a speaker pronoun of the other gender than the person the entities layer linked', () => {
  it('goes to the person named before who fits, by given name', () => {
    const text = 'Sonya Roe spoke after Paul Dorn left the court. “It was a fair trial,” she said.';
    const roe: EntitySpec = { name: 'Sonya Roe', type: 'person', forms: ['Sonya Roe'] };
    // the entities layer links "she" to the person named last
    const dorn: EntitySpec = { name: 'Paul Dorn', type: 'person', forms: ['Paul Dorn', ['she', 'pronoun']] };
    const a = byCue(attributionsOf(text, [roe, dorn]), 'said');
    assert.equal(a.source?.name, 'Sonya Roe');
  });

  it('goes to the person named before who fits, by title', () => {
    const text = 'Ms Roe spoke after Mr Dorn left the court. “It was a fair trial,” she said.';
    const roe: EntitySpec = { name: 'Roe', type: 'person', forms: ['Roe'] };
    const dorn: EntitySpec = { name: 'Dorn', type: 'person', forms: ['Dorn', ['she', 'pronoun']] };
    const a = byCue(attributionsOf(text, [roe, dorn]), 'said');
    assert.equal(a.source?.name, 'Roe');
  });

  it('keeps the linked person when nothing says the gender', () => {
    const text = 'Roe spoke after Dorn left the court. “It was a fair trial,” she said.';
    const roe: EntitySpec = { name: 'Roe', type: 'person', forms: ['Roe'] };
    const dorn: EntitySpec = { name: 'Dorn', type: 'person', forms: ['Dorn', ['she', 'pronoun']] };
    const a = byCue(attributionsOf(text, [roe, dorn]), 'said');
    assert.equal(a.source?.name, 'Dorn');
  });
});

describe('a speaker pronoun linked to a person named as an owner inside the sentence before', () => {
  it('is the last speaker ("At Reyes\'s hearing, she said …")', () => {
    const text = 'Anna Berg said the fine was too high. At Reyes’s hearing, she said the bank had lied.';
    const berg: EntitySpec = { name: 'Anna Berg', type: 'person', forms: ['Anna Berg'] };
    const reyes: EntitySpec = { name: 'Reyes', type: 'person', forms: ['Reyes', ['she', 'pronoun']] };
    const a = attributionsOf(text, [berg, reyes]).find((x) => x.source?.text === 'she');
    assert.equal(a?.source?.name, 'Anna Berg');
  });
});
