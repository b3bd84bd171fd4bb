// Events news reports without a named doer, in the passive, with support verbs, and in the wording
// the PLOVER/NGEC codebook modes describe: each gets its PLOVER type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country } from './helpers.js';

const US = country('US', 'United States', ['United States', 'name'], ['Washington', 'capital']);
const RU = country('RU', 'Russia', ['Russia', 'name']);
const IR = country('IR', 'Iran', ['Iran', 'name']);

const types = (text: string): string[] => annotate(text, { entities: [US, RU, IR].filter((e) => e.forms.some(([f]) => text.includes(f))) }).events.map((e) => e.plover);

function expectType(plover: string, sentences: string[]): void {
  for (const text of sentences) assert.ok(types(text).includes(plover), `${text} → [${types(text).join(', ')}], expected ${plover}`);
}

test('an event noun that is the subject of what happened is reported without a named doer', () => {
  expectType('PROTEST', ['Riots broke out in several towns.', 'Protests erupted after the vote.']);
  expectType('ASSAULT', [
    'An air strike hit a school in the east.', 'Clashes erupted between police and students.',
    'A suicide bombing killed nine people at a checkpoint.', 'Fighting broke out near the port.', 'Shelling continued overnight.',
  ]);
});

test('an event noun that only characterises or is reported on is not an occurrence', () => {
  assert.deepEqual(types('Riots are rare in the region.'), []);
  assert.deepEqual(types('Reports said nothing else.'), []);
});

test('force used on someone is reported even when no one claims it', () => {
  expectType('ASSAULT', ['Artillery shelled the village overnight.', 'The market was bombed by aircraft.']);
});

test('common-noun actors keep their head before a prepositional phrase', () => {
  const { events } = annotate('Foreign ministers from the region held talks in the capital.');
  const talks = events.find((e) => e.plover === 'CONSULT');
  assert.ok(talks, 'talks are reported');
  assert.equal(talks.actors[0]?.name, 'Foreign ministers');
});

test('releases, disarming and withdrawals are RETREAT in their inflected forms', () => {
  expectType('RETREAT', [
    'The rebels freed six hostages.', 'The militia laid down its weapons.', 'The army pulled its troops out of the valley.',
    'The guerrillas handed over their weapons.',
  ]);
});

test('charges and trials are ACCUSE, convictions and sentences SANCTION (NGEC codebook)', () => {
  expectType('ACCUSE', ['A grand jury indicted the former mayor.', 'Prosecutors will put the general on trial.']);
  expectType('SANCTION', ['The court convicted the former minister of bribery.', 'A judge sentenced the smuggler to ten years.']);
});

test('leaving an organisation is SANCTION, cancelling debt is AID', () => {
  expectType('SANCTION', ['Russia withdrew from the council.']);
  expectType('AID', ['Creditors cancelled the debt of the poorest countries.', 'Creditors wrote off half of the debt.']);
});

test('police raids and attacks on computer systems are COERCE, not military force', () => {
  expectType('COERCE', ['Police raided the offices of the party.', 'Hackers attacked the websites of two ministries.']);
  expectType('ASSAULT', ['Militants attacked a police station.', 'Insurgents stormed the prison.']);
});

test('expressed disapproval and criticism received are ACCUSE', () => {
  expectType('ACCUSE', [
    'Washington expressed concern over the crackdown.', 'The council voiced alarm about the violence.',
    'The president attacked the media for its coverage.', 'The prime minister faced criticism over the deal.',
  ]);
});

test('a vow to crush someone is THREATEN; meetings, offers and pleas keep their types', () => {
  expectType('THREATEN', ['The president vowed to crush the rebellion.']);
  expectType('CONSULT', ['The two presidents discussed the crisis.', 'Leaders of the region gathered in the capital for a summit.']);
  expectType('AGREE', ['The government offered the rebels an amnesty.']);
  expectType('REQUEST', ['The mayor issued a plea for calm.']);
  expectType('COOPERATE', ['The two countries expanded trade cooperation.']);
});

test('a gerund before "of" is no support verb ("the strengthening of cooperation")', () => {
  assert.deepEqual(types('Analysts pointed to the “strengthening of cooperation” with Russia.'), []);
});

