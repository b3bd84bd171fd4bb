// Refiner: types the names no cue has typed, after the links. A name opening with a known given
// name is a person, a lone word listed as a company name an organisation; a name listed with others of one type ("Germany, France and Utopia") takes
// their type. Other names stay untyped (and are dropped): measured on news, typing every unknown
// capitalised word as an organisation mostly picks up events, products and nationalities. Then
// one sense per document: the same words typed by a stronger cue elsewhere take that type.
import type { Knowledge } from '../../knowledge/knowledge.js';
import { RANK, type Candidate } from './candidates.js';
import type { DocView } from './view.js';
import { ORG_HEADS, PLACE_HEADS } from './words.js';
import { hasScores } from './sports-page.js';
import { isCompanyName } from './company-names.js';

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
  typeLikeNamesake(candidates);
}

/**
 * One sense per document for names still untyped: "Lukoil said" opening a sentence is the Lukoil
 * typed elsewhere in the report. Only text-only names typed by a cue or a fallback lend their type.
 */
function typeLikeNamesake(candidates: Candidate[]): void {
  const types = new Map<string, NonNullable<Candidate['type']>>();
  for (const c of candidates) {
    // A place only by the preposition before it ("in Hajj") is too weak to lend.
    if (c.origin !== 'pattern' || c.type === null || c.linkTo || c.kind !== 'name' || (c.weakType && c.type === 'place')) continue;
    const key = c.name.toLowerCase();
    if (!types.has(key)) types.set(key, c.type);
  }
  if (!types.size) return;
  for (const c of candidates) {
    if (c.origin !== 'pattern' || c.type !== null || c.linkTo) continue;
    const type = types.get(c.name.toLowerCase());
    if (!type) continue;
    c.type = type;
    c.weakType = true;
    c.rank = RANK.patternOther;
  }
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
  if (nationalBranch(view, knowledge, c)) return 'organisation';
  if (isCompanyName(view, knowledge, c)) return 'organisation';
  if (isListedPlayer(view, knowledge, c) || isPlayerInScores(view, c)) return 'person';
  if (isClubWithCountry(view, knowledge, c)) return 'organisation';
  return null;
}

/**
 * "British Red Cross", "Iranian Red Crescent": a demonym, then a known organisation, is that
 * organisation's national branch (the run keeps both words, so neither known name is left).
 */
function nationalBranch(view: DocView, knowledge: Knowledge, c: Candidate): boolean {
  const { tokens, text } = view;
  if (c.tokenEnd - c.tokenStart < 2 || !knowledge.lookupDemonym(tokens[c.tokenStart]!.lower)) return false;
  const rest = text.slice(tokens[c.tokenStart + 1]!.start, tokens[c.tokenEnd - 1]!.baseEnd);
  return knowledge.lookupName(rest).some((k) => k.type === 'organisation');
}

/**
 * "Rapid (Austria) 2 Ferencvaros (Hungary) 1": on a sports page a lone name with its country in
 * brackets is a club (players come with a first name: "Jan Lund (NOR)" is typed by its shape).
 */
function isClubWithCountry(view: DocView, knowledge: Knowledge, c: Candidate): boolean {
  if (c.tokenEnd - c.tokenStart !== 1 || !hasScores(view)) return false;
  const { tokens, text } = view;
  const open = tokens[c.tokenEnd];
  const inside = tokens[c.tokenEnd + 1];
  if (open?.text !== '(' || !inside || inside.sentence !== c.sentence) return false;
  return !!knowledge.countryByCode(inside.text) || knowledge.lookupName(text.slice(inside.start, inside.baseEnd)).some((k) => k.type === 'country');
}

/**
 * "Moya 6-3", "Rafael 68": on a sports page, a lone given name followed by a score or a number
 * names a player (a team before a score is found as a team first). Measured: a lone given name
 * elsewhere is too often a club, a firm or a town to be read as a person.
 */
