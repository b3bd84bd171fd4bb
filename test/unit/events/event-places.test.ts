// Session 13 (helper place13): where an event happened. Invented sentences, one per construction.
import test from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country, KNOWLEDGE, makeDocument, type EntitySpec } from './helpers.js';
import type { Entity, Layers } from '../../../src/model/types.js';
import { sentenceStage } from '../../../src/annotate/sentences/stage.js';
import { eventStage } from '../../../src/annotate/events/stage.js';

const place = (id: string, name: string, ...forms: string[]): EntitySpec => ({ id: `place:${id}`, name, type: 'place', forms: forms.map((f) => [f, 'name'] as [string, 'name']) });
const placeOf = (text: string, entities: EntitySpec[], trigger: string): string | null => {
  const e = annotate(text, { entities }).events.find((x) => x.trigger.text.startsWith(trigger));
  assert.ok(e, `no event at "${trigger}" in: ${text}`);
  return e.place?.name ?? null;
};

test('an attacked town is where the attack happened', () => {
  assert.equal(placeOf('Rebel fighters captured Dunmore on Tuesday.', [place('dunmore', 'Dunmore', 'Dunmore')], 'captured'), 'Dunmore');
  // (passive: the town is the subject)
  assert.equal(placeOf('Dunmore was shelled overnight by the rebels.', [place('dunmore', 'Dunmore', 'Dunmore')], 'shelled'), 'Dunmore');
  // the attacked town before the region it lies in
  assert.equal(placeOf('Government troops shelled Dunmore in the southern countryside of Carvale.',
    [place('dunmore', 'Dunmore', 'Dunmore'), place('carvale', 'Carvale', 'Carvale')], 'shelled'), 'Dunmore');
});

test('an attacked country is the place only as what the act is done to, not as a goal', () => {
  assert.equal(placeOf('Russia attacked Ukraine on Friday.', [country('RU', 'Russia', ['Russia', 'name']), country('UA', 'Ukraine', ['Ukraine', 'name'])], 'attacked'), 'Ukraine');
  assert.equal(placeOf('Gunmen seized three drivers on the road to Dunmore.', [place('dunmore', 'Dunmore', 'Dunmore')], 'seized'), null);
});

test('a nationality, a name used as a modifier or an owner is no place', () => {
  assert.equal(placeOf('Militants shot at Israeli soldiers on Monday.', [country('IL', 'Israel', ['Israeli', 'demonym'])], 'shot'), null);
  assert.equal(placeOf('Insurgents detonated a bomb near a U.S. patrol on Monday.', [country('US', 'United States', ['U.S.', 'acronym'])], 'detonated'), null);
  assert.equal(placeOf("The leader of Carvale's largest rebel group was captured on Monday.", [place('carvale', 'Carvale', 'Carvale')], 'captured'), null);
  // (but a name before a kind of place names it: "a Carvale town", "near Carvale's southern border")
  assert.equal(placeOf('Two soldiers were shot dead in a Carvale town on Monday.', [place('carvale', 'Carvale', 'Carvale')], 'shot'), 'Carvale');
  assert.equal(placeOf("Rebels captured two soldiers near Carvale's southern border.", [place('carvale', 'Carvale', 'Carvale')], 'captured'), 'Carvale');
});

test('"from" a request maker is no place', () => {
  assert.equal(placeOf('The minister approved an extradition request from Carvale on Monday.', [place('carvale', 'Carvale', 'Carvale')], 'approved'), null);
  assert.equal(placeOf('The minister approved an extradition request from the Carvale on Monday.', [place('carvale', 'Carvale', 'Carvale')], 'approved'), null);
});

test('"of" after a part of a place keeps the place phrase', () => {
  assert.equal(placeOf('About 500 protesters marched in the streets of Dunmore on Sunday.', [place('dunmore', 'Dunmore', 'Dunmore')], 'marched'), 'Dunmore');
  assert.equal(placeOf('A soldier was shot in an ambush north of Dunmore on Thursday.', [place('dunmore', 'Dunmore', 'Dunmore')], 'shot'), 'Dunmore');
});

