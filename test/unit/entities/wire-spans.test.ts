// Spans of names in wire copy: what belongs to a name and what is only around it (articles, the
// noun saying what an organisation is), organisations joined by "and the", and headline words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './annotate.js';

/** The mention kinds that name (what NER output counts); demonyms, nominals and pronouns only refer. */
const NAMING = new Set(['name', 'alias', 'acronym', 'capital', 'surname']);

const mentions = (text: string): string[] =>
  annotate(text).entities.flatMap((e) => e.mentions.filter((m) => NAMING.has(m.kind)).map((m) => `${e.type}:${m.text}`));

test('an opening "The" is no part of a known name the list also holds without it', () => {
  const found = mentions('The Kremlin said on Monday that it had not been told.');
  assert.ok(found.includes('organisation:Kremlin'), found.join(', '));
  assert.ok(!found.some((m) => m.includes('The Kremlin')), found.join(', '));
});

test('a name that needs its article keeps it', () => {
  assert.ok(mentions('Judges met in The Hague on Monday.').includes('place:The Hague'));
});

test('the lower-case noun after a news agency is no part of its name', () => {
  const found = mentions('Troops left the town on Friday, the Interfax news agency said.');
  assert.ok(found.includes('organisation:Interfax'), found.join(', '));
});

test('"and the" between two names with their own heads joins two bodies, and the article opens neither', () => {
  const found = mentions('Officials from the Ministry of Transport and the Harbour Safety Authority inspected the ferry.');
  assert.ok(found.includes('organisation:Ministry of Transport'), found.join(', '));
  assert.ok(found.includes('organisation:Harbour Safety Authority'), found.join(', '));
});

test('a plural possessive before an organisation head belongs to the name; a country\'s possessive does not', () => {
  const found = mentions("Leaders of the Dockworkers' Union met officials of Japan's Transport Ministry.");
  assert.ok(found.includes("organisation:Dockworkers' Union"), found.join(', '));
  assert.ok(found.includes('country:Japan'), found.join(', '));
  assert.ok(found.includes('organisation:Transport Ministry'), found.join(', '));
});

test('in a title-case headline, words the report writes in lower case end names; the names around them are found', () => {
  const a = annotate('Lisbon Warns Madrid Over Fishing Quotas\nLisbon warned Madrid on Thursday that its boats would keep fishing the quotas.');
  const headline = a.entities.flatMap((e) => e.mentions.filter((m) => m.end < 40).map((m) => `${e.type}:${m.text}`));
  assert.ok(!headline.some((m) => m.includes('Warns')), headline.join(', '));
  assert.ok(headline.some((m) => m.endsWith(':Lisbon')), headline.join(', '));
  assert.ok(headline.some((m) => m.endsWith(':Madrid')), headline.join(', '));
  // The body's capitals are read as capitals, not as the surnames of a headline "person".
  assert.notEqual(a.entities.find((e) => e.mentions.some((m) => m.text === 'Madrid' && m.start > 40))?.type, 'person');
});

test('a common word before an organisation head stays in a headline name', () => {
  const a = annotate('Singer Checks Into Harbour Treatment Center\nThe singer checked into the Harbour Treatment Center for treatment on Friday.');
  const org = a.byMention('Harbour Treatment Center');
  assert.equal(org?.type, 'organisation');
  assert.equal(org?.mentions.length, 2);
});

test('a name ending in an abbreviation keeps its full stop', () => {
  const found = mentions('Brantex Corp. said on Monday it would open a plant in Boulder, Colo. next year.');
  assert.ok(found.includes('organisation:Brantex Corp.'), found.join(', '));
  assert.ok(found.some((m) => m.endsWith(':Colo.')), found.join(', '));
});

test('after a titled person, "of the" opens no organisation name', () => {
  const found = mentions('"We are safe," said Capt. Ann Rudd of the Harbour County Police Department on Friday.');
  assert.ok(found.includes('organisation:Harbour County Police Department'), found.join(', '));
  assert.ok(!found.some((m) => m.includes('of the')), found.join(', '));
});

test('a person named right after an organisation\'s head is no part of its name', () => {
  const found = mentions('The chief executive of the Harbour Trust Council Mary Hollis said it was a mistake.');
  assert.ok(found.includes('organisation:Harbour Trust Council'), found.join(', '));
  assert.ok(found.includes('person:Mary Hollis'), found.join(', '));
});

test('a region named with a lower-case head is mentioned by its proper name; the entity keeps the full name', () => {
  const a = annotate('Shelling hit villages in the Velmar border region and in Ostrava region on Monday.');
  const velmar = a.entities.find((e) => e.mentions.some((m) => m.text === 'Velmar'));
  assert.equal(velmar?.type, 'place');
  assert.equal(velmar?.name, 'Velmar region');
  assert.ok(!a.entities.some((e) => e.mentions.some((m) => m.text.endsWith('region'))));
});

test('"US" twice in a sentence does not make it a headline: the bodies keep their heads', () => {
  const a = annotate('The work was funded by the Harlan Foundation, US Marine Survey Agency, and US Coastal Research Service.');
  assert.equal(a.byMention('Harlan Foundation')?.type, 'organisation');
});

test('a given name after an organisation and "and" opens a person, with what follows', () => {
  const found = mentions('He met Jann Weller of Harbour Review Magazine and Carlo De Benedetti of Italy on Monday.');
  assert.ok(found.includes('organisation:Harbour Review Magazine'), found.join(', '));
  assert.ok(found.includes('person:Carlo De Benedetti'), found.join(', '));
});

test('initials with their stops open a personal name; "U.S." stays the country', () => {
  const found = mentions('Prime Minister H.D. Kerval arrived on Monday, and guard P.J. Tamsin scored. The U.S. Senate voted.');
  assert.ok(found.includes('person:H.D. Kerval'), found.join(', '));
  assert.ok(found.includes('person:P.J. Tamsin'), found.join(', '));
  assert.ok(!found.some((m) => m.startsWith('organisation:H.D.') || m.startsWith('organisation:P.J.')), found.join(', '));
});

test('a people\'s adjective before a lower-case place noun is no region; "Bosnian" is a demonym', () => {
  const found = mentions('A bomb exploded in the southern Philippine city of Zamboanga. Bosnian Serb leader Radovan Karadzic resigned.');
  assert.ok(!found.some((m) => m.includes('Philippine')), found.join(', '));
  assert.ok(!found.some((m) => m.includes('Bosnian')), found.join(', '));
  assert.ok(found.includes('person:Radovan Karadzic'), found.join(', '));
});

test('"and" before a given name, a surname and "of" opens a member of another body', () => {
  const found = mentions('Elected were Gary Chan of the Harbour League and Eunice Yung of New People\'s Party.');
  assert.ok(found.includes('person:Eunice Yung'), found.join(', '));
  assert.ok(found.includes("organisation:New People's Party"), found.join(', '));
});

test('the noun after a news agency\'s name still refers to it', () => {
  const a = annotate('Troops left the town, according to the Interfax news agency.');
  const interfax = a.byMention('Interfax');
  assert.ok(interfax?.mentions.some((m) => m.text === 'news agency' && m.kind === 'nominal'));
});
