// Refiner: organisations by the words around them. Business and sports news name companies and
// clubs by one word ("shares of Acme", "Acme chairman", "coach of Rovers", "signed for Rovers");
// such a cue types an untyped name, or a name typed only by its shape or a speech verb, as an
// organisation; the sports and business cues among them make a known town a club or a firm.
// One sense per document: the same words elsewhere in the report (not typed by a
// title or a stronger cue) become that organisation too.
import type { Knowledge } from '../../knowledge/knowledge.js';
import { RANK, type Candidate } from './candidates.js';
import type { DocView } from './view.js';
import { LOCATIVE_PREPOSITIONS, ORG_HEADS } from './words.js';
import { hasScores, isSportsPage } from './sports-page.js';

/** Nouns after a name that make it an organisation ("Acme shares", "Rovers striker", "Acme chairman"). */
const ORG_AFTER = new Set([
  'shares', 'stock', 'stocks', 'shareholders', 'stockholders', 'subsidiary', 'subsidiaries', 'unit', 'units', 'chairman', 'chairwoman',
  'ceo', 'board', 'directors', 'executives', 'employees', 'staff', 'workers', 'plant', 'plants', 'factory', 'factories', 'stake',
  'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'winger', 'captain', 'fans', 'supporters',
  'squad', 'teammate', 'teammates', 'shareholder', 'bonds', 'bid', 'takeover', 'profit', 'profits', 'earnings', 'revenue',
  'revenues', 'sales', 'products', 'customers', 'merger', 'executive',
]);

/**
 * What the body is, written after its name: the press ("the Hurriyet newspaper"), a firm ("the
 * Brask group", "Kernfeld analysts"). Not for a place ("an Atlanta newspaper"); the firm nouns not for
 * a personal-name word either ("the Mitchell group" of a campaign).
 */
const PRESS_AFTER = new Set(['newspaper', 'weekly', 'magazine', 'tabloid', 'broadcaster']);
/** What the press prints, after a name typed only by its shape ("a 2005 Vanity Fair article": no person writes as "Vanity Fair"). */
const PRESS_WORK_AFTER = new Set(['article', 'articles', 'editorial', 'editorials', 'column', 'columnist', 'correspondent', 'reporter', 'reporters', 'editor', 'cover', 'issue', 'report']);
const FIRM_AFTER = new Set(['group', 'company', 'firm', 'conglomerate', 'airline', 'carrier', 'retailer', 'insurer', 'lender', 'brokerage',
  'carmaker', 'automaker', 'analysts', 'economists', 'party']);

/**
 * Nouns after a name for those who speak for a body ("Acme spokesman", "Acme officials"): a person
 * has a spokesman too ("Palin spokesman"), so they count only for a name that no personal-name list
 * holds, and not for a word opening its sentence ("Local officials").
 */
const SPEAKERS_AFTER = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'officials', 'management']);

/** "a spokesman for Norsk Hydro": the same speakers before the name, under the same conditions. */
const SPEAKERS_BEFORE: readonly (readonly string[])[] = [['spokesman', 'for'], ['spokeswoman', 'for'], ['spokesperson', 'for']];

/** The nouns of ORG_AFTER that make a name an organisation after a possessive too ("Acme's shares", not "Felt's supporters"). */
const POSSESSIVE_ORG = new Set([
  'shares', 'stock', 'stocks', 'shareholders', 'stockholders', 'subsidiary', 'subsidiaries', 'unit', 'units', 'chairman', 'chairwoman',
  'ceo', 'board', 'directors', 'executive', 'executives', 'employees', 'plant', 'plants', 'factory', 'factories', 'bonds', 'profit', 'profits',
  'earnings', 'revenue', 'revenues', 'sales', 'products', 'customers', 'merger', 'takeover', 'squad', 'striker', 'midfielder', 'defender', 'goalkeeper',
]);

