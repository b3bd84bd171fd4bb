// The conflictual and cooperative speech acts news reports in many words: each phrasing gets its
// PLOVER type, also when the verb is the cue of an attribution, and also when the actor is a common
// noun ("the opposition", "aid agencies") rather than a named entity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country, names } from './helpers.js';

const US = country('US', 'United States', ['United States', 'name']);
const RU = country('RU', 'Russia', ['Russia', 'name']);
const IR = country('IR', 'Iran', ['Iran', 'name']);

/** The PLOVER types of a sentence's events. */
const types = (text: string): string[] => annotate(text, { entities: [US, RU, IR].filter((e) => text.includes(e.name)) }).events.map((e) => e.plover);

test('refusals, vetoes, denials and dismissals are REJECT', () => {
  for (const text of [
    'The opposition rejected the offer of talks.',
    'The president vetoed the bill.',
    'The rebels turned down the peace plan.',
    'The ministry denied reports that its troops had crossed the border.',
    'The foreign minister ruled out negotiations with the militants.',
    'Russia brushed aside the proposal.',
    'Iran dismissed the accusations as groundless.',
  ]) assert.ok(types(text).includes('REJECT'), text);
});

test('calls, appeals, demands and pressure to act are REQUEST', () => {
  for (const text of [
    'The prime minister urged both sides to show restraint.',
    'Aid agencies appealed for more funds.',
    'Lawmakers called on the president to resign.',
    'The envoy asked Russia for more assistance.',
    'The families are seeking compensation.',
  ]) assert.ok(types(text).includes('REQUEST'), text);
});

test('threats, ultimatums and warnings of force are THREATEN', () => {
  for (const text of [
    'Iran threatened to retaliate against any attack.',
    'The group issued an ultimatum to the army.',
    'The United States warned Russia of serious consequences.',
    'The militia vowed revenge for the killing of its leader.',
  ]) assert.ok(types(text).includes('THREATEN'), text);
});

test('praise, welcome and expressed support are SUPPORT without a named receiver', () => {
  for (const text of [
    'The United States welcomed the agreement.',
    'The president praised the army for its bravery.',
    'The prime minister expressed support for the plan.',
    'The minister apologized for the remarks.',
  ]) assert.ok(types(text).includes('SUPPORT'), text);
});

test('yielding to pressure and easing political restrictions are CONCEDE', () => {
  for (const text of [
    'The company gave in to the demands of the workers.',
    'The minister admitted that mistakes had been made.',
    'The government eased restrictions on the press.',
  ]) assert.ok(types(text).includes('CONCEDE'), text);
});

test('protests named by gatherings, strikes and rallies are PROTEST', () => {
  for (const text of [
    'Demonstrators gathered outside the embassy chanting slogans against the war.',
    'Students staged a rally against the fees.',
    'Workers went on strike over unpaid wages.',
  ]) assert.ok(types(text).includes('PROTEST'), text);
});

test('an actor named by a common noun keeps the event and is its actor', () => {
  const [e] = annotate('The opposition rejected the offer.').events;
  assert.equal(e?.plover, 'REJECT');
  assert.deepEqual(names(e!.actors), ['opposition']);
  assert.equal(e!.actors[0]!.entity, null);
});

test('a clause subject that names no one is not made an actor', () => {
  const events = annotate('The footage released on Friday did not show the shooting.').events;
  assert.ok(events.every((e) => !names(e.actors).includes('footage')));
});

test('a speech verb that is an attribution cue still reports its own act', () => {
  const text = 'Russia condemned the sanctions as illegal.';
  const [e] = annotate(text, { entities: [RU], attributions: [{ cue: 'condemned', content: 'the sanctions as illegal', source: 'Russia' }] }).events;
  assert.equal(e?.plover, 'ACCUSE');
  const praised = annotate('Iran praised the decision.', { entities: [IR], attributions: [{ cue: 'praised', content: 'the decision', source: 'Iran' }] }).events;
  assert.equal(praised[0]?.plover, 'SUPPORT');
});

test('a promise is a threat only when the harmful act is what is promised', () => {
  const [e] = annotate('Iran offered to hand over two men suspected of bombing a plane.', { entities: [IR] }).events;
  assert.equal(e?.plover, 'AGREE');
  assert.equal(annotate('The rebels vowed to attack the capital.').events[0]?.plover, 'THREATEN');
});

test('"declined to comment" is no refusal', () => {
  assert.equal(annotate('The ministry declined to comment on the report.').events.length, 0);
});

test('a warning with a condition is a threat; forces placed on high alert are mobilised', () => {
  const ru = country('RU', 'Russia', ['Russia', 'name']);
  const types = (text: string): string[] => annotate(text, { entities: [ru] }).events.map((e) => e.plover);
  assert.ok(types('Russia warned that it would stop the gas deliveries unless the debt was paid.').includes('THREATEN'));
  assert.ok(types('Russia has placed its strategic forces on high alert.').includes('MOBILIZE'));
});
