// A cue that hangs on a document its clause's speaker put out: "The council issued a statement on
// Tuesday saying …", "Parents sent a letter to the board urging …", "He released a letter from his
// doctor that says …". The cue has no subject of its own; the speaker is the clause's (as after a comma).
import { DOCUMENT_NOUNS, ISSUING_VERBS } from '../../knowledge/lexicons/attribution/document-acts.js';
import { AUXILIARIES, CLAUSE_VERBS, DETERMINERS, NP_PREPOSITIONS, SUBJECT_PRONOUNS } from '../../knowledge/lexicons/attribution/function-words.js';
import { isCueForm } from './cue-lexicon.js';
import { isWord, type DocView, type SentenceRange } from './view.js';
import { subjectBefore, type TokRange } from './phrases.js';
import { isAgentive } from './heads.js';

/** Words between the issuing verb and the document noun ("a series of", "a two-page", "an open"). */
const MAX_BEFORE_NOUN = 5;
/** Words between the document noun and the cue ("to the board of directors", "on Friday afternoon", "to Roe and Lee on Tuesday"). */
const MAX_AFTER_NOUN = 14;

/**
 * Whether the cue at `at` (an -ing form, or a finite form after "that"/"which") follows a document
 * noun phrase that a verb of issuing takes as its object.
 */
export function hangsOnDocument(view: DocView, s: SentenceRange, at: number): boolean {
  return issuingVerbBefore(view, s, at) >= 0;
}

/** The token index of the verb that issued the document the cue at `at` hangs on, or -1. */
export function issuingVerbBefore(view: DocView, s: SentenceRange, at: number): number {
  const tokens = view.tokens;
  let k = at - 1;
  const form = tokens[at]!.lower;
  if (!form.endsWith('ing')) {
    if (tokens[k]?.lower !== 'that' && tokens[k]?.lower !== 'which') return -1;
    k--;
  }
  // back to the document noun: plain words only, no verb, at most MAX_AFTER_NOUN of them
  let noun = -1;
  for (let j = k; j >= s.first && k - j <= MAX_AFTER_NOUN; j--) {
    const t = tokens[j]!;
    if (!isWord(t) && t.kind !== 'number') return -1;
    if (DOCUMENT_NOUNS.has(t.lower) && t.text === t.lower) { noun = j; break; }
    if (CLAUSE_VERBS.has(t.lower) || t.lower === 'that' || t.lower === 'which' || t.lower === 'who' || (isCueForm(t.lower) && j < k)) return -1;
  }
  if (noun < 0) return -1;
  // the noun phrase opens with a determiner or number after the issuing verb ("issued a statement", "sent two letters")
  for (let j = noun - 1; j >= s.first && noun - j <= MAX_BEFORE_NOUN; j--) {
    const t = tokens[j]!;
    if (!isWord(t) && t.kind !== 'number' && t.text !== '-') return -1;
    if (ISSUING_VERBS.has(t.lower)) return j;
    if (CLAUSE_VERBS.has(t.lower)) return -1;
  }
  return -1;
}

/** The subject of the verb that issued the document the cue at `at` hangs on, when it can speak ("Trump unleashed tweets saying …"). */
export function issuerOf(view: DocView, s: SentenceRange, at: number): TokRange | null {
  const verb = issuingVerbBefore(view, s, at);
  if (verb < 0) return null;
  const subject = subjectBefore(view, s, verb);
  return subject && !subject.negated && isAgentive(view, subject.range) ? subject.range : null;
}

/**
 * Documents of a body that speak by themselves in news ("a resolution calling for …", "reports urging
 * …"); not letters, posts or videos, which are as often carried, read or shown as quoted ("a crate of
 * letters saying nothing").
 */
const SPEAKING_DOCUMENTS = new Set(['resolution', 'resolutions', 'report', 'reports', 'statement', 'statements', 'declaration',
  'decree', 'ruling', 'order', 'directive', 'motion', 'motions', 'petition', 'petitions', 'communique', 'communiqué', 'advisory',
  'proclamation', 'ultimatum', 'complaint', 'complaints', 'lawsuit', 'filing', 'filings']);

/** Modifier words a document noun phrase may have before its noun ("a UNSC resolution", "a November resolution"). */
const MAX_DOCUMENT_MODIFIERS = 3;

/**
 * "The US vetoed a resolution calling for a ceasefire", "parliamentary reports urging new rules": a
 * document noun right before an -ing cue (a reduced relative, no comma) is what speaks when no verb
 * of issuing put it out. Returns the noun phrase (its determiner and modifiers with it), or null.
 */
export function documentBefore(view: DocView, s: SentenceRange, at: number): TokRange | null {
  const tokens = view.tokens;
  const noun = at - 1;
  if (noun < s.first || !SPEAKING_DOCUMENTS.has(tokens[noun]!.lower) || tokens[noun]!.text !== tokens[noun]!.lower || issuingVerbBefore(view, s, at) >= 0) return null;
  let first = noun;
  for (let j = noun - 1; j >= s.first && noun - j <= MAX_DOCUMENT_MODIFIERS + 1; j--) {
    const t = tokens[j]!;
    if (!isWord(t) && t.kind !== 'number') break;
    if (DETERMINERS.has(t.lower)) { first = j; break; }
    // a modifier is no verb ("ignored reports"), preposition ("amid reports") or sentence-opening word
    if (j === s.first || CLAUSE_VERBS.has(t.lower) || NP_PREPOSITIONS.has(t.lower) || NOT_MODIFIERS.has(t.lower) || isCueForm(t.lower) || (t.text === t.lower && /ed$/.test(t.lower))) break;
    first = j;
  }
  // "Amid reports saying …, the envoy left", "In a statement announcing …, the union called …": a fronted
  // phrase is the setting of the main clause, whose subject speaks
  const opener = tokens[first - 1]?.lower ?? '';
  if (first - 1 === s.first && (NOT_MODIFIERS.has(opener) || NP_PREPOSITIONS.has(opener))) return null;
  return { first, last: noun + 1 };
}

/** Words that end a document's noun phrase on the left: prepositions and conjunctions. */
const NOT_MODIFIERS = new Set(['amid', 'despite', 'after', 'before', 'during', 'against', 'about', 'over', 'under', 'among', 'through',
  'into', 'onto', 'toward', 'towards', 'without', 'within', 'following', 'like', 'as', 'than', 'and', 'or', 'but', 'to']);

/**
 * The end of what a document before a participle says: the participle phrase is part of a noun phrase,
 * so it ends where the sentence's own verb begins ("a resolution demanding a ceasefire | was vetoed")
 * or at ", and"/", but" + a new clause. Returns the token index to end before.
 */
export function reducedRelativeEnd(view: DocView, s: SentenceRange, from: number, last: number): number {
  const tokens = view.tokens;
  for (let k = from + 1; k < last; k++) {
    const t = tokens[k]!;
    if (t.quote !== -1) continue;
    // (not the verb of a clause inside the content: "that are", "to be", "as they are")
    if (AUXILIARIES.has(t.lower) && !['that', 'which', 'who', 'to'].includes(tokens[k - 1]!.lower) && !SUBJECT_PRONOUNS.has(tokens[k - 1]!.lower)) return k;
    if (t.text === ',' && (tokens[k + 1]?.lower === 'and' || tokens[k + 1]?.lower === 'but')) return k;
  }
  return last;
}
