// One short sentence per event category and PLOVER type: the trigger is found, typed, and given
// its actors, targets and place from the clause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country, names, person } from './helpers.js';

const NK = country('KP', 'North Korea', ['North Korea', 'name']);
const SK = country('KR', 'South Korea', ['South Korea', 'name']);
const US = country('US', 'United States', ['United States', 'name']);
const RU = country('RU', 'Russia', ['Russia', 'name']);

test('a missile test-fired by a state is a weapons test (MOBILIZE, mode weapons-test)', () => {
  const { events } = annotate('North Korea test-fired two ballistic missiles off its east coast.', { entities: [NK] });
  assert.equal(events.length, 1);
  const [e] = events;
  assert.equal(e!.category, 'weapons_test');
  assert.equal(e!.plover, 'MOBILIZE');
  assert.equal(e!.mode, 'weapons-test');
  assert.deepEqual(e!.context, ['military']);
  assert.deepEqual(names(e!.actors), ['North Korea']);
});

test('a launch needs a weapon word nearby to be a weapons test', () => {
  assert.equal(annotate('North Korea launched a new tourism campaign for foreign visitors.', { entities: [NK] }).events.length, 0);
  assert.equal(annotate('North Korea launched a solid-fuel rocket into the sea.', { entities: [NK] }).events[0]?.category, 'weapons_test');
});

test('a missile fired at a country is an attack, not a test', () => {
  const UA = country('UA', 'Ukraine', ['Ukraine', 'name']);
  const [e] = annotate('Russia fired cruise missiles at Ukraine overnight.', { entities: [RU, UA] }).events;
  assert.equal(e?.category, 'attack');
  assert.equal(e?.plover, 'ASSAULT');
  assert.deepEqual(names(e!.targets), ['Ukraine']);
});

test('joint military drills of two states are an exercise, coded PLOVER COOPERATE', () => {
  const [e] = annotate('South Korea and the United States began joint military drills near the border.', { entities: [SK, US] }).events;
  assert.equal(e?.category, 'military_exercise');
  assert.equal(e?.plover, 'COOPERATE');
  assert.deepEqual(names(e!.actors), ['South Korea', 'United States']);
});

test('one army holding drills is a MOBILIZE exercise', () => {
  const [e] = annotate('North Korea held artillery drills on its western islands.', { entities: [NK] }).events;
  assert.equal(e?.category, 'military_exercise');
  assert.equal(e?.plover, 'MOBILIZE');
  assert.equal(e?.mode, 'military-exercise');
});

test('troops deployed to a country, in the passive, are the deploying state’s (demonym) and go to the target', () => {
  const BY = country('BY', 'Belarus', ['Belarus', 'name']);
  const RUd = country('RU', 'Russia', ['Russian', 'demonym']);
  const [e] = annotate('Thousands of Russian troops have been deployed to Belarus.', { entities: [RUd, BY] }).events;
  assert.equal(e?.category, 'deployment');
  assert.equal(e?.plover, 'MOBILIZE');
  assert.deepEqual(names(e!.actors), ['Russia']);
  assert.deepEqual(names(e!.targets), ['Belarus']);
  assert.equal(e?.place?.name, 'Belarus');
  assert.equal(e?.evidence.text, 'Thousands of Russian troops have been deployed to Belarus');
});

test('a visit and a meeting told in one sentence are one event, with the visitor’s state and the host', () => {
  const JP = country('JP', 'Japan', ['Japanese', 'demonym']);
  const SKd = country('KR', 'South Korea', ['South Korean', 'demonym']);
  const seoul = { id: 'place:seoul', name: 'Seoul', type: 'place' as const, country: 'KR', forms: [['Seoul', 'name']] as [string, 'name'][] };
  const sato = person('taro-sato', 'Taro Sato', [['Taro Sato', 'name']], { country: 'JP', role: 'foreign minister' });
  const text = 'Japanese Foreign Minister Taro Sato visited Seoul, where he met South Korean officials.';
  const { events } = annotate(text, { entities: [JP, SKd, seoul, sato] });
  assert.equal(events.length, 1);
  const [e] = events;
  assert.equal(e!.category, 'visit_or_meeting');
  assert.equal(e!.plover, 'CONSULT');
  assert.equal(e!.mode, 'visit');
  assert.deepEqual(new Set(names(e!.actors)), new Set(['Taro Sato', 'Japan']));
  assert.ok(names(e!.targets).includes('South Korea'));
  assert.equal(e!.place?.name, 'Seoul');
  assert.equal(e!.evidence.text, 'Japanese Foreign Minister Taro Sato visited Seoul, where he met South Korean officials');
});

test('signing a peace agreement is an agreement (PLOVER SUPPORT, as PLOVER codes signing)', () => {
  const ET = country('ET', 'Ethiopia', ['Ethiopia', 'name']);
  const ER = country('ER', 'Eritrea', ['Eritrea', 'name']);
  const [e] = annotate('Ethiopia and Eritrea signed a peace agreement on the border.', { entities: [ET, ER] }).events;
  assert.equal(e?.category, 'agreement');
  assert.equal(e?.plover, 'SUPPORT');
  assert.deepEqual(names(e!.actors), ['Ethiopia', 'Eritrea']);
});

test('agreeing to do something is AGREE, and what is agreed is part of the same event', () => {
  const { events } = annotate('Russia agreed to withdraw its troops from the border.', { entities: [RU] });
  assert.equal(events.length, 1);
  assert.equal(events[0]!.plover, 'AGREE');
  assert.equal(events[0]!.evidence.text, 'Russia agreed to withdraw its troops from the border');
});

