// Events, round 12: kinds of misses read off the team's own probe sentences (bench/events-probe/probe-22.tsv, scored
// before any fix); the sentences here are invented anew, and each test fails without its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country } from './helpers.js';

const KE = country('KE', 'Kenya', ['Kenya', 'name'], ['Nairobi', 'capital'], ['Kenyan', 'demonym']);
const FR = country('FR', 'France', ['France', 'name'], ['Paris', 'capital'], ['French', 'demonym']);
const entitiesOf = (text: string) => [KE, FR].filter((e) => e.forms.some(([f]) => text.includes(f)));
const events = (text: string) => annotate(text, { entities: entitiesOf(text) }).events;
const types = (text: string): string[] => events(text).map((e) => e.plover);
const actorsOf = (text: string, type: string): string[] => events(text).filter((e) => e.plover === type).flatMap((e) => e.actors.map((a) => a.name));

test('readiness stated and a demand put to someone are intent and request', () => {
  assert.ok(types('The two governments stand ready to resume talks on the pipeline.').includes('AGREE'));
  assert.ok(types('The miners\' union put a fresh demand to the mine owners for safer shafts.').includes('REQUEST'));
});

test('a door slammed on something, an overture dismissed, accession or aid blocked: refusals', () => {
  assert.deepEqual(types('Kenya slammed the door on a return to the talks.'), ['REJECT']);
  assert.ok(types('The junta dismissed the overture as a stunt.').includes('REJECT'));
  assert.ok(types('France blocked the accession of the two states to the bloc.').includes('REJECT'));
});

test('a harsh response promised is a threat, not a promise', () => {
  assert.deepEqual(types('The army chief promised a harsh response to any further incursion.'), ['THREATEN']);
});

test('protesters camping out and a labour stoppage are dissent', () => {
  assert.ok(types('Hundreds of farmers camped outside parliament demanding debt relief.').includes('PROTEST'));
  assert.ok(types('Dockers began a 48-hour stoppage at the port.').includes('PROTEST'));
});

test('"gave themselves up": a longer trigger phrase outranks the "give … up" blocker, which still holds alone', () => {
  assert.deepEqual(types('Twelve militants gave themselves up to police in the north.'), ['RETREAT']);
  assert.ok(!types('Kenya gave up its claim to the island.').includes('RETREAT'));
});

test('an envoy called home, talks quit and mediation put on hold reduce relations', () => {
  assert.deepEqual(types('France called its ambassador home from Nairobi.'), ['SANCTION']);
  assert.deepEqual(types('The rebel delegation quit the negotiations in Doha.'), ['SANCTION']);
  assert.deepEqual(types('Kenya put its mediation effort on hold.'), ['SANCTION']);
});

test('getting behind a proposal, an apology offered, speaking out in defence: support', () => {
  assert.ok(types('Kenya got behind the French proposal at the summit.').includes('SUPPORT'));
  assert.deepEqual(types('The minister offered the families an apology.'), ['SUPPORT']);
  assert.ok(types('The senator spoke out in defence of the embattled judge.').includes('SUPPORT'));
});

test('"sat down at the negotiating table" is a meeting ("sat" is a form of "sit", so "down" is its particle)', () => {
  assert.deepEqual(types('The two unions sat down at the negotiating table on Friday.'), ['CONSULT']);
});

test('peacekeepers deployed and money pumped into an economy are aid', () => {
  assert.deepEqual(types('Kenya deployed 800 peacekeepers to protect civilians in Somalia.'), ['AID']);
  assert.ok(types('Oil-rich neighbours pumped millions of dollars into the island\'s economy.').includes('AID'));
});

test('reservists ordered to report are a mobilisation; a suicide vest set off is an attack', () => {
  assert.deepEqual(types('Reservists were ordered to report for duty at dawn.'), ['MOBILIZE']);
  assert.ok(types('The bomber detonated a suicide vest outside the court.').includes('ASSAULT'));
});

test('exercises of navies (plural) are military; combined ones are cooperation', () => {
  assert.deepEqual(types('The navies held a combined exercise off Mombasa.'), ['COOPERATE']);
});

test('"is in Paris for two days of talks": the clause subject holds the talks a stretch of time names', () => {
  assert.deepEqual(actorsOf('The Kenyan president is in Paris for two days of talks.', 'CONSULT'), ['Kenya']);
});

test('"a protest by farmers": common nouns after "by" behind an event noun name its actor', () => {
  assert.deepEqual(actorsOf('A protest by farmers blocked the main road for hours.', 'PROTEST'), ['farmers']);
});

test('"kept up their shelling": keep is a light verb that carries the event noun', () => {
  assert.deepEqual(actorsOf('Rebels kept up their shelling of the airport.', 'ASSAULT'), ['Rebels']);
});

test('a verb-and-noun phrase in the passive names its noun first ("the talks were called off by …")', () => {
  assert.deepEqual(types('The talks were called off by Kenya.'), ['SANCTION']);
  assert.deepEqual(actorsOf('The court order was ignored by the governor.', 'REJECT'), ['governor']);
  // A noun that names the act itself keeps its own event.
  assert.deepEqual(types('An inquiry into the fire has been ordered.'), ['ACCUSE']);
});

test('force or penalties not ruled out are held out: a threat, while ruling them out stays a refusal', () => {
  assert.deepEqual(types('Kenya did not rule out military action against the militants.'), ['THREATEN']);
  assert.deepEqual(types('France would not rule out new sanctions on Kenya.'), ['THREATEN']);
  assert.deepEqual(types('Kenya ruled out military action.'), ['REJECT']);
});

test('"insisted that X restore …": a base-form verb after "insisted that" is a demand on its subject', () => {
  const doc = events('France insisted that Kenya free the two reporters.');
  const request = doc.find((e) => e.plover === 'REQUEST');
  assert.ok(request, JSON.stringify(doc.map((e) => e.plover)));
  assert.deepEqual(request.actors.map((a) => a.name), ['France']);
  assert.deepEqual(request.targets.map((a) => a.name), ['Kenya']);
  // An indicative verb ("had acted") reports a claim, not a demand on Kenya.
  assert.ok(!events('France insisted that Kenya had acted lawfully.').some((e) => e.plover === 'REQUEST' && e.targets.some((t) => t.name === 'Kenya')));
});

test('workers who open the sentence strike, however far the noun stands; "with a strike" is the subject\'s act', () => {
  assert.deepEqual(actorsOf('Dock workers brought the port to a standstill with a strike over pay.', 'PROTEST'), ['workers']);
  assert.deepEqual(actorsOf('Nurses across the country mounted a 24-hour stoppage over staffing.', 'PROTEST'), ['Nurses']);
});
