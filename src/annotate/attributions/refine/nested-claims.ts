// "Clinton said Trump favors a strongman approach", "Aides say the governor plans to veto the bill":
// a stance, belief, plan or piece of evidence that lies inside what another speaker says is that
// speaker's claim about the other party, not a statement the other party made. It is dropped (PARC-style
// annotation as in PolNeAR marks only the outer statement). A speech act inside is news of its own and
// stays: reported or quoted words ("Kim said the ministry had announced that …"), a promise, threat or
// request ("said the council had vowed to …"), a claim or pledge named by a noun ("the mayor's claim that …").
// A speech act under a modal is not one made: "aides say she will announce a plan", "feared the firm could
// threaten to sue", "said nobody would question it" are the outer speaker's prediction or hypothesis.
import type { Attribution } from '../../../model/types.js';
import { INTENTION_VERBS, SPEECH_ACT_INTENTIONS } from '../../../knowledge/lexicons/attribution/intention-verbs.js';
import { SPEECH_ACT_NOUNS } from '../../../knowledge/lexicons/attribution/nominal-cues.js';
import type { FinderName } from '../candidate.js';
import { cueVerbAt } from '../cue-lexicon.js';
import { tokenFrom, type DocView } from '../view.js';

/** Finders whose cue is always a speech act. */
const SPEECH_FINDERS: ReadonlySet<FinderName> = new Set(['direct-quote', 'quoted-as', 'according-to', 'colon', 'continuation']);
/** Finders of a statement that can hold another speaker's words. */
const STATEMENT_FINDERS: ReadonlySet<FinderName> = new Set(['direct-quote', 'quoted-as', 'reported-speech', 'colon', 'continuation']);

const INTENTION_LEMMA = new Map<string, string>();
for (const verb of INTENTION_VERBS) for (const form of verb.forms) if (!INTENTION_LEMMA.has(form)) INTENTION_LEMMA.set(form, verb.lemma);

export function withoutNestedClaims(view: DocView, attributions: readonly Attribution[], finderOf: (a: Attribution) => FinderName | undefined): Attribution[] {
  return attributions.filter((inner) => {
    const finder = finderOf(inner);
    if (!finder || (isSpeechAct(view, inner, finder) && !isUnderModal(view, inner))) return true;
    return !attributions.some((outer) => outer !== inner && STATEMENT_FINDERS.has(finderOf(outer)!) && holds(outer, inner));
  });
}

/** The inner cue lies inside one piece of the outer content. */
function holds(outer: Attribution, inner: Attribution): boolean {
  return (outer.pieces ?? [outer.content]).some((p) => p.start <= inner.cue.start && inner.cue.end <= p.end);
}

const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'shall', 'should', 'must', "'ll", "'d", 'wo', 'ca']);
/** Words that may stand between a modal and its verb ("would formally announce", "could not have said"). */
const BETWEEN_MODAL_AND_VERB = new Set(['not', "n't", 'never', 'also', 'then', 'soon', 'still', 'likely', 'probably', 'formally', 'publicly', 'eventually', 'have', 'be', 'again', 'even', 'only']);

/** The cue's verb follows a modal: "will announce", "could threaten", "would not have said". */
function isUnderModal(view: DocView, a: Attribution): boolean {
  const cue = tokenFrom(view, a.cue.start);
  const sentence = view.tokens[cue]?.sentence;
  for (let k = cue - 1, seen = 0; k >= 0 && seen < 4 && view.tokens[k]!.sentence === sentence; k--, seen++) {
    const word = view.tokens[k]!.lower;
    if (MODALS.has(word.replace(/n't$/, '')) || /['’](ll|d)$/.test(word)) return true;
    if (!BETWEEN_MODAL_AND_VERB.has(word)) return false;
  }
  return false;
}

/** Verbs of saying that a thing does as evidence: "experts say it underscores the risk", "this highlights …". */
const THING_EVIDENCE_VERBS = new Set(['underscore', 'underline', 'highlight', 'stress', 'emphasize', 'emphasise', 'signal', 'reveal', 'confirm']);
const THING_PRONOUNS = new Set(['it', 'this', 'that', 'which']);
/** Things that show rather than say: "footage", "records", "information gathered from …". */
const EVIDENCE_THINGS = new Set(['footage', 'video', 'videos', 'images', 'photos', 'photographs', 'evidence', 'information', 'data', 'records', 'testimony', 'documents', 'findings', 'figures', 'statistics']);

function isSpeechAct(view: DocView, a: Attribution, finder: FinderName): boolean {
  if (SPEECH_FINDERS.has(finder)) return true;
  const cue = a.cue.text.toLowerCase();
  const last = cue.split(/\s+/).pop()!;
  if (finder === 'intention') return SPEECH_ACT_INTENTIONS.has(INTENTION_LEMMA.get(last) ?? INTENTION_LEMMA.get(cue) ?? '');
  if (finder === 'nominal') return SPEECH_ACT_NOUNS.has(last);
  if (finder !== 'reported-speech' && finder !== 'evaluative') return false;
  // a verb of saying; not a belief or evidence ("thinks", "shows") or an act aimed at an object ("favors X", "described X as")
  const verb = cueVerbAt(view, tokenFrom(view, a.cue.start), true)?.verb;
  if (verb && THING_EVIDENCE_VERBS.has(verb.lemma) && THING_PRONOUNS.has((a.source?.text ?? '').toLowerCase())) return false;
  // "Amnesty said footage and testimony reveal a pattern of killings": evidence revealing is the outer speaker's claim
  if (verb && THING_EVIDENCE_VERBS.has(verb.lemma) && (a.source?.text ?? '').toLowerCase().split(/\s+/).slice(0, 3).some((w) => EVIDENCE_THINGS.has(w))) return false;
  return verb === undefined || (verb.kind === 'speech' && verb.evaluative !== 'object');
}
