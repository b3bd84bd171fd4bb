// Names in sports results, shouted headlines, initials, short company names and pronouns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './annotate.js';

const typeOf = (a: ReturnType<typeof annotate>, words: string): string | undefined => a.byMention(words)?.type;

test('towns before scores in a results line are teams, not places', () => {
  const a = annotate('Results of matches played on Saturday:\nLeeds 3 Bolton 1\nLeeds fans celebrated.');
  assert.equal(typeOf(a, 'Leeds'), 'organisation');
  assert.equal(typeOf(a, 'Bolton'), 'organisation');
});

test('a town after "in" stays a place even when a team of its name played', () => {
  const a = annotate('Leeds 3 Bolton 1\nThe match was played in Leeds before a large crowd.');
  const leeds = a.entities.filter((e) => e.mentions.some((m) => m.text === 'Leeds'));
  assert.ok(leeds.some((e) => e.type === 'place'));
});

test('a country inside a shouted headline is found, and the shouted sport word is no organisation', () => {
  const a = annotate('TENNIS - JAPAN WIN AGAIN\nThe team played well on Sunday.');
  assert.equal(typeOf(a, 'JAPAN'), 'country');
  assert.equal(a.byMention('TENNIS'), undefined);
});

test('a wire dateline city with the date after it is a place', () => {
  const a = annotate('MELBOURNE 2025-03-01\nThe rain stopped play on Saturday.');
  assert.equal(typeOf(a, 'MELBOURNE'), 'place');
});

test('an initial with its dot and a surname make one person', () => {
  const a = annotate('The opener J. Smith hit a century on Friday.');
  assert.equal(typeOf(a, 'J. Smith'), 'person');
});

test('on a sports page, a name that ends in a large town names a club', () => {
  const a = annotate('Benfica won 2-0 on Sunday. The coach of Sporting Lisbon was dismissed after a 1-3 defeat.');
  assert.equal(typeOf(a, 'Sporting Lisbon'), 'organisation');
});

test('elsewhere, a person may bear the name of a town', () => {
  const a = annotate('Valeska Paris, a former member, has left the group.');
  assert.equal(typeOf(a, 'Valeska Paris'), 'person');
});

test('the first word of a company name, alone, is that company', () => {
  const a = annotate('Acmeco Mining Corp raised its bid on Friday. Acmeco said the offer was final.');
  const acme = a.byMention('Acmeco Mining Corp')!;
  assert.ok(acme.mentions.some((m) => m.text === 'Acmeco'));
  assert.equal(acme.type, 'organisation');
});

test('he and she go to the most recent person, its to the most recent organisation', () => {
  const a = annotate('Jane Okafor leads the Harbour Development Authority. She said its budget would grow.');
  assert.ok(a.byMention('Jane Okafor')!.mentions.some((m) => m.text === 'She' && m.kind === 'pronoun'));
  assert.ok(a.byMention('Harbour Development Authority')!.mentions.some((m) => m.text === 'its' && m.kind === 'pronoun'));
});

test('a pronoun with no person in the last sentences stays unresolved', () => {
  const a = annotate('The storm hit the coast. Roads were closed. Shops stayed shut. He was not seen.');
  assert.ok(a.entities.every((e) => e.mentions.every((m) => m.kind !== 'pronoun')));
});

test('a bare "it" is not resolved', () => {
  const a = annotate('The Harbour Development Authority met on Monday. It is likely to raise fees.');
  assert.ok(a.entities.every((e) => e.mentions.every((m) => m.text !== 'It')));
});

test('institutions named by what they house are organisations, buildings and stops are places', () => {
  const a = annotate('The trainer went to the Museum of Flight in Seattle. Crowds walked from Fenwick Station to the Carlvale Hotel.');
  assert.equal(a.byMention('Museum of Flight')?.type, 'organisation');
  assert.equal(a.byMention('Fenwick Station')?.type, 'place');
  assert.equal(a.byMention('Carlvale Hotel')?.type, 'place');
});

