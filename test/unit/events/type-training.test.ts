// How the learned type model is trained (scripts/event-type-training.ts) and what it reads of a clause
// (type-features.ts): held-out probe files, learning without the rules' type, objects and possessives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country } from './helpers.js';
import { buildView } from '../../../src/annotate/events/view.js';
import { segmentClauses } from '../../../src/annotate/events/clauses.js';
import { clauseAnchors } from '../../../src/annotate/events/stage.js';
import { sentenceClause } from '../../../src/annotate/events/type-fallback.js';
import { predictType, ruleFeature } from '../../../src/annotate/events/type-model.js';
import { HELD_OUT, LABELS, readLabelled, train, type Example } from '../../../scripts/event-type-training.js';

function clause(text: string, spec: Parameters<typeof annotate>[1] = {}): { head: string; features: string[] } | null {
  const { layers } = annotate(text, spec);
  const view = buildView(text, layers.sentences, layers.tokens, layers.entities, layers.times, layers.attributions, '2025-03-21');
  const c = sentenceClause(view, segmentClauses(view, 0, clauseAnchors(view, view.attributions, null)));
  return c ? { head: view.words[c.head]!, features: c.features } : null;
}

test('held-out probe files are never read for training', () => {
  assert.ok(HELD_OUT.has('probe-21.tsv'));
  const files = new Set(readLabelled().map((l) => l.file));
  assert.ok(files.size > 10);
  for (const file of HELD_OUT) assert.ok(!files.has(file), file);
});

test('a sentence the rules typed is also learnt without their type, as the fallback reads it', () => {
  const label = (l: string): number => LABELS.indexOf(l as (typeof LABELS)[number]);
  const examples: Example[] = [];
  for (let i = 0; i < 3; i++) {
    examples.push({ label: label('ASSAULT'), features: ['bias', 'h:shell', ruleFeature('ASSAULT')], text: '', file: 't', index: examples.length });
    examples.push({ label: label('NONE'), features: ['bias', 'h:say', ruleFeature(null)], text: '', file: 't', index: examples.length });
  }
  const free = train(examples, { ruleFree: true, seeds: 1 });
  assert.equal(predictType(['bias', 'h:shell', ruleFeature(null)], null, free).label, 'ASSAULT');
  // Without the copies, r:none only ever meant "no event" and outweighs the verb.
  const ruled = train(examples, { ruleFree: false, seeds: 1 });
  assert.ok(predictType(['bias', 'h:shell', ruleFeature(null)], null, free).margin > predictType(['bias', 'h:shell', ruleFeature(null)], null, ruled).margin);
});

test('several shuffled orders average into one table', () => {
  const examples: Example[] = ['ASSAULT', 'PROTEST', 'NONE', 'ASSAULT', 'PROTEST'].map((l, index) => ({
    label: LABELS.indexOf(l as (typeof LABELS)[number]), features: ['bias', `h:${l.toLowerCase()}`, index % 2 ? 'w:city' : 'w:town'], text: '', file: 't', index,
  }));
  const one = train(examples, { ruleFree: false, seeds: 1 });
  const five = train(examples, { ruleFree: false, seeds: 5 });
  assert.deepEqual(Object.keys(five.weights).sort(), Object.keys(one.weights).sort());
  assert.equal(predictType(['bias', 'h:protest'], null, five).label, 'PROTEST');
  assert.deepEqual(train(examples, { ruleFree: false, seeds: 5 }), five);
});

test('the object head skips figures, adverbs and times', () => {
  const provided = clause('The agency provided nearly 300 tonnes of food to the villages.');
  assert.equal(provided?.head, 'provided');
  assert.ok(provided!.features.some((f) => /^ho:provide>ton/.test(f)), provided!.features.join(' '));
  const freed = clause('The rebels freed Tuesday two hostages.', { times: [{ text: 'Tuesday', value: '2025-03-18' }] });
  assert.ok(freed!.features.some((f) => /^ho:free>hostage/.test(f)), freed!.features.join(' '));
  assert.ok(!freed!.features.some((f) => /^ho:.*tuesday/.test(f)));
});

test('a word after a possessive name is no verb', () => {
  const c = clause("Britain's foreign secretary praised Ghana for its elections.", {
    entities: [country('GB', 'Britain', ["Britain's", 'name']), country('GH', 'Ghana', ['Ghana', 'name'])],
  });
  assert.equal(c?.head, 'praised');
});

test('where the act goes: a place in the doer’s own land, or abroad', () => {
  const RU = country('RU', 'Russia', ['Russia', 'name']);
  const kursk = { id: 'place:kursk', name: 'Kursk', type: 'place' as const, country: 'RU', forms: [['Kursk', 'name']] as [string, 'name'][] };
  const lviv = { id: 'place:lviv', name: 'Lviv', type: 'place' as const, country: 'UA', forms: [['Lviv', 'name']] as [string, 'name'][] };
  const own = clause('Russia sent armoured vehicles to Kursk.', { entities: [RU, kursk] })!.features;
  assert.ok(own.includes('to:@place') && own.includes('to:own'), own.join(' '));
  const abroad = clause('Russia sent armoured vehicles to Lviv.', { entities: [RU, lviv] })!.features;
  assert.ok(abroad.includes('to:abroad'), abroad.join(' '));
  // The infinitive marker right after the verb is no destination.
  assert.ok(!clause('Russia agreed to the talks.', { entities: [RU] })!.features.some((f) => f.startsWith('to:')));
  assert.ok(clause('Poland sent tanks to the border.')!.features.includes('to:border'));
});
