// Refiner: an act aimed at the event a relative clause hangs on ("the exercises, which Pyongyang
// criticized") has that event's actors as its targets.
import type { SentenceClauses } from './clauses.js';
import type { Draft } from './draft.js';
import type { DocView } from './view.js';
import { addParticipants } from './participants.js';

export function targetRelativeAntecedents(view: DocView, sc: SentenceClauses, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (d.targets.length > 0) continue;
    const clause = sc.clauses[d.clause]!;
    const opener = view.words[clause.first];
    if (clause.kind !== 'relative' || (opener !== 'which' && opener !== 'that')) continue;
    // The event whose words end right before the relative pronoun.
    const antecedent = drafts
      .filter((e) => e !== d && e.evidenceEnd <= clause.first && clause.first - e.evidenceEnd <= 2)
      .sort((a, b) => b.evidenceEnd - a.evidenceEnd)[0];
    if (antecedent) addParticipants(d.targets, antecedent.actors.filter((a) => !d.actors.some((x) => x.entity === a.entity)));
  }
}
