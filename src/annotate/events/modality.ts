// Refiner: whether an event is asserted, hedged, negated or planned, from the words of its clause
// before the trigger ("could be receiving", "did not attack", "plans to visit", "the upcoming
// summit"), the clause it depends on ("it is highly likely that …"), the attribution that carries
// it (hedged attributions hedge their content) and a governing date after publication.
import type { Attribution, Modality } from '../../model/types.js';
import type { DocView } from './view.js';
import { clauseAt, type SentenceClauses } from './clauses.js';
import { AUXILIARIES, FUTURE_MODALS, HEDGES, IRREGULAR_FORMS, NEGATING_VERBS, NEGATIONS, PLANNING_ADJECTIVES, PLANNING_VERBS } from '../../knowledge/lexicons/events/index.js';

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

const PROSPECT_NOUNS = new Set(['cusp', 'verge', 'brink']);

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
    if (HEDGES.has(w) && !showsUp(view, i)) hedged = true;
    if (FUTURE_MODALS.has(w) || w === "'ll") planned = true;
    // "plans to visit", "planned talks": the plan governs the event's own word ("pilgrims planning to join the rally were shot" is no plan).
    if (PLANNING_VERBS.has(lemma) && i < head && (i + 1 === head || (view.words[i + 1] === 'to' && head - i <= 4))) planned = true;
    // Round 13 (helper conv): "the two leaders are due to meet": "be due to" plans what follows ("due to the fighting" is a cause).
    if (w === 'due' && i < head && /^(is|are|was|were|be|been|'s|'re)$/.test(view.words[i - 1] ?? '') && view.words[i + 1] === 'to' && head - i <= 4) planned = true;
    // "the next summit", not "the next day, troops captured …": the adjective must modify the event noun itself.
    if (PLANNING_ADJECTIVES.has(w) && i < head && (!input.nominal ? false : head - i <= 3)) planned = true;
    // "to be signed" is planned; "the first officer to be arrested" reports who was.
    if (w === 'to' && view.words[i + 1] === 'be' && i + 2 === head && !ordinalBefore(view, i)) planned = true;
  }
  // "The government plans to ban …": the infinitive is a clause of its own, governed by the planning verb right before it.
  const clause = sc.clauses[clauseId]!;
  if (!planned && clause.kind === 'content' && view.words[clause.first] === 'to' && clause.first <= head && PLANNING_VERBS.has(view.lemmas[clause.first - 1] ?? '')) planned = true;
  // Session 12 (helper rev12): "is on the cusp of a deal to extend the ceasefire", "on the verge of signing": not yet done.
  // (Only over the event's own clause or the infinitive it opens: "were on the verge of a deal when Trump scuttled the talks"
  // reports the scuttling.)
  if (!planned) {
    for (let i = Math.max(sc.first, head - 8); i < head; i++) {
      if (!PROSPECT_NOUNS.has(view.words[i]!) || view.words[i + 1] !== 'of') continue;
      const at = clauseAt(sc, i);
      if (at === clauseId || (clause.kind === 'content' && view.words[clause.first] === 'to' && clause.parent === at)) planned = true;
    }
  }
  if (!hedged) hedged = dependsOnHedge(view, sc, clauseId) || input.carriers.some((a) => a.hedged);
  // A verb in the past tense reports what happened: a date after publication is a misread year ("left in February"), not a plan.
  // For an event noun, the tense of its clause's verb tells ("an attack on August 21 killed …").
  // A participle ("…, killing 150 people") takes the tense of the sentence's verb.
  const participle = !input.nominal && view.words[head]!.endsWith('ing') && !AUXILIARIES.has(view.words[head - 1] ?? '');
  const past = input.nominal || participle ? clauseHasPastVerb(view, sc, clauseId, head) : isPastForm(view, head);
  if (!planned && input.date && view.published && isAfter(input.date, view.published) && !past) planned = true;
  if (negated) return 'negated';
  if (hedged) return 'hedged';
  if (planned) return 'planned';
  return 'asserted';
}

/** "appeared in court", "appeared before a judge": "appear" naming a presence, not a guess ("appeared to have fled"). */
function showsUp(view: DocView, i: number): boolean {
  if (!/^appear/.test(view.words[i]!)) return false;
  return ['in', 'before', 'at', 'on'].includes(view.words[i + 1] ?? '');
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

const TENSE_REACH = 40;

/** A past-tense verb in the clause, other than the event's own word. */
function clauseHasPastVerb(view: DocView, sc: SentenceClauses, clauseId: number, self: number): boolean {
  // The clause and the clauses it hangs on ("spiralled into war after a crackdown …").
  const chain = new Set<number>();
  for (let c = clauseId; c >= 0 && !chain.has(c); c = sc.clauses[c]!.parent) chain.add(c);
  // A clause's verb lies near the event's word; the window keeps this linear on a huge sentence.
  for (let i = Math.max(sc.first, self - TENSE_REACH); i < Math.min(sc.end, self + TENSE_REACH); i++) {
    if (i !== self && chain.has(clauseAt(sc, i)) && view.mentionAt[i]! < 0 && isPastForm(view, i) && !FUTURE_MODALS.has(view.words[i - 1] ?? '') && view.words[i - 1] !== 'to') return true;
  }
  return false;
}

const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'last', 'latest', 'only']);

/** "the first officer to be arrested": an ordinal shortly before the infinitive. */
function ordinalBefore(view: DocView, to: number): boolean {
  for (let j = to - 1; j >= 0 && j >= to - 5; j--) if (ORDINALS.has(view.words[j]!)) return true;
  return false;
}

/** Whether a (possibly partial) date lies wholly after the publication day. */
function isAfter(date: string, published: string): boolean {
  const p = published.slice(0, date.length);
  return date > p;
}
