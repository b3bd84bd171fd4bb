// Refiner: teams named in the running text of a sports page (not in results lines). A town, a
// state or an unknown name is a team when the sentence says what only a team has or does: its
// season record in brackets ("Ostvale ( 10-2 )"), the points a player scored for it ("had 12
// points for Ostvale"), its game or season after a possessive ("Ostvale 's playoff loss"), or a
// capitalised plural after "the" ("the Purple Herons"). Only on sports pages (scores and sports
// words): elsewhere these words name towns and peoples as often. Countries and the home nations stay places.
import { RANK, type Candidate } from './candidates.js';
import type { DocView } from './view.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { isSportsPage } from './sports-page.js';
import { isNation } from './refine-places.js';
import { COMMON_SUBJECTS, FUNCTION_WORDS, OTHER_NAME_HEADS } from './words.js';

/** What a player gets for a team: "12 points for X", "two goals for X", "scored for X". */
const STATS_FOR = new Set([
  'points', 'goals', 'goal', 'rebounds', 'assists', 'shots', 'blocks', 'steals', 'yards', 'touchdowns', 'touchdown', 'runs', 'hits',
  'wickets', 'saves', 'tries', 'try', 'scored', 'starred', 'starts', 'appearances', 'minutes', 'innings',
]);

/** A team's game, season or staff after its possessive ("X 's playoff loss", "X 's coach"). */
const TEAM_POSSESSIONS = new Set([
  'loss', 'losses', 'win', 'wins', 'victory', 'defeat', 'lead', 'season', 'offense', 'offence', 'defense', 'defence', 'coach',
  'quarterback', 'pitcher', 'pitchers', 'goalkeeper', 'lineup', 'line-up', 'bench', 'starters', 'playoff', 'playoffs', 'stadium',
  'ballpark', 'manager', 'squad',
]);

/** Words before a possessed noun that keep it the team's ("X 's playoff loss", "X 's first win"). */
const POSSESSION_MODIFIERS = new Set(['playoff', 'first', 'last', 'second', 'third', 'home', 'road', 'new', 'former', 'head', 'starting', 'regular', 'regular-season', 'opening', 'winning', 'losing', 'season-opening']);

export function findTeamsByCues(view: DocView, knowledge: Knowledge, candidates: Candidate[], makeTeam: (view: DocView, c: Candidate) => void): void {
  if (!isSportsPage(view)) return;
  const surnames = personWords(view, candidates);
  for (const c of candidates) {
    if (!mayBeTeam(c)) continue;
    // A player and a boxer have records, seasons and coaches too: only a town or state, or a plural name, takes those cues.
    const town = c.origin === 'knowledge' && !surnames.has(c.name.toLowerCase());
    const plural = c.origin === 'pattern' && namedPlural(view, knowledge, c);
    if (statsFor(view, c) || ((town || plural) && recordInBrackets(view, c)) || (town && possessedGame(view, c)) || (plural && afterThe(view, c))) makeTeam(view, c);
  }
}

/** Words the document's persons end with ("Cam Newton": "newton", and "del rio" for "Jack Del Rio"): a town of that name is the person. */
function personWords(view: DocView, candidates: Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'person' || c.tokenEnd - c.tokenStart < 2) continue;
    for (let k = c.tokenStart + 1; k < c.tokenEnd; k++) out.add(view.text.slice(view.tokens[k]!.start, view.tokens[c.tokenEnd - 1]!.baseEnd).toLowerCase());
  }
  return out;
}

/** "the Herons", "the No. 1 Herons", "the top-ranked Herons", "the ninth - seeded Herons": "the", then at most four numbers or participles ("the northern Cascades" is no team). */
function afterThe(view: DocView, c: Candidate): boolean {
  for (let k = c.tokenStart - 1; k >= c.tokenStart - 5; k--) {
    const t = at(view, k, c.sentence);
    if (!t) return false;
    if (t.lower === 'the') return true;
    const modifier = t.kind === 'number' || t.text === '-' || t.text === '.' || t.text === 'No' || t.lower === 'top'
      || (t.kind === 'word' && !t.capitalised && !FUNCTION_WORDS.has(t.lower) && /(?:ed|ing)$/.test(t.lower));
    if (!modifier) return false;
  }
  return false;
}

