// The lemmatizer the trigger matcher relies on: regular and irregular verb forms and noun plurals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lemmatize } from '../../../src/annotate/events/lemmatize.js';

test('maps regular -ed, -ing and -s forms to their lemma, undoing doubled consonants and dropped e', () => {
  const pairs: [string, string][] = [
    ['shelled', 'shell'], ['visited', 'visit'], ['arrived', 'arrive'], ['agreed', 'agree'], ['stopped', 'stop'],
    ['deploying', 'deploy'], ['imposing', 'impose'], ['sanctions', 'sanction'], ['talks', 'talk'], ['supplies', 'supply'],
    ['supplied', 'supply'], ['test-fired', 'test-fire'], ['Criticized', 'criticize'],
  ];
  for (const [form, lemma] of pairs) assert.equal(lemmatize(form), lemma, form);
});

test('maps irregular forms to their lemma', () => {
  const pairs: [string, string][] = [['met', 'meet'], ['sent', 'send'], ['struck', 'strike'], ['gave', 'give'], ['fought', 'fight'], ['shot', 'shoot'], ['withdrew', 'withdraw'], ['held', 'hold']];
  for (const [form, lemma] of pairs) assert.equal(lemmatize(form), lemma, form);
});

test('does not strip a word into a different lexicon word ("aides" is not "aid")', () => {
  assert.equal(lemmatize('aides'), 'aides');
  assert.equal(lemmatize('Thursday'), 'thursday');
});
