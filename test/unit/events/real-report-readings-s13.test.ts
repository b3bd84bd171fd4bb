// Events, session 13 (helper rev13): kinds of errors read off real news reports judged by hand (the reports are not
// quoted; every sentence here is invented), each test failing without its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country, person } from './helpers.js';
import { buildPipeline } from '../../../src/annotate/pipeline.js';
import { makeDocument } from '../../builders.js';

const pipeline = buildPipeline();
const throughPipeline = (text: string, published = '2024-06-14') => pipeline.annotate(makeDocument(text, { published })).layers.events;

const KP = country('KP', 'North Korea', ['North Korea', 'name']);
const GROUP = { id: 'group:redfront', name: 'Red Front', type: 'group' as const, forms: [['Red Front', 'name']] as [string, 'name'][] };
const MAYOR = person('dahl', 'Ana Dahl', [['Dahl', 'name']]);
const ORG = { id: 'org:norvik', name: 'Norvik Polling', type: 'organisation' as const, forms: [['Norvik', 'name']] as [string, 'name'][] };

const events = (text: string, times: { text: string; value: string }[] = []) =>
  annotate(text, { entities: [KP, GROUP, MAYOR, ORG].filter((e) => e.forms.some(([f]) => text.includes(f))), times }).events;
const categories = (text: string): string[] => events(text).map((e) => e.category);

test('rockets fired in a barrage or by an armed group are an attack, not a weapons test', () => {
  assert.deepEqual(categories('The Red Front said it launched 400 rockets in the opening barrage.'), ['attack']);
  assert.deepEqual(categories('Rebels fired two rockets from the hills overnight.'), ['attack']);
  assert.deepEqual(categories('North Korea fired two ballistic missiles on Monday.'), ['weapons_test']);
  // Ten or more weapons counted at the verb are a barrage too.
  assert.deepEqual(categories('The army said 1,200 rockets were fired.'), ['attack']);
});

test('a letter, poll or video released is published, not a release of people', () => {
  assert.deepEqual(categories('Dahl released a letter from her doctor in 2015.'), []);
  assert.deepEqual(categories('In a Norvik poll released in May, Dahl led the field.'), []);
  assert.deepEqual(categories('The footage was released by the police on Monday.'), []);
  assert.deepEqual(categories('The rebels released two hostages on Monday.'), ['other']);
});

test('a reporter\'s sourcing conventions are no requests', () => {
  assert.deepEqual(categories('Dahl leads, according to an aide, who requested anonymity to discuss the polling.'), []);
  assert.deepEqual(categories('Two officials asked not to be named because they were not authorized to speak.'), []);
  assert.deepEqual(categories('The council asked Dahl for help with the flood.'), ['other']);
  assert.deepEqual(categories('Dahl ran ads in rural areas to broaden her appeal.'), []);
});

test('an index or a price moving by a percentage is no act', () => {
  assert.deepEqual(categories('The main index declined 0.3% on Tuesday, while bank shares fell 2 percent.'), []);
  assert.deepEqual(categories('Shares in the region tried to claw back some losses.'), []);
  assert.deepEqual(categories('North Korea declined the offer of talks.'), ['other']);
});

test('a group described by the side it supports does no act of support; a trade named by an -ing word is no act', () => {
  assert.deepEqual(categories('Norvik, one of the outside groups supporting Dahl, has spent heavily on ads.'), []);
  assert.deepEqual(categories('The deputy prosecuting attorney spoke on Friday.'), []);
  assert.deepEqual(categories('Lee, who heads a management consulting firm, expects slower growth.'), []);
  assert.deepEqual(categories('North Korea backed the plan on Monday.'), ['other']);
});

test('a test or launch with no weapon gets no other type; a civil satellite or spacecraft is no weapons test', () => {
  assert.deepEqual(categories('The company tested its new battery in Nevada last week.'), []);
  assert.deepEqual(categories('The agency launched a weather satellite on Tuesday.'), []);
  assert.deepEqual(categories('North Korea launched a military spy satellite on Tuesday.'), ['weapons_test']);
});

