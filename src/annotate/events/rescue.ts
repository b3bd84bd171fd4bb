// Refiner: a sentence whose triggers all failed the reporting checks (no named doer, a sense whose
// word-class condition did not hold) still states something happened when a trigger is its main
// clause's verb: "The agency delivered food to the districts" is an AID event with an unnamed doer.
// Only then, and only one event per sentence, so nouns and subordinate mentions stay as they were.
import type { SentenceClauses } from './clauses.js';
import type { Draft } from './draft.js';
import { isReportable } from './merge.js';

export function rescueSentence(sc: SentenceClauses, drafts: readonly Draft[]): void {
  if (drafts.length === 0 || drafts.some(isReportable)) return;
  const main = drafts.find((d) => (d.conditionsMet || d.actors.some((a) => a.entity !== null)) && !d.nominal && !d.passive && sc.clauses[d.clause]?.kind === 'main' && d.modality !== 'negated');
  if (!main) return;
  main.conditionsMet = true;
  main.rescued = true;
}
