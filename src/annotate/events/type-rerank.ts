// Refiner: when a trigger has senses of several PLOVER types and none of their word-class
// conditions held (the rules took the first conditional sense by default), the learned model picks
// among those senses from the clause's features, if it is sure enough. It never adds a type the
// trigger does not have, so it cannot turn an act into another kind of act the lexicon rules out.
import type { PloverType } from '../../model/types.js';
import type { Draft } from './draft.js';
import type { SentenceContext } from './build-draft.js';
import { clauseOf } from './type-fallback.js';
import { predictType, type ModelLabel } from './type-model.js';

export interface RerankPolicy {
  /** Least margin between the best allowed type and the next allowed one; Infinity turns the rerank off. */
  margin: number;
}

export const RERANK_POLICY: RerankPolicy = { margin: 1.0 };

export function rerankSense(ctx: SentenceContext, draft: Draft, policy: RerankPolicy = RERANK_POLICY): void {
  if (draft.conditionsMet) return;
  const usage = draft.match.noun !== null && draft.match.usage !== 'verb' ? 'noun' : 'verb';
  const senses = draft.match.pattern.senses.filter((s) => !s.pos || s.pos === usage);
  const allowed = new Set<ModelLabel>(senses.map((s) => s.plover));
  if (allowed.size < 2) return;
  const clause = clauseOf(ctx);
  if (!clause) return;
  const prediction = predictType(clause.features, allowed);
  if (prediction.label === draft.plover || prediction.margin < policy.margin) return;
  const chosen = senses.find((s) => s.plover === (prediction.label as PloverType))!;
  draft.sense = chosen;
  draft.plover = chosen.plover;
  draft.category = chosen.category;
  draft.mode = chosen.mode;
  draft.context = [...chosen.context];
}