/** A town or state (no country, no home nation), or a text-only name no cue typed, or typed only by its shape or a preposition. */
function mayBeTeam(c: Candidate): boolean {
  if (c.kind !== 'name' || c.linkTo) return false;
  if (c.origin === 'knowledge') return c.known.length > 0 && c.known.every((k) => k.type === 'place' && !isNation(k));
  if (c.origin !== 'pattern') return false;
  return c.type === null || c.rank === RANK.shapePerson || c.weakType === true;
}

const at = (view: DocView, i: number, sentence: number): DocView['tokens'][number] | undefined => {
  const t = view.tokens[i];
  return t && t.sentence === sentence ? t : undefined;
};

/** "X ( 10-2 )", "X ( 10-2-1 )": a season record right after the name. */
function recordInBrackets(view: DocView, c: Candidate): boolean {
  const s = c.sentence;
  const k = c.tokenEnd;
  if (at(view, k, s)?.text !== '(') return false;
  let i = k + 1;
  let numbers = 0;
  while (at(view, i, s)?.kind === 'number' && /^\d{1,3}$/.test(view.tokens[i]!.text)) {
    numbers++;
    i++;
    if (at(view, i, s)?.text !== '-') break;
    i++;
  }
  return numbers >= 2 && at(view, i, s)?.text === ')';
}

/** "12 points for X", "scored for X", "added 12 for the Herons": a player's figures for the team. */
function statsFor(view: DocView, c: Candidate): boolean {
  const s = c.sentence;
  let k = c.tokenStart - 1;
  if (at(view, k, s)?.lower === 'the') k--;
  const prep = at(view, k, s);
  if (!prep || prep.lower !== 'for') return false;
  const noun = at(view, k - 1, s);
  return !!noun && ((!noun.capitalised && STATS_FOR.has(noun.lower)) || (noun.kind === 'number' && /^\d{1,3}$/.test(noun.text)));
}

/** "X 's playoff loss", "X's coach": the team's game or staff after its possessive. */
function possessedGame(view: DocView, c: Candidate): boolean {
  const s = c.sentence;
  let k = c.tokenEnd;
  if (!view.tokens[k - 1]!.possessive) {
    const apostrophe = at(view, k, s);
    const sToken = at(view, k + 1, s);
    if (!apostrophe || (apostrophe.text !== "'" && apostrophe.text !== '’') || sToken?.text !== 's' || sToken.start !== apostrophe.end) return false;
    k += 2;
  }
  let noun = at(view, k, s);
  if (noun && POSSESSION_MODIFIERS.has(noun.lower) && !noun.capitalised) noun = at(view, k + 1, s);
  return !!noun && !noun.capitalised && TEAM_POSSESSIONS.has(noun.lower);
}

/** "Purple Herons", "Tar Heels": one to three capitalised words, the last a plural, not a people ("Americans") nor a known name. */
function namedPlural(view: DocView, knowledge: Knowledge, c: Candidate): boolean {
  const words = c.tokenEnd - c.tokenStart;
  if (words > 3 || view.headlines.has(c.sentence)) return false;
  const last = view.tokens[c.tokenEnd - 1]!;
  const base = view.text.slice(last.start, last.baseEnd);
  if (last.allCaps || !/\p{Ll}s$/u.test(base) || OTHER_NAME_HEADS.has(last.lower.replace(/'$/, '')) || COMMON_SUBJECTS.has(base.toLowerCase())) return false;
  // "the Marcos", "the Achilles ' injury", "the fumble - prone Jamaal Charles": a personal name ending in s.
  if (words === 1 && knowledge.personName(last.lower.replace(/'$/, '')) !== undefined) return false;
  if (words > 1 && knowledge.personName(view.tokens[c.tokenStart]!.lower) === 'given' && knowledge.personName(base.toLowerCase()) !== undefined) return false;
  // "the Americans", "the North Koreans": a people, not a team.
  for (let k = c.tokenStart; k < c.tokenEnd; k++) {
    const w = view.text.slice(view.tokens[k]!.start, view.tokens[k]!.baseEnd).toLowerCase();
    if (knowledge.lookupDemonym(w) || knowledge.lookupDemonym(w.replace(/s$/, ''))) return false;
  }
  return knowledge.lookupName(c.name).length === 0;
}
