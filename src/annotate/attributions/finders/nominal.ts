// Nominal cues with their owner: "Trump's claim that there were …", "his determination to act alone",
// "the senator's comments about the deal". The owner (a possessive name or pronoun) is the source,
// the noun the cue, and the clause, infinitive or topic after it the content (PARC-style).
import { NOMINAL_COMPLEMENTS, NOMINAL_CUES } from '../../../knowledge/lexicons/attribution/nominal-cues.js';
import { DETERMINERS, TIME_WORDS } from '../../../knowledge/lexicons/attribution/function-words.js';
import { INFO_SOURCE_NOUNS, SOURCE_HEAD_NOUNS } from '../../../knowledge/lexicons/attribution/source-nouns.js';
import { candidate, type Candidate } from '../candidate.js';
import { contentRight, trimContent } from '../content.js';
import { phraseAfter, spanOf } from '../phrases.js';
import { findAtInnerWords, isWord, mentionsWithin, tokenFrom, type DocView, type SentenceRange, type Tok } from '../view.js';

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
/** Adjectives allowed between the owner and the noun ("his infamous comment", "Trump's latest claim"). */
const MAX_MODIFIERS = 2;

export function findNominal(view: DocView): Candidate[] {
  return findAtInnerWords(view, (s, i, t) => (NOMINAL_CUES.has(t.lower) && t.text === t.lower ? nominalAt(view, s, i) : null));
}

function nominalAt(view: DocView, s: SentenceRange, at: number): Candidate | null {
  const tokens = view.tokens;
  const agentive = agentAfter(view, s, at);
  if (agentive) return agentive;
  const owner = ownerBefore(view, s, at);
  if (!owner) return null;
  const next = tokens[at + 1]!;
  // "Kim's view is that …", "their hope was that …": the clause after the copula is what is held
  if ((next.lower === 'is' || next.lower === 'was') && tokens[at + 2]?.lower === 'that' && opensClause(view, s, at + 3)) {
    const held = contentRight(view, s, at + 3);
    return held ? candidate({ finder: 'nominal', cue: { start: tokens[at]!.start, end: next.end }, source: owner, content: held, sentence: s.index }) : null;
  }
  if (!NOMINAL_COMPLEMENTS.has(next.lower)) return null;
  // "his remarks on Saturday": a date, not a topic
  if (next.lower === 'on' && TIME_WORDS.has(tokens[at + 2]?.lower ?? '')) return null;
  let from = at + 1;
  if (next.lower === 'that') {
    // "the claim that he made", "his plan that has …": a relative clause, not what was claimed; a complement reads as a clause
    if (!opensClause(view, s, at + 2) || FINITE.has(tokens[at + 2]!.lower)) return null;
    from = at + 2;
  } else if (next.lower === 'to' && (!isLowerWord(tokens[at + 2]) || DETERMINERS.has(tokens[at + 2]!.lower))) {
    // "their statements to the FBI": a listener, not an infinitive
    return null;
  }
  let content = contentRight(view, s, from);
  if (!content) return null;
  // "his view of the world says …": a topic phrase ends where the sentence's own verb starts
  if (next.lower !== 'that' && next.lower !== 'to') content = beforeFiniteVerb(view, content);
  if (!content) return null;
  return candidate({ finder: 'nominal', cue: { start: tokens[at]!.start, end: tokens[at]!.end }, source: owner, content, sentence: s.index });
}

/** Participles that hand a claim noun to its maker: "claims made by Hamas that …". */
const MAKER_PARTICIPLES = new Set(['made', 'levelled', 'leveled', 'issued', 'voiced', 'raised']);

/**
 * "claims made by Hamas that Israel bombed the hospital": the agent of the participle after the noun
 * owns the claim; the that-clause after the agent is its content.
 */
export function agentAfter(view: DocView, s: SentenceRange, at: number): Candidate | null {
  const tokens = view.tokens;
  if (!MAKER_PARTICIPLES.has(tokens[at + 1]?.lower ?? '') || tokens[at + 2]?.lower !== 'by') return null;
  const agent = phraseAfter(view, s, at + 3);
  if (!agent || tokens[agent.last]?.lower !== 'that' || !opensClause(view, s, agent.last + 1)) return null;
  const content = contentRight(view, s, agent.last + 1);
  if (!content) return null;
  return candidate({ finder: 'nominal', cue: { start: tokens[at]!.start, end: tokens[at]!.end }, source: spanOf(view, agent), content, sentence: s.index });
}

/** The possessor before the noun: "his", "Trump's", "the senator's", with up to two modifiers between. */
function ownerBefore(view: DocView, s: SentenceRange, at: number): { start: number; end: number } | null {
  const tokens = view.tokens;
  for (let k = at - 1; k >= s.first && k >= at - 1 - MAX_MODIFIERS; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return null;
    if (POSSESSIVE_PRONOUNS.has(t.lower)) return { start: t.start, end: t.end };
    if (/['’]s$/.test(t.text) && t.text.length > 2) {
      const end = t.end - 2;
      // "Donald Trump's": the whole name the entities layer found
      const mention = mentionsWithin(view, Math.max(s.start, t.start - 60), t.end).find((m) => m.end >= end && m.start <= t.start);
      if (mention) return { start: mention.start, end };
      if (/^\p{Lu}/u.test(t.text)) return { start: t.start, end };
      // "the mayor's claim": a speaker noun with its determiner
      const stem = t.lower.slice(0, -2);
      if (!SOURCE_HEAD_NOUNS.has(stem) && !INFO_SOURCE_NOUNS.has(stem)) return null;
      const det = tokens[k - 1];
      return { start: det && k - 1 >= s.first && DETERMINERS.has(det.lower) ? det.start : t.start, end };
    }
    if (t.text !== t.lower || k === at - 1 - MAX_MODIFIERS) return null;
  }
  return null;
}

/** After "that": a clause of three words or more ("that crime had fallen"), not the relative "that he made." */
function opensClause(view: DocView, s: SentenceRange, from: number): boolean {
  let words = 0;
  for (let k = from; k < s.last && words < 3; k++) {
    if (!isWord(view.tokens[k]) && view.tokens[k]!.kind !== 'quote') break;
    words++;
  }
  return words >= 3;
}

function isLowerWord(t: Tok | undefined): boolean {
  return isWord(t) && t!.text === t!.lower;
}

/** Finite verbs that end a noun phrase read forwards ("… is", "… has", "… says"). */
const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did', 'says', 'shows', 'suggests', 'means', 'makes']);

function beforeFiniteVerb(view: DocView, span: { start: number; end: number }): { start: number; end: number } | null {
  const tokens = view.tokens;
  for (let k = tokenFrom(view, span.start) + 1; k < tokens.length && tokens[k]!.start < span.end; k++) {
    const t = tokens[k]!;
    if (t.quote === -1 && FINITE.has(t.lower)) return trimContent(view.text, span.start, tokens[k - 1]!.end);
  }
  return span;
}
