// An adjunct right after the trigger ("killed after its capture") holds no object of the event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, country, names } from './helpers.js';

test('a mention in an "after …" adjunct right after the verb is no target', () => {
  const RU = country('RU', 'Russia', ['Russia', 'name'], ['its', 'pronoun']);
  const [event] = annotate('Russia held the town. Three soldiers were killed after its capture.', { entities: [RU] }).events.filter((e) => e.trigger.text === 'killed');
  assert.ok(event);
  assert.ok(!names(event.targets).includes('Russia'), JSON.stringify(event.targets));
});
