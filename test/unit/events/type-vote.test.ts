// The learned model weighing in on the rules' type (type-vote.ts), the main clause it reads
// (type-features.ts: main-verb choice, rule feature) and the PLOVER coding rules it bypasses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, KNOWLEDGE, type EntitySpec } from './helpers.js';
import { buildView } from '../../../src/annotate/events/view.js';
import { segmentClauses } from '../../../src/annotate/events/clauses.js';
import { clauseAnchors } from '../../../src/annotate/events/stage.js';
import { findTriggers } from '../../../src/annotate/events/find-triggers.js';
import { buildDraft, type SentenceContext } from '../../../src/annotate/events/build-draft.js';
import { participantResolver } from '../../../src/annotate/events/participants.js';
import { FALLBACK_POLICY, clauseOf, sentenceClause } from '../../../src/annotate/events/type-fallback.js';
import { voteType } from '../../../src/annotate/events/type-vote.js';
import { ruleFeature, type TypeModel } from '../../../src/annotate/events/type-model.js';
import { applyPloverRules, ruledType } from '../../../src/annotate/events/plover-rules.js';
import type { Draft } from '../../../src/annotate/events/draft.js';

const country = (id: string, name: string, ...forms: string[]): EntitySpec => ({
  id, name, type: 'country', forms: [name, ...forms].map((f) => [f, 'name'] as [string, 'name']),
});
const RUSSIA = country('country:RU', 'Russia');
const UKRAINE = country('country:UA', 'Ukraine');

function sentence(text: string, entities: EntitySpec[]): { ctx: SentenceContext; drafts: Draft[] } {
  const { layers } = annotate(text, { entities });
  const view = buildView(text, layers.sentences, layers.tokens, layers.entities, layers.times, layers.attributions, '2025-03-21');
  const sc = segmentClauses(view, 0, clauseAnchors(view, view.attributions, null));
  const ctx: SentenceContext = { view, sc, sentence: 0, resolver: participantResolver(view, layers.entities, KNOWLEDGE), placeIds: new Set() };
  const drafts = findTriggers(view, 0).map((m) => buildDraft(ctx, m)).filter((d): d is Draft => d !== null);
  return { ctx, drafts };
}

const SHELL: TypeModel = { labels: ['NONE', 'ASSAULT', 'PROTEST'], weights: { 'h:shell': [2, 5] } };

test('the model retypes the main event when it leads the rules’ type by the margin', () => {
  const { ctx, drafts } = sentence('Russia shelled Ukraine.', [RUSSIA, UKRAINE]);
  assert.deepEqual(drafts.map((d) => d.plover), ['ASSAULT']);
  voteType(ctx, drafts, { margin: 3, scope: 'head' }, SHELL);
  assert.equal(drafts[0]!.plover, 'PROTEST');
  assert.equal(drafts[0]!.modelTyped, true);
  assert.deepEqual(drafts[0]!.actors.map((a) => a.name), ['Russia']);
});

test('below the margin, with the vote off, or when the model says "no event", the rules’ type stays', () => {
  for (const [policy, model] of [
    [{ margin: 6, scope: 'head' }, SHELL],
    [{ margin: Infinity, scope: 'head' }, SHELL],
    [{ margin: 0, scope: 'head' }, { labels: ['NONE', 'ASSAULT', 'PROTEST'], weights: { 'h:shell': [0, 9] } }],
  ] as const) {
    const { ctx, drafts } = sentence('Russia shelled Ukraine.', [RUSSIA, UKRAINE]);
    voteType(ctx, drafts, policy, model);
    assert.equal(drafts[0]!.plover, 'ASSAULT', JSON.stringify(policy));
    assert.equal(drafts[0]!.modelTyped, undefined);
  }
});

test('the vote compares with the type after the PLOVER coding rules, which then leave a model-typed event alone', () => {
  const { ctx, drafts } = sentence('Russia will shell Ukraine.', [RUSSIA, UKRAINE]);
  const draft = drafts[0]!;
  assert.equal(draft.modality, 'planned');
  assert.equal(ruledType(ctx.view, draft), 'THREATEN');
  assert.equal(draft.plover, 'ASSAULT', 'ruledType does not change the draft');
  // The model agrees with the coded type: nothing to do.
  voteType(ctx, drafts, { margin: 0, scope: 'head' }, { labels: ['NONE', 'THREATEN', 'ASSAULT'], weights: { 'h:shell': [1, 4] } });
  assert.equal(draft.modelTyped, undefined);
  // The model prefers ASSAULT to THREATEN: its type is final.
  voteType(ctx, drafts, { margin: 0, scope: 'head' }, { labels: ['NONE', 'THREATEN', 'ASSAULT'], weights: { 'h:shell': [2, 4] } });
  assert.equal(draft.modelTyped, true);
  applyPloverRules(ctx.view, draft);
  assert.equal(draft.plover, 'ASSAULT');
});

test('the rules’ type is a feature of its own, "r:none" when they found nothing', () => {
  assert.equal(ruleFeature('AGREE'), 'r:AGREE');
  assert.equal(ruleFeature(null), 'r:none');
});

test('the clause the model reads is computed once per sentence', () => {
  const { ctx } = sentence('Russia shelled Ukraine.', [RUSSIA, UKRAINE]);
  const first = clauseOf(ctx);
  assert.ok(first);
  assert.equal(clauseOf(ctx), first);
});

test('the main verb is not a link word, an adverb or a noun of the subject', () => {
  const US = country('country:US', 'United States');
  const cases: [string, EntitySpec[], string][] = [
    ['The United States and Russia agreed on a new pact.', [US, RUSSIA], 'agreed'],
    ['Russia bluntly demanded talks with Ukraine.', [RUSSIA, UKRAINE], 'demanded'],
    ['Russia troops said they would stay.', [RUSSIA], 'stay'],
  ];
  for (const [text, entities, verb] of cases) {
    const { ctx } = sentence(text, entities);
    const clause = sentenceClause(ctx.view, ctx.sc);
    assert.equal(clause ? ctx.view.words[clause.head] : null, verb, text);
  }
});

test('the fallback also types a sentence whose triggers all failed the reporting checks', () => {
  // (The lexicon now knows "stopped lending" itself; "ended its cooperation" still reaches only the fallback.)
  const text = 'The government ended its cooperation with the UN mission.';
  const saved = { ...FALLBACK_POLICY };
  try {
    FALLBACK_POLICY.whenUnreportable = false;
    assert.deepEqual(annotate(text).events.map((e) => e.plover), []);
    FALLBACK_POLICY.whenUnreportable = true;
    assert.deepEqual(annotate(text).events.map((e) => [e.plover, e.trigger.text]), [['SANCTION', 'ended']]);
  } finally {
    Object.assign(FALLBACK_POLICY, saved);
  }
});
