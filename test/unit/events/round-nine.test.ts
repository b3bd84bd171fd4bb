// Events: readings fixed in round nine (invented sentences; each test fails without its fix).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country, type EntitySpec } from './helpers.js';

const place = (id: string, name: string, code: string): EntitySpec => ({ id: `place:${id}`, name, type: 'place', country: code, forms: [[name, 'name']] });

test('equipment sent to another state is military aid; forces moved to a place are a deployment', () => {
  const PL = country('PL', 'Poland', ['Poland', 'name']);
  const NL = country('NL', 'Netherlands', ['The Netherlands', 'name']);
  const RU = country('RU', 'Russia', ['Russia', 'name']);
  const UA = country('UA', 'Ukraine', ['Ukraine', 'name']);
  const lviv = place('lviv', 'Lviv', 'UA');
  const kursk = place('kursk', 'Kursk', 'RU');
  const cases: [string, EntitySpec[], string][] = [
    ['The Netherlands sent 30 armoured vehicles to Lviv.', [NL, lviv], 'AID'],
    ['Poland shipped tanks to Ukraine last month.', [PL, UA], 'AID'],
    ['Russia sent armoured vehicles to Kursk.', [RU, kursk], 'MOBILIZE'],
    ['Poland sent armoured vehicles to the border.', [PL], 'MOBILIZE'],
    ['Poland sent troops and tanks to the border with Belarus.', [PL], 'MOBILIZE'],
    ['Poland sent tanks to its allies.', [PL], 'AID'],
    ['Poland sent tanks to its troops in the east.', [{ ...PL, forms: [['Poland', 'name'], ['its', 'pronoun']] }], 'MOBILIZE'],
  ];
  for (const [text, entities, type] of cases) {
    assert.deepEqual(annotate(text, { entities }).events.map((e) => e.plover), [type], text);
  }
  // A promised transfer is an expressed intent (PLOVER codes "will provide aid" AGREE), never a deployment.
  const text = 'The Netherlands will send more armoured vehicles to Lviv.';
  assert.deepEqual(annotate(text, { entities: [NL, lviv] }).events.map((e) => e.plover), ['AGREE'], text);
});

test('power handed to a body: the body is the target, not the power', () => {
  for (const [text, target] of [
    ['The junta handed power to a transitional council.', 'transitional council'],
    ['The colonel transferred power to an interim government on Friday.', 'interim government'],
    ['The general handed over power to a civilian council.', 'civilian council'],
  ] as const) {
    const events = annotate(text).events;
    assert.equal(events.length, 1, text);
    assert.deepEqual(events[0]!.targets.map((t) => t.name), [target], text);
  }
});

test('a capitalised first word the entities layer took for a body, before a people noun, is no actor on its own', () => {
  const body = (name: string, extra: Partial<EntitySpec> = {}): EntitySpec => ({ id: `org:${name.toLowerCase()}`, name, type: 'organisation', forms: [[name, 'name']], ...extra });
  for (const [text, entity, actor] of [
    ['Dock workers walked off the job on Monday.', body('Dock'), 'Dock workers'],
    ['Refinery workers went on strike over pay.', body('Refinery'), 'Refinery workers'],
  ] as const) {
    const events = annotate(text, { entities: [entity] }).events;
    assert.deepEqual(events.map((e) => e.plover), ['PROTEST'], text);
    assert.deepEqual(events[0]!.actors.map((a) => a.name), [actor], text);
  }
  // A body the knowledge base knows keeps its name.
  const text = 'Unilever workers went on strike over pay.';
  const events = annotate(text, { entities: [body('Unilever', { country: 'GB' })] }).events;
  assert.deepEqual(events[0]!.actors.map((a) => a.name), ['Unilever'], text);
});

test('a crowd noun that does a protest or riot named by its verb is who protests, not a second protest', () => {
  for (const text of [
    'Protesters burned an effigy of the governor.',
    'Angry demonstrators clashed with police outside the stadium.',
    'Protesters rallied outside the court on Friday.',
  ]) {
    const events = annotate(text).events;
    assert.deepEqual(events.map((e) => e.plover), ['PROTEST'], text);
    assert.ok(/protesters|demonstrators/i.test(events[0]!.actors.map((a) => a.name).join(' ')), text);
  }
});

test('a warning with a condition is a threat without "that" as well', () => {
  for (const text of [
    'The dockers warned they would close every port unless wages rose.',
    'The truckers warned they would block the bridge if the toll went up.',
  ]) assert.deepEqual(annotate(text).events.map((e) => e.plover), ['THREATEN'], text);
});

test('a bailout approved or agreed for a state is AID', () => {
  const PT = country('PT', 'Portugal', ['Portugal', 'name']);
  for (const text of ['The fund approved a 9 billion euro bailout for Portugal.', 'Eurozone ministers agreed a bailout for Portugal on Monday.']) {
    const events = annotate(text, { entities: [PT] }).events;
    assert.deepEqual(events.map((e) => e.plover), ['AID'], text);
    assert.deepEqual(events[0]!.targets.map((t) => t.name), ['Portugal'], text);
  }
});
