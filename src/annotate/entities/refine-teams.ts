// Refiner: sports teams in results and standings. Sports pages name clubs after their towns
// ("Liverpool 3 Chelsea 1", "PHILADELPHIA 5 3 0 .625"); a town or an untyped name standing
// before a score, at the start of a line or after another score, is a team (an organisation), not
// a place. Countries and the home nations stay places (national sides are read as the country). Runs before
// refinePlaces, which would otherwise drop or keep such towns as places.
import { RANK, type Candidate } from './candidates.js';
import type { DocView } from './view.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { isNation } from './refine-places.js';
import { findTeamsByCues } from './refine-team-cues.js';
import { REGNAL_NUMBERS } from './words.js';

const SCORE = /^\d{1,3}$/;

export function findTeamsInResults(view: DocView, knowledge: Knowledge, all: Candidate[]): void {
  const { tokens } = view;
  // The same words found as a country or home nation: never a club ("Scotland 120-3").
  const nations = new Set<string>();
  for (const c of all) if (c.origin === 'knowledge' && c.known.length > 0 && c.known.every(isNation)) nations.add(`${c.tokenStart}:${c.tokenEnd}`);
  const candidates = all.filter((c) => c.origin === 'knowledge' || !nations.has(`${c.tokenStart}:${c.tokenEnd}`));
  const teamStarts = new Map<number, Candidate>();
  // Opponents: names that may be teams, and names already typed as organisations (a club found by a cue).
  for (const c of candidates) if (teamLike(c) || (c.origin === 'pattern' && c.type === 'organisation')) teamStarts.set(c.tokenStart, c);
  for (const c of candidates) {
    if (!teamLike(c)) continue;
    // "Jack Miller 68 70": a player in a leaderboard; clubs seldom open with a given name.
    // A regnal number names no golfer ("Willem II 1 Ajax 2").
    if (c.tokenEnd - c.tokenStart >= 2 && c.origin === 'pattern' && c.type !== 'place' && knowledge.personName(tokens[c.tokenStart]!.lower) === 'given'
      && !REGNAL_NUMBERS.has(tokens[c.tokenEnd - 1]!.text)) continue;
    const next = tokens[c.tokenEnd];
    if (!next || next.sentence !== c.sentence || next.kind !== 'number' || !SCORE.test(next.text)) continue;
    const prev = tokens[c.tokenStart - 1];
    const opensLine = !prev || prev.sentence !== c.sentence || view.text.slice(prev.end, c.start).includes('\n');
    const afterScore = !!prev && prev.sentence === c.sentence && ((prev.kind === 'number' && SCORE.test(prev.text)) || scoreBeforeBrackets(view, c.tokenStart - 1));
    // "Results: Ashford 2 Dorsey 1": a name and a score, then another name and a score ("Ashford 2 ( Smith 2 ) Dorsey 1").
    const opponent = teamStarts.get(afterBrackets(view, c.tokenEnd + 1));
    const pairedAfter = !!opponent && opponent.sentence === c.sentence && isScore(tokens[opponent.tokenEnd], c.sentence);
    if (!opensLine && !afterScore && !pairedAfter) continue;
    if (numbersIn(view, c.sentence) < 2) continue;
    makeTeam(view, c);
  }
  findTeamsInFixtures(view, candidates);
  findTeamsByCues(view, knowledge, candidates, makeTeam);
  spreadTeams(view, candidates);
}

/** "Leeds v Bolton", "Rovers vs. United": both sides of a fixture are teams (countries stay countries). */
function findTeamsInFixtures(view: DocView, candidates: Candidate[]): void {
  const { tokens } = view;
  const byStart = new Map<number, Candidate>();
  const byEnd = new Map<number, Candidate>();
  for (const c of candidates) {
    if (!teamLike(c)) continue;
    byStart.set(c.tokenStart, c);
    byEnd.set(c.tokenEnd, c);
  }
  // "ENGLAND V PAKISTAN SCOREBOARD": a side that opens with a country is the country, not a longer run.
  const nationStarts = new Set<number>();
  const nationEnds = new Set<number>();
  for (const c of candidates) {
    if (c.origin === 'knowledge' && c.known.length > 0 && c.known.every(isNation)) {
      nationStarts.add(c.tokenStart);
      nationEnds.add(c.tokenEnd);
    }
  }
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.lower !== 'v' && t.lower !== 'vs' && t.lower !== 'v.' && t.lower !== 'vs.') continue;
    const after = tokens[i + 1]?.text === '.' ? i + 2 : i + 1;
    if (nationStarts.has(after) || nationEnds.has(i)) continue;
    const left = byEnd.get(i);
    const right = byStart.get(after);
    if (!left || !right || left.sentence !== right.sentence) continue;
    makeTeam(view, left);
    makeTeam(view, right);
  }
}

