// The learned PLOVER type model: an averaged perceptron over clause features (type-features.ts),
// trained by scripts/train-event-types.ts on the team's own labelled sentences. Scores every type
// plus NONE (no event); the caller gates on the margin between the best and the runner-up.
import type { PloverType } from '../../model/types.js';
import { EVENT_TYPE_MODEL } from '../../knowledge/data/event-type-model.js';

export type ModelLabel = PloverType | 'NONE';

export interface TypeModel {
  labels: readonly ModelLabel[];
  /** Per feature, flat pairs [label index, weight, label index, weight, …]. */
  weights: Readonly<Record<string, readonly number[]>>;
}

export interface TypePrediction {
  label: ModelLabel;
  /** Best score minus the runner-up's. */
  margin: number;
  scores: Float64Array;
}

/**
 * A model's weights as a Map, made once per model (a model is never changed once made): features are fresh
 * strings, and looking each up among the object's many own keys cost more (extraction speed, `npm run bench`).
 * Same scores as reading `weights[f]`: only an Object.prototype name could differ, and no feature is one.
 */
const WEIGHT_MAPS = new WeakMap<TypeModel, ReadonlyMap<string, readonly number[]>>();
function weightsOf(model: TypeModel): ReadonlyMap<string, readonly number[]> {
  let map = WEIGHT_MAPS.get(model);
  if (!map) {
    map = new Map(Object.entries(model.weights));
    WEIGHT_MAPS.set(model, map);
  }
  return map;
}

/** Scores of each label for a feature set; `allowed` limits the choice (a trigger's own senses). */
export function predictType(features: readonly string[], allowed: ReadonlySet<ModelLabel> | null = null, model: TypeModel = EVENT_TYPE_MODEL as unknown as TypeModel): TypePrediction {
  const scores = new Float64Array(model.labels.length);
  const weights = weightsOf(model);
  for (const f of features) {
    const pairs = weights.get(f);
    if (!pairs) continue;
    for (let k = 0; k < pairs.length; k += 2) scores[pairs[k]!]! += pairs[k + 1]!;
  }
  let best = -1, second = -1;
  for (let i = 0; i < scores.length; i++) {
    if (allowed && !allowed.has(model.labels[i]!)) continue;
    if (best < 0 || scores[i]! > scores[best]!) { second = best; best = i; } else if (second < 0 || scores[i]! > scores[second]!) second = i;
  }
  if (best < 0) return { label: 'NONE', margin: 0, scores };
  return { label: model.labels[best]!, margin: second < 0 ? Infinity : scores[best]! - scores[second]!, scores };
}

/** The rules' own type for the main verb ("r:none" when they found no event there): the model learns when to trust it. */
export function ruleFeature(type: string | null): string {
  return `r:${type ?? 'none'}`;
}

/** Features tied to the main verb itself (its lemma, preposition, object, complement, negation, lexicon type). */
export function isHeadFeature(feature: string): boolean {
  return /^(?:h|hp|ho|hc|hn|hm|cv|cx|pl|ng):/.test(feature) || feature.endsWith(':h');
}

/** How much more the main verb's own features favour `label` than no event: the verb, not the bag of words, must carry the type. */
export function headSupport(features: readonly string[], label: ModelLabel, model: TypeModel = EVENT_TYPE_MODEL as unknown as TypeModel): number {
  const target = model.labels.indexOf(label);
  const none = model.labels.indexOf('NONE');
  let support = 0;
  const weights = weightsOf(model);
  for (const f of features) {
    if (!isHeadFeature(f)) continue;
    const pairs = weights.get(f);
    if (!pairs) continue;
    for (let k = 0; k < pairs.length; k += 2) {
      if (pairs[k] === target) support += pairs[k + 1]!;
      else if (pairs[k] === none) support -= pairs[k + 1]!;
    }
  }
  return support;
}
