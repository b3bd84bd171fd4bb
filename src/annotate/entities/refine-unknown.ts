// Refiner: types the names no cue has typed, after the links. A name opening with a known given
// name is a person; a name listed with others of one type ("Germany, France and Utopia") takes
// their type. Other names stay untyped (and are dropped): measured on news, typing every unknown
// capitalised word as an organisation mostly picks up events, products and nationalities. Then
// one sense per document: the same words typed by a stronger cue elsewhere take that type.
import type { Knowledge } from '../../knowledge/knowledge.js';
import { RANK, type Candidate } from './candidates.js';
import type { DocView } from './view.js';
import { ORG_HEADS, PLACE_HEADS } from './words.js';

export function typeUnknownNames(view: DocView, knowledge: Knowledge, candidates: Candidate[]): void {
  const typed: Candidate[] = [];
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  for (let index = 0; index < sorted.length; index++) {
    const c = sorted[index]!;
    if (c.origin !== 'pattern' || c.type !== null || c.linkTo) continue;
    const type = fallbackType(view, knowledge, c) ?? listType(view, sorted, index);
    if (!type) continue;
    c.type = type;
    c.weakType = true;
    c.rank = RANK.patternOther;
    typed.push(c);
  }
  if (typed.length) spreadStrongTypes(candidates, typed);
}

/**
 * "Germany, France and Utopia": a name in a list joined by commas and "and"/"or" takes the type
 * its listed neighbours agree on (countries and places alike count as places).
 */
function listType(view: DocView, sorted: Candidate[], index: number): Candidate['type'] {
  const c = sorted[index]!;
  const types = new Set<string>();
  for (const step of [-1, 1]) {
    const n = sorted[index + step];
    if (!n || n.sentence !== c.sentence || n.origin === 'role-title') continue;
    const [from, to] = step < 0 ? [n.tokenEnd, c.tokenStart] : [c.tokenEnd, n.tokenStart];
    if (to - from < 1 || to - from > 2) continue;
    let joined = true;
    for (let k = from; k < to; k++) if (!LIST_JOINERS.has(view.tokens[k]!.lower)) joined = false;
    if (!joined) continue;
    const type = n.known.length === 1 ? n.known[0]!.type : n.weakType ? null : n.type;
    if (type) types.add(type === 'country' ? 'place' : type);
  }
  return types.size === 1 ? ([...types][0] as Candidate['type']) : null;
}

const LIST_JOINERS = new Set([',', 'and', 'or', '&']);

function fallbackType(view: DocView, knowledge: Knowledge, c: Candidate): Candidate['type'] {
  if (isPersonalName(view, knowledge, c.tokenStart, c.tokenEnd)) return 'person';
  return null;
}

/**
 * Two to four words opening with a known given name the document never writes in lower case
 * ("Maria Ivanova" in a headline). A lone name word is no evidence: the lists hold many family
 * names that are also companies, clubs and towns, and measured, typing them as persons cost more
 * than it gained.
 */
function isPersonalName(view: DocView, knowledge: Knowledge, from: number, end: number): boolean {
  const { tokens } = view;
  const first = tokens[from]!;
  if (end - from < 2 || end - from > 4) return false;
  for (let k = from; k < end; k++) if (ORG_HEADS.has(tokens[k]!.lower) || PLACE_HEADS.has(tokens[k]!.lower)) return false;
  return knowledge.personName(first.lower) === 'given' && !view.lowerWords.has(first.lower);
}

/** The same words typed by a cue elsewhere in the document (not by this fallback) keep that type. */
function spreadStrongTypes(candidates: Candidate[], typed: Candidate[]): void {
  const strong = new Map<string, Candidate['type']>();
  for (const c of candidates) {
    if (c.type === null || c.weakType || c.linkTo || c.origin === 'role-title') continue;
    const key = c.name.toLowerCase();
    if (!strong.has(key)) strong.set(key, c.known.length === 1 ? c.known[0]!.type : c.type);
  }
  for (const c of typed) {
    const type = strong.get(c.name.toLowerCase());
    if (type && type !== c.type) c.type = type === 'country' ? 'place' : type;
  }
}
