// Finders for TimeML's reference points: "now", "currently" (PRESENT_REF), "recently" (PAST_REF),
// "the future" (FUTURE_REF). They need no anchor: TIMEX3 writes them as these tokens.
import { type Rule, whole, wordAfter } from './rule.js';

/** "current" is a time word in "the current crisis", not in "electric current" or "current account". */
const NOT_TEMPORAL_AFTER_CURRENT = new Set(['account', 'accounts', 'affairs', 'events', 'density', 'flow', 'flows', 'source', 'sources', 'sea', 'ocean']);

const present: Rule = {
  name: 'present',
  needs: ['now', 'currently', 'presently', 'nowadays', 'days', 'current'],
  pattern: /\b(?:(?:right|just)\s+)?now\b(?!-)|\b(?:currently|presently|nowadays|these\s+days)\b|\bcurrent\b/gi,
  build(m, text) {
    const word = m[0].toLowerCase();
    if (word === 'just now') return null;
    if (word === 'current' && NOT_TEMPORAL_AFTER_CURRENT.has(wordAfter(text, m.index + m[0].length))) return null;
    return whole('present', m, { kind: 'ref', value: 'PRESENT_REF' });
  },
};

const past: Rule = {
  name: 'past',
  needs: ['recently', 'lately', 'recent'],
  pattern: /\b(?:more\s+)?(?:recently|lately)\b|\brecent\b/gi,
  build(m) {
    return whole('past', m, { kind: 'ref', value: 'PAST_REF' });
  },
};

const future: Rule = {
  name: 'future',
  needs: ['future'],
  pattern: /\bthe\s+(?:(?:near|distant|immediate|not-too-distant|not\s+too\s+distant)\s+)?future\b|\bfuture\s+(?:years|months|quarters|weeks|decades)\b/gi,
  build(m) {
    return whole('future', m, { kind: 'ref', value: 'FUTURE_REF' });
  },
};

export const REFERENCE_RULES: readonly Rule[] = [present, past, future];
