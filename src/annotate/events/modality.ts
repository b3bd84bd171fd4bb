// Refiner: whether an event is asserted, hedged, negated or planned, from the words of its clause
// before the trigger ("could be receiving", "did not attack", "plans to visit", "the upcoming
// summit"), the clause it depends on ("it is highly likely that …"), the attribution that carries
// it (hedged attributions hedge their content) and a governing date after publication.
import type { Attribution, Modality } from '../../model/types.js';
import type { DocView } from './view.js';
import { clauseAt, type SentenceClauses } from './clauses.js';
import { FUTURE_MODALS, HEDGES, IRREGULAR_FORMS, NEGATING_VERBS, NEGATIONS, PLANNING_ADJECTIVES, PLANNING_VERBS } from '../../knowledge/lexicons/events/index.js';

export interface ModalityInput {
  /** First token of the event's own words (subject start or noun phrase start). */
  from: number;
  /** The verb (or noun) the event hangs on. */
  head: number;
  /** The trigger itself is a refusal or denial, which is not a negation of it. */
  negativeTrigger: boolean;
  carriers: readonly Attribution[];
  /** Governing date, to tell a future event from a past one. */
  date: string | null;
  /** The event is named by a noun: its clause's verb carries the tense. */
  nominal?: boolean;
}

export function modalityOf(view: DocView, sc: SentenceClauses, input: ModalityInput): Modality {
  const { from, head } = input;
  const clauseId = clauseAt(sc, head);
  let negated = false, hedged = false, planned = false;
  for (let i = Math.min(from, head); i <= head; i++) {
    if (clauseAt(sc, i) !== clauseId) continue;
    const w = view.words[i]!;
    const lemma = view.lemmas[i]!;
    if (NEGATIONS.has(w) || w.endsWith("n't")) negated = true;
    if (!input.negativeTrigger && NEGATING_VERBS.has(lemma) && view.words[i + 1] === 'to' && i < head) negated = true;
    if (HEDGES.has(w)) hedged = true;
    if (FUTURE_MODALS.has(w) || w === "'ll") planned = true;
    if (PLANNING_VERBS.has(lemma) && i < head && (view.words[i + 1] === 'to' || i + 1 === head)) planned = true;
    if (PLANNING_ADJECTIVES.has(w) && i < head) planned = true;
    if (w === 'to' && view.words[i + 1] === 'be' && i + 2 === head) planned = true;
  }
  if (!hedged) hedged = dependsOnHedge(view, sc, clauseId) || input.carriers.some((a) => a.hedged);
  // A verb in the past tense reports what happened: a date after publication is a misread year ("left in February"), not a plan.
  // For an event noun, the tense of its clause's verb tells ("an attack on August 21 killed …").
  const past = input.nominal ? clauseHasPastVerb(view, sc, clauseId, head) : isPastForm(view, head);
  if (!planned && input.date && view.published && isAfter(input.date, view.published) && !past) planned = true;
  if (negated) return 'negated';
  if (hedged) return 'hedged';
  if (planned) return 'planned';
  return 'asserted';
}

/** "It is highly likely that …", "Experts suspect that …": a hedge in the clause a content clause hangs on. */
function dependsOnHedge(view: DocView, sc: SentenceClauses, clauseId: number): boolean {
  const clause = sc.clauses[clauseId]!;
  if (clause.kind !== 'content' || clause.parent < 0) return false;
  for (let i = clause.first - 1; i >= sc.first && i >= clause.first - 6; i--) {
    if (clauseAt(sc, i) !== clause.parent) break;
    if (HEDGES.has(view.words[i]!)) return true;
  }
  return false;
}

/** "withdrew", "left", "has signed": a past-tense form of a verb (the lemmatizer changed it). */
function isPastForm(view: DocView, i: number): boolean {
  const w = view.words[i]!;
  if (w.endsWith('ing') || view.lemmas[i] === w) return false;
  return w.endsWith('ed') || IRREGULAR_FORMS.get(w) !== undefined;
}

/** A past-tense verb in the clause, other than the event's own word. */
function clauseHasPastVerb(view: DocView, sc: SentenceClauses, clauseId: number, self: number): boolean {
  for (let i = sc.first; i < sc.end; i++) {
    if (i !== self && clauseAt(sc, i) === clauseId && view.mentionAt[i]! < 0 && isPastForm(view, i) && !FUTURE_MODALS.has(view.words[i - 1] ?? '')) return true;
  }
  return false;
}

/** Whether a (possibly partial) date lies wholly after the publication day. */
function isAfter(date: string, published: string): boolean {
  const p = published.slice(0, date.length);
  return date > p;
}