test('providing a state with weapons is aid to that state', () => {
  const DE = country('DE', 'Germany', ['Germany', 'name']);
  const UA = country('UA', 'Ukraine', ['Ukraine', 'name']);
  const [e] = annotate('Germany provided Ukraine with air defence systems and ammunition.', { entities: [DE, UA] }).events;
  assert.equal(e?.category, 'aid_or_transfer');
  assert.equal(e?.plover, 'AID');
  assert.deepEqual(names(e!.actors), ['Germany']);
  assert.deepEqual(names(e!.targets), ['Ukraine']);
});

test('receiving a state’s assistance makes the subject the recipient and the modifier the giver', () => {
  const NKc = country('KP', 'North Korea', ['Pyongyang', 'capital']);
  const RUd = country('RU', 'Russia', ['Russian', 'demonym']);
  const [e] = annotate('Pyongyang is receiving Russian assistance for its satellite programme.', { entities: [NKc, RUd] }).events;
  assert.equal(e?.category, 'aid_or_transfer');
  assert.deepEqual(names(e!.actors), ['Russia']);
  assert.deepEqual(names(e!.targets), ['North Korea']);
});

test('an accusation made in speech is an event, and the act it alleges is part of it', () => {
  const IR = country('IR', 'Iran', ['Iran', 'name']);
  const IL = country('IL', 'Israel', ['Israel', 'name']);
  const { events } = annotate('Iran accused Israel of attacking its nuclear facilities.', { entities: [IR, IL] });
  assert.equal(events.length, 1);
  assert.equal(events[0]!.category, 'accusation_or_criticism');
  assert.equal(events[0]!.plover, 'ACCUSE');
  assert.deepEqual(names(events[0]!.targets), ['Israel']);
});

test('a threat to retaliate is THREATEN with its target', () => {
  const FI = country('FI', 'Finland', ['Finland', 'name']);
  const [e] = annotate('Russia threatened to retaliate against Finland.', { entities: [RU, FI] }).events;
  assert.equal(e?.category, 'threat');
  assert.equal(e?.plover, 'THREATEN');
  assert.deepEqual(names(e!.targets), ['Finland']);
});

test('imposing sanctions on a state is a sanction', () => {
  const EU = { id: 'org:eu', name: 'European Union', type: 'organisation' as const, forms: [['European Union', 'name']] as [string, 'name'][] };
  const BY = country('BY', 'Belarus', ['Belarus', 'name']);
  const [e] = annotate('The European Union imposed new sanctions on Belarus.', { entities: [EU, BY] }).events;
  assert.equal(e?.category, 'sanction');
  assert.equal(e?.plover, 'SANCTION');
  assert.deepEqual(names(e!.actors), ['European Union']);
  assert.deepEqual(names(e!.targets), ['Belarus']);
});

test('shelling a city is an attack whose target is the city; a killing in the same sentence joins it', () => {
  const goma = { id: 'place:goma', name: 'Goma', type: 'place' as const, country: 'CD', forms: [['Goma', 'name']] as [string, 'name'][] };
  const m23 = { id: 'group:m23', name: 'M23', type: 'group' as const, forms: [['M23', 'name']] as [string, 'name'][] };
  const { events } = annotate('M23 rebels shelled Goma on Sunday, killing five civilians.', { entities: [goma, m23] });
  assert.equal(events.length, 1);
  assert.equal(events[0]!.category, 'attack');
  assert.deepEqual(names(events[0]!.actors), ['M23']);
  assert.equal(events[0]!.targets[0]?.name, 'Goma');
});

test('urging a state to act is REQUEST, with the urged state as target and no second event for the act', () => {
  const UN = { id: 'org:un', name: 'United Nations', type: 'organisation' as const, forms: [['United Nations', 'name']] as [string, 'name'][] };
  const MM = country('MM', 'Myanmar', ['Myanmar', 'name']);
  const { events } = annotate('The United Nations urged Myanmar to release political prisoners.', { entities: [UN, MM] });
  assert.equal(events.length, 1);
  assert.equal(events[0]!.plover, 'REQUEST');
  assert.equal(events[0]!.category, 'other');
  assert.deepEqual(names(events[0]!.targets), ['Myanmar']);
});

test('the other PLOVER types: REJECT, PROTEST, COERCE, RETREAT, CONCEDE, COOPERATE, SUPPORT', () => {
  const cases: [string, string][] = [
    ['Russia rejected the peace proposal of the United States.', 'REJECT'],
    ['Thousands of workers in Russia went on strike over unpaid wages.', 'PROTEST'],
    ['Police in Russia arrested dozens of opposition activists.', 'COERCE'],
    ['Russia withdrew its troops from the border region.', 'RETREAT'],
    ['Russia lifted the curfew in the capital.', 'CONCEDE'],
    ['Russia and the United States agreed to share intelligence on the militants.', 'AGREE'],
    ['South Korea shared intelligence with the United States on the launches.', 'COOPERATE'],
    ['Russia praised the United States for its restraint.', 'SUPPORT'],
  ];
  for (const [text, plover] of cases) {
    const { events } = annotate(text, { entities: [RU, US, SK].filter((e) => text.includes(e.name)) });
    assert.ok(events.some((e) => e.plover === plover), `${plover} in "${text}": got ${events.map((e) => e.plover).join(', ') || 'none'}`);
  }
});

test('speech cues are attributions, not events', () => {
  const { events } = annotate('North Korea said on Monday that its economy was growing, state media reported.', { entities: [NK] });
  assert.deepEqual(events, []);
});

test('a trigger word that only modifies another noun names no event', () => {
  assert.deepEqual(annotate('North Korea showed off its combat capabilities and new attack helicopters.', { entities: [NK] }).events, []);
});

test('a predicate noun characterises, it reports no event', () => {
  assert.deepEqual(annotate('Officials in Russia said North Korea is a threat to the region.', { entities: [RU, NK] }).events, []);
});
