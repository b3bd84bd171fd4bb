// Words of saying that say nothing here. "attack" reports criticism when its object is an idea
// ("attacked the plan as reckless"), and is a physical act when its object is a place, a vehicle or
// a force ("drones attacked an oil refinery"); "report" before "says" is a noun.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, only } from './helpers.js';

describe('attack as a verb of saying', () => {
  it('is no statement when its object is a physical target', () => {
    const found = attributionsOf('Drones attacked an oil refinery in the south, the governor said.');
    assert.deepEqual(found.map((a) => a.cue.text), ['said']);
    assert.deepEqual(attributionsOf('Gunmen attacked a police station in the north.'), []);
  });

  it('still reports criticism of a plan or a decision', () => {
    const [a] = attributionsOf('The senator attacked the plan as reckless.');
    assert.equal(a?.cue.text, 'attacked');
    assert.equal(a?.content.text, 'the plan as reckless');
  });
});

describe('a noun that could be a verb of saying, before the verb of saying', () => {
  it('reads "IAEA report says" as one statement by the report, not "report" saying "says"', () => {
    const found = attributionsOf('Iran expands enrichment, IAEA report says');
    assert.deepEqual(found.map((a) => a.cue.text), ['says']);
    assert.equal(found[0]?.content.text, 'Iran expands enrichment');
  });
});

describe('"accused of" right after a noun', () => {
  it('is a participle describing the noun, not the main clause accusing', () => {
    assert.deepEqual(attributionsOf('Washington imposed sanctions on three firms accused of supplying drone parts to Iran.'), []);
  });
});

describe('quoted words that say how, not what', () => {
  it('reads no statement in a quoted phrase opening with a preposition after the verb', () => {
    assert.deepEqual(attributionsOf('The army would respond "at a time and place of its choosing".'), []);
    assert.deepEqual(attributionsOf('He replied "in the strongest possible terms".'), []);
  });

  it('reports the clause after such a phrase, and a quoted sentence that opens with a preposition', () => {
    assert.equal(only(attributionsOf('The minister said "in no uncertain terms" that the deal was dead.')).content.text, 'that the deal was dead');
    assert.equal(only(attributionsOf('The mayor said "with regret" the plant would close.')).content.text, 'the plant would close');
    assert.equal(only(attributionsOf('He said: "In the end, we won."')).content.text, 'In the end, we won.');
  });
});
