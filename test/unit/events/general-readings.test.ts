// Events: readings of general news wording fixed in the session after the second PLOVER test reading
// (invented sentences; each test fails without its fix).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country, type EntitySpec } from './helpers.js';

const UA = country('UA', 'Ukraine', ['Ukraine', 'name'], ['Ukrainian', 'demonym']);
const types = (text: string): string[] => annotate(text, { entities: [UA].filter((e) => e.forms.some(([f]) => text.includes(f))) }).events.map((e) => e.plover);

test('a strike verb with an object strikes something: an attack, not a labour strike', () => {
  for (const text of [
    'The General Staff said its forces had struck the depot on Thursday.',
    'The staff of the air force said it had struck two bridges.',
  ]) assert.deepEqual(types(text), ['ASSAULT'], text);
  for (const text of ['Teachers struck on Monday over pay.', 'Nurses at the hospital struck for a second day.']) {
    assert.deepEqual(types(text), ['PROTEST'], text);
  }
});

test('beginning a process is no act of its own', () => {
  for (const text of [
    'The government began a process of changing the flag.',
    'The council has started the process of renaming the square.',
  ]) assert.deepEqual(types(text), [], text);
  const NZ = country('NZ', 'New Zealand', ['New Zealand', 'name']);
  const text = 'In 2015, New Zealand began a process to change its national flag.';
  assert.deepEqual(annotate(text, { entities: [NZ], times: [{ text: '2015', value: '2015' }] }).events.map((e) => e.plover), []);
  assert.deepEqual(types('Ukraine began shelling the bridge.'), ['ASSAULT']);
});

test('a phrase set off by commas between the subject and the verb is an insert, not the subject', () => {
  const RU = country('RU', 'Russia', ['Russia', 'name']);
  const cases: [string, string][] = [
    ['The president, in a speech on Monday, called for calm.', 'president'],
    ['The president, speaking in Kyiv, called for calm.', 'president'],
    ['Rebels, according to officials, attacked the town.', 'Rebels'],
  ];
  for (const [text, actor] of cases) {
    const { events } = annotate(text, {
      entities: text.includes('Kyiv') ? [country('UA', 'Ukraine', ['Kyiv', 'capital'])] : [], times: text.includes('Monday') ? [{ text: 'Monday', value: '2025-03-17' }] : [],
      attributions: text.includes('according') ? [{ cue: 'according to', content: 'Rebels', source: 'officials' }] : [],
    });
    assert.deepEqual(events.map((e) => e.actors.map((a) => a.name)), [[actor]], text);
  }
  // What is cited is a reason, not a reported content that takes in the clause's own verb.
  const text = 'Russia, citing security concerns, expelled two diplomats.';
  const { events } = annotate(text, { entities: [RU], attributions: [{ cue: 'citing', content: 'security concerns, expelled two diplomats', source: 'Russia' }] });
  assert.deepEqual(events.map((e) => [e.plover, e.actors.map((a) => a.name)]), [['SANCTION', ['Russia']]]);
});

test('a noun of an act or a text is no doer, though it ends like one ("announcement", "order")', () => {
  const US = country('US', 'United States', ['US', 'name']);
  const text = 'The announcement came after a drone attack on the base in the desert killed three US soldiers.';
  const { events } = annotate(text, { entities: [US] });
  assert.deepEqual(events.map((e) => e.actors.map((a) => a.name)), [[]]);
  // What is acted on can still be one.
  assert.deepEqual(annotate('The offer was rejected out of hand.').events.map((e) => e.targets.map((t) => t.name)), [['offer']]);
});

test('a clause opened by "after" keeps its own subject when the subject is long', () => {
  const text = 'The minister resigned after a court in the capital of the southern province convicted him of fraud.';
  const events = annotate(text).events.map((e) => [e.plover, e.actors.map((a) => a.name)]);
  assert.deepEqual(events, [['RETREAT', ['minister']], ['SANCTION', ['court']]]);
});

