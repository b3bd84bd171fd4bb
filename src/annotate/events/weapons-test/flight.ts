// Finders: how high and how far it flew ("reached an altitude of 2,000 km", "flew about 1,000
// km"), how many were fired ("two missiles") and how the test went ("failed after 35 seconds").
import { FAILURE_WORDS, SUCCESS_WORDS } from '../../../knowledge/lexicons/events/weapon-systems.js';
import type { TextSpan } from '../../../model/types.js';
import { escapeRe, hits, NUMBER_WORD_RE, parseNumber, toKm, UNIT_RE, type Passage } from './find.js';

const ABOUT = '(?:(?:about|around|some|approximately|roughly|nearly|almost|more than|over|up to|an estimated)\\s+)?';
const AMOUNT = `(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)\\s*-?\\s*${UNIT_RE}`;
const APOGEE_RES = [
  new RegExp(`\\b(?:altitude|apogee|height)\\s+of\\s+${ABOUT}${AMOUNT}`, 'i'),
  new RegExp(`\\b(?:reached|reaching|rose to|soared to|climbed to|flew as high as)\\s+${ABOUT}${AMOUNT}\\s+(?:in\\s+)?(?:altitude|high|into space)`, 'i'),
  new RegExp(`\\b${ABOUT}${AMOUNT}\\s+(?:in\\s+)?(?:altitude|high)\\b`, 'i'),
];
const DISTANCE_RES = [
  new RegExp(`\\b(?:flew|flown|flying|flies|fly|travell?ed|travell?ing|covered|covering)\\s+(?:for\\s+)?${ABOUT}${AMOUNT}`, 'i'),
  new RegExp(`\\b(?:flight|travel)\\s+(?:distance|range)\\s+of\\s+${ABOUT}${AMOUNT}`, 'i'),
  new RegExp(`\\b(?:distance|flight)\\s+of\\s+${ABOUT}${AMOUNT}`, 'i'),
  // "hit its target at the test range, about 5,700 km away": how far away the target was is how far it flew.
  new RegExp(`\\b(?:targets?|test range|range|impact area|landing area)\\b[^.;]{0,60}?${ABOUT}${AMOUNT}\\s+away\\b`, 'i'),
];
// "100 ballistic missile tests", "two rocket launchers": the count is of what the weapon word modifies (tests held,
// launchers, programmes), not of missiles fired in one test.
const NOT_A_MODIFIER = "(?![\\s-]+(?:tests?|testing|launch(?:es|ers?|ing)?|firings?|programs?|programmes?|systems?|sites?|bases?|units?|brigades?|batter(?:y|ies)|forces?|defen[cs]es?|technolog(?:y|ies)|arsenals?|stockpiles?|capabilit(?:y|ies)|attacks?|strikes?)\\b)";
const COUNT_RE = new RegExp(`(?<![\\w-])(${NUMBER_WORD_RE}|a single)\\s+(?:(?:new|more|suspected|unidentified|short-range|long-range|medium-range|ballistic|cruise|hypersonic|guided|tactical|strategic|anti-aircraft|surface-to-air|[A-Z][\\w-]*\\d[\\w-]*)\\s+){0,3}(missiles|rockets|projectiles|ICBMs|SRBMs|IRBMs|SLBMs|missile|rocket|projectile|ICBM|SRBM|IRBM|SLBM)\\b${NOT_A_MODIFIER}`, 'i');
// "fired two Sineva missiles", "two Zircon hypersonic cruise missiles": a system's name between the number and the weapon word (capitalised, so no "i" flag).
const COUNT_NAMED_RE = new RegExp(`(?<![\\w-])(${NUMBER_WORD_RE})\\s+[A-Z][a-z]{2,14}\\s+(?:[a-z-]+\\s+){0,3}(missiles|rockets|ICBMs|SLBMs)\\b${NOT_A_MODIFIER}`);
const FAILURE_RE = new RegExp(`\\b(?:${FAILURE_WORDS.map(escapeRe).join('|')})\\b(?:\\s+(?:shortly\\s+|just\\s+|seconds\\s+|minutes\\s+)?(?:after|within|in mid-air|in midair|mid-flight|moments after)\\b(?:\\s+${ABOUT}[\\w-]+\\s+(?:seconds|minutes|launch|lift-?off|take-?off))?)?`, 'i');
const SUCCESS_RE = new RegExp(`\\b(?:${SUCCESS_WORDS.map(escapeRe).join('|')})\\b`, 'i');

export interface Measure {
  km: number;
  span: TextSpan;
}

function firstMeasure(passage: Passage, patterns: RegExp[]): Measure | null {
  for (const re of patterns) {
    const h = hits(passage, re)[0];
    if (!h) continue;
    const value = parseNumber(h.match[1]!);
    if (value === null) continue;
    return { km: toKm(value, h.match[2]!), span: h.span };
  }
  return null;
}

export const findApogee = (p: Passage) => firstMeasure(p, APOGEE_RES);

export function findDistance(p: Passage): Measure | null {
  // "flew 1,000 km ... at an altitude of 2,000 km": the distance pattern must not take the altitude.
  const d = firstMeasure(p, DISTANCE_RES);
  return d && /altitude|apogee|high\b/i.test(d.span.text) ? null : d;
}

export function findCount(passage: Passage): { count: number; span: TextSpan } | null {
  for (const h of [...hits(passage, COUNT_RE), ...hits(passage, COUNT_NAMED_RE)]) {
    const words = h.match[1]!.toLowerCase();
    const n = words === 'a single' ? 1 : parseNumber(words);
    // A plural noun after "one" ("one of the missiles") is no count of what was fired.
    if (n !== null && !(n === 1 && /s$/i.test(h.match[2]!))) return { count: n, span: h.span };
  }
  return null;
}

export function findOutcome(passage: Passage): { value: 'success' | 'failure'; span: TextSpan } | null {
  const failure = hits(passage, FAILURE_RE).find((h) => !/\bfailed to (?:disclose|say|give|confirm|mention|report)/i.test(passage.text.slice(h.span.start - passage.start, h.span.end - passage.start + 14)));
  if (failure) return { value: 'failure', span: failure.span };
  const success = hits(passage, SUCCESS_RE)[0];
  return success ? { value: 'success', span: success.span } : null;
}
