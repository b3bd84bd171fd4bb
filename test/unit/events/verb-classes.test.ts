// Verbs the event lexicon does not list get the PLOVER type of the lexicon verbs WordNet makes them
// synonyms or troponyms of (the table built into dist/knowledge/verb-classes.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country } from './helpers.js';
import { verbClassOf } from '../../../src/annotate/events/verb-classes.js';

const RU = country('RU', 'Russia', ['Russia', 'name']);
const UA = country('UA', 'Ukraine', ['Ukraine', 'name']);

const types = (text: string): string[] => annotate(text, { entities: [RU, UA].filter((e) => e.forms.some(([f]) => text.includes(f))) }).events.map((e) => e.plover);

test('the table types inflected forms of unlisted verbs by their most frequent sense', () => {
  assert.equal(verbClassOf('strangled'), 'ASSAULT');
  assert.equal(verbClassOf('decapitating'), 'ASSAULT');
  assert.equal(verbClassOf('repealed'), 'CONCEDE');
  // "avenge" is a synonym of "retaliate", which done is an attack (vowed, it is a threat: see retaliation.test.ts).
  assert.equal(verbClassOf('avenge'), 'ASSAULT');
  // Lexicon verbs keep their hand-written senses; words whose first sense is not the news sense are left out.
  assert.equal(verbClassOf('attacked'), null);
  assert.equal(verbClassOf('squeezed'), null);
});

test('an unlisted verb in a verb form is a trigger of its WordNet type', () => {
  assert.ok(types('Russia exterminated the garrison of the town.').includes('ASSAULT'));
  assert.ok(types('Ukraine repealed the decree on Monday.').includes('CONCEDE'));
  assert.ok(types('Russia vowed to avenge the deaths of its pilots.').some((t) => t === 'THREATEN' || t === 'AGREE'));
});

test('a bare form that may be a noun is not typed', () => {
  assert.deepEqual(types('The stone wall of the fort fell.'), []);
});