/** Prepositions that keep a town a place even on a sports page ("in Philadelphia"). */
const PLACE_BEFORE = new Set(['in', 'at', 'near', 'from', 'to', 'outside']);

/** One sense per document: the same words elsewhere in the report name the same team, unless a preposition makes them a place. */
function spreadTeams(view: DocView, candidates: Candidate[]): void {
  const teams = new Set<string>();
  for (const c of candidates) if (c.type === 'organisation' && c.rank === RANK.knownNamed && c.origin === 'pattern') teams.add(c.name.toLowerCase());
  if (!teams.size) return;
  for (const c of candidates) {
    if (!teamLike(c) || !teams.has(view.text.slice(c.start, c.end).replace(/\s+/g, ' ').toLowerCase())) continue;
    const prev = view.tokens[c.tokenStart - 1];
    // "in Leeds", and "IN LEEDS" in a headline written in capitals.
    if (prev && prev.sentence === c.sentence && (!prev.capitalised || prev.allCaps) && PLACE_BEFORE.has(prev.lower)) continue;
    makeTeam(view, c);
  }
}

/** A known town (not a country or a named body) or a name no cue has typed, or typed only by its shape. */
/** Words that open lines of sports results without naming a team ("Halftime 1-0", "Attendance 45,000"). */
const RESULT_WORDS = new Set(['halftime', 'half-time', 'attendance', 'result', 'results', 'score', 'scores', 'scorers', 'standings', 'round', 'group', 'week', 'stage', 'leg', 'game', 'match', 'race', 'heat', 'lap', 'hole', 'innings', 'total', 'extras', 'overs', 'points', 'par']);

function teamLike(c: Candidate): boolean {
  if (c.tokenEnd - c.tokenStart === 1 && RESULT_WORDS.has(c.name.toLowerCase())) return false;
  if (c.origin === 'knowledge') return c.known.length > 0 && c.known.every((k) => k.type === 'place' && !isNation(k));
  if (c.origin !== 'pattern') return false;
  // "Bristol City", "Derby County": clubs named like places by their head word.
  return c.type === null || c.rank === RANK.shapePerson || c.weakType === true || (c.type === 'place' && c.rank === RANK.placeWithCue && !c.properName);
}

/** The token after a bracketed group opening at i on its line ("( Shearer 23rd )"), or i itself. */
function afterBrackets(view: DocView, i: number): number {
  const { tokens } = view;
  if (tokens[i]?.text !== '(') return i;
  for (let k = i + 1; k < tokens.length && k < i + 40 && tokens[k]!.sentence === tokens[i]!.sentence; k++) if (tokens[k]!.text === ')') return k + 1;
  return i;
}

/** Whether the token at i closes a bracketed group that follows a score ("3 ( Shearer 23rd )"). */
function scoreBeforeBrackets(view: DocView, i: number): boolean {
  const { tokens } = view;
  if (tokens[i]?.text !== ')') return false;
  for (let k = i - 1; k > 0 && k > i - 40 && tokens[k]!.sentence === tokens[i]!.sentence; k--) {
    if (tokens[k]!.text !== '(') continue;
    const before = tokens[k - 1];
    return !!before && before.sentence === tokens[i]!.sentence && before.kind === 'number' && SCORE.test(before.text);
  }
  return false;
}

function isScore(t: DocView['tokens'][number] | undefined, sentence: number): boolean {
  return !!t && t.sentence === sentence && t.kind === 'number' && SCORE.test(t.text);
}

function numbersIn(view: DocView, sentence: number): number {
  const [first, end] = view.sentenceTokens[sentence]!;
  let n = 0;
  for (let i = first; i < end; i++) if (view.tokens[i]!.kind === 'number') n++;
  return n;
}

function makeTeam(view: DocView, c: Candidate): void {
  c.origin = 'pattern';
  c.kind = 'name';
  c.known = [];
  c.type = 'organisation';
  c.weakType = false;
  c.rank = RANK.knownNamed;
  c.name = view.text.slice(c.start, c.end).replace(/\s+/g, ' ');
}
