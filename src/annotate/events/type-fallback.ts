// Finder of last resort: a sentence where no trigger matched, or whose triggers all failed the
// reporting checks, but whose main verb has an actor-like subject gets the type the learned model
// gives its clause, if the model is sure enough (FALLBACK_POLICY, chosen by scripts/event-type-policy.ts). The draft
// is then built like any other, so actors, targets, time and modality follow the same rules.
import { EVENT_LEXICON } from '../../knowledge/lexicons/events/index.js';
import { patternFor, typedPatternFor } from './typed-pattern.js';
import type { SentenceContext } from './build-draft.js';
import { buildDraft, ONLY_WITH_CONDITION } from './build-draft.js';
import type { TriggerMatch } from './find-triggers.js';
import type { Draft } from './draft.js';
import type { DocView } from './view.js';
import type { SentenceClauses } from './clauses.js';
import { clauseFeatures, mainVerb, type TypedClause } from './type-features.js';
import { headSupport, predictType, ruleFeature } from './type-model.js';

export interface FallbackPolicy {
  /** Least margin between the best type and the runner-up (NONE included) for a fallback event. */
  margin: number;
  /** Least support the main verb's own features give the type over NONE. */
  headSupport: number;
  /** Also for a sentence whose triggers all failed the reporting checks, not only for one with no trigger. */
  whenUnreportable: boolean;
}

export const FALLBACK_POLICY: FallbackPolicy = { margin: 1.5, headSupport: 1, whenUnreportable: true };

/** The candidate clause of a sentence: its main verb and the features of the sentence around it. */
export function sentenceClause(view: DocView, sc: SentenceClauses): TypedClause | null {
  const head = mainVerb(view, sc);
  if (head < 0) return null;
  return { first: sc.first, end: sc.end, head, features: clauseFeatures(view, sc, head, sc.first, sc.end) };
}

/** The sentence's main clause and its features, computed once per sentence for the fallback, the rerank and the vote. */
export function clauseOf(ctx: SentenceContext): TypedClause | null {
  if (ctx.typedClause === undefined) ctx.typedClause = sentenceClause(ctx.view, ctx.sc);
  return ctx.typedClause;
}

/** A draft for a sentence the rules found nothing reportable in, or null. */
export function fallbackDraft(ctx: SentenceContext, policy: FallbackPolicy = FALLBACK_POLICY): Draft | null {
  const clause = clauseOf(ctx);
  // (Session 14: a sentence whose act a force of nature did is no one's act under another type: "a pandemic sapping
  // resources while the nation is shut down".)
  if (ctx.naturalDoer) return null;
  if (!clause || isAttributionCue(ctx.view, clause.head) || blocked(ctx.view, clause.head, ctx.sc.end)) return null;
  if (beginsProcess(ctx.view, clause.head) || ONLY_WITH_CONDITION.has(ctx.view.lemmas[clause.head]!)) return null;
  // Session 13 (helper rev13): a test the rules found no weapon for is no event of another type either ("the company
  // tested its new battery" had become a deployment). ("launched legal action" stays the model's: launching is broader.)
  if (ctx.view.lemmas[clause.head] === 'test') return null;
  const prediction = predictType([...clause.features, ruleFeature(null)]);
  if (prediction.label === 'NONE' || prediction.margin < policy.margin) return null;
  if (headSupport(clause.features, prediction.label) < policy.headSupport) return null;
  const match: TriggerMatch = {
    first: clause.head, end: clause.head + 1, head: clause.head, noun: null, nounFirst: null, usage: 'verb',
    pattern: typedPatternFor(prediction.label, ctx.view.lemmas[clause.head]!), received: false,
  };
  const draft = buildDraft(ctx, match);
  // An event needs someone who acts (or, in the passive, someone acted on).
  if (!draft || (draft.actors.length === 0 && !(draft.passive && draft.targets.length > 0))) return null;
  return draft;
}

/**
 * "began a process of changing the flag": beginning a process names no act of its own (the model, reading
 * "began" and the words around it, typed such sentences at random); "began hearing the case" and "resumed
 * flights" stay the model's.
 */
const ASPECT_VERBS = new Set(['begin', 'start', 'commence', 'initiate', 'launch', 'continue']);
const PROCESS_NOUNS = new Set(['process', 'procedure', 'procedures', 'work']);
function beginsProcess(view: DocView, head: number): boolean {
  if (!ASPECT_VERBS.has(view.lemmas[head]!)) return false;
  let i = head + 1;
  while (i < head + 4 && /^(a|an|the|its|their|his|her|formal|lengthy|long|legal)$/.test(view.words[i] ?? '')) i++;
  return PROCESS_NOUNS.has(view.words[i] ?? '');
}

/** "Clinton called …", "the group claims …": a verb that frames a quotation is the rules' business (speech acts), not the fallback's. */
function isAttributionCue(view: DocView, head: number): boolean {
  const at = view.tokens[head]!.start;
  return view.attributions.some((a) => a.cue.start <= at && at < a.cue.end);
}

/** The lexicon says the verb's phrase names no event ("declined to comment"). */
function blocked(view: DocView, head: number, end: number): boolean {
  const blockers = EVENT_LEXICON.blockers.get(view.lemmas[head]!);
  if (!blockers) return false;
  return blockers.some((b) => {
    let at = head + 1;
    for (const part of b.parts.slice(1)) {
      while (at < end && at < head + 8 && view.lemmas[at] !== part && view.words[at] !== part) at++;
      if (at >= end || at >= head + 8) return false;
      at++;
    }
    return true;
  });
}
