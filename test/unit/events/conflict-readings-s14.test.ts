// Session 14: attacks as conflict reports tell them (invented sentences): deaths "in" an attack, weapons fired
// into where people are, and a denial that does not swallow the report of the act.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './helpers.js';

const summary = (text: string) => annotate(text).events.filter((e) => e.modality !== 'negated').map((e) => `${e.category} ${e.evidence.text}`);

test('"died in the air strike": who died is the target of an attack', () => {
  const [e] = annotate('Five civilians died in the air strike, the governor said.').events;
  assert.equal(e?.category, 'attack');
  assert.deepEqual(e?.actors, []);
  assert.deepEqual(e?.targets.map((t) => t.name), ['civilians']);
  assert.equal(annotate('Three soldiers died in a roadside bomb attack on Monday.').events[0]?.category, 'attack');
});

test('dying in an accident, or in an explosion with no attacker, is no attack', () => {
  assert.deepEqual(summary('He died in a car crash on the coast road.'), []);
  assert.deepEqual(summary('Two workers died in the explosion at the fertiliser plant.'), []);
});

test('a weapon fired into a crowd or a town attacks; fired into the sea it is tested', () => {
  assert.equal(annotate('They fired mortars into the crowd.').events[0]?.category, 'attack');
  assert.equal(annotate('The army fired shells into a residential district of the city.').events[0]?.category, 'attack');
  assert.equal(annotate('The navy fired a cruise missile into the sea off its west coast.').events[0]?.category, 'weapons_test');
});

test('an act told as not done stays apart from the same act told as done', () => {
  const text = 'At least 19 people were killed when shells hit a crowded market on Friday, a hospital director said.\n\n'
    + 'The rebels said they had not fired on the town.';
  const events = annotate(text).events.filter((e) => e.category === 'attack');
  const done = events.find((e) => e.modality === 'asserted');
  assert.ok(done, 'the killing is reported');
  assert.match(done.evidence.text, /^At least 19 people were killed/);
  assert.ok(events.some((e) => e.modality === 'negated' && /not fired/.test(e.evidence.text)), 'the denial is its own mention');
});

test('"Friday\'s shelling of the market" alone in a report is a dated attack; one told before takes it as a mention', () => {
  const times = [{ text: 'Friday', value: '2026-03-13' }, { text: 'Saturday', value: '2026-03-14' }];
  const alone = annotate('The death toll from Friday\'s shelling of the market remained disputed on Saturday.', { published: '2026-03-15', times }).events;
  assert.deepEqual(alone.map((e) => [e.category, e.evidence.text, e.date]), [['attack', 'Friday\'s shelling of the market', '2026-03-13']]);
  const told = annotate('Rebels shelled the market on Friday.\n\nThe death toll from Friday\'s shelling of the market rose on Saturday.', { published: '2026-03-15', times }).events;
  assert.equal(told.filter((e) => e.category === 'attack').length, 1);
});

test('the names in "an attack on X", "the bombing of X" are whom it hit, not who did it', () => {
  const attack = (text: string) => annotate(text).events.find((e) => e.category === 'attack');
  const station = attack('Monday\'s attack on the police station killed four officers.');
  assert.deepEqual(station?.actors, []);
  assert.deepEqual(station?.targets.map((t) => t.name), ['officers']);
  assert.deepEqual(attack('A rocket attack on the Kurdish town wounded five soldiers.')?.actors, []);
});

test('a ceasefire or talks that collapsed or broke down is no report of a ceasefire or talks', () => {
  assert.deepEqual(summary('The ceasefire collapsed on Friday.'), []);
  assert.deepEqual(summary('Talks between the two sides broke down on Friday.'), []);
  assert.deepEqual(annotate('Clashes erupted between the two sides on Friday.').events.map((e) => e.category), ['attack']);
});

test('a curfew announced for a set day is a planned measure, force held out with no day a threat', () => {
  const curfew = annotate('A curfew will be imposed in the capital from Friday, the government said.', { times: [{ text: 'Friday', value: '2026-03-20' }] }).events[0];
  assert.deepEqual([curfew?.plover, curfew?.modality], ['COERCE', 'planned']);
  assert.equal(annotate('The army will crush any protest, the general said.').events[0]?.plover, 'THREATEN');
});

test('"Elsewhere, …" and "In a separate attack, …" turn to another attack, which stays its own event', () => {
  for (const opener of ['Elsewhere, a', 'In a separate attack, a']) {
    const text = `Air strikes on the city killed at least 30 people overnight, officials said.\n\n${opener} drone strike hit a wedding party, killing 11.`;
    assert.equal(annotate(text).events.filter((e) => e.category === 'attack').length, 2, opener);
  }
});

test('in a roundup, an attack with no doer and a toll of its own is another attack; a toll update is not', () => {
  const roundup = 'Gunmen killed eight villagers in the north on Tuesday.\n\nAt least 19 people were killed when shells hit a crowded market on Friday.';
  assert.equal(annotate(roundup).events.filter((e) => e.category === 'attack').length, 2);
  const update = 'Gunmen killed eight villagers in the north on Tuesday.\n\nThe death toll rose to 19 people killed, officials said.';
  assert.ok(annotate(update).events.filter((e) => e.category === 'attack').length <= 1);
});
