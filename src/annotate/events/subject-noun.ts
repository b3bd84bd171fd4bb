// Finder: an event noun that is the subject of its clause ("Riots broke out in …", "An air strike
// hit a hospital", "Clashes erupted between …"). News often reports an act by its noun with no one
// named as its doer; such a noun states that the act happened, so it is reportable without an actor.
import type { DocView } from './view.js';
import { isComma } from './view.js';
import { clauseAt, looksFinite, type SentenceClauses } from './clauses.js';
import { verbGroup } from './subject.js';
import { BE_FORMS, DETERMINERS, HAPPENING_VERBS, PREPOSITIONS, REPORTING_VERBS } from '../../knowledge/lexicons/events/index.js';

/** Verbs telling that an act ended or failed. */
const FAILING_VERBS: ReadonlySet<string> = new Set(['collapse', 'fail', 'falter', 'crumble', 'unravel', 'stall', 'expire', 'lapse']);

/** Words a predicate may put between the noun and its verb ("Clashes between X and Y erupted"). */
const MAX_TO_VERB = 8;

/**
 * True when the noun phrase [npStart, nounEnd) opens its clause (after at most a time phrase and
 * commas) and is followed, within the clause, by an active verb that is neither "be" nor a verb of
 * saying ("Reports said …", "Riots are rare" and "The attack was condemned" state no occurrence).
 */
export function isSubjectNoun(view: DocView, sc: SentenceClauses, npStart: number, nounEnd: number): boolean {
  const clause = clauseAt(sc, npStart);
  for (let i = sc.clauses[clause]!.first; i < npStart; i++) {
    const w = view.words[i]!;
    if (view.timeAt[i]! >= 0 || isComma(view, i) || (PREPOSITIONS.has(w) && view.timeAt[i + 1]! >= 0)) continue;
    return false;
  }
  for (let i = nounEnd; i < sc.end && i < nounEnd + MAX_TO_VERB && clauseAt(sc, i) === clause; i++) {
    if (isComma(view, i) || view.words[i] === ';') return false;
    const happening = HAPPENING_VERBS.has(view.lemmas[i]!) && view.mentionAt[i]! < 0 && !DETERMINERS.has(view.words[i - 1]!);
    if (!looksFinite(view, i) && !happening) continue;
    const group = verbGroup(view, sc, i);
    if (group.passive || BE_FORMS.has(view.words[i]!) || REPORTING_VERBS.has(view.lemmas[i]!)) return false;
    // "The ceasefire collapsed", "Talks broke down", "the deal fell apart": the act ended or failed, which does not
    // state that it happened now (its own report, if any, is elsewhere)
    if (FAILING_VERBS.has(view.lemmas[i]!) || (view.lemmas[i] === 'break' && view.words[i + 1] === 'down') || (view.lemmas[i] === 'fall' && view.words[i + 1] === 'apart')) return false;
    return true;
  }
  return false;
}
