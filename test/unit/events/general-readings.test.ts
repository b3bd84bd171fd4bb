// Events: readings of general news wording fixed in the session after the second PLOVER test reading
// (invented sentences; each test fails without its fix).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country } from './helpers.js';

const UA = country('UA', 'Ukraine', ['Ukraine', 'name'], ['Ukrainian', 'demonym']);
const types = (text: string): string[] => annotate(text, { entities: [UA].filter((e) => e.forms.some(([f]) => text.includes(f))) }).events.map((e) => e.plover);

test('a strike verb with an object strikes something: an attack, not a labour strike', () => {
  for (const text of [
    'The General Staff said its forces had struck the depot on Thursday.',
    'The staff of the air force said it had struck two bridges.',
  ]) assert.deepEqual(types(text), ['ASSAULT'], text);
  for (const text of ['Teachers struck on Monday over pay.', 'Nurses at the hospital struck for a second day.']) {
    assert.deepEqual(types(text), ['PROTEST'], text);
  }
});

test('beginning a process is no act of its own', () => {
  for (const text of [
    'The government began a process of changing the flag.',
    'The council has started the process of renaming the square.',
  ]) assert.deepEqual(types(text), [], text);
  const NZ = country('NZ', 'New Zealand', ['New Zealand', 'name']);
  const text = 'In 2015, New Zealand began a process to change its national flag.';
  assert.deepEqual(annotate(text, { entities: [NZ], times: [{ text: '2015', value: '2015' }] }).events.map((e) => e.plover), []);
  assert.deepEqual(types('Ukraine began shelling the bridge.'), ['ASSAULT']);
});
