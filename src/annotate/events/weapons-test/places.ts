// Finders: where a launch came from ("from the vicinity of Pyongsong", "fired from Tongchang-ri")
// and where it came down ("landed in the sea off Japan", "fell into the East Sea").
import type { TextSpan } from '../../../model/types.js';
import { hits, type Passage } from './find.js';

// A proper place name: capitalised words, joined by hyphens, "of", "'s" or a space.
const PLACE = "((?:the\\s+)?[A-Z][\\w’'-]*(?:\\s+(?:of\\s+|de\\s+)?[A-Z][\\w’'-]*){0,4}(?:\\s+(?:area|county|province|region|airport|base|site|coast))?)";
// "the port city of Sinpo", "the northwestern town of Tongchang-ri": the name after the town noun.
const TOWN_OF = '(?:the\\s+)?(?:(?:[a-z-]+\\s+){0,2}(?:port|city|town|village|county|island|province|region)\\s+of\\s+)?';
const LAUNCH_SITE_RE = new RegExp(
  `\\b(?:launched|fired|lifted off|took off|was launched|were launched|were fired|was fired|launches?|launch|firing|test-fired)\\b(?:[ap]\\.m\\.|[^.;]){0,80}?\\bfrom\\s+(?:an?\\s+|the\\s+)?(?:(?:vicinity|area|region|outskirts|coast|waters)\\s+(?:of|near|around)\\s+|near\\s+|around\\s+)?${TOWN_OF}${PLACE}`,
);
const FROM_VICINITY_RE = new RegExp(`\\bfrom\\s+(?:the\\s+)?(?:vicinity|area|region|outskirts)\\s+(?:of|near|around)\\s+${PLACE}`);
// ("the warheads hit their targets in the Bay of Bengal": where a test's targets were is where it came down)
const LANDING_RE = /\b(?:landed|land|landing|fell|falling|splashed down|crashed|came down|dropped|impacted|(?:hit|struck|reached|destroyed)\s+(?:its|their|the)\s+(?:designated\s+|simulated\s+|mock\s+|intended\s+)?targets?)\s+((?:in(?:to|side)?|on|off|near|outside|within|at)\s+(?:the\s+)?[^,.;]{3,90}?)(?=\s*(?:[,.;]|\band\b|\bafter\b|\bshortly\b|\bsoon\b|\bseconds\b|\bminutes\b|\bwithout\b|\baccording\b|,|$))/;

export function findLaunchSite(passage: Passage): TextSpan | null {
  const near = hits(passage, FROM_VICINITY_RE)[0] ?? hits(passage, LAUNCH_SITE_RE)[0];
  const place = near?.group(1) ?? null;
  if (!place) return null;
  const bare = place.text.replace(/^the\s+/, '');
  return { start: place.end - bare.length, end: place.end, text: bare };
}

// "fired two missiles into the sea off its east coast on Sunday": where they were fired into is where they came down.
const FIRED_INTO_RE = /\b(?:fired|fires|launched|launches)\b[^.;]{0,60}?\b(into\s+(?:the\s+)?(?:sea|waters|ocean|[A-Z][\w-]*\s+(?:Sea|Ocean))\b[^,.;]{0,60}?)(?=\s*(?:[,.;]|\bon\b|\bat\b|\bafter\b|\bshortly\b|\bearly\b|\blate\b|$))/;

export function findLandingArea(passage: Passage): TextSpan | null {
  const h = hits(passage, LANDING_RE)[0] ?? hits(passage, FIRED_INTO_RE)[0];
  return h?.group(1) ?? null;
}
