// When an event happened (the time expression that governs it, never the publication date) and how
// certain the report is (asserted, hedged, negated, planned), and which attributions carry it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country, names } from './helpers.js';

const NK = country('KP', 'North Korea', ['North Korea', 'name']);
const RU = country('RU', 'Russia', ['Russia', 'name']);
const SY = country('SY', 'Syria', ['Syria', 'name']);
const TD = country('TD', 'Chad', ['Chad', 'name']);

test('takes the date of a time expression in the event’s own clause, with its clock time', () => {
  const [e] = annotate('North Korea fired a ballistic missile around 9 a.m. on Thursday.', {
    entities: [NK], times: [{ text: 'around 9 a.m. on Thursday', value: '2025-03-20T09:00' }],
  }).events;
  assert.equal(e?.date, '2025-03-20');
  assert.equal(e?.time, '09:00');
  assert.equal(e?.timeRef, 't1');
});

test('an introductory time governs the clause after it ("On Friday, X arrived")', () => {
  const [e] = annotate('On Friday, Russia deployed warships to the Baltic Sea.', { entities: [RU], times: [{ text: 'Friday', value: '2025-03-21' }] }).events;
  assert.equal(e?.date, '2025-03-21');
});

test('an event reported in a content clause takes the report’s time when it has none of its own', () => {
  const text = 'Intelligence officials reported last month that Syria had deployed troops to the border.';
  const [e] = annotate(text, { entities: [SY], times: [{ text: 'last month', value: '2025-02' }] }).events;
  assert.equal(e?.category, 'deployment');
  assert.equal(e?.date, '2025-02');
});

test('a time in another clause of the sentence does not govern the event', () => {
  const text = 'Chad deployed troops to the border, which its neighbour criticized on Monday.';
  const events = annotate(text, { entities: [TD], times: [{ text: 'Monday', value: '2025-03-17' }] }).events;
  assert.equal(events.find((e) => e.category === 'deployment')?.date, null);
});

test('without a time expression the date is null, never the publication date', () => {
  const [e] = annotate('Chad deployed troops to the border.', { entities: [TD], published: '2025-03-21' }).events;
  assert.equal(e?.date, null);
  assert.equal(e?.time, null);
  assert.equal(e?.timeRef, null);
});

test('a week or a duration fixes no date', () => {
  const [e] = annotate('Chad deployed troops to the border for three weeks.', {
    entities: [TD], times: [{ text: 'three weeks', value: 'P3W', type: 'DURATION' }],
  }).events;
  assert.equal(e?.date, null);
});

test('could, reportedly and similar words hedge the event', () => {
  assert.equal(annotate('Russia could be supplying North Korea with fighter jets.', { entities: [RU, NK] }).events[0]?.modality, 'hedged');
  assert.equal(annotate('Russia reportedly deployed troops to the border.', { entities: [RU] }).events[0]?.modality, 'hedged');
});

test('a hedge in the clause a content clause depends on hedges it ("it is likely that …")', () => {
  const [e] = annotate('It is highly likely that Russia provided North Korea with missiles.', { entities: [RU, NK] }).events;
  assert.equal(e?.modality, 'hedged');
});

test('a hedged attribution hedges the event it carries', () => {
  const text = 'Experts believe Russia supplied North Korea with missiles.';
  const [e] = annotate(text, { entities: [RU, NK], attributions: [{ cue: 'believe', content: 'Russia supplied North Korea with missiles', source: 'Experts', hedged: true }] }).events;
  assert.equal(e?.modality, 'hedged');
  assert.deepEqual(e?.attributions, ['a1']);
});

test('not, never and failed to negate the event; a refusal is not its own negation', () => {
  assert.equal(annotate('Russia did not attack the convoy.', { entities: [RU] }).events[0]?.modality, 'negated');
  assert.equal(annotate('Russia failed to reach an agreement with Chad.', { entities: [RU, TD] }).events[0]?.modality, 'negated');
  const [refusal] = annotate('Russia refused the request of Chad.', { entities: [RU, TD] }).events;
  assert.equal(refusal?.plover, 'REJECT');
  assert.equal(refusal?.modality, 'asserted');
});

test('will, plans to and scheduled mark a planned event; a planned visit is PLOVER AGREE but stays a visit', () => {
  const [visit] = annotate('The president of Chad will visit Russia next week.', { entities: [RU, TD] }).events;
  assert.equal(visit?.modality, 'planned');
  assert.equal(visit?.category, 'visit_or_meeting');
  assert.equal(visit?.plover, 'AGREE');
  assert.equal(annotate('Russia plans to hold naval drills in the Arctic.', { entities: [RU] }).events[0]?.modality, 'planned');
});

test('a planned act of pressure made conditional is a threat', () => {
  const [e] = annotate('Chad will expel diplomats of Russia unless the raids stop.', { entities: [RU, TD] }).events;
  assert.equal(e?.plover, 'THREATEN');
});

test('links the attributions whose content contains the trigger', () => {
  const text = 'South Korea’s military said North Korea fired two missiles into the sea.';
  const { events } = annotate(text, {
    entities: [NK], attributions: [{ cue: 'said', content: 'North Korea fired two missiles into the sea', source: 'South Korea’s military' }],
  });
  assert.deepEqual(events[0]?.attributions, ['a1']);
  assert.equal(events[0]?.evidence.text, 'North Korea fired two missiles into the sea');
});

test('an event in an attribution’s content is bounded by the content, not the frame', () => {
  const text = 'Russia moved troops to the border, a NATO official said on Monday.';
  const { events } = annotate(text, {
    entities: [RU], times: [{ text: 'Monday', value: '2025-03-17' }],
    attributions: [{ cue: 'said', content: 'Russia moved troops to the border', source: 'a NATO official' }],
  });
  assert.equal(events[0]?.evidence.text, 'Russia moved troops to the border');
  assert.deepEqual(names(events[0]!.actors), ['Russia']);
});

test('a past-tense verb dated after publication is still a report, not a plan', () => {
  const russia = country('RU', 'Russia', ['Russia', 'name']);
  const past = annotate('Russia withdrew its troops from the town in May.', { entities: [russia], times: [{ text: 'May', value: '2025-05' }] }).events;
  assert.deepEqual(past.map((e) => [e.plover, e.modality]), [['RETREAT', 'asserted']]);
  const future = annotate('Russia will withdraw its troops from the town in May.', { entities: [russia], times: [{ text: 'May', value: '2025-05' }] }).events;
  assert.deepEqual(future.map((e) => e.modality), ['planned']);
});

test('an event noun dated after publication is no plan when its clause is in the past tense', () => {
  const events = annotate('The June attack killed ten people.', { times: [{ text: 'June', value: '2025-06' }] }).events;
  assert.deepEqual(events.map((e) => [e.plover, e.modality]), [['ASSAULT', 'asserted']]);
});

test('planning words mark a plan only when they govern the event', () => {
  const russia = country('RU', 'Russia', ['Russia', 'name']);
  const modality = (text: string): string[] => annotate(text, { entities: [russia] }).events.map((e) => `${e.plover}/${e.modality}`);
  assert.deepEqual(modality('The next day Russia captured the town.'), ['ASSAULT/asserted']);
  assert.deepEqual(modality('Pilgrims planning to join the rally were shot dead by Russia.'), ['ASSAULT/asserted']);
  assert.deepEqual(modality('He is the first officer to be arrested by Russia.'), ['COERCE/asserted']);
  assert.deepEqual(modality('Russia plans to attack the town.'), ['THREATEN/planned']);
});