function isListedPlayer(view: DocView, knowledge: Knowledge, c: Candidate): boolean {
  if (c.tokenEnd - c.tokenStart !== 1 || !hasScores(view)) return false;
  const t = view.tokens[c.tokenStart]!;
  const next = view.tokens[c.tokenEnd];
  if (!next || next.sentence !== t.sentence || next.kind !== 'number' || t.allCaps) return false;
  return knowledge.personName(t.lower) === 'given' && !view.lowerWords.has(t.lower);
}

/**
 * On a sports page, the forms of a scorecard that only players take: a scorer with the minute
 * ("Shearer 23rd", "( Asprilla 77 )", "Ronaldo ( 23rd minute )"), a bowler's figures ("Wasim 20-5-50-2"), and a cricket
 * dismissal ("c Latif b Wasim 31").
 */
function isPlayerInScores(view: DocView, c: Candidate): boolean {
  if (c.tokenEnd - c.tokenStart > 3 || !hasScores(view) || view.headlines.has(c.sentence)) return false;
  const { tokens } = view;
  const at = (i: number): DocView['tokens'][number] | undefined => (tokens[i]?.sentence === c.sentence ? tokens[i] : undefined);
  if (tokens[c.tokenStart]!.allCaps) return false;
  const prev = at(c.tokenStart - 1);
  const next = at(c.tokenEnd);
  const after = at(c.tokenEnd + 1);
  if (prev && DISMISSALS.has(prev.text)) return true;
  if (next?.text === 'b' && at(c.tokenEnd + 1)?.capitalised) return true;
  // "Ronaldo ( 23rd minute )", "Giovanni ( 60th )".
  if (next?.text === '(' && after?.kind === 'number' && /^\d{1,3}(?:st|nd|rd|th)$/.test(after.text)) return MINUTE_ENDS.has(at(c.tokenEnd + 2)?.text ?? ')');
  if (next?.kind !== 'number') return false;
  // A minute ends the item ("Shearer 23rd ,"); "East 223rd Street" or "Clinch 5th Seed" go on.
  if (/^\d{1,3}(?:st|nd|rd|th)$/.test(next.text)) return !after || MINUTE_ENDS.has(after.text);
  if (after?.text === '-' && at(c.tokenEnd + 2)?.kind === 'number' && at(c.tokenEnd + 3)?.text === '-' && at(c.tokenEnd + 4)?.kind === 'number' && at(c.tokenEnd + 5)?.text === '-') return true;
  return !!prev && (prev.text === '(' || prev.text === ',') && !!after && (after.text === ',' || after.text === ')' || after.text === ';') && insideBrackets(view, c.tokenStart);
}

const MINUTE_ENDS = new Set([',', ')', ';', '.', 'minute', 'min', 'pen', 'penalty']);

/** Cricket's dismissal marks before a fielder's or bowler's name: caught, bowled, stumped. */
const DISMISSALS = new Set(['c', 'b', 'st']);

/** Whether an opening bracket comes before the token on its line with no closing one between. */
function insideBrackets(view: DocView, i: number): boolean {
  for (let k = i - 1; k >= 0 && view.tokens[k]!.sentence === view.tokens[i]!.sentence; k--) {
    if (view.tokens[k]!.text === ')') return false;
    if (view.tokens[k]!.text === '(') return true;
  }
  return false;
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
  // "Davis Cup", "Tony Awards": a given name opens many names of events and prizes (but "Nathan Law", "Hugh Grant" are persons).
  if (PRIZE_AND_EVENT_HEADS.has(tokens[end - 1]!.lower)) return false;
  return knowledge.personName(first.lower) === 'given' && !view.lowerWords.has(first.lower);
}

/** Last words of names of prizes and events that open with a given name; none is a common surname. */
const PRIZE_AND_EVENT_HEADS = new Set(['cup', 'award', 'awards', 'prize', 'prizes', 'trophy', 'medal', 'games', 'championship', 'championships',
  'tournament', 'festival', 'olympics', 'marathon', 'series', 'classic', 'open', 'summit', 'conference', 'memorial', 'show', 'book']);

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
