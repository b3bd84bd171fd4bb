// Continents, seas and regions of several countries are places with no country of their own; towns
// after a place noun and "of", and wire datelines, are places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './annotate.js';

test('continents and multi-country regions are places', () => {
  const a = annotate('Shares fell across Europe on Monday, and traders in the Middle East and Latin America sold too.');
  for (const name of ['Europe', 'Middle East', 'Latin America']) {
    const e = a.byMention(name);
    assert.equal(e?.type, 'place', name);
    assert.equal(e?.country, null, name);
  }
});

test('a sea is a place, and a longer name wins over the region inside it', () => {
  const a = annotate('The navy patrols the Gulf of Aden and the South China Sea.');
  assert.equal(a.byMention('Gulf of Aden')?.type, 'place');
  assert.equal(a.byMention('South China Sea')?.type, 'place');
  assert.equal(a.byMention('Gulf'), undefined);
});

test('a known town after "the resort of" or "the outskirts of" is a place', () => {
  assert.equal(annotate('Robbers struck a jeweller in the southern resort of Cannes on Friday.').byMention('Cannes')?.type, 'place');
  assert.equal(annotate('The plant stands on the outskirts of Pforzheim, the company said.').byMention('Pforzheim')?.type, 'place');
});

test('the home nations are national sides like countries: places, never clubs, also first in a line', () => {
  const a = annotate('CRICKET - ENGLAND V ZORVANIA SCOREBOARD .\nEngland first innings 326 all out .\nScotland 120-3 at the close .');
  assert.equal(a.byMention('England')?.type, 'place');
  assert.equal(a.byMention('ENGLAND')?.type, 'place');
  assert.equal(a.byMention('Scotland')?.type, 'place');
});

test('a fixture side that opens with a country is the country, not a longer shouted run', () => {
  const a = annotate('CRICKET - ENGLAND V PAKISTAN SCOREBOARD .\nPakistan 120-3 at the close .');
  assert.equal(a.byMention('PAKISTAN')?.type, 'country');
  assert.equal(a.byMention('PAKISTAN SCOREBOARD'), undefined);
});

test('a name in capitals alone before a year-first date opening its line is a wire dateline: a place', () => {
  const a = annotate('SOCCER - RESULT .\nZORVANSK 1996-08-22\nThe match ended 1-1 .');
  assert.equal(a.byMention('ZORVANSK')?.type, 'place');
  assert.equal(annotate('ZORVANSK 1996 was a good year .').byMention('ZORVANSK')?.type, undefined);
});

test('an unknown name after "the town of" or "the province of" is a place, and a region may open a sentence', () => {
  const a = annotate('The quake struck near the town of Dargavan and the village of Zirunag.');
  assert.equal(a.byMention('Dargavan')?.type, 'place');
  assert.equal(a.byMention('Zirunag')?.type, 'place');
  assert.equal(annotate('Tasmania was excluded from the study.').byMention('Tasmania')?.type, 'place');
});

test('islands and historic regions are places', () => {
  const a = annotate('The quake struck Aceh on the island of Sumatra, while storms hit Sicily.');
  for (const name of ['Aceh', 'Sumatra', 'Sicily']) assert.equal(a.byMention(name)?.type, 'place', name);
});
