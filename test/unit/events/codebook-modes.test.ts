// Events, round 13 (helper conv): misses read off bench/events-probe/probe-24.tsv (written row by row from the NGEC
// structured PLOVER codebook and scored before any fix) and the codebook's rulings on disputed conventions; the
// sentences here are invented anew, and each test fails without its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country } from './helpers.js';

const KE = country('KE', 'Kenya', ['Kenya', 'name'], ['Nairobi', 'capital'], ['Kenyan', 'demonym']);
const FR = country('FR', 'France', ['France', 'name'], ['Paris', 'capital'], ['French', 'demonym']);
const entitiesOf = (text: string) => [KE, FR].filter((e) => e.forms.some(([f]) => text.includes(f)));
const events = (text: string) => annotate(text, { entities: entitiesOf(text) }).events;
const types = (text: string): string[] => events(text).map((e) => e.plover);

test('explosives, grenades and booby-trapped things are weapons, and set off they attack (codebook ASSAULT explosives)', () => {
  assert.ok(types('A booby-trapped truck exploded outside the barracks, killing six recruits.').includes('ASSAULT'));
  assert.deepEqual(types('The attacker detonated a grenade inside the crowded cafe.'), ['ASSAULT']);
});

test('a truce that holds or takes effect is implemented (RETREAT); declared it stays CONCEDE; truce talks held are no truce', () => {
  assert.deepEqual(types('The truce in the north has mostly held since Friday.'), ['RETREAT']);
  assert.deepEqual(types('A ceasefire came into force at dawn on Monday.'), ['RETREAT']);
  assert.deepEqual(types('Kenya declared a truce on Monday.'), ['CONCEDE']);
  assert.ok(!types('Truce talks were held in Nairobi.').includes('RETREAT'));
});

test('hostages freed by troops or police are rescued (codebook AID "rescue hostages"); captors freeing them release them', () => {
  assert.deepEqual(types('Commandos freed three engineers held hostage in the desert.'), ['AID']);
  assert.deepEqual(types('The gunmen freed three engineers they had held hostage.'), ['RETREAT']);
});

test('codebook modes in news wording: weapons turned over, resignations handed in, invitations, video calls, trials, rulings', () => {
  assert.ok(types('The fighters turned over their rifles to the monitors.').includes('RETREAT'));
  assert.ok(types('The deputy governor tendered his resignation on Friday.').includes('RETREAT'));
  assert.ok(types('Kenya sent an invitation to the French foreign minister.').includes('AGREE'));
  assert.ok(types('The invitation to visit Paris came from the French president.').includes('AGREE'));
  assert.ok(types('The two presidents held a video call on the drought.').includes('CONSULT'));
  assert.ok(types('The former governor went on trial for fraud.').includes('ACCUSE'));
  assert.ok(types('The farmers took the mining firm to court over the spill.').includes('ACCUSE'));
  assert.ok(types('The top court struck down the decree as unconstitutional.').includes('SANCTION'));
  assert.ok(types('The reporter was handed a seven-year jail term.').includes('SANCTION'));
});

test('codebook modes in news wording: warnings of strikes, human chains, positions taken up, executions, warning shots, expulsions, disinformation, break-ins, swoops', () => {
  assert.ok(types('The nurses\' union warned of a strike over unpaid wages.').includes('THREATEN'));
  assert.ok(types('Thousands of residents formed a human chain around the old forest.').includes('PROTEST'));
  assert.ok(types('Troops took up positions around the airport.').includes('MOBILIZE'));
  assert.ok(types('The convicted spy was put to death on Tuesday.').includes('ASSAULT'));
  assert.ok(types('Police fired warning shots to scatter the crowd.').includes('ASSAULT'));
  assert.ok(types('Armed settlers drove the villagers out of their homes.').includes('ASSAULT'));
  assert.ok(types('The ruling party ran a smear campaign against the judge.').includes('COERCE'));
  assert.ok(types('Hackers broke into the election commission\'s servers.').includes('COERCE'));
  assert.ok(types('Police swooped on a warehouse in the port.').includes('COERCE'));
  assert.ok(types('The anti-corruption agency launched an investigation into the contract.').includes('ACCUSE'));
});

test('a weapon noun before a past verb is a subject and its verb, not a noun compound ("drones attacked")', () => {
  assert.deepEqual(types('Drones attacked a fuel depot near the coast.'), ['ASSAULT']);
});

test('a verb-and-noun phrase in the passive whose participle is its base form ("was shut down", "were cut off")', () => {
  assert.deepEqual(types('The radio station was shut down by the interior ministry.'), ['COERCE']);
});

test('leaving an organisation or treaty is SANCTION withdraw; troops leaving a town stay RETREAT', () => {
  assert.deepEqual(types('Kenya withdrew from the regional trade community on Monday.'), ['SANCTION']);
  assert.deepEqual(types('Kenyan troops withdrew from the border town.'), ['RETREAT']);
});

test('a raid by the authorities named by a noun is COERCE seize; a mass expulsion of villagers is ASSAULT cleansing', () => {
  assert.deepEqual(types('Tax agents carried out a raid on the offices of the bank.'), ['COERCE']);
  assert.deepEqual(types('Gunmen carried out a raid on the village.'), ['ASSAULT']);
  assert.deepEqual(types('The militia forcibly expelled the residents of three hamlets.'), ['ASSAULT']);
  assert.ok(types('Kenya expelled a French journalist.').every((t) => t !== 'ASSAULT'));
});

test('a curfew put in place, a call had with someone, protesters massing', () => {
  assert.deepEqual(types('A night curfew was put in place by the police.'), ['COERCE']);
  assert.ok(types('The French president had a telephone call with the Kenyan leader.').includes('CONSULT'));
  assert.deepEqual(types('Thousands of protesters massed outside the palace.'), ['PROTEST']);
});

test('"quit" is never a noun; rules relaxed and powers handed back are concessions, promised or done', () => {
  assert.deepEqual(types('The deputy speaker quit after the vote.'), ['RETREAT']);
  assert.deepEqual(types('The junta vowed to loosen the rules on foreign reporters.'), ['CONCEDE']);
  assert.deepEqual(types('The council handed back powers to the regional assemblies.'), ['CONCEDE']);
});

test('"be due to" plans the act after it (a planned meeting is AGREE); "due to the fighting" is a cause', () => {
  assert.deepEqual(types('The two foreign ministers are due to meet in Nairobi on Friday.'), ['AGREE']);
});
