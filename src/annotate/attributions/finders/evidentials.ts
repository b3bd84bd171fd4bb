// Evidentials: "The plan seems to have failed", "Melania appears to have left the race", "The lead
// looks unlikely to last", "It appeared that …". Nobody is named: the appearance is the writer's (no
// source, hedged). What seems so is the subject with what follows the verb, one statement in two
// pieces around the cue (as PARC-style annotation marks it); the subject comes first.
import { DETERMINERS, NP_PREPOSITIONS } from '../../../knowledge/lexicons/attribution/function-words.js';
import { candidate, type Candidate } from '../candidate.js';
import { contentRight } from '../content.js';
import { cueVerbAt } from '../cue-lexicon.js';
import { spanOf, subjectBefore } from '../phrases.js';
import { findAtInnerWords, type DocView, type SentenceRange } from '../view.js';

const SEEM_FORMS = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
const LOOK_FORMS = new Set(['look', 'looks', 'looked']);
/** Words that cannot sit in the subject of an evidential: a complementiser, causatives. */
const NOT_A_SUBJECT = new Set(['that', 'make', 'makes', 'made', 'making', 'let', 'lets', 'ready']);
/** Words after the verb that make it no evidential ("appeared in court", "looked at the data", "seems so"). */
const NOT_EVIDENTIAL = new Set([...NP_PREPOSITIONS, 'at', 'into', 'before', 'after', 'so', 'and', 'or', 'but', 'as', 'up', 'out', 'back', 'forward', 'around']);

export function findEvidentials(view: DocView): Candidate[] {
  return findAtInnerWords(view, (s, i, t) => (SEEM_FORMS.has(t.text) || LOOK_FORMS.has(t.text) ? evidentialAt(view, s, i) : null));
}

function evidentialAt(view: DocView, s: SentenceRange, at: number): Candidate | null {
  const tokens = view.tokens;
  const look = LOOK_FORMS.has(tokens[at]!.text);
  let next = at + 1;
  let cueEnd = at + 1;
  // "looked like a tighter race": "like" belongs to the cue
  if (look && tokens[next]!.lower === 'like') { next++; cueEnd++; }
  const after = tokens[next];
  if (!after || next >= s.last || after.kind !== 'word' || after.text !== after.lower) return null;
  if (NOT_EVIDENTIAL.has(after.lower) && !(after.lower === 'to' && !look)) return null;
  if (look && cueEnd === at + 1 && (DETERMINERS.has(after.lower) || after.lower === 'to')) return null; // "looked the part", "looks to win"
  // "appeared to suggest that …": the catenative reading of reported speech has it
  if (after.lower === 'to' && cueVerbAt(view, next + 1)) return null;
  const subject = subjectBefore(view, s, at);
  if (!subject || subject.negated) return null;
  // "… that she seems …" read backwards to a complementiser, "makes him seem …": no subject of its own
  for (let k = subject.range.first; k < subject.range.last; k++) if (NOT_A_SUBJECT.has(tokens[k]!.lower)) return null;
  const cue = spanOf(view, { first: subject.verbGroup, last: cueEnd });
  // "It appeared that Trump …": the that-clause is all that seems so
  if (view.tokens[subject.range.first]!.lower === 'it' && subject.range.last - subject.range.first === 1) {
    if (after.lower !== 'that') return null;
    const content = contentRight(view, s, next + 1);
    return content ? candidate({ finder: 'evidential', cue, cueHedging: true, source: null, content, sentence: s.index }) : null;
  }
  if (after.lower === 'that') return null;
  const rest = contentRight(view, s, next, { object: true });
  if (!rest) return null;
  const what = spanOf(view, subject.range);
  return candidate({ finder: 'evidential', cue, cueHedging: true, source: null, content: what, pieces: [what, rest], sentence: s.index });
}

/**
 * An evidential inside what someone else is reported to say ("According to an expert, the launch
 * seems to be …") is that source's hedge, not a second attribution: dropped.
 */
export function withoutNestedEvidentials(candidates: Candidate[]): Candidate[] {
  const others = candidates.filter((c) => c.finder !== 'evidential');
  return candidates.filter((c) => c.finder !== 'evidential' || !others.some((o) => o.content.start <= c.cue.start && c.cue.end <= (o.pieces?.at(-1) ?? o.content).end));
}
