// Whether a document reads like a sports page (results, scores): some cues for teams and players
// hold only there. Computed once per document.
import type { DocView } from './view.js';
import { CALENDAR_WORDS } from './words.js';

const scoresSeen = new WeakMap<DocView, boolean>();
const RESULT = /\b\d{1,3}-\d{1,3}\b|\p{Lu}\p{Ll}+ \d{1,3}(?=[ ,\n])/gu;

/** Whether the document reads like a sports page: at least two results such as "2-1" or "Leeds 3". */
export function hasScores(view: DocView): boolean {
  let seen = scoresSeen.get(view);
  if (seen === undefined) {
    // "March 20" and "Friday 3" are dates, not results.
    const results = (view.text.match(RESULT) ?? []).filter((r) => !CALENDAR_WORDS.has(r.split(' ')[0]!.toLowerCase()));
    seen = results.length >= 2;
    scoresSeen.set(view, seen);
  }
  return seen;
}

/** Words of sports reports; with scores, three of them make a sports page ("2-1" alone may be a vote or a ratio). */
const SPORTS_WORDS = ['game', 'games', 'season', 'coach', 'team', 'points', 'match', 'league', 'playoff', 'playoffs', 'scored', 'goal', 'goals',
  'innings', 'quarterback', 'touchdown', 'touchdowns', 'rebounds', 'halftime', 'tournament', 'striker', 'midfielder', 'inning', 'pitcher',
  'wicket', 'wickets', 'referee', 'championship', 'standings', 'victory', 'defeat', 'win', 'beat', 'squad', 'seeded', 'quarterfinals', 'semifinals', 'final'];
/** Words only sports reports use; two of them make a sports page without scores (a report on a player's injury or arrest). */
const SPORTS_ONLY_WORDS = ['quarterback', 'touchdown', 'touchdowns', 'rebounds', 'halftime', 'innings', 'inning', 'wicket', 'wickets', 'striker',
  'midfielder', 'goalkeeper', 'playoff', 'playoffs', 'pitcher', 'standings', 'quarterfinals', 'semifinals', 'linebacker', 'receiver', 'touchdown',
  'postseason', 'preseason', 'outfielder', 'defenseman', 'batsman', 'bowler'];
const sportsPages = new WeakMap<DocView, boolean>();

/** Whether the document is a sports report: scores and three sports words, or two words only sports reports use. */
export function isSportsPage(view: DocView): boolean {
  let seen = sportsPages.get(view);
  if (seen === undefined) {
    seen = (hasScores(view) && SPORTS_WORDS.filter((w) => view.lowerWords.has(w)).length >= 3)
      || SPORTS_ONLY_WORDS.filter((w) => view.lowerWords.has(w)).length >= 2;
    sportsPages.set(view, seen);
  }
  return seen;
}