test('a direct object named by common nouns for people or bodies is the target', () => {
  const cases: [string, string][] = [
    ['Pirates seized nine sailors off the coast.', 'nine sailors'],
    ['Soldiers opened fire on demonstrators near the palace.', 'demonstrators'],
    ['The minister urged the regulator to act.', 'regulator'],
    ['Security forces opened fire on the crowd.', 'crowd'],
    // The direct object, not a doer named inside a phrase that modifies it.
    ['The army rescued 23 schoolgirls abducted by gunmen last month.', '23 schoolgirls'],
  ];
  for (const [text, target] of cases) {
    assert.deepEqual(annotate(text).events.map((e) => e.targets.map((t) => t.name)), [[target]], text);
  }
  // Goods sent are no target.
  assert.deepEqual(annotate('The charity sent two planes of medicine to the island.').events.map((e) => e.targets.map((t) => t.name)), [[]]);
});

test('people seized by anyone but the authorities are abducted (ASSAULT); the police seizing goods is COERCE', () => {
  for (const text of ['Pirates seized nine sailors off the coast.', 'Gunmen seized a local official at a checkpoint.']) {
    assert.deepEqual(types(text), ['ASSAULT'], text);
  }
  for (const text of ['Police seized weapons and cash in the raid.', 'Border guards seized three fishermen.']) {
    assert.deepEqual(types(text), ['COERCE'], text);
  }
});

test('who reports an act after it (", police said") is no part of it when its sense is chosen', () => {
  const text = 'Armed men stormed a hotel in the capital late on Friday, police said.';
  const { events } = annotate(text, { attributions: [{ cue: 'said', content: 'Armed men stormed a hotel in the capital late on Friday', source: 'police' }] });
  assert.deepEqual(events.map((e) => e.plover), ['ASSAULT']);
  assert.deepEqual(types('Police stormed the building.'), ['COERCE']);
});

test('retaking a place is an attack, like recapturing it', () => {
  assert.deepEqual(types('Government troops have retaken the airport.'), ['ASSAULT']);
  assert.deepEqual(types('Ukrainian forces retook the village.'), ['ASSAULT']);
});

test('who claims responsibility for an attack made it; claiming it is no concession', () => {
  const text = 'The militia claimed responsibility for the rocket attack on the base.';
  assert.deepEqual(annotate(text).events.map((e) => [e.plover, e.actors.map((a) => a.name)]), [['ASSAULT', ['militia']]]);
  assert.deepEqual(types('No group has claimed responsibility for the bombing.'), []);
});

test('weapons shot down or intercepted were fired at someone: an attack, not a test', () => {
  const RU = country('RU', 'Russia', ['Russia', 'name']);
  const text = 'Russia launched 40 drones overnight, most of which were shot down.';
  assert.deepEqual(annotate(text, { entities: [RU] }).events.map((e) => e.plover), ['ASSAULT']);
  assert.deepEqual(annotate('Russia launched a new missile on Thursday.', { entities: [RU] }).events.map((e) => e.plover), ['MOBILIZE']);
});

test('a participle with its agent or charge after a noun modifies it; the sentence’s own verb is the event', () => {
  const roles = (text: string): unknown[] => annotate(text).events.map((e) => [e.plover, e.actors.map((a) => a.name), e.targets.map((t) => t.name)]);
  // The detention is no act of the journalist's against the police.
  assert.deepEqual(roles('A journalist detained by police last week was released on Monday.'), [['RETREAT', [], ['journalist']]]);
  const text = 'Two men accused of spying were freed on Monday.';
  const { events } = annotate(text, { attributions: [{ cue: 'accused', content: 'of spying were freed on Monday' }] });
  assert.deepEqual(events.map((e) => [e.plover, e.targets.map((t) => t.name)]), [['RETREAT', ['men']]]);
});

test('a passive names its doer by common nouns after "by"', () => {
  const roles = (text: string): unknown[] => annotate(text).events.map((e) => [e.plover, e.actors.map((a) => a.name)]);
  assert.deepEqual(roles('Three villagers were killed by unidentified gunmen on Sunday.'), [['ASSAULT', ['gunmen']]]);
  assert.deepEqual(roles('The treaty was ratified by all member states.'), [['SUPPORT', ['member states']]]);
});

