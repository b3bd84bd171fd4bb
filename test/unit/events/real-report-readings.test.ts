// Events, session 11 (helper rev): kinds of errors read off real news reports judged by hand (the reports are not
// quoted; every sentence here is invented), each test failing without its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country } from './helpers.js';

const RU = country('RU', 'Russia', ['Russia', 'name'], ['Moscow', 'capital']);
const UA = country('UA', 'Ukraine', ['Ukraine', 'name']);
const US = country('US', 'United States', ['Washington', 'capital']);

const dateOf = (text: string, plover: string, times: { text: string; value: string }[], entities = [RU, UA, US].filter((e) => e.forms.some(([f]) => text.includes(f)))) =>
  annotate(text, { entities, times }).events.find((e) => e.plover === plover)?.date;

test('a time in a reduced relative on the object dates the object, not the verb', () => {
  assert.equal(dateOf('The league condemned the unilateral move announced on Monday by the minister.', 'ACCUSE', [{ text: 'Monday', value: '2025-03-17' }]), null);
  assert.equal(dateOf('The governor vetoed the budget approved by lawmakers in April.', 'REJECT', [{ text: 'April', value: '2024-04' }]), null);
  // Times of the verb itself still count, before or right after it.
  assert.equal(dateOf('The league on Friday condemned the plan unveiled in May.', 'ACCUSE', [{ text: 'Friday', value: '2025-03-21' }, { text: 'May', value: '2024-05' }]), '2025-03-21');
  assert.equal(dateOf('The army has condemned the attack on Monday.', 'ACCUSE', [{ text: 'Monday', value: '2025-03-17' }]), '2025-03-17');
});

test('"in the wake of", "in response to": the time after them dates the act answered, not the answer', () => {
  assert.equal(dateOf('Washington invaded the valley in the wake of the May 2 bombings.', 'ASSAULT', [{ text: 'May 2', value: '2024-05-02' }]), null);
  assert.equal(dateOf('Rebels attacked the convoy on Monday in retaliation for the air raid on Friday.', 'ASSAULT', [{ text: 'Monday', value: '2025-03-17' }, { text: 'Friday', value: '2025-03-14' }]), '2025-03-17');
});

test('an event noun dated by a relative clause after its "of" phrase', () => {
  assert.equal(dateOf("The envoy pointed to Russia's invasion of Ukraine that began in February 2022.", 'ASSAULT', [{ text: 'February 2022', value: '2022-02' }]), '2022-02');
});

const types = (text: string): string[] => annotate(text, { entities: [RU, UA, US].filter((e) => e.forms.some(([f]) => text.includes(f))) }).events.map((e) => e.plover);

test("attacking someone's policies or record is criticism; attacking positions is still force", () => {
  assert.deepEqual(types("The two rival leaders attacked each other's policies on the economy."), ['ACCUSE']);
  assert.deepEqual(types('The opposition leader attacked the record of the ruling party.'), ['ACCUSE']);
  assert.deepEqual(types("Rebels attacked the army's positions near the border."), ['ASSAULT']);
});

test('a reaction something was met with is no meeting; an abstract state threatened is no threat', () => {
  assert.deepEqual(types('The proposal was met with derision by the opposition.'), []);
  assert.deepEqual(types('His answer was met with hoots of laughter from the audience.'), []);
  assert.deepEqual(types('The settlers threaten the viability of a peace deal, the envoy said.'), []);
  assert.deepEqual(types('The minister met with the opposition leader on Monday.'), ['CONSULT']);
  assert.ok(types('Rebels threatened to attack the capital.').includes('THREATEN'));
});

test('the contract leaves out acts told as not done, and keeps refusals', async () => {
  const { toContract } = await import('../../../src/model/contract.js');
  const { makeDocument } = await import('./helpers.js');
  const contractEvents = (text: string) => {
    const { layers } = annotate(text, { entities: [RU, UA].filter((e) => e.forms.some(([f]) => text.includes(f))) });
    return (toContract({ document: makeDocument(text, '2025-03-21'), layers, stages: [] }).events as { plover: string }[]).map((e) => e.plover);
  };
  assert.deepEqual(contractEvents('Russia did not attack the convoy.'), []);
  assert.deepEqual(contractEvents('Russia attacked the convoy.'), ['ASSAULT']);
  assert.deepEqual(contractEvents('Russia failed to reach an agreement with Ukraine.'), ['REJECT']);
});

test('clashes between two sides named by common nouns: both sides are the parties', () => {
  const clash = annotate('Two people died after violent clashes erupted between the mayor\'s supporters and riot police.').events.find((e) => e.plover === 'ASSAULT');
  assert.deepEqual(clash?.actors.map((a) => a.name), ["mayor's supporters", 'riot police']);
  // Years are no sides.
  assert.deepEqual(annotate('The clashes between 2010 and 2015 were the worst in decades.').events.flatMap((e) => e.actors), []);
});

test('a refusal is REJECT in the other category; an act only left undone ("without …") is no refusal', () => {
  const refusal = annotate('Russia did not sign the accord.', { entities: [RU] }).events[0];
  assert.equal(refusal?.plover, 'REJECT');
  assert.equal(refusal?.category, 'other');
  const undone = annotate('“Without rolling back some of the tariffs, what is the incentive?” the economist said.').events;
  assert.ok(!undone.some((e) => e.plover === 'REJECT'));
});

test('a sentence given by a court is a conviction, not aid', () => {
  assert.deepEqual(types('The former mayor was the second defendant to be given the maximum sentence by the judge.'), ['SANCTION']);
  assert.deepEqual(types('A court gave the activist a five-year sentence.'), ['SANCTION']);
});
