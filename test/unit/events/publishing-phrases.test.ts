// Phrases of reporting and publishing share words with events ("accord", "post", "shoot") but
// report no act: they must not become events, while the acts they resemble still do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './helpers.js';

const triggers = (text: string): string[] => annotate(text).events.map((e) => e.trigger?.text ?? '');

test('"according to", "posted to Twitter" and "shot a photo" are no events', () => {
  assert.deepEqual(triggers('The paper has learned that according to a posting, the talks will resume.'), []);
  assert.deepEqual(triggers('She chose the hashtag and posted to Twitter.'), []);
  assert.deepEqual(triggers('He shot a photo of the crowd.'), []);
});

test('troops posted to a border and a shooting still are', () => {
  assert.deepEqual(annotate('Troops were posted to the border.').events.map((e) => e.plover), ['MOBILIZE']);
  assert.ok(annotate('Gunmen shot a police officer.').events.length > 0);
});

test('"declined to say" is no rejection', () => {
  assert.ok(annotate('The spokesman declined to say how the talks went.').events.every((e) => e.plover !== 'REJECT'));
  assert.ok(annotate('The rebels refused to elaborate.').events.every((e) => e.plover !== 'REJECT'));
});

test('"an aircraft carrier" sent to a region is a deployment; jets sent to a country stay a transfer', () => {
  assert.deepEqual(annotate('The navy sent an aircraft carrier to the region.').events.map((e) => e.plover), ['MOBILIZE']);
  assert.deepEqual(annotate('The government sent jets to the allies.').events.map((e) => e.plover), ['AID']);
});

test('defending one\'s own forces or territory is no support for someone; defending a deal is', () => {
  assert.deepEqual(annotate('We will defend our forces and our interests.').events.map((e) => e.plover), []);
  assert.deepEqual(annotate('The president defended the deal.').events.map((e) => e.plover), ['SUPPORT']);
});
