// Refiner: a sentence whose triggers all failed the reporting checks (no named doer, a sense whose
// word-class condition did not hold) still states something happened when a trigger is its main
// clause's verb: "The agency delivered food to the districts" is an AID event with an unnamed doer.
// A sense whose word-class condition failed is kept only for a doer named by its own name.
// Only then, and only one event per sentence, so nouns and subordinate mentions stay as they were.
import type { SentenceClauses } from './clauses.js';
import type { EventParticipant } from '../../model/types.js';
import type { Draft } from './draft.js';
import { isReportable } from './merge.js';

export function rescueSentence(text: string, sc: SentenceClauses, drafts: readonly Draft[]): void {
  if (drafts.length === 0 || drafts.some(isReportable)) return;
  const main = drafts.find((d) => (d.conditionsMet || d.actors.some((a) => namedByItself(text, a))) && hasParticipant(d) && !d.nominal && !d.passive && sc.clauses[d.clause]?.kind === 'main' && d.modality !== 'negated');
  if (!main) return;
  main.conditionsMet = true;
  main.rescued = true;
}

/** Someone acts or is acted on ("The missiles flew about 350 km" names neither). */
function hasParticipant(d: Draft): boolean {
  return d.actors.length > 0 || d.targets.length > 0 || d.directObject;
}

/** A known entity named by its own name or acronym ("North Korea", "IAEA"), not a capital or a person's first name standing for it. */
function namedByItself(text: string, p: EventParticipant): boolean {
  if (p.entity === null || !p.span || p.entity.startsWith('place:') || p.entity.startsWith('person:')) return false;
  const said = text.slice(p.span.start, p.span.end);
  return said.split(' ')[0] === p.name.split(' ')[0] || /^[A-Z]{2,}$/.test(said);
}