/** Words before a name that make it an organisation: "shares of X", "coach of X", "stake in X", "playing for X". */
const ORG_BEFORE: readonly (readonly string[])[] = [
  ['shares', 'of'], ['shares', 'in'], ['stake', 'in'], ['stock', 'of'], ['subsidiary', 'of'], ['unit', 'of'], ['division', 'of'],
  ['chairman', 'of'], ['executive', 'of'], ['ceo', 'of'], ['director', 'of'], ['shareholders', 'of'], ['takeover', 'of'],
  ['merger', 'with'], ['acquisition', 'of'], ['acquired', 'by'], ['bought', 'by'], ['owned', 'by'], ['bid', 'for'],
  ['coach', 'of'], ['manager', 'of'], ['captain', 'of'], ['striker', 'for'], ['played', 'for'], ['playing', 'for'],
  ['plays', 'for'], ['signed', 'for'], ['signed', 'with'], ['joined'], ['move', 'to'], ['transfer', 'to'], ['loan', 'to'], ['loan', 'from'],
  // Those who work for a firm ("analysts at Kernfeld", "an economist with Brask") and the press by its kind ("the weekly Tarvelsk").
  ['analyst', 'at'], ['analysts', 'at'], ['economist', 'at'], ['economists', 'at'], ['strategist', 'at'], ['analyst', 'with'],
  ['economist', 'with'], ['weekly'], ['magazine'], ['tabloid'],
];

/** The cues that also make a known town a club or a firm ("Leeds striker", "coach of Leeds", "shares of Toyota"): "Leeds workers" and "move to Leeds" stay places. */
const TOWN_ORG_AFTER = new Set([
  'shares', 'stock', 'shareholders', 'chairman', 'chairwoman', 'ceo', 'coach', 'manager', 'striker', 'midfielder', 'defender',
  'goalkeeper', 'winger', 'captain', 'squad', 'teammate', 'teammates',
]);
const TOWN_ORG_BEFORE: readonly (readonly string[])[] = [
  ['shares', 'of'], ['shares', 'in'], ['stake', 'in'], ['coach', 'of'], ['manager', 'of'], ['captain', 'of'], ['striker', 'for'],
  ['played', 'for'], ['playing', 'for'], ['plays', 'for'], ['signed', 'for'], ['signed', 'with'],
];

/** On a sports page, a known town that beats, draws or plays is a club ("Leeds beat Bristol", "drew with Leeds"). */
const TOWN_TEAM_AFTER = new Set([
  'beat', 'beats', 'drew', 'draw', 'defeated', 'thrashed', 'edged', 'routed', 'overcame', 'crushed', 'trounced', 'hammered',
  'outclassed', 'held', 'lost', 'won', 'win', 'wins', 'lead', 'leads', 'led', 'trail', 'trailed', 'trail', 'scored', 'conceded',
]);
const TOWN_TEAM_BEFORE: readonly (readonly string[])[] = [
  ['beat'], ['beats'], ['defeated'], ['against'], ['drew', 'with'], ['draw', 'with'], ['win', 'over'], ['victory', 'over'],
  ['lost', 'to'], ['losing', 'to'], ['defeat', 'to'], ['defeat', 'by'], ['thrashed'], ['edged'], ['routed'], ['trounced'],
  ['hosts'], ['host'], ['visitors'],
];

