// One event per real event per document: later mentions ("the launch", "Thursday's test") join
// the event they point back to and lend it their date; different events stay apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country, names, person } from './helpers.js';
import { eventStage } from '../../../src/annotate/events/stage.js';

const NK = country('KP', 'North Korea', ['North Korea', 'name']);
const RU = country('RU', 'Russia', ['Russia', 'name'], ['Russian', 'demonym']);

test('a definite mention of a launch in a later sentence joins the launch and gives it its date', () => {
  const text = 'North Korea fired a new ballistic missile, state media said.\nThe launch took place on Thursday near the capital.';
  const { events } = annotate(text, { entities: [NK], times: [{ text: 'Thursday', value: '2025-03-20' }] });
  assert.equal(events.length, 1);
  const [e] = events;
  assert.equal(e!.evidence.text, 'North Korea fired a new ballistic missile');
  assert.equal(e!.date, '2025-03-20');
  assert.deepEqual(e!.mentions?.map((m) => m.text), ['The launch']);
});

test('a mention told before the full report joins it too, and the first full report is the event', () => {
  const text = 'The latest missile test alarmed the region.\nNorth Korea test-fired an intercontinental ballistic missile on Friday.';
  const { events } = annotate(text, { entities: [NK], times: [{ text: 'Friday', value: '2025-03-21' }] });
  assert.equal(events.length, 1);
  assert.equal(events[0]!.evidence.text, 'North Korea test-fired an intercontinental ballistic missile on Friday');
  assert.equal(events[0]!.sentence, 1);
});

test('visits by two different envoys of one state stay two events', () => {
  const a = person('envoy-a', 'Ivan Petrov', [['Ivan Petrov', 'name']], { country: 'RU', role: 'envoy' });
  const b = person('envoy-b', 'Oleg Sidorov', [['Oleg Sidorov', 'name']], { country: 'RU', role: 'minister' });
  const pyongyang = country('KP', 'North Korea', ['Pyongyang', 'capital']);
  const text = 'Russian envoy Ivan Petrov visited Pyongyang.\nLast month, Russian minister Oleg Sidorov also visited Pyongyang.';
  const { events } = annotate(text, { entities: [RU, a, b, pyongyang], times: [{ text: 'Last month', value: '2025-02' }] });
  assert.equal(events.length, 2);
  assert.deepEqual(events.map((e) => e.actors.find((p) => p.entity?.startsWith('person'))?.name), ['Ivan Petrov', 'Oleg Sidorov']);
  assert.deepEqual(events.map((e) => names(e.targets)), [['North Korea'], ['North Korea']]);
});

test('the same transfer told as fact and as a guess stays two events', () => {
  const text = 'Last year Russia supplied North Korea with air defence missiles.\nRussia may be supplying North Korea with fighter jets.';
  const { events } = annotate(text, { entities: [RU, NK], times: [{ text: 'Last year', value: '2024' }] });
  assert.equal(events.length, 2);
  assert.deepEqual(events.map((e) => e.modality), ['asserted', 'hedged']);
});

test('deployments with different places stay apart; ids follow text order', () => {
  const text = 'Russia deployed troops to the Kursk region.\nRussia deployed more troops to the Belgorod region.';
  const kursk = { id: 'place:kursk', name: 'Kursk', type: 'place' as const, country: 'RU', forms: [['Kursk', 'name']] as [string, 'name'][] };
  const belgorod = { id: 'place:belgorod', name: 'Belgorod', type: 'place' as const, country: 'RU', forms: [['Belgorod', 'name']] as [string, 'name'][] };
  const { events } = annotate(text, { entities: [RU, kursk, belgorod] });
  assert.deepEqual(events.map((e) => e.place?.name), ['Kursk', 'Belgorod']);
  assert.deepEqual(events.map((e) => e.id), ['e1', 'e2']);
});

test('the stage declares its name, its inputs and its output layer', () => {
  const stage = eventStage();
  assert.equal(stage.name, 'events');
  assert.deepEqual([...stage.requires], ['sentences', 'tokens', 'entities', 'times', 'attributions']);
  assert.deepEqual([...stage.produces], ['events']);
});

test('a state organ acts for its state, so its claim joins the attack the state is said to have made', () => {
  const UA = country('UA', 'Ukraine', ['Ukraine', 'name'], ['Ukrainian', 'demonym']);
  const staff = { id: 'org:ua-staff', name: 'General Staff', type: 'organisation' as const, country: 'UA', role: 'military command', forms: [['General Staff', 'name']] as [string, 'name'][] };
  const text = 'A Ukrainian drone attack set fire to an oil depot on Thursday, the governor said.\nThe General Staff bombed the depot on Thursday, a spokesman said.';
  const { events } = annotate(text, { entities: [UA, staff], times: [{ text: 'Thursday', value: '2024-11-14' }] });
  assert.equal(events.filter((e) => e.plover === 'ASSAULT').length, 1, JSON.stringify(events.map((e) => e.evidence.text)));
});