test('a theatre "on" a place ends before it', () => {
  const a = annotate('She studied acting at the Sea Marsh Summer Theater on Long Island for two years.');
  assert.equal(a.byMention('Sea Marsh Summer Theater')?.type, 'organisation');
  assert.equal(a.byMention('Long Island')?.type, 'place');
});

test('a name written with the Arabic article in lower case ("al-Aiser") goes on with the name', () => {
  const a = annotate('Information Minister Khalid al-Aiser wrote that the palace was back. Ahmed al-Sharaa met the envoy.');
  assert.equal(typeOf(a, 'Khalid al-Aiser'), 'person');
  assert.equal(typeOf(a, 'Ahmed al-Sharaa'), 'person');
  // an ordinary hyphenated lower-case word is no name word
  assert.equal(annotate('The all-night talks ended.').entities.length, 0);
});

test('a shouted headline repeats the surnames and clubs the report names in ordinary case', () => {
  const a = annotate('TENNIS - KOVARIK BEATS LINDQVIST IN FINAL\nTORONTO 2025-03-01\nCzech teenager Jana Kovarik beat Sara Lindqvist 6-3 6-4 on Saturday.');
  const kovarik = a.byMention('KOVARIK');
  assert.equal(kovarik?.type, 'person');
  assert.ok(kovarik?.mentions.some((m) => m.text === 'Jana Kovarik'));
  assert.equal(a.byMention('LINDQVIST')?.type, 'person');
});

test('a club prefix in capitals and its town make one club; a regnal number stays with its name', () => {
  const a = annotate('Results of matches on Sunday:\nNAC Dorsel 2 SC Vennhaus 1\nWillem II 1 Ashford 1\nPope John Paul II visited the town.');
  assert.equal(a.byMention('NAC Dorsel')?.type, 'organisation');
  assert.equal(a.byMention('SC Vennhaus')?.type, 'organisation');
  assert.equal(a.byMention('Willem II')?.type, 'organisation');
  assert.equal(a.byMention('John Paul II')?.type, 'person');
});

test('a generational suffix is no surname: "Lacey" alone is Anthony Lacey III', () => {
  const a = annotate('Anthony Lacey III, 38, was arrested on Monday. Lacey was held in the county jail.');
  assert.ok(a.byMention('Lacey')?.mentions.some((m) => m.text === 'Anthony Lacey III'));
});

test('a name that is retaken, overrun or shelled is ground: a place, unless a given name opens it', () => {
  const a = annotate('The army retook Wad Medinat in January. Rebels overran Kafr Tulba on Sunday.');
  assert.equal(typeOf(a, 'Wad Medinat'), 'place');
  assert.equal(typeOf(a, 'Kafr Tulba'), 'place');
});

test('a personal name with two particles is one name ("Ursula von der Leyen", "Maria de la Cruz")', () => {
  const a = annotate('Commission President Ursula von der Leyen met Maria de la Cruz in Brussels.');
  assert.equal(a.byMention('Ursula von der Leyen')?.type, 'person');
  assert.equal(a.byMention('Maria de la Cruz')?.type, 'person');
});

test('a title any body has speaks with the kind of the body named with it ("director … at the Arms Control Association")', () => {
  const a = annotate('"The threshold is near," said Kelsey Davenport, director for nonproliferation policy at the Arms Control Association.');
  assert.equal(a.byMention('Kelsey Davenport')?.sourceType, 'expert');
});

test('a body named before the title is the post\'s field; the body after "for"/"at" is the employer ("U.N. director for the Crisis Group")', () => {
  const a = annotate('"Both sides gave ground," said Jane Roe, U.N. director for the International Crisis Group, on Friday.');
  assert.equal(a.byMention('Jane Roe')?.sourceType, 'expert');
});

test('a preposition in -ing opening a sentence is no part of the name after it (session 12)', () => {
  const a = annotate("Following Halvorsen's arrest, his lawyer asked for a new hearing. Halvorsen has denied the charges.");
  assert.equal(a.byMention('Following Halvorsen'), undefined);
});