export function typeOrganisationsByContext(view: DocView, knowledge: Knowledge, candidates: Candidate[]): void {
  const cued = new Set<string>();
  const surnames = personSurnames(view, candidates);
  // Names a cue typed as persons elsewhere in the report ("the Obama administration"): "Obama officials" speak for the person's government.
  const personsByCue = new Set<string>();
  for (const c of candidates) if (c.type === 'person' && c.rank !== RANK.shapePerson) personsByCue.add(c.name.toLowerCase());
  const { personStarts, personEnds } = personBounds(view, knowledge, candidates);
  // "beat X", "draw with X" on sports pages were measured too: they name players as often as teams.
  for (const c of candidates) {
    if (retypable(c) && (hasOrganisationCue(view, c, ORG_AFTER, ORG_BEFORE) || kindAfter(view, knowledge, c) || (speakersAfter(view, knowledge, c) && !personsByCue.has(c.name.toLowerCase()))
      || (notPersonByCue(c, personsByCue) && (possessorOfPerson(view, knowledge, c, personStarts) || memberOf(view, knowledge, c, personEnds))))) {
      makeOrganisation(c);
      cued.add(c.name.toLowerCase());
    } else if ((knownTown(c) || clubShapedPlace(view, c)) && !surnames.has(c.name.toLowerCase()) && (hasOrganisationCue(view, c, TOWN_ORG_AFTER, TOWN_ORG_BEFORE) || ((hasScores(view) || isSportsPage(view)) && (hasOrganisationCue(view, c, TOWN_TEAM_AFTER, TOWN_TEAM_BEFORE) || clubGrammar(view, c))))) {
      makeClub(view, c);
      cued.add(c.name.toLowerCase());
    }
  }
  if (!cued.size) return;
  for (const c of candidates) {
    if (retypable(c) && cued.has(c.name.toLowerCase())) makeOrganisation(c);
    // The same town elsewhere is the club too, unless a preposition makes it a place ("in Leeds").
    else if ((knownTown(c) || clubShapedPlace(view, c)) && cued.has(c.name.toLowerCase()) && !surnames.has(c.name.toLowerCase()) && !afterLocative(view, c)) makeClub(view, c);
  }
}

/** Neither typed a person by a cue nor named like one so typed elsewhere ("Nixon said … Nixon 's aide"). */
function notPersonByCue(c: Candidate, personsByCue: Set<string>): boolean {
  return !(c.type === 'person' && c.rank !== RANK.shapePerson) && !personsByCue.has(c.name.toLowerCase());
}

/**
 * Where the names of persons start (a title before them, or a known given name first: "Acme 's
 * Deep Throat" is no cue) and where the names typed as persons of two words or more end.
 */
function personBounds(view: DocView, knowledge: Knowledge, candidates: Candidate[]): { personStarts: Set<number>; personEnds: Set<number> } {
  const personStarts = new Set<number>();
  const personEnds = new Set<number>();
  for (const c of candidates) {
    if (c.type !== 'person' || c.tokenEnd - c.tokenStart < 2) continue;
    if (c.rank === RANK.roleTitle || knowledge.personName(view.tokens[c.tokenStart]!.lower) === 'given') personStarts.add(c.tokenStart);
    personEnds.add(c.tokenEnd);
  }
  return { personStarts, personEnds };
}

/** "Acme 's John Smith", "Ashvale 's Tom Baker": the body a named person belongs to, before its possessive. */
function possessorOfPerson(view: DocView, knowledge: Knowledge, c: Candidate, personStarts: Set<number>): boolean {
  // "Toronto 's John Tory": a place has people too; only on a sports page is it their club.
  if ((c.type === 'place' || namesPlace(knowledge, c)) && !hasScores(view)) return false;
  const split = splitPossessive(view, c.tokenEnd);
  if (!split && !view.tokens[c.tokenEnd - 1]!.possessive) return false;
  const next = view.tokens[c.tokenEnd + split];
  return !!next && next.sentence === c.sentence && personStarts.has(c.tokenEnd + split);
}

/** "Jane Doe of the Civic Union", "Earl Rusk of the Ashvale Register": a body after a named person and "of the" (a town takes no "the": "John Smith of Burnsville"). */
function memberOf(view: DocView, knowledge: Knowledge, c: Candidate, personEnds: Set<number>): boolean {
  const { tokens } = view;
  // "Jane Doe of the Netherlands".
  if (namesPlace(knowledge, c)) return false;
  const the = tokens[c.tokenStart - 1];
  const of = tokens[c.tokenStart - 2];
  if (!the || !of || of.sentence !== c.sentence || the.lower !== 'the' || the.capitalised || of.lower !== 'of' || of.capitalised) return false;
  return personEnds.has(c.tokenStart - 2) && !tokens[c.tokenEnd - 1]!.possessive && tokens[c.tokenStart]!.text.length > 1;
}

