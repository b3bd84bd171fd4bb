// "its" and the thing it belongs to: an organisation named in an earlier sentence is not the owner
// when this sentence names a thing before the pronoun ("the palace … after its capture").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './annotate.js';

test('"its" after a thing named in its own sentence does not go back to an earlier organisation', () => {
  const a = annotate('The United Nations did not respond.\n\nThree soldiers were killed in the palace after its capture.');
  assert.ok(a.byMention('United Nations')!.mentions.every((m) => m.text !== 'its'));
});

test('"its" still goes back to the organisation when nothing comes between', () => {
  const a = annotate('The United Nations did not respond.\n\nIts spokesman was not available.');
  assert.ok(a.byMention('United Nations')!.mentions.some((m) => m.text === 'Its' && m.kind === 'pronoun'));
});

test('"its" after a reporting clause set off by commas goes past the speaker to what the clause before is about', () => {
  const a = annotate("North Korea fired cruise missiles on Friday, South Korea's military said, its second launch this week.");
  const its = a.entities.find((e) => e.mentions.some((m) => m.text === 'its'));
  assert.equal(its?.id, 'country:KP');
});
