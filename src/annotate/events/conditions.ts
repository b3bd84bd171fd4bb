// Refiner: an act named inside a condition ("… unless the army halts its offensive", "… if the island
// is attacked", "… would keep striking until Moscow agreed") is hypothetical, not reported: it is no
// event of its own. The act the condition is attached to keeps it (plover-rules.ts reads
// "unless"/"if" to make a conditional promise a threat).
import type { SentenceClauses } from './clauses.js';
import type { DocView } from './view.js';

const CONDITION_OPENERS = new Set(['if', 'unless']);
/** Words that put a clause in the future or under a will ("would keep striking", "will fight", "vowed to fight"). */
const FUTURE_MARKERS = new Set(['will', 'would', 'shall', "'ll", "won't", 'wo', 'vow', 'vowed', 'vows', 'pledge', 'pledged', 'pledges', 'promise', 'promised', 'promises']);

/** Whether a clause holds a word that puts its act in the future. */
function hasFutureMarker(view: DocView, sc: SentenceClauses, clauseId: number): boolean {
  for (let i = sc.first; i < sc.end; i++) if (sc.clauseOf[i - sc.first] === clauseId && FUTURE_MARKERS.has(view.words[i]!)) return true;
  return false;
}

/** The clause, or one it is embedded in (not across a relative clause), is a condition opened by "if" or "unless". */
export function inCondition(view: DocView, sc: SentenceClauses, clauseId: number): boolean {
  for (let id = clauseId, steps = 0; id >= 0 && steps < 6; id = sc.clauses[id]!.parent, steps++) {
    const clause = sc.clauses[id]!;
    if (clause.kind === 'subordinate' && CONDITION_OPENERS.has(view.words[clause.first]!)) return true;
    // "… would keep striking until Moscow agreed to a ceasefire": an end point set for a future act has not happened.
    if (clause.kind === 'subordinate' && view.words[clause.first] === 'until' && clause.parent >= 0 && hasFutureMarker(view, sc, clause.parent)) return true;
    // "… unless it stops the rockets it fires at Israel": a relative clause tells what is so, condition or not.
    if (clause.kind === 'relative') return false;
  }
  return false;
}