test('marching through a town', () => {
  assert.equal(placeOf('Thousands of protesters marched through Dunmore on Sunday.', [place('dunmore', 'Dunmore', 'Dunmore')], 'marched'), 'Dunmore');
});

test('a place that opens the sentence frames its clause; not an act told in a content after it', () => {
  assert.equal(placeOf('In Dunmore, a shopkeeper was shot dead by gunmen.', [place('dunmore', 'Dunmore', 'Dunmore')], 'shot'), 'Dunmore');
  assert.equal(placeOf('Also in Dunmore, hundreds of students demonstrated against the new fees.', [place('dunmore', 'Dunmore', 'Dunmore')], 'demonstrated'), 'Dunmore');
  const text = 'In Dunmore, officials said the rebels had attacked a convoy.';
  const events = annotate(text, {
    entities: [place('dunmore', 'Dunmore', 'Dunmore')],
    attributions: [{ cue: 'said', content: 'the rebels had attacked a convoy', source: 'officials' }],
  }).events;
  assert.equal(events.find((e) => e.trigger.text === 'attacked')?.place ?? null, null);
});

test('a place that locates the subject locates the act', () => {
  assert.equal(placeOf('Police in Dunmore arrested two men on Friday.', [place('dunmore', 'Dunmore', 'Dunmore')], 'arrested'), 'Dunmore');
});

test('a place further on in the clause or in an adjunct of time', () => {
  assert.equal(placeOf('A soldier was shot dead while on patrol in southern Carvale.', [place('carvale', 'Carvale', 'Carvale')], 'shot'), 'Carvale');
  assert.equal(placeOf('The mayor was shot in the head shortly after a rally in Dunmore.', [place('dunmore', 'Dunmore', 'Dunmore')], 'shot'), 'Dunmore');
  // (not in a condition)
  assert.equal(placeOf('Carvale will not accept more refugees if fighting starts in Dunmore.',
    [place('carvale', 'Carvale', 'Carvale'), place('dunmore', 'Dunmore', 'Dunmore')], 'accept'), null);
});

test('the town named after its region, and a capital given in apposition', () => {
  assert.equal(placeOf('Settlers in the Carvale town of Dunmore set fire to a warehouse.',
    [place('carvale', 'Carvale', 'Carvale'), place('dunmore', 'Dunmore', 'Dunmore')], 'set fire'), 'Dunmore');
  assert.equal(placeOf('A reporter was shot in the back while waiting in the commercial capital, Dunmore, on Monday.',
    [place('dunmore', 'Dunmore', 'Dunmore')], 'shot'), 'Dunmore');
});

test('an attacked town is what the act is aimed at, not a name further on', () => {
  assert.equal(placeOf('Rebels fired rockets into Carvale with sirens heard as far away as Dunmore.',
    [place('carvale', 'Carvale', 'Carvale'), place('dunmore', 'Dunmore', 'Dunmore')], 'fired'), 'Carvale');
  assert.equal(placeOf('Five people were killed in an air strike on the slum of Dunmore in eastern Carvale.',
    [place('carvale', 'Carvale', 'Carvale'), place('dunmore', 'Dunmore', 'Dunmore')], 'killed'), 'Dunmore');
});

test('a place in the subject locates the act only after a doer', () => {
  assert.equal(placeOf('After the attacks in Dunmore, the prime minister has threatened to flatten the camps.',
    [place('dunmore', 'Dunmore', 'Dunmore')], 'threatened'), null);
});

test('"<Town> police arrested …" opening the sentence names where they acted; a country before its forces does not', () => {
  assert.equal(placeOf('Dunmore police arrested two men outside a bar on Monday.', [place('dunmore', 'Dunmore', 'Dunmore')], 'arrested'), 'Dunmore');
  // (in a reported content, the town of the speakers is not where the act was done)
  const told = annotate('Carvale officials said police had detained four students.', {
    entities: [place('carvale', 'Carvale', 'Carvale')],
    attributions: [{ cue: 'said', content: 'police had detained four students', source: 'Carvale officials' }],
  }).events;
  assert.equal(told.find((e) => e.trigger.text.startsWith('detained'))?.place ?? null, null);
  assert.equal(placeOf('Russian forces detained four students on Monday.', [country('RU', 'Russia', ['Russian', 'demonym'])], 'detained'), null);
});

