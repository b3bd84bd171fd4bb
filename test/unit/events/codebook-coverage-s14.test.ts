// Events, session 14 (helper plov14): classes of news wording the trigger lexicon missed, typed as the PLOVER codebook
// modes and CAMEO categories say (invented sentences; each test fails without its fix).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './helpers.js';
import { buildPipeline } from '../../../src/annotate/pipeline.js';
import { makeDocument } from '../../builders.js';

const pipeline = buildPipeline();
const throughPipeline = (text: string) => pipeline.annotate(makeDocument(text, { published: '2024-06-14' })).layers.events;
const types = (text: string): string[] => annotate(text).events.map((e) => e.plover);

test('restrictions named by other nouns eased, and an end announced to a curfew, are concessions', () => {
  assert.deepEqual(types('The regime relaxed curbs on private radio stations.'), ['CONCEDE']);
  assert.deepEqual(types('The council lifted the lockdown on the old town.'), ['CONCEDE']);
  assert.deepEqual(types('The governor announced an end to the curfew in the port.'), ['CONCEDE']);
});

test('protests suspended or postponed are concessions', () => {
  assert.deepEqual(types('The farmers suspended their sit-in outside the ministry.'), ['CONCEDE']);
  assert.deepEqual(types('The dockers postponed their strike by a week.'), ['CONCEDE']);
});

test('approval given and agreements finalised are support; assurances and intentions are agreement', () => {
  assert.deepEqual(types('The regional council gave the green light for the new airport.'), ['SUPPORT']);
  assert.deepEqual(types('The two ministers finalised the fisheries accord in Lisbon.'), ['SUPPORT']);
  assert.deepEqual(types('The president gave assurances that his party would respect the vote.'), ['AGREE']);
  assert.deepEqual(types('The rebels extended an olive branch to the new cabinet.'), ['AGREE']);
});

test('access given, people let into a place and seized things returned are retreats', () => {
  assert.deepEqual(types('The authorities let the monitors into the camp on Monday.'), ['RETREAT']);
  assert.deepEqual(types('The army returned the confiscated farmland to the villagers.'), ['RETREAT']);
});

test('police phrasal verbs are coercion', () => {
  assert.deepEqual(types('The journalist was picked up by plainclothes police outside his home.'), ['COERCE']);
  assert.deepEqual(types('The government declared the student union illegal.'), ['COERCE']);
  assert.deepEqual(types('Hackers breached the bank\'s computer network.'), ['COERCE']);
  // A phone picked up is no arrest.
  assert.deepEqual(types('The clerk picked up the phone.'), []);
});

test('a named kind of fire come under is an attack on the subject; "came under fire" alone stays criticism', () => {
  const [attack] = annotate('Government troops came under mortar fire near the bridge.').events;
  assert.equal(attack?.plover, 'ASSAULT');
  assert.match(attack?.targets.map((t) => t.name).join(' ') ?? '', /troops/);
  assert.deepEqual(types('The mayor came under fire for the budget.'), ['ACCUSE']);
});

test('money released to someone is aid; people released stay a release', () => {
  assert.deepEqual(types('The bank released 300 million dollars to the utility.'), ['AID']);
  assert.deepEqual(types('The gang released two truck drivers.'), ['RETREAT']);
});

test('a past form after a people noun with an adjective ending is the verb', () => {
  assert.deepEqual(types('The secretary praised the volunteers.'), ['SUPPORT']);
  assert.deepEqual(types('The official criticised the contractors.'), ['ACCUSE']);
});

test('a measure in the passive with no doer, told by an authority, is the authority\'s own', () => {
  const [lifted] = throughPipeline('The interior ministry said the night curfew would be lifted on Friday.');
  assert.equal(lifted?.plover, 'CONCEDE');
  assert.match(lifted?.actors.map((a) => a.name).join(' ') ?? '', /ministry/);
  // A witness announces no measure of their own.
  assert.deepEqual(throughPipeline('Witnesses said the night curfew was lifted on Friday.').map((e) => e.actors.length), []);
});
