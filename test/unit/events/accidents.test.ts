// Deaths and injuries in accidents and disasters are no attacks; killings by someone still are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country } from './helpers.js';

const SA = country('SA', 'Saudi Arabia', ['Saudi Arabia', 'name']);

test('"killed in a stampede", "injured in the collapse" report no attack', () => {
  assert.deepEqual(annotate('Over 345 pilgrims have been killed in a stampede near Mecca, Saudi Arabia said.', { entities: [SA] }).events.map((e) => e.category), []);
  assert.deepEqual(annotate('Twelve people were injured in the collapse of a hotel, Saudi Arabia said.', { entities: [SA] }).events.map((e) => e.category), []);
});

test('a crowd crush is no attack, a crackdown still is', () => {
  assert.deepEqual(annotate('Pilgrims were crushed by the wave of people behind them, Saudi Arabia said.', { entities: [SA] }).events.map((e) => e.category), []);
  assert.equal(annotate('Saudi Arabia crushed the protests in the capital.', { entities: [SA] }).events[0]?.category, 'attack');
});

test('a killing by someone is still an attack', () => {
  const [e] = annotate('Gunmen killed five people in an attack on a bus, Saudi Arabia said.', { entities: [SA] }).events;
  assert.equal(e?.category, 'attack');
});

test('harm done by nature, an accident or illness is no attack: "a quake killed", "killed by a landslide"', () => {
  const ID = country('ID', 'Indonesia', ['Indonesia', 'name'], ['Indonesian', 'demonym']);
  const categories = (text: string): string[] => annotate(text, { entities: [ID].filter(() => /Indonesia/.test(text)) }).events.map((e) => e.category);
  for (const text of [
    'Indonesia quake kills at least 46, hundreds injured',
    'A quake and tsunami in Indonesia killed more than 4,000 people.',
    'Floods destroyed 2,000 homes in Indonesia.',
    'Twelve miners in Indonesia were killed by a landslide.',
    'Cholera has killed 300 people in Indonesia since January.',
  ]) assert.deepEqual(categories(text), [], text);
  // the cause must be the doer: troops sent after a quake who shoot, or weapons fire, still attack
  assert.deepEqual(categories('After the earthquake, troops shot two looters in Indonesia.').filter((c) => c === 'attack'), ['attack']);
  assert.deepEqual(categories('Indonesian fire killed five people.'), ['attack']);
});

test('a rocket that explodes after liftoff or on the launch pad is a failed launch, not an attack', () => {
  for (const text of ['The rocket exploded shortly after liftoff, the space agency said.', 'The unmanned rocket blew up on the launch pad during a fuelling test.']) {
    assert.deepEqual(annotate(text).events.map((e) => e.plover), [], text);
  }
  assert.deepEqual(annotate('A rocket exploded near the embassy on Sunday.').events.map((e) => e.plover), ['ASSAULT']);
});
