// Events, session 14 (helper rev14): kinds of errors read off real news reports judged by hand (the reports are not
// quoted; every sentence here is invented), each test failing without its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country, person } from './helpers.js';
import { buildPipeline } from '../../../src/annotate/pipeline.js';
import { makeDocument } from '../../builders.js';

const pipeline = buildPipeline();
const throughPipeline = (text: string, published = '2024-06-14') => pipeline.annotate(makeDocument(text, { published })).layers.events;

const KP = country('KP', 'North Korea', ['North Korea', 'name']);
const DAHL = person('dahl', 'Ana Dahl', [['Dahl', 'name']]);
const TOWN = { id: 'place:tarnby', name: 'Tarnby', type: 'place' as const, country: 'KR', forms: [['Tarnby', 'name']] as [string, 'name'][] };
const VELL = { id: 'place:vell', name: 'Vell', type: 'place' as const, country: 'KR', forms: [['Vell', 'name']] as [string, 'name'][] };
const SEOUL = { id: 'place:seoul', name: 'Seoul', type: 'place' as const, country: 'KR', forms: [['Seoul', 'name']] as [string, 'name'][] };

const events = (text: string) =>
  annotate(text, { entities: [KP, DAHL, TOWN, VELL, SEOUL].filter((e) => e.forms.some(([f]) => text.includes(f))) }).events;
const categories = (text: string): string[] => events(text).map((e) => e.category);
const actorNames = (text: string): string[] => events(text).flatMap((e) => e.actors.map((a) => a.name));

test('a named storm or an epidemic is no doer of an act', () => {
  assert.deepEqual(throughPipeline('Typhoon Koinu hit Taiwan on Oct. 5.').map((e) => e.plover), []);
  assert.deepEqual(throughPipeline('The summit was cancelled by the pandemic.').map((e) => e.plover), []);
  // (Nor does the model type such a sentence's other verb: "while the city is shut down" is no attack.)
  assert.deepEqual(throughPipeline('The plans never foresaw a pandemic sapping the funds of aid groups while so much of the country is shut down, idle and unpaid.').map((e) => e.plover), []);
  // Flood victims are people: their appeal stays a request.
  assert.deepEqual(throughPipeline('Flood victims in the south appealed to the government for tents.').map((e) => e.plover), ['REQUEST']);
});

test('"back" after a verb is a particle, not the verb of support', () => {
  assert.deepEqual(categories('The ministry brought back senior staff in May.'), []);
  assert.deepEqual(categories('Agencies are calling back employees this week.'), []);
  assert.deepEqual(categories('Few of them are allowed to come back to the office.'), []);
  assert.deepEqual(categories('North Korea backed the plan on Monday.'), ['other']);
});

test('a town where people are does not stand for them; a capital may', () => {
  assert.deepEqual(actorNames('Police in Tarnby arrested two men on Monday.'), ['Police']);
  assert.deepEqual(actorNames('Shop owners in Tarnby protested on Saturday.'), ['Shop owners']);
  assert.deepEqual(actorNames('Police in Seoul arrested two men on Monday.'), ['South Korea']);
});

test('names after a participle that describes the people are not the doer', () => {
  assert.deepEqual(actorNames('Senators representing Tarnby and Vell urged the agency to wait.'), ['Senators']);
});

test('a count reaching a level and a credit line are no acts', () => {
  assert.deepEqual(categories('Hotel stays in North Korea hit 14 million last year.'), []);
  assert.deepEqual(categories('Sales hit a record high in May.'), []);
  assert.deepEqual(categories('Rebels hit 14 targets in the north.'), ['attack']);
  assert.deepEqual(categories('Piet Vos in Tarnby and Ana Dahl in Vell contributed.'), []);
});

test('a standing stance describes people; it reports no act', () => {
  assert.deepEqual(events('Farmers opposed to the plan tried to enter the hall.').filter((e) => e.plover === 'REJECT'), []);
  assert.deepEqual(categories('Dahl, who opposes the new tax, spoke on Monday.'), []);
  assert.deepEqual(categories('North Korea opposes the plan.'), ['other']);
});

test('struggles with an epidemic, a fire or a court case are no fighting', () => {
  assert.deepEqual(categories('The city may still be battling the virus outbreak in June.'), []);
  assert.deepEqual(categories('Dahl and her former husband were fighting over custody of their son.'), []);
});

test('illness caught, words delivered or offered, hope given and entries received are no acts', () => {
  assert.deepEqual(categories('Dahl, who recently contracted the virus, stayed at home.'), []);
  assert.deepEqual(categories('The general delivered his holiday wishes to the troops.'), []);
  assert.deepEqual(categories('The memoir offers a wry look at politics.'), []);
  assert.deepEqual(categories('The results gave officials hope.'), []);
  assert.deepEqual(categories('The council received nominations from 30 towns.'), []);
  assert.deepEqual(categories('Two labs have published promising early results.'), []);
});

test('a book or a title in quotes released is published', () => {
  assert.deepEqual(throughPipeline('Penguin Random House confirmed that it would release her memoir on May 2.').map((e) => e.plover), []);
  assert.deepEqual(categories('The house that released his “Long Winter” has taken the book.'), []);
});

test('the act after "rather than" is not done; a direct question tells no act', () => {
  assert.deepEqual(categories('The council chose to talk rather than bow to the strikers.'), []);
  assert.deepEqual(categories('How do you evacuate a city under lockdown?'), []);
  // An act in a clause of purpose is aimed at, not done ("…, so Japan will deploy troops" gives a result, and stays).
  assert.deepEqual(throughPipeline('The aim is a deal so we can provide real relief to families.').map((e) => e.plover), []);
  assert.deepEqual(throughPipeline('North Korea said it would strike, so Japan will deploy troops.').map((e) => e.plover).includes('MOBILIZE'), true);
});

test('how easy an act would be is no act', () => {
  assert.deepEqual(throughPipeline('The new vaccine is easier to distribute than its rivals.').map((e) => e.plover), []);
});

test('pushing back on an idea rejects it', () => {
  assert.deepEqual(events('North Korea pushed back on the proposal.').map((e) => e.plover), ['REJECT']);
});

test('a weekday before a relative clause with "would" keeps the past of its own verb', () => {
  const [act] = throughPipeline('The assembly approved a bill Tuesday that would extend the funding.', '2024-06-13');
  assert.ok(act);
  assert.equal(act.date, '2024-06-11');
});

test('a participle of speech after what someone said is the speaker\'s act', () => {
  const found = throughPipeline('Spokeswoman Ana Dahl said it\'s up to the mayor to get the talks moving again, accusing him of stalling.').filter((e) => e.plover === 'ACCUSE');
  assert.equal(found.length, 1);
  assert.deepEqual(found[0]!.actors.map((a) => a.name), ['Ana Dahl']);
});