test('a party or body expelling a member sanctions them; a state expelling people deports them', () => {
  assert.deepEqual(types('The ruling party expelled the lawmaker for voting against the budget.'), ['SANCTION']);
  assert.deepEqual(types('The league expelled the club.'), ['SANCTION']);
  assert.deepEqual(types('The country expelled three foreign journalists.'), ['COERCE']);
});

test('a relative pronoun that is the object is no part of who acts', () => {
  const { events } = annotate('The council approved the new flag, which many voters opposed.');
  const rejection = events.find((e) => e.plover === 'REJECT');
  assert.deepEqual(rejection?.actors.map((a) => a.name), ['voters']);
});

test('an opening attribution frame is no part of the subject, and an agreement is no one acted on', () => {
  const agency = { id: 'org:hanbit', name: 'Hanbit News', type: 'organisation' as const, forms: [['Hanbit News', 'name']] as [string, 'name'][] };
  const text = "According to Hanbit News, quoting state media, the country's army has been placed on high alert.";
  const { events } = annotate(text, { entities: [agency, country('KP', 'North Korea', ['the country', 'name'])] });
  assert.deepEqual(events.map((e) => e.actors.map((a) => a.name)), [['North Korea']]);
  assert.deepEqual(annotate('The opposition criticized the agreement on Wednesday.').events.map((e) => e.targets.map((t) => t.name)), [[]]);
});

test('after an infinitive marker, the verb is no part of the target; its object is', () => {
  assert.deepEqual(annotate('The mayor offered to meet the organisers.').events.map((e) => e.targets.map((t) => t.name)), [['organisers']]);
  assert.deepEqual(annotate('The minister threatened to sack the negotiators.').events.map((e) => e.targets.map((t) => t.name)), [['negotiators']]);
  const KE = country('KE', 'Kenya', ['Kenya', 'name']);
  const { events } = annotate('Kenya pledged to send more police officers.', { entities: [KE] });
  assert.ok(events.every((e) => e.targets.every((t) => !t.name.startsWith('send'))), JSON.stringify(events.map((e) => e.targets)));
});

test('police beating protesters is an attack; a team beating another is not', () => {
  for (const text of ['Police beat protesters with batons.', 'Men beat villagers with sticks.']) assert.deepEqual(types(text), ['ASSAULT'], text);
  for (const text of ['Brazil beat Argentina 2-1 on Sunday.', 'Liverpool beat Chelsea to reach the final.']) assert.deepEqual(types(text), [], text);
});

test('forcing people to act is coercion, not a request; a firm forced by circumstance is no event', () => {
  for (const text of ['The rebels forced villagers to flee.', 'Police forced protesters to leave the square.']) assert.deepEqual(types(text), ['COERCE'], text);
  for (const text of ['The airline was forced to cancel flights because of the storm.', 'The company was forced to close the plant.']) assert.deepEqual(types(text), [], text);
});

test('"in the port city of Busan" places the event in Busan', () => {
  const KR = country('KR', 'South Korea', ['South Korea', 'name']);
  const text = 'South Korea hosted the talks in the southern port city of Busan.';
  const busan: EntitySpec = { id: 'place:busan', name: 'Busan', type: 'place', country: 'KR', forms: [['Busan', 'name']] };
  const [e] = annotate(text, { entities: [KR, busan] }).events;
  assert.equal(e?.place?.name, 'Busan');
});

test('forces seizing ground attack it; the police seizing goods coerce', () => {
  for (const text of ['Rebels seized the town of Goma.', 'Troops seized the presidential palace on Friday.']) assert.deepEqual(types(text), ['ASSAULT'], text);
  for (const text of ['Police seized 2 tonnes of cocaine.', 'Customs officers seized the ship.']) assert.deepEqual(types(text), ['COERCE'], text);
});
