// Refiner: capitalised titles are roles, not names. Wire copy capitalises a title set off by
// commas ("John Kerry, the Secretary of State, said", "Malaysia's Prime Minister, Najib Razak") and
// a title after an organisation ("the State Department Spokesperson"). Without this, the title
// became a place, a person or part of the organisation's name.
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { Candidate } from './candidates.js';
import { roleAt, roleEndingAt } from './roles.js';
import type { DocView } from './view.js';

export function dropRoleNames(view: DocView, knowledge: Knowledge, candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (c.origin !== 'pattern' || c.linkTo) {
      kept.push(c);
      continue;
    }
    // The whole name is a title ("Secretary of State", "Deputy Prime Minister").
    const whole = roleAt(view, knowledge, c.tokenStart, c.tokenEnd);
    if (whole && whole.tokenEnd === c.tokenEnd && !whole.courtesy) continue;
    // An organisation's name ending in a title ("State Department Spokesperson"): the organisation.
    if (c.type === 'organisation' && c.tokenEnd - c.tokenStart >= 2) {
      const tail = roleEndingAt(view, knowledge, c.tokenEnd - 1, c.tokenStart + 1);
      if (tail && tail.tokenStart > c.tokenStart && !tail.courtesy) trimTo(view, c, tail.tokenStart);
    }
    kept.push(c);
  }
  return kept;
}

function trimTo(view: DocView, c: Candidate, tokenEnd: number): void {
  const last = view.tokens[tokenEnd - 1]!;
  c.tokenEnd = tokenEnd;
  c.end = last.baseEnd;
  c.name = view.text.slice(c.start, c.end);
}