test('a date inside "ahead of …" dates the event led up to, not the act', () => {
  const [act] = events('Ahead of the party vote on Jan. 15, North Korea has sent envoys to Russia.', [{ text: 'Jan. 15', value: '2026-01-15' }]);
  assert.ok(act);
  assert.equal(act.date, null);
});

test('an irregular participle after the object opens a reduced relative whose date is not the act\'s', () => {
  const [act] = events('Sweden has dropped an investigation into an allegation made against the envoy in 2010.', [{ text: '2010', value: '2010' }]);
  assert.ok(act);
  assert.equal(act.date, null);
});

test('an undated act told beside an earlier year does not join, and take the date of, this year\'s act', () => {
  const text = 'A gunman opened fire at a school in Oslo on Thursday, killing 14 people. Norway\'s last deadly mass shooting happened when a gunman opened fire in a small town, killing eight before shooting himself in 2015.';
  const found = annotate(text, { entities: [country('NO', 'Norway', ['Norway', 'name'])], times: [{ text: 'Thursday', value: '2025-03-20' }, { text: '2015', value: '2015' }] }).events;
  const thisYear = found.filter((e) => e.category === 'attack' && e.date === '2025-03-20');
  assert.equal(thisYear.length, 1);
  assert.ok(!/small town/.test(thisYear[0]!.evidence.text) && (thisYear[0]!.mentions ?? []).every((m) => !/small town/.test(m.text)), JSON.stringify(thisYear[0]!.mentions));
});

test('a short subheading inside the story states no act; "as of" gives a count\'s cut-off, not the acts\' date', () => {
  const text = 'The fighting began in the spring.\n\nSoldiers killed\n\nAs of May 3, at least 40 soldiers have been killed by the rebels.';
  const found = annotate(text, { times: [{ text: 'May 3', value: '2025-05-03' }] }).events.filter((e) => e.category === 'attack');
  assert.equal(found.length, 1);
  assert.ok(!/^Soldiers killed$/.test(found[0]!.evidence.text), found[0]!.evidence.text);
  assert.equal(found[0]!.date, null);
});

test('a trial, suspect or case named by the act it is about reports no act', () => {
  assert.deepEqual(categories('The student murders trial could begin this summer.'), []);
  assert.deepEqual(categories('The murder suspect appeared in court on Monday.'), []);
});

test('a voter\'s preference and an opinion shared with someone are no acts of support or agreement', () => {
  assert.deepEqual(categories('Dahl left the rally leaning toward the governor thanks to her plain answers.'), []);
  assert.deepEqual(categories('"I like the mayor, but I agree with Dahl," one voter said.'), []);
  assert.deepEqual(categories('North Korea agreed with Russia to hold talks.'), ['agreement']);
});

test('a vehicle hitting someone is a road accident, no attack; a car bomb still attacks', () => {
  assert.deepEqual(categories('The police dog was struck by a passing car on the main street.'), []);
  assert.deepEqual(categories('A car in front of them had hit a dog.'), []);
  assert.deepEqual(categories('Gunmen hit the convoy on Monday.'), ['attack']);
});

test('receiving a call, a letter or a brochure is no visit received', () => {
  // (Through the whole pipeline: the call had become a meeting once the car's hit was no attack.)
  assert.deepEqual(categories('Kim Jong Un received a Russian delegation on Monday.').length, 1);
  assert.deepEqual(throughPipeline('Police received a 911 call from a Groton resident just before 5 p.m. on Wednesday, saying a car in front of them had hit a dog.').map((e) => e.category), []);
});

test('"a mass shooting" is a noun: the country reeling from it did not shoot', () => {
  const found = annotate('Norway is reeling from the worst mass shooting in years.', { entities: [country('NO', 'Norway', ['Norway', 'name'])] }).events;
  assert.ok(found.every((e) => !e.actors.some((a) => a.name === 'Norway')), JSON.stringify(found.map((e) => e.actors)));
});
