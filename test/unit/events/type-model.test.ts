// The learned PLOVER type model: its scoring, the gates that keep plain sentences eventless, and the
// fallback type it gives a sentence whose verb the trigger lexicon does not know.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './helpers.js';
import { headSupport, predictType, type TypeModel } from '../../../src/annotate/events/type-model.js';
import { EVENT_TYPE_MODEL } from '../../../src/knowledge/data/event-type-model.js';
import { PLOVER_TYPES } from '../../../src/model/types.js';

const TINY: TypeModel = {
  labels: ['NONE', 'ASSAULT', 'AID'],
  weights: { 'h:shell': [1, 3], 'w:food': [2, 2, 0, -1], 'w:town': [1, 0.5, 2, 0.5], bias: [0, 1] },
};

test('the model scores every label and reports the margin over the runner-up', () => {
  const p = predictType(['bias', 'h:shell', 'w:town'], null, TINY);
  assert.equal(p.label, 'ASSAULT');
  assert.equal(p.margin, 2.5);
});

test('a restricted prediction chooses only among the allowed labels', () => {
  const p = predictType(['bias', 'h:shell', 'w:food'], new Set(['NONE', 'AID'] as const), TINY);
  assert.equal(p.label, 'AID');
});

test('only the main verb’s own features count as its support for a type', () => {
  assert.equal(headSupport(['h:shell', 'w:town'], 'ASSAULT', TINY), 3);
  assert.equal(headSupport(['w:food', 'w:town'], 'AID', TINY), 0);
});

test('features the model does not know add nothing, whatever their name', () => {
  const plain = predictType(['bias', 'h:shell'], null, TINY);
  const odd = predictType(['bias', 'h:shell', 'w:unknown', 'constructor', 'toString', '__proto__'], null, TINY);
  assert.deepEqual([...odd.scores], [...plain.scores]);
  assert.equal(headSupport(['h:shell', 'h:unknown', 'hasOwnProperty'], 'ASSAULT', TINY), 3);
});

test('the shipped model knows every PLOVER type and the no-event label', () => {
  for (const t of ['NONE', ...PLOVER_TYPES]) assert.ok(EVENT_TYPE_MODEL.labels.includes(t), t);
  assert.ok(Object.keys(EVENT_TYPE_MODEL.weights).length > 500);
});

test('plain sentences about weather, prices and places stay without events', () => {
  for (const text of [
    'The weather was cold and windy on the coast.', 'Bread prices rose by a fifth over the winter.',
    'The old town sits on a hill above the harbour.', 'The airline carried more passengers than last year.',
    'The festival will open with a concert on Friday.', 'The river flooded its banks after heavy rain.',
  ]) assert.deepEqual(annotate(text).events.map((e) => e.plover), [], text);
});

test('a lone unknown name before the verb is the actor ("Kagame agreed …")', () => {
  const events = annotate('Kagame agreed to meet the rebel leaders next week.').events;
  assert.ok(events.some((e) => e.plover === 'AGREE' && e.actors.some((a) => a.name === 'Kagame')), JSON.stringify(events));
});

test('a sentence whose wording the lexicon lacks gets the type of its clause, with offsets into the text', () => {
  // "hold" is a trigger only in phrases ("hold talks", "hold … hostage"); "as human shields" is none of them.
  const text = 'The gunmen held the passengers as human shields.';
  const events = annotate(text).events;
  assert.deepEqual(events.map((e) => [e.plover, e.trigger.text, e.actors.map((a) => a.name)]), [['COERCE', 'held', ['gunmen']]]);
  for (const e of events) {
    assert.equal(text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    assert.equal(text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
  }
});
