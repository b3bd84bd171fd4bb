// Stances said with an adjective after a linking verb: "Many voters are afraid that the lead will not
// hold", "She's so frustrated that …", "officials were worried about the cost", "he is determined to
// win" (the subject is the source), and the writer's "it is clear that …" / "it was unclear whether …"
// (no source). The content is the that-clause, the clause, the about-object or the infinitive.
import { DETERMINERS, SUBJECT_PRONOUNS } from '../../../knowledge/lexicons/attribution/function-words.js';
import {
  HEDGING_STANCE_ADJECTIVES, IMPERSONAL_STANCE_ADJECTIVES, INFINITIVE_STANCE_ADJECTIVES, LINKING_VERBS,
  PERSONAL_STANCE_ADJECTIVES, STANCE_INTENSIFIERS,
} from '../../../knowledge/lexicons/attribution/stance-adjectives.js';
import { candidate, type Candidate } from '../candidate.js';
import { contentRight } from '../content.js';
import { isAgentive } from '../heads.js';
import { spanOf, subjectBefore } from '../phrases.js';
import { findAtInnerWords, type DocView, type SentenceRange } from '../view.js';

/** Words that open what a stance is about or whether. */
const TOPIC_PREPOSITIONS = new Set(['about', 'of', 'over']);
const QUESTION_OPENERS = new Set(['whether', 'if', 'how', 'why', 'what', 'who', 'when']);
/** "she's", "they're", "I'm": a pronoun and a linking verb in one token. */
const CONTRACTED_SUBJECT = /^(he|she|it|they|we|i|you)('s|'re|'m)$/;

export function findStanceAdjectives(view: DocView): Candidate[] {
  return findAtInnerWords(view, (s, i, t) => {
    if (t.text !== t.lower) return null;
    const personal = PERSONAL_STANCE_ADJECTIVES.has(t.lower);
    return personal || IMPERSONAL_STANCE_ADJECTIVES.has(t.lower) ? stanceAt(view, s, i, personal) : null;
  });
}

function stanceAt(view: DocView, s: SentenceRange, at: number, personal: boolean): Candidate | null {
  const tokens = view.tokens;
  let link = at - 1;
  while (link > s.first && STANCE_INTENSIFIERS.has(tokens[link]!.lower)) link--;
  const linkTok = tokens[link]!;
  const contracted = CONTRACTED_SUBJECT.exec(linkTok.lower);
  if (!LINKING_VERBS.has(linkTok.lower) && !contracted) return null;
  const from = contentStart(view, s, at);
  if (from < 0) return null;
  const adjective = tokens[at]!.lower;
  const object = TOPIC_PREPOSITIONS.has(tokens[at + 1]!.lower) || tokens[from]!.lower === 'to';
  const content = contentRight(view, s, from, { object });
  if (!content) return null;
  const base = { finder: 'stance' as const, cueHedging: HEDGING_STANCE_ADJECTIVES.has(adjective), content, sentence: s.index };
  // "it is clear that …", "is it clear that …", "it's obvious that …": the writer's, with no source
  const impersonal = contracted?.[1] === 'it' || tokens[link - 1]?.lower === 'it' || (tokens[link + 1]?.lower === 'it' && link + 1 < at);
  if (impersonal) {
    if (!IMPERSONAL_STANCE_ADJECTIVES.has(adjective) || tokens[from - 1]?.lower === 'about') return null;
    return candidate(Object.assign({}, base, { cue: spanOf(view, { first: link, last: at + 1 }), source: null }));
  }
  if (!personal) return null;
  if (contracted) {
    const source = { start: linkTok.start, end: linkTok.start + contracted[1]!.length };
    return candidate(Object.assign({}, base, { cue: { start: source.end, end: tokens[at]!.end }, source }));
  }
  const subject = subjectBefore(view, s, link);
  if (!subject || !isAgentive(view, subject.range)) return null;
  return candidate(Object.assign({}, base, {
    cue: spanOf(view, { first: subject.verbGroup, last: at + 1 }),
    source: spanOf(view, subject.range),
    sourceContext: subject.apposition ? spanOf(view, subject.apposition) : null,
  }));
}

/** Where the reported part starts after the adjective, or -1: "that …", "about …", "whether …", "to …", or a bare clause. */
function contentStart(view: DocView, s: SentenceRange, at: number): number {
  const tokens = view.tokens;
  const next = tokens[at + 1]!;
  if (next.lower === 'that') return at + 2 < s.last ? at + 2 : -1;
  if (TOPIC_PREPOSITIONS.has(next.lower) || QUESTION_OPENERS.has(next.lower)) return TOPIC_PREPOSITIONS.has(next.lower) ? at + 2 : at + 1;
  if (next.lower === 'to') return INFINITIVE_STANCE_ADJECTIVES.has(tokens[at]!.lower) ? at + 1 : -1;
  // "she was sure the deal would hold": a clause opened by a subject pronoun, a determiner or a name
  if (SUBJECT_PRONOUNS.has(next.lower) || DETERMINERS.has(next.lower) || /^\p{Lu}/u.test(next.text)) return at + 1;
  return -1;
}
