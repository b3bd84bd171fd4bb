import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue, type EntitySpec } from './helpers.js';

const RUSSIA: EntitySpec = { name: 'Russia', type: 'country', sourceType: 'government', forms: ['Russia'] };
const JAPAN: EntitySpec = { name: 'Japan', type: 'country', sourceType: 'government', forms: ['Japan', ['The country', 'nominal']] };
const FOREIGN_MINISTRY: EntitySpec = { name: 'Foreign Ministry', type: 'organisation', forms: ['Foreign Ministry'] };

describe('a body of a state as the speaker', () => {
  it('names the ministry, not the country that owns it', () => {
    const a = byCue(attributionsOf("Russia's defence ministry said its forces had shot down 12 drones.", [RUSSIA]), 'said');
    assert.equal(a.source?.name, "Russia's defence ministry");
    assert.equal(a.source?.type, 'government');
    assert.equal(a.source?.entity, null);
  });

  it('names the central bank of a country the entities layer found through "the country"', () => {
    const a = byCue(attributionsOf("Japan's economy grew slowly. The country's central bank said inflation would ease.", [JAPAN]), 'said');
    assert.equal(a.source?.name, "Japan's central bank");
    assert.equal(a.source?.type, 'government');
  });

  it('gives a generic institution the entities layer found its owner', () => {
    const a = byCue(attributionsOf("Japan's Foreign Ministry said the ambassador had been summoned.", [JAPAN, FOREIGN_MINISTRY]), 'said');
    assert.equal(a.source?.name, "Japan's Foreign Ministry");
  });

  it('lets a spokesman speak for the ministry', () => {
    const a = byCue(attributionsOf("A spokesman for Russia's defence ministry said the strikes would go on.", [RUSSIA]), 'said');
    assert.equal(a.source?.name, "Russia's defence ministry");
    assert.equal(a.source?.type, 'government');
  });

  it('keeps the state for its government and its officials', () => {
    assert.equal(byCue(attributionsOf("Russia's government said the talks were over.", [RUSSIA]), 'said').source?.name, 'Russia');
    assert.equal(byCue(attributionsOf("Russia's foreign minister said the talks were over.", [RUSSIA]), 'said').source?.name, 'Russia');
  });
});

describe('years as time adverbials', () => {
  it('reads "who in 2010 said" with the relative pronoun as the subject', () => {
    const a = byCue(attributionsOf('The mayor worked with the governor, who in 2010 said the party needed new leaders.'), 'said');
    assert.equal(a.source?.text, 'who');
    assert.equal(a.content.text, 'the party needed new leaders');
  });
});