test('a force named after a trigger word is no event ("riot police"), and its own act is kept', () => {
  const found = types('Riot police dispersed the crowd.');
  assert.ok(!found.includes('PROTEST'), found.join(', '));
  assert.ok(found.includes('ASSAULT'), found.join(', '));
});

test('workers, aid agencies and crowds named by their size are actors', () => {
  expectType('PROTEST', ['Nurses are on strike for a second week.', 'Thousands rallied in the capital against the new tax.', 'Farmers dumped milk outside the ministry in protest at low prices.']);
  expectType('REQUEST', ['The aid agency appealed for more funds.']);
});

test('a participle with its agent before the main verb modifies the subject ("troops backed by tanks")', () => {
  const found = types('Troops backed by tanks launched an offensive against the rebels.');
  assert.ok(found.includes('ASSAULT') && !found.includes('SUPPORT'), found.join(', '));
});

test('a promised concession stays CONCEDE (PLOVER manual), a promised release is AGREE', () => {
  const attributed = (text: string) => annotate(text, { entities: [IR], attributions: [{ cue: 'said', content: text.slice(text.indexOf('it '), -1), source: 'Iran' }] }).events.map((e) => e.plover);
  assert.ok(attributed('Iran said it would lift the curfew.').includes('CONCEDE'));
  assert.ok(attributed('Iran said it will release the hostages.').includes('AGREE'));
});

test('codebook phrasings: sitting down together, briefing, taking in refugees, protesters occupying, troops leaving', () => {
  expectType('CONSULT', ['The envoy briefed the council on the talks.', 'The two leaders exchanged views on security.']);
  expectType('AID', ['The country has taken in two million refugees.', 'The ministry earmarked ten million dollars for the victims.']);
  expectType('PROTEST', ['Protesters occupied the main square.']);
  expectType('RETREAT', ['The last foreign troops left the country.']);
  expectType('MOBILIZE', ['The government called out the army.']);
});

test('a sentence whose only trigger failed the reporting checks keeps its main verb as the event', () => {
  // No named doer: the sense's own checks passed, only the actor was missing.
  expectType('AID', ['The agency delivered food and medicine to the flooded districts.']);
  // A named doer with a sense whose word-class condition did not hold ("tents" is no listed aid good).
  expectType('AID', ['Russia sent tents and blankets to the earthquake zone.']);
});

test('a sentence rescue does not turn unnamed everyday acts into events', () => {
  assert.deepEqual(types('The players trained on Tuesday ahead of the match.'), []);
  assert.deepEqual(types('He moved to the capital in 1998 to study law.'), []);
});

test('a verb that joins an event noun of its sentence makes the merged event reportable', () => {
  expectType('ASSAULT', ['In the old town, a car bomb killed two guards and wounded five.']);
});

test('a past form after an insert set off by commas is the sentence verb, not a participle', () => {
  expectType('PROTEST', ['The students, waving flags and banners, protested outside the ministry.']);
  // With "by" it stays a passive participle: the attack is the event.
  expectType('ASSAULT', ['The rebels, backed by foreign fighters, attacked the garrison.']);
});

test('a past form after a relative clause set off by commas is the main verb, with the subject before the clause', () => {
  const events = annotate('Russia, which holds the disputed region, threatened on Friday to cut gas supplies.', { entities: [RU] }).events;
  assert.ok(events.some((e) => e.plover === 'THREATEN' && e.actors.some((a) => a.name === 'Russia')), JSON.stringify(events.map((e) => [e.plover, e.actors.map((a) => a.name)])));
});

test('a participle after a noun is no verb of its own once its clause has a past-tense verb with an object', () => {
  assert.deepEqual(annotate('Russia granted 50 million dollars to Iran for rebuilding roads destroyed during the war.', { entities: [RU, IR] }).events.map((e) => e.plover), ['AID']);
  // A verb after "and" is coordinated, not a participle.
  expectType('COERCE', ['Iran captured the smugglers and seized about two tonnes of fuel.']);
});

test('a rescued sentence needs someone who acts or is acted on, and a capital standing for its country is no named doer', () => {
  assert.deepEqual(types('The missiles flew about 350 km before falling into the sea.'), []);
});

test('an act done to protest is also a protest by the same people', () => {
  expectType('PROTEST', ['Protesters from Iran set fire to a bank to protest against the new law.']);
});
