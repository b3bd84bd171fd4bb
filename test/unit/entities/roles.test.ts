// Role phrases over tokens: the longest role from a token and the role that ends just before a name.
// The matcher stops where no role goes on and starts where one can end; these edges must read as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Layers } from '../../../src/model/types.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';
import { sentenceStage } from '../../../src/annotate/sentences/stage.js';
import { buildView, type DocView } from '../../../src/annotate/entities/view.js';
import { roleAt, roleEndingAt } from '../../../src/annotate/entities/roles.js';
import { makeDocument } from './annotate.js';

const knowledge = loadKnowledge();

function viewOf(text: string): DocView {
  const document = makeDocument(text);
  const layers: Partial<Layers> = {};
  Object.assign(layers, sentenceStage().run({ document, layers }));
  return buildView(document, layers.sentences!, layers.tokens!);
}

const tokenOf = (view: DocView, word: string) => view.tokens.findIndex((t) => t.text === word);

test('the longest role from a token: long roles whole, modifiers before them, the last part of a hyphenated word', () => {
  const v = viewOf('Former deputy chairman of the joint chiefs of staff Ana Ruiz met ex-minister Bo Lin and the chief of police.');
  const r = roleAt(v, knowledge, tokenOf(v, 'Former'), v.tokens.length);
  assert.equal(v.text.slice(r!.start, r!.end), 'Former deputy chairman of the joint chiefs of staff');
  const ex = roleAt(v, knowledge, tokenOf(v, 'ex-minister'), v.tokens.length);
  assert.equal(ex?.info.role, 'minister');
  const chief = roleAt(v, knowledge, tokenOf(v, 'chief'), v.tokens.length);
  assert.equal(v.text.slice(chief!.start, chief!.end), 'chief of police');
  assert.equal(roleAt(v, knowledge, tokenOf(v, 'met'), v.tokens.length), null);
});

test('the role that ends before a name: the longest one, its modifiers, a hyphenated last word, none across punctuation', () => {
  const v = viewOf('Talks with minister of national defence Ana Ruiz, ex-minister Bo Lin and deputy foreign minister Cy Ng began.');
  const long = roleEndingAt(v, knowledge, tokenOf(v, 'Ana') - 1, 0);
  assert.equal(v.text.slice(long!.start, long!.end), 'minister of national defence');
  const ex = roleEndingAt(v, knowledge, tokenOf(v, 'Bo') - 1, 0);
  assert.equal(ex?.info.role, 'minister');
  const deputy = roleEndingAt(v, knowledge, tokenOf(v, 'Cy') - 1, 0);
  assert.equal(v.text.slice(deputy!.start, deputy!.end), 'deputy foreign minister');
  assert.equal(roleEndingAt(v, knowledge, tokenOf(v, 'Ruiz'), 0), null);
});
