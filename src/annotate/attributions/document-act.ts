// A cue that hangs on a document its clause's speaker put out: "The council issued a statement on
// Tuesday saying …", "Parents sent a letter to the board urging …", "He released a letter from his
// doctor that says …". The cue has no subject of its own; the speaker is the clause's (as after a comma).
import { DOCUMENT_NOUNS, ISSUING_VERBS } from '../../knowledge/lexicons/attribution/document-acts.js';
import { CLAUSE_VERBS } from '../../knowledge/lexicons/attribution/function-words.js';
import { isCueForm } from './cue-lexicon.js';
import { isWord, type DocView, type SentenceRange } from './view.js';
import { subjectBefore, type TokRange } from './phrases.js';
import { isAgentive } from './heads.js';

/** Words between the issuing verb and the document noun ("a series of", "a two-page", "an open"). */
const MAX_BEFORE_NOUN = 5;
/** Words between the document noun and the cue ("to the board of directors", "on Friday afternoon"). */
const MAX_AFTER_NOUN = 8;

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