/** Events of a text whose first line is a dateline ("DUNMORE, Texas (AP) —"), with one place entity for the town. */
function datelined(text: string, datelineText: string, town: string): { trigger: string; place: string | null }[] {
  const document = makeDocument(text, '2025-03-21');
  const placeName = town.charAt(0) + town.slice(1).toLowerCase();
  document.dateline = { span: { start: 0, end: datelineText.length }, place: placeName, outlet: 'AP' };
  const { sentences, tokens } = sentenceStage().run({ document, layers: {} });
  const entity: Entity = { id: 'place:town', name: town, type: 'place', aliases: [], country: null, mentions: [{ start: 0, end: town.length, text: town, entity: 'place:town', kind: 'name' }] };
  const layers: Layers = { sentences, tokens, entities: [entity], times: [], attributions: [], events: [] };
  return eventStage(KNOWLEDGE).run({ document, layers }).events.map((e) => ({ trigger: e.trigger.text, place: e.place?.name ?? null }));
}

test('a local dateline places the acts on the ground its report tells, when a sentence names no place', () => {
  const text = 'DUNMORE, Texas (AP) — A man was shot dead outside a grocery store on Sunday.\nOfficers arrested a suspect hours later.\nThe mayor will meet the family on Monday.';
  const events = datelined(text, 'DUNMORE, Texas (AP) —', 'DUNMORE');
  assert.equal(events.find((e) => e.trigger.startsWith('shot'))?.place, 'Dunmore');
  assert.equal(events.find((e) => e.trigger.startsWith('arrested'))?.place, 'Dunmore');
  // (a meeting may be reported from anywhere)
  assert.equal(events.find((e) => e.trigger.startsWith('meet'))?.place ?? null, null);
});

test('a dateline without a region places only the lead sentence\'s acts', () => {
  const text = 'DUNMORE (AP) — Police arrested two protesters on Sunday.\nSoldiers shot a farmer on Monday.';
  const events = datelined(text, 'DUNMORE (AP) —', 'DUNMORE');
  assert.equal(events.find((e) => e.trigger.startsWith('arrested'))?.place, 'Dunmore');
  assert.equal(events.find((e) => e.trigger.startsWith('shot'))?.place ?? null, null);
});

test('a second verb of the same subject shares the place; "and" with a new clause does not', () => {
  assert.equal(placeOf('The reporter was shot twice and left for dead in a field on the outskirts of Dunmore.', [place('dunmore', 'Dunmore', 'Dunmore')], 'shot'), 'Dunmore');
  assert.equal(placeOf('The reporter was shot in May and is accused of leaking documents at a meeting in Dunmore.', [place('dunmore', 'Dunmore', 'Dunmore')], 'shot'), null);
});

test('"Around 3,000 <Town> people demonstrated": the town of the crowd', () => {
  assert.equal(placeOf('Around 3,000 Dunmore people demonstrated on Sunday against the new tax.', [place('dunmore', 'Dunmore', 'Dunmore')], 'demonstrated'), 'Dunmore');
  assert.equal(placeOf('Hundreds of Carvale residents demonstrated on Sunday against the new tax.', [country('CV', 'Carvale', ['Carvale', 'name'])], 'demonstrated'), 'Carvale');
  assert.equal(placeOf('Carvale officials demonstrated the new radar on Sunday.', [country('CV', 'Carvale', ['Carvale', 'name'])], 'demonstrated'), null);
});

test('a building named as a body is the place, under the name the text uses, when no town is named', () => {
  const palace: EntitySpec = { id: 'org:palace', name: 'Carvale Presidential Palace', type: 'organisation', forms: [['Presidential Palace', 'name']] };
  assert.equal(placeOf('The president met the envoy at the Presidential Palace on Tuesday.', [palace], 'met'), 'Presidential Palace');
  const union: EntitySpec = { id: 'org:union', name: 'Carvale Teachers Union', type: 'organisation', forms: [['Teachers Union', 'name']] };
  assert.equal(placeOf('The president met the envoy at the Teachers Union on Tuesday.', [union], 'met'), null);
});
