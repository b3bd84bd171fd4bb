// Intentions, plans, commitments and requests with an infinitive: "Clinton wants to expand …",
// "He vowed not to repeat …", "The senator urged colleagues to act", "She is expected to announce …"
// (no source: the expectation is the writer's sources'). The content is the infinitive clause from
// its "to" (or from the addressee of a request), as PARC-style annotation has it.
import { INTENTION_VERBS, type IntentionVerb } from '../../../knowledge/lexicons/attribution/intention-verbs.js';
import { BE_FORMS } from '../../../knowledge/lexicons/attribution/function-words.js';
import { candidate, type Candidate } from '../candidate.js';
import { contentRight } from '../content.js';
import { cueVerbAt } from '../cue-lexicon.js';
import { isAgentive, isParticipial } from '../heads.js';
import { spanOf, subjectBefore } from '../phrases.js';
import { isHeadlineVerb, isWord, type DocView, type SentenceRange } from '../view.js';

/** Words before a form that make it a noun: determiners and possessives. */
const NOUN_MARKERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);

const BY_FORM = new Map<string, IntentionVerb>();
for (const verb of INTENTION_VERBS) for (const form of verb.forms) if (!BY_FORM.has(form)) BY_FORM.set(form, verb);

export function findIntentions(view: DocView): Candidate[] {
  const out: Candidate[] = [];
  const tokens = view.tokens;
  for (const s of view.sentences) {
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i]!;
      if (t.quote !== -1 || t.kind !== 'word' || (view.inMention[i] && !isHeadlineVerb(view, i))) continue;
      const verb = BY_FORM.get(t.lower);
      if (!verb) continue;
      // "a plan to …", "her push to …": after a determiner or possessive the form is a noun (the nominal finder's)
      if (i > s.first && NOUN_MARKERS.has(tokens[i - 1]!.lower)) continue;
      const found = intentionAt(view, s, i, verb);
      if (found) out.push(found);
    }
  }
  return out;
}

/** Verbs of attempt: read only before a verb of saying. */
const ATTEMPTS = new Set(['try']);

function intentionAt(view: DocView, s: SentenceRange, at: number, verb: IntentionVerb): Candidate | null {
  const tokens = view.tokens;
  const form = tokens[at]!.lower;
  // the infinitive: "to" next ("wants to"), after "not" ("vowed not to"), or after the addressee
  let from = at + 1;
  if (tokens[from]?.lower === 'not' && tokens[from + 1]?.lower === 'to') from = at + 1;
  else if (tokens[from]?.lower !== 'to') {
    if (!verb.addressee || !addresseeThenTo(view, s, at + 1)) return null;
  }
  const infinitive = tokens[from]?.lower === 'not' ? from + 1 : tokens[from]?.lower === 'to' ? from : -1;
  // "wants to" must be followed by a verb-like word, not "to the voters"
  if (infinitive >= 0 && !looksLikeVerb(tokens[infinitive + 1], view.titleCase[s.index] === true)) return null;
  // "tried to use the ad", "try to reach voters": an attempt is a stance only when what is tried is saying something ("tried to argue …")
  if (ATTEMPTS.has(verb.lemma) && (infinitive < 0 || !cueVerbAt(view, infinitive + 1))) return null;
  // ", promising to cut taxes": the speaker is the subject of the clause, handed on by the refiner
  if (isParticipial(view, s, at) && !verb.passive) {
    const content = contentRight(view, s, from, { object: true });
    if (!content) return null;
    return candidate({ finder: 'intention', cue: spanOf(view, { first: at, last: at + 1 }), cueHedging: verb.hedging, source: null, inheritSource: true, content, sentence: s.index });
  }
  const subject = subjectBefore(view, s, at);
  // ("is promising to …", "are planning to …": a be form before an -ing form makes a progressive, not a passive)
  const passive = subject !== null && !form.endsWith('ing') && hasBeForm(view, subject.verbGroup, at);
  if (verb.passive !== passive && !(verb.passive && !subject)) return null;
  if (!verb.passive && !subject) return null;
  if (!verb.passive && subject && !isAgentive(view, subject.range)) return null;
  if (form.endsWith('ing') && !passive && subject && !hasBeForm(view, subject.verbGroup, at)) return null;
  const content = contentRight(view, s, from, { object: true });
  if (!content) return null;
  // "The council is expected to approve …": what is expected is the subject with the infinitive, one
  // statement in two pieces around the cue (as PARC-style annotation marks it); the subject comes first
  const raised = verb.passive && subject ? spanOf(view, subject.range) : null;
  return candidate(Object.assign({}, raised ? { content: raised, pieces: [raised, content] } : { content }, {
    finder: 'intention' as const,
    cue: spanOf(view, { first: subject && !verb.passive ? at : subject?.verbGroup ?? at, last: at + 1 }),
    cueHedging: verb.hedging,
    source: verb.passive || !subject ? null : spanOf(view, subject.range),
    sourceContext: subject?.apposition ? spanOf(view, subject.apposition) : null,
    sentence: s.index,
  }));
}

/** "urged [colleagues] to act", "asked [the board of the company] to resign": a short noun phrase, then "to" and a verb. */
function addresseeThenTo(view: DocView, s: SentenceRange, from: number): boolean {
  const tokens = view.tokens;
  for (let k = from; k < s.last && k < from + 7; k++) {
    const t = tokens[k]!;
    if (t.lower === 'to') return k > from && looksLikeVerb(tokens[k + 1], view.titleCase[s.index] === true);
    if (!isWord(t) || t.lower === 'that' || t.quote !== -1) return false;
  }
  return false;
}

/** A lower-case word that is no determiner (in a title-case headline capitals are allowed). */
function looksLikeVerb(t: DocView['tokens'][number] | undefined, headline = false): boolean {
  return isWord(t) && t!.kind === 'word' && (t!.text === t!.lower || headline) && !['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'be'].includes(t!.lower) || t?.lower === 'be';
}

function hasBeForm(view: DocView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (BE_FORMS.has(view.tokens[k]!.lower)) return true;
  return false;
}
