// Teams named in the running text of sports pages: season records in brackets, a player's points
// for a team, a town's game after its possessive, and capitalised plurals after "the". Invented text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './annotate.js';

const typeOf = (a: ReturnType<typeof annotate>, words: string): string | undefined => a.byMention(words)?.type;

const GAME = 'Mel Odrin scored 21 points for Brelford , and the Marsh Herons beat Ostvale 77-70 in the league game .\n'
  + 'The Marsh Herons ( 9-2 ) led by 12 at halftime , and Ostvale never recovered from a 31-18 deficit .\n'
  + 'It was the first defeat of the season for the coach .';

test('a player\'s points "for X" make X a team on a sports page', () => {
  assert.equal(typeOf(annotate(GAME), 'Brelford'), 'organisation');
});

test('a capitalised plural after "the" on a sports page is a team', () => {
  assert.equal(typeOf(annotate(GAME), 'Marsh Herons'), 'organisation');
});

test('a town with its season record in brackets is a team', () => {
  const a = annotate('Denver ( 8-3 ) won its fourth game in a row , 98-91 , and the coach praised the team .\nThe season has 70 games and the league has 30 points to play for .');
  assert.equal(typeOf(a, 'Denver'), 'organisation');
});

test('a boxer with his record in brackets stays a person', () => {
  const a = annotate('Champion Varek Doman beat Ilya Brann ( 30-4-1 ) on points in the title match .\nBrann said the referee stopped the game too early ; the crowd of 9,000 saw Doman win 118-110 for the season .');
  assert.equal(typeOf(a, 'Ilya Brann'), 'person');
});

test('a people after "the" stays a people, and a page with no sports words has no teams', () => {
  assert.notEqual(typeOf(annotate(GAME.replace('the Marsh Herons beat', 'the Americans beat')), 'Americans'), 'organisation');
  const vote = annotate('The council voted 5-4 for the plan and 6-3 against the road .\nThe Harlings said the vote was unfair .');
  assert.notEqual(typeOf(vote, 'Harlings'), 'organisation');
});

test('a town with a plural verb on a sports page is a club ("Barnsley are third")', () => {
  const a = annotate('Results : Leeds 2 Everton 1 , Norwich 0 Barnsley 3 .\nBarnsley are third after the win , and the coach said the season is long .');
  assert.equal(typeOf(a, 'Barnsley'), 'organisation');
});

test('"the No. 1 X", "the top - seeded X" and "added 12 for the X" are teams', () => {
  const a = annotate(GAME + '\nThe No. 1 Tarn Owls won again , and Ned Rask added 12 for the Velk Foxes .');
  assert.equal(typeOf(a, 'Tarn Owls'), 'organisation');
  assert.equal(typeOf(a, 'Velk Foxes'), 'organisation');
});

test('a report on a player with no scores is a sports page by its words: "games against Denver" is a team', () => {
  const a = annotate('The quarterback will miss the final two games against Denver with a knee injury .\nHe threw for two touchdowns and the playoffs are near .');
  assert.equal(typeOf(a, 'Denver'), 'organisation');
});

test('"the fumble - prone Jamal Rivers" is a person, not a plural team', () => {
  const a = annotate(GAME + '\nIt was the fumble - prone Jamal Rivers who lost the ball .');
  assert.notEqual(typeOf(a, 'Jamal Rivers'), 'organisation');
});

test('a nationality adjective the demonym lists lack is no club before a player noun', () => {
  const a = annotate('Brask United won 2-1. English captain Tom Varley scored twice, and Welsh fans sang.');
  assert.notEqual(a.byMention('English')?.type, 'organisation');
  assert.notEqual(a.byMention('Welsh')?.type, 'organisation');
  assert.equal(a.byMention('Tom Varley')?.type, 'person');
});

test('a name that is a place by its last word ("City", "County", "Town") is a club before a club role', () => {
  const a = annotate('Carlow City manager Dan Hurley was sacked on Monday after a run of defeats.');
  assert.equal(a.byMention('Carlow City')?.type, 'organisation');
});
