// Events: readings fixed from invented wire copy in session nine (each test fails without its fix).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country, type EntitySpec } from './helpers.js';

const IR = country('IR', 'Iran', ['Iran', 'name']);
const KR = country('KR', 'South Korea', ['Seoul', 'name']);
const UN: EntitySpec = { id: 'org:un', name: 'United Nations', type: 'organisation', forms: [['U.N.', 'name']] };

test('a satellite put into orbit aboard a named rocket is a launch, not an attack on the rocket', () => {
  const simorgh: EntitySpec = { id: 'misc:simorgh', name: 'Simorgh', type: 'organisation', forms: [['Simorgh', 'name']] };
  const events = annotate('Iran launched a satellite into orbit aboard its Simorgh rocket.', { entities: [IR, simorgh] }).events;
  assert.deepEqual(events.map((e) => [e.plover, e.category]), [['MOBILIZE', 'weapons_test']]);
  assert.deepEqual(events[0]!.targets, []);
});

test('calling an act a provocation or a violation is an accusation', () => {
  for (const text of ['Seoul called the launch a grave provocation.', 'Seoul branded the drills a breach of the armistice.', 'Seoul called the strikes an act of war.']) {
    const events = annotate(text, { entities: [KR] }).events;
    assert.deepEqual(events.map((e) => e.plover), ['ACCUSE'], text);
    assert.deepEqual(events[0]!.actors.map((a) => a.name), ['South Korea'], text);
  }
});

test('the rule an act breaks is not its target', () => {
  const events = annotate('Seoul denounced the launch as a violation of U.N. resolutions.', { entities: [KR, UN] }).events;
  assert.deepEqual(events.map((e) => e.plover), ['ACCUSE']);
  assert.deepEqual(events[0]!.targets.map((t) => t.name), []);
});

// Session ten.
const RU = country('RU', 'Russia', ['Russian', 'demonym'], ['Russia', 'name']);
const HU = country('HU', 'Hungary', ['Hungary', 'name']);

test('money or goods seized from a state are property taken (COERCE), not ground conquered', () => {
  const eu: EntitySpec = { id: 'org:eu', name: 'European Union', type: 'organisation', forms: [['The EU', 'name']] };
  const events = annotate('The EU seized frozen Russian assets.', { entities: [eu, RU] }).events;
  assert.deepEqual(events.map((e) => [e.plover, e.mode]), [['COERCE', 'seize']]);
});

test('getting used to a state of things is no event', () => {
  assert.deepEqual(annotate('Russia has adapted to the restrictions remarkably well.', { entities: [RU] }).events, []);
});

test('dropping a veto is a concession, not a rejection', () => {
  const events = annotate('Hungary dropped its veto on the package.', { entities: [HU] }).events;
  assert.deepEqual(events.map((e) => e.plover), ['CONCEDE']);
});

test('a relative "who" after "<person> of <place>" stands for the person', () => {
  const manchin: EntitySpec = { id: 'person:manchin', name: 'Joe Manchin', type: 'person', forms: [['Joe Manchin', 'name']] };
  const wv: EntitySpec = { id: 'place:wv', name: 'West Virginia', type: 'place', forms: [['West Virginia', 'name']] };
  const events = annotate('Sen. Joe Manchin of West Virginia, who has long opposed the plan, left the talks.', { entities: [manchin, wv] }).events;
  const rejection = events.find((e) => e.plover === 'REJECT');
  assert.deepEqual(rejection?.actors.map((a) => a.name), ['Joe Manchin']);
});

test('a drone or missile crashing into a building is an attack; "slammed the plan" stays criticism', () => {
  const events = annotate('A Russian drone slammed into a residential building in Odesa.', { entities: [RU] }).events;
  assert.deepEqual(events.map((e) => e.plover), ['ASSAULT']);
  assert.deepEqual(annotate('A truck slammed into a wall.').events, []);
  assert.deepEqual(annotate('The senator slammed the plan.').events.map((e) => e.plover), ['ACCUSE']);
});

