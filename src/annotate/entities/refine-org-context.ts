// Refiner: organisations by the words around them. Business and sports news name companies and
// clubs by one word ("shares of Acme", "Acme chairman", "coach of Rovers", "signed for Rovers");
// such a cue types an untyped name, or a name typed only by its shape or a speech verb, as an
// organisation. One sense per document: the same words elsewhere in the report (not typed by a
// title or a stronger cue) become that organisation too.
import { RANK, type Candidate } from './candidates.js';
import type { DocView } from './view.js';

/** Nouns after a name that make it an organisation ("Acme shares", "Rovers striker", "Acme chairman"). */
const ORG_AFTER = new Set([
  'shares', 'stock', 'stocks', 'shareholders', 'stockholders', 'subsidiary', 'subsidiaries', 'unit', 'units', 'chairman', 'chairwoman',
  'ceo', 'board', 'directors', 'executives', 'employees', 'staff', 'workers', 'plant', 'plants', 'factory', 'factories', 'stake',
  'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'winger', 'captain', 'fans', 'supporters',
  'squad', 'teammate', 'teammates', 'shareholder', 'bonds', 'bid', 'takeover', 'profit', 'profits', 'earnings', 'revenue',
  'revenues', 'sales', 'products', 'customers', 'merger',
]);

/** Words before a name that make it an organisation: "shares of X", "coach of X", "stake in X", "playing for X". */
const ORG_BEFORE: readonly (readonly string[])[] = [
  ['shares', 'of'], ['shares', 'in'], ['stake', 'in'], ['stock', 'of'], ['subsidiary', 'of'], ['unit', 'of'], ['division', 'of'],
  ['chairman', 'of'], ['executive', 'of'], ['ceo', 'of'], ['director', 'of'], ['shareholders', 'of'], ['takeover', 'of'],
  ['merger', 'with'], ['acquisition', 'of'], ['acquired', 'by'], ['bought', 'by'], ['owned', 'by'], ['bid', 'for'],
  ['coach', 'of'], ['manager', 'of'], ['captain', 'of'], ['striker', 'for'], ['played', 'for'], ['playing', 'for'],
  ['plays', 'for'], ['signed', 'for'], ['signed', 'with'], ['joined'], ['move', 'to'], ['transfer', 'to'], ['loan', 'to'], ['loan', 'from'],
];

export function typeOrganisationsByContext(view: DocView, candidates: Candidate[]): void {
  const cued = new Set<string>();
  // "beat X", "draw with X" on sports pages were measured too: they name players as often as teams.
  for (const c of candidates) {
    if (!retypable(c) || !hasOrganisationCue(view, c)) continue;
    makeOrganisation(c);
    cued.add(c.name.toLowerCase());
  }
  if (!cued.size) return;
  for (const c of candidates) if (retypable(c) && cued.has(c.name.toLowerCase())) makeOrganisation(c);
}

/** A text-only name not typed by a title, a head word or a strong cue: untyped, or a person only by shape or speech verb. */
function retypable(c: Candidate): boolean {
  if (c.origin !== 'pattern' || c.linkTo || c.kind !== 'name') return false;
  if (c.type === null || c.weakType) return true;
  return c.type === 'person' && (c.rank === RANK.shapePerson || (c.rank === RANK.patternPerson && c.tokenEnd - c.tokenStart === 1));
}

function hasOrganisationCue(view: DocView, c: Candidate): boolean {
  const { tokens } = view;
  const last = tokens[c.tokenEnd - 1]!;
  const next = tokens[c.tokenEnd];
  // "Acme shares", "Acme's chairman"
  if (next && next.sentence === c.sentence && !next.capitalised && ORG_AFTER.has(next.lower)) return true;
  if (last.possessive && next && next.sentence === c.sentence && !next.capitalised) {
    const after = next.lower === 'chief' || next.lower === 'new' || next.lower === 'former' ? tokens[c.tokenEnd + 1] : next;
    if (after && after.sentence === c.sentence && ORG_AFTER.has(after.lower)) return true;
  }
  return hasCueBefore(view, c, ORG_BEFORE);
}

function hasCueBefore(view: DocView, c: Candidate, cues: readonly (readonly string[])[]): boolean {
  const { tokens } = view;
  for (const cue of cues) {
    let ok = true;
    for (let k = 0; k < cue.length && ok; k++) {
      const t = tokens[c.tokenStart - cue.length + k];
      ok = !!t && t.sentence === c.sentence && (!t.capitalised || t.initial) && t.lower === cue[k];
    }
    if (ok) return true;
  }
  return false;
}

function makeOrganisation(c: Candidate): void {
  c.type = 'organisation';
  c.weakType = false;
  c.rank = RANK.patternOrg;
}