/** Words the knowledge base holds as a place or a country (found as such by the other finder too). */
function namesPlace(knowledge: Knowledge, c: Candidate): boolean {
  return knowledge.lookupName(c.name).some((k) => k.type === 'place' || k.type === 'country');
}

/** "Acme spokesman", "Acme 's spokeswoman", "Acme officials": not for a listed personal name or a word opening its sentence. */
function speakersAfter(view: DocView, knowledge: Knowledge, c: Candidate): boolean {
  const first = view.tokens[c.tokenStart]!;
  // Typed a person by a cue ("the Obama administration"), or a head word alone ("Sam 's Club spokesperson"): no.
  if (first.initial || (c.type === 'person' && c.rank !== RANK.shapePerson)) return false;
  let named = false;
  for (let k = c.tokenStart; k < c.tokenEnd; k++) {
    if (knowledge.personName(view.tokens[k]!.lower) !== undefined) return false;
    if (!ORG_HEADS.has(view.tokens[k]!.lower)) named = true;
  }
  if (!named) return false;
  // Before the name only for two words or more: "a spokesman for Yeltsin" speaks for a person named by surname.
  return hasOrganisationCue(view, c, SPEAKERS_AFTER, c.tokenEnd - c.tokenStart >= 2 ? SPEAKERS_BEFORE : [], SPEAKERS_AFTER);
}

/** "the Hurriyet newspaper", "the Brask group": see PRESS_AFTER and FIRM_AFTER. */
function kindAfter(view: DocView, knowledge: Knowledge, c: Candidate): boolean {
  const next = view.tokens[c.tokenEnd];
  if (!next || next.sentence !== c.sentence || next.capitalised || view.tokens[c.tokenEnd - 1]!.possessive || namesPlace(knowledge, c)) return false;
  if (PRESS_AFTER.has(next.lower)) return true;
  if (PRESS_WORK_AFTER.has(next.lower) && c.type === 'person' && c.rank === RANK.shapePerson && knowledge.personName(view.tokens[c.tokenStart]!.lower) !== 'given') return true;
  if (!FIRM_AFTER.has(next.lower) || (c.type === 'person' && c.rank !== RANK.shapePerson)) return false;
  // "Perennial party girl": an adjective opening the sentence.
  if (next.lower === 'party' && view.tokens[c.tokenStart]!.initial) return false;
  for (let k = c.tokenStart; k < c.tokenEnd; k++) if (knowledge.personName(view.tokens[k]!.lower) !== undefined) return false;
  return true;
}

/** Plural verbs after a town's name, as British sports pages write of clubs ("Barnsley are third", "Leeds have won"). */
const CLUB_PLURAL_VERBS = new Set(['are', 'were', 'have', 'face', 'meet', 'remain', 'host', 'visit', 'need', 'play']);

/** "Barnsley are third": a town named as a club, not as a place ("Jackson , who was benched" is as often a player named like a town). */
function clubGrammar(view: DocView, c: Candidate): boolean {
  const next = view.tokens[c.tokenEnd];
  return !!next && next.sentence === c.sentence && !next.capitalised && CLUB_PLURAL_VERBS.has(next.lower);
}

function afterLocative(view: DocView, c: Candidate): boolean {
  const prev = view.tokens[c.tokenStart - 1];
  return !!prev && prev.sentence === c.sentence && !prev.capitalised && LOCATIVE_PREPOSITIONS.has(prev.lower);
}

/** Last words of the document's names typed as persons ("Daniel Montalvo"): a town of that name is the person's surname. */
function personSurnames(view: DocView, candidates: Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of candidates) {
    if (c.type === 'person' && c.tokenEnd - c.tokenStart >= 2) out.add(view.tokens[c.tokenEnd - 1]!.lower);
  }
  return out;
}