test('rescue work after a strike is no search by the police and no withdrawal', () => {
  assert.deepEqual(annotate('Rescuers were still searching the rubble.').events, []);
  assert.deepEqual(annotate('Emergency workers pulled three survivors from the debris.').events, []);
});

test('a past form before "by" and a named agent is a reduced passive: the agent did it, the speaker is no target', () => {
  const kiper: EntitySpec = { id: 'person:kiper', name: 'Oleh Kiper', type: 'person', forms: [['Oleh Kiper', 'name']] };
  const events = annotate('Governor Oleh Kiper said the town was one of five shelled by Russia overnight.', { entities: [kiper, RU] }).events;
  const attack = events.find((e) => e.plover === 'ASSAULT');
  assert.deepEqual(attack?.actors.map((a) => a.name), ['Russia']);
  assert.ok(!attack?.targets.some((t) => t.name === 'Oleh Kiper'));
});

test('the place of "the Black Sea port of Odesa" is Odesa; drones launched toward a country are an attack', () => {
  const odesa: EntitySpec = { id: 'place:odesa', name: 'Odesa', type: 'place', forms: [['Odesa', 'name']] };
  const blackSea: EntitySpec = { id: 'place:black-sea', name: 'Black Sea', type: 'place', forms: [['Black Sea', 'name']] };
  const strike = annotate('A Russian drone struck an apartment building in the Black Sea port of Odesa.', { entities: [RU, odesa, blackSea] }).events[0];
  assert.equal(strike?.place?.name, 'Odesa');
  const IL = country('IL', 'Israel', ['Israel', 'name']);
  const houthis: EntitySpec = { id: 'group:houthis', name: 'Houthis', type: 'group', forms: [['Houthi rebels', 'name']] };
  const launch = annotate('Houthi rebels launched drones toward Israel.', { entities: [houthis, IL] }).events;
  assert.deepEqual(launch.map((e) => e.plover), ['ASSAULT']);
});

test('a gap in a trigger phrase does not run past "for" ("calls in Israel for military action" is no call-up)', () => {
  const IL = country('IL', 'Israel', ['Israel', 'name']);
  const events = annotate('The findings were likely to fuel calls in Israel for military action.', { entities: [IL] }).events;
  assert.ok(!events.some((e) => e.plover === 'MOBILIZE'));
});

test('"were hit by" is a passive: the ships were hit, the agent hit them', () => {
  const CN = country('CN', 'China', ['Chinese', 'demonym']);
  const events = annotate('The vessels were hit by Chinese ships.', { entities: [CN] }).events;
  assert.deepEqual(events.map((e) => [e.plover, e.actors.map((a) => a.name), e.targets.map((t) => t.name)]), [['ASSAULT', ['China'], ['vessels']]]);
});

test('a relative "which" after "<body> of <place>" stands for the body ("the ACLU of Texas, which joined the lawsuit")', () => {
  const aclu: EntitySpec = { id: 'org:aclu', name: 'ACLU', type: 'organisation', forms: [['ACLU', 'acronym']] };
  const texas: EntitySpec = { id: 'place:texas', name: 'Texas', type: 'place', forms: [['Texas', 'name']] };
  const events = annotate('The director of the ACLU of Texas, which joined the lawsuit, spoke to reporters.', { entities: [aclu, texas] }).events;
  const joined = events.find((e) => e.evidence.text.includes('joined'));
  assert.deepEqual(joined?.actors.map((a) => a.name), ['ACLU']);
});

test('"press ahead with" an operation is no demand', () => {
  const events = annotate('Officials said troops would press ahead with the operation.').events;
  assert.ok(!events.some((e) => e.plover === 'REQUEST'));
  assert.deepEqual(annotate('Unions pressed for higher wages.').events.map((e) => e.plover), ['REQUEST']);
});
