// Events, session 15 (helper conf15): constructions of conflict and security reports read off real pages judged by hand
// (the pages are not quoted; every sentence here is invented), each test failing without its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../../src/annotate/pipeline.js';
import { makeDocument } from '../../builders.js';

const pipeline = buildPipeline();
const events = (text: string, published = '2024-06-14') => pipeline.annotate(makeDocument(text, { published })).layers.events;
const summary = (text: string) => events(text).filter((e) => e.modality !== 'negated').map((e) => `${e.plover} ${e.actors.map((a) => a.name).join('+')}`);

test('an attack told as happening almost every day does not swallow the dated strike told before it', () => {
  const text = 'In the port of Dalmar, a drone strike on a market killed nine people, medics said.\n\n'
    + 'Dalmar has been shelled by Ruritanian artillery almost every day since the spring.';
  const attacks = events(text).filter((e) => e.category === 'attack');
  assert.ok(attacks.some((e) => /^a drone strike on a market killed nine people/.test(e.evidence.text)), 'the strike with its toll stays an event');
  assert.equal(attacks.length, 2);
});

test('a place before the aim of a deployment is no attacker, and the aim is no attack done', () => {
  const found = events('The Chadian army said it is sending more tanks, including armoured bulldozers, to Abeche to hunt down the insurgents.');
  assert.deepEqual(found.map((e) => e.category), ['deployment']);
  assert.ok(!found.some((e) => e.actors.some((a) => /Abeche/.test(a.name))));
});

test('a force named twice as one country\'s is that country when the report says "the army"', () => {
  const text = 'Chadian troops shelled the village of Kuri on Monday.\n\nChad\'s military said it had destroyed a rebel depot.\n\n'
    + 'The army fired rockets at the rebel camp on Tuesday, a witness said.';
  const rockets = events(text).find((e) => /^The army fired rockets/.test(e.evidence.text));
  assert.deepEqual(rockets?.actors.map((a) => a.name), ['Chad']);
  // with no country tied to its forces, "the army" stays unnamed
  const alone = events('The army fired rockets at the rebel camp on Tuesday, a witness said.')[0];
  assert.deepEqual(alone?.actors.map((a) => a.entity), [null]);
});

test('"expands its offensive and orders thousands to leave": the state orders, no one retreats', () => {
  const text = 'Nine villagers have died, officials said, as Chad expands its offensive and orders hundreds more people to leave their homes.';
  const order = events(text).find((e) => e.plover === 'COERCE');
  assert.deepEqual(order?.actors.map((a) => a.name), ['Chad']);
  assert.deepEqual(order?.targets.map((t) => t.name), ['more people']);
  assert.ok(!events(text).some((e) => e.plover === 'RETREAT' || e.plover === 'SANCTION'));
  // diplomats told to leave a country are still expelled
  assert.equal(events('Chad ordered two Libyan diplomats to leave the country.')[0]?.plover, 'SANCTION');
});

test('a vow to go on with a war is a threat, no agreement', () => {
  assert.deepEqual(events('The government has vowed to continue the offensive until the rebels surrender.').map((e) => e.plover), ['THREATEN']);
  // a vow of another kind keeps its sense
  assert.deepEqual(events('The government vowed to hold free elections next year.').map((e) => e.category), ['agreement']);
});

test('fighting named as what is to end is no fighting; evidence that backs up a claim supports no one', () => {
  assert.ok(!summary('Chad backed a truce with the rebels rather than an immediate end to the fighting.').some((s) => s.startsWith('ASSAULT')));
  assert.ok(!summary('The rebels demanded a halt to the air strikes on their towns.').some((s) => s.startsWith('ASSAULT') || s.startsWith('CONCEDE')));
  const claim = events('The ministry said it had killed 300 fighters, but it has offered no evidence to back up the claim.');
  assert.deepEqual(claim.map((e) => e.plover), ['ASSAULT']);
  assert.ok(!events('The general said the army would press on until the rebels are defeated.').some((e) => e.plover === 'REQUEST'));
});

test('deaths during a side\'s war: the side is the attacker, the dead the targets, the war\'s enemy neither', () => {
  const [toll] = events('More than 3,000 villagers have died in the province during Chad\'s war against the rebels, aid groups said.');
  assert.equal(toll?.category, 'attack');
  assert.deepEqual(toll?.actors.map((a) => a.name), ['Chad']);
  assert.deepEqual(toll?.targets.map((t) => t.name), ['villagers']);
  // the session-14 wording is unchanged: deaths in an air strike name no attacker
  assert.deepEqual(events('Five civilians died in an air strike on the village.')[0]?.actors, []);
});

test('a linking adverb between commas is no subject', () => {
  const [claim] = events('The rebels, however, claimed responsibility for shooting down the helicopter.');
  assert.ok(claim);
  assert.ok(!claim.actors.some((a) => /however/i.test(a.name)));
});

test('a "when" clause right after a year is dated by it', () => {
  const seizure = events('The group first drew notice in 2016, when its fighters seized the dam.', '2024-06-14')[0];
  assert.equal(seizure?.date, '2016');
});

test('a credit line "contributed to this story" gives no aid; a role handed over is no aid', () => {
  assert.deepEqual(events('Staff writer Ann Lee contributed to this story.'), []);
  assert.ok(!events('The members rejected giving the agency sole responsibility for checking the convoys.').some((e) => e.plover === 'AID'));
});

test('a "where" clause with a subject of its own does not take the visitor as the attacker', () => {
  const attack = events('The envoy Maria Lund toured Kuri, where gunmen from the militia massacred 40 farmers in March.').find((e) => e.category === 'attack');
  assert.ok(attack);
  assert.ok(!attack.actors.some((a) => /Lund/.test(a.name)));
});

test('an opening "Since <an event>," phrase lends no names to the subject', () => {
  const vote = events('Since the Sept. 3 attack by Hezbollah fighters on Cyprus, the Arab League approved a resolution calling for a truce.')
    .find((e) => e.plover === 'SUPPORT');
  assert.deepEqual(vote?.actors.map((a) => a.name), ['Arab League']);
});

test('a declaration of war is a threat of the state that declares it (lead decision, session 15)', () => {
  assert.deepEqual(summary('Ruritania declared war on Chad after its troops crossed the border.'), ['THREATEN Ruritania']);
  assert.deepEqual(summary('The coach declared war on mediocrity.'), []);
});