/** A name the knowledge base holds only as towns (not a country, region or named body). */
function knownTown(c: Candidate): boolean {
  return c.origin === 'knowledge' && c.known.length > 0 && c.known.every((k) => k.type === 'place' && !k.region && !k.capital);
}

/** Last words that make a name a place by its shape but also end clubs' names ("Norwich City", "Derby County", "Yeovil Town"). */
const CLUB_PLACE_HEADS = new Set(['city', 'county', 'town']);

/** A text-only place typed only by such a last word: the cues that make a known town a club make it one too ("Norwich City manager"). */
function clubShapedPlace(view: DocView, c: Candidate): boolean {
  return c.origin === 'pattern' && c.type === 'place' && c.rank === RANK.placeWithCue && !c.properName && c.tokenEnd - c.tokenStart === 2
    && CLUB_PLACE_HEADS.has(view.tokens[c.tokenEnd - 1]!.lower);
}

/** A town read as the club or firm named after it: a text-only organisation of those words. */
function makeClub(view: DocView, c: Candidate): void {
  c.origin = 'pattern';
  c.kind = 'name';
  c.known = [];
  c.name = view.text.slice(c.start, c.end).replace(/\s+/g, ' ');
  makeOrganisation(c);
}

/** One word shaped like a nationality or people's adjective ("English", "Flemish", "Kosovan", "Faroese", "Welsh"). */
const NATIONALITY_ADJECTIVE = /^(?:\p{Lu}\p{Ll}+(?:ish|ese|ian|an)|Welsh|Scots|Manx)$/u;

/** A text-only name not typed by a title, a head word or a strong cue: untyped, or a person only by shape or speech verb. */
function retypable(c: Candidate): boolean {
  if (c.origin !== 'pattern' || c.linkTo || c.kind !== 'name') return false;
  // "English captain Harry Kane", "Scottish fans": a nationality adjective the demonym lists lack is no club.
  if (NATIONALITY_ADJECTIVE.test(c.name)) return false;
  if (c.type === null || c.weakType) return true;
  return c.type === 'person' && (c.rank === RANK.shapePerson || (c.rank === RANK.patternPerson && c.tokenEnd - c.tokenStart === 1));
}

function hasOrganisationCue(view: DocView, c: Candidate, after: ReadonlySet<string>, before: readonly (readonly string[])[], possessed: ReadonlySet<string> = POSSESSIVE_ORG): boolean {
  const { tokens } = view;
  // The tokenised possessive of wire text ("Acme 's chairman") counts as the possessive.
  const split = splitPossessive(view, c.tokenEnd);
  const last = tokens[c.tokenEnd - 1]!;
  const next = tokens[c.tokenEnd + split];
  // "Acme shares", "Acme's chairman"
  if (!split && next && next.sentence === c.sentence && !next.capitalised && after.has(next.lower)) return true;
  if ((last.possessive || split) && next && next.sentence === c.sentence && !next.capitalised) {
    const word = next.lower === 'chief' || next.lower === 'new' || next.lower === 'former' ? tokens[c.tokenEnd + 1 + split] : next;
    // A person has supporters, staff and a coach too: after a possessive only the words of a firm count.
    if (word && word.sentence === c.sentence && after.has(word.lower) && possessed.has(word.lower)) return true;
  }
  return hasCueBefore(view, c, before);
}

/** Tokens of a possessive written apart from its name ("Acme 's": an apostrophe, then "s" right after it), else 0. */
function splitPossessive(view: DocView, at: number): number {
  const t = view.tokens[at];
  const s = view.tokens[at + 1];
  if (!t || (t.text !== "'" && t.text !== '’') || !s || s.text !== 's' || s.start !== t.end || s.sentence !== t.sentence) return 0;
  return 2;
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
