// Refiner: the learned type model weighs in on the rules' type. When the event sits on the verb the
// model reads (the sentence's main verb) and the model prefers another type to the one the rules
// give (after the PLOVER coding rules) by a clear margin, the model's type wins. The lexicon finds
// that something happened and who took part; the kind of act is read from the whole clause, which
// carries over to wording the lexicon was not tuned on. Only one event per sentence is retyped, and
// never to "no event".
import type { PloverType } from '../../model/types.js';
import type { Draft } from './draft.js';
import type { SentenceContext } from './build-draft.js';
import { clauseOf } from './type-fallback.js';
import { predictType, ruleFeature, type TypeModel } from './type-model.js';
import { patternFor } from './typed-pattern.js';
import { ruledType } from './plover-rules.js';
import { isReportable } from './merge.js';
import { EVENT_TYPE_MODEL } from '../../knowledge/data/event-type-model.js';

export interface VotePolicy {
  /** Least lead of the model's best type over the rules' type, in model score; Infinity turns the vote off. */
  margin: number;
  /** 'head': only a draft on the main verb; 'only': also the sentence's only draft, wherever it stands. */
  scope: 'head' | 'only';
}

/** Off: measured by scripts/event-type-policy.ts (5-fold on our own sentences, PLOVER dev), no margin gained enough (docs/stages.md). */
export const VOTE_POLICY: VotePolicy = { margin: Infinity, scope: 'head' };

export function voteType(ctx: SentenceContext, drafts: readonly Draft[], policy: VotePolicy = VOTE_POLICY, model: TypeModel = EVENT_TYPE_MODEL as unknown as TypeModel): void {
  if (drafts.length === 0 || !Number.isFinite(policy.margin)) return;
  const clause = clauseOf(ctx);
  if (!clause) return;
  const onHead = drafts.filter((d) => d.match.noun === null && d.match.first <= clause.head && clause.head < d.match.end);
  const chosen = onHead.length === 1 ? onHead[0]! : policy.scope === 'only' && drafts.length === 1 ? drafts[0]! : null;
  // A draft the fallback typed is the model's already; one the reporting checks drop is no event to retype.
  if (!chosen || chosen.match.pattern.phrase === '*' || !isReportable(chosen)) return;
  const ruled = ruledType(ctx.view, chosen);
  const prediction = predictType([...clause.features, ruleFeature(ruled)], null, model);
  if (prediction.label === 'NONE' || prediction.label === ruled) return;
  const lead = prediction.scores[model.labels.indexOf(prediction.label)]! - prediction.scores[model.labels.indexOf(ruled)]!;
  if (lead < policy.margin) return;
  const sense = patternFor(prediction.label as PloverType).senses[0]!;
  chosen.sense = Object.assign({}, sense, { takesComplement: chosen.sense.takesComplement });
  chosen.plover = sense.plover;
  chosen.category = sense.category;
  chosen.mode = null;
  chosen.context = [];
  chosen.modelTyped = true;
}
