// The cue lexicons compiled once at module load into lookups by word form.
import { CUE_VERBS, type CueVerb } from '../../knowledge/lexicons/attribution/cue-verbs.js';
import { HEDGE_PHRASES, HEDGE_WORDS, LOWER_CASE_HEDGES } from '../../knowledge/lexicons/attribution/hedges.js';
import { CUE_ADVERBS, TIME_WORDS } from '../../knowledge/lexicons/attribution/function-words.js';
import { groundRulesLength, timeAdverbialLength } from './time-adverbials.js';
import { isHeadlineVerb, type DocView, type Tok } from './view.js';

const BY_FORM = new Map<string, CueVerb[]>();
for (const verb of CUE_VERBS) {
  for (const form of verb.forms) {
    const list = BY_FORM.get(form) ?? [];
    list.push(verb);
    BY_FORM.set(form, list);
  }
}

/** Past forms that usually end a subject read backwards, unless a determiner makes them adjectives ("a noted historian"). */
const PAST_FORMS = new Set<string>();
// ("made", "pointed": verbs of everyday acts that report only as "made clear", "pointed to" do not end a
// subject: "X made the following comment")
const EVERYDAY_LEMMAS = new Set(['make', 'point']);
for (const verb of CUE_VERBS) if (!EVERYDAY_LEMMAS.has(verb.lemma)) for (const form of verb.forms.slice(2)) if (!form.endsWith('ing') && form !== verb.lemma) PAST_FORMS.add(form);

export interface CueMatch {
  verb: CueVerb;
  /** Token index of the verb. */
  at: number;
  /** Token index after the verb and its particle. */
  next: number;
}

/** The cue verb at token `at`, if any: a particle reading ("pointed out") wins over the bare verb. */
export function cueVerbAt(view: DocView, at: number, opensSentence = false): CueMatch | undefined {
  const tok = view.tokens[at];
  if (!tok || tok.kind !== 'word') return undefined;
  const verbs = BY_FORM.get(tok.lower);
  if (!verbs) return undefined;
  // "The United States", "State Department": a word inside a name is no verb
  if (view.inMention[at] && !isHeadlineVerb(view, at)) return undefined;
  // a capital is a name's, unless in a title-case headline or (when the caller says so) opening the sentence
  if (/^\p{Lu}/u.test(tok.text) && !view.titleCase[tok.sentence] && !opensSentence) return undefined;
  const following = view.tokens[at + 1];
  // "near disputed shoal", "over contested claims": a past form between a preposition and a plain noun is an adjective
  if (/ed$/.test(tok.lower) && ADJECTIVE_OPENERS.has(view.tokens[at - 1]?.lower ?? '') && following?.kind === 'word' && following.sentence === tok.sentence
    && following.text === following.lower && !NOT_NOUNS.has(following.lower)) return undefined;
  // "words of support", "a show of force": a base or -s form after "of" is a noun
  if (view.tokens[at - 1]?.lower === 'of' && !/(?:ed|ing)$/.test(tok.lower)) return undefined;
  // "rose 5 percent, compared to 3 percent": a comparison, not an act of comparing ("compared the plan to …")
  if ((tok.lower === 'compared' || tok.lower === 'comparing') && (following?.lower === 'to' || following?.lower === 'with')) return undefined;
  let plain: CueVerb | undefined;
  for (const verb of verbs) {
    if (verb.particle) {
      // "made it clear that …": the particle after an empty "it"
      if (verb.particle === 'clear' && following?.lower === 'it' && view.tokens[at + 2]?.lower === 'clear' && view.tokens[at + 2]!.sentence === tok.sentence) return { verb, at, next: at + 3 };
      // "spoke on condition of anonymity": the ground rules of the interview, not its topic;
      // "commented on Tuesday that …": "on" opens a date, not the topic
      if (following && following.sentence === tok.sentence && following.lower === verb.particle && groundRulesLength(view.tokens, at + 1, view.tokens.length) === 0 && !(verb.particle === 'on' && TIME_WORDS.has(view.tokens[at + 2]?.lower ?? '')) && !(verb.particle === 'for' && opensDuration(view.tokens, at + 2))) return { verb, at, next: at + 2 };
    } else {
      plain ??= verb;
    }
  }
  // "spoke out Tuesday about", "spoke emotionally of", "commented again on": a topic particle a few
  // words on, past "out", adverbs and a time adverbial (the words between belong to the cue)
  const gap = particleGap(view.tokens, at + 1, tok.sentence);
  if (gap > at + 1) {
    const particle = view.tokens[gap]!.lower;
    for (const verb of verbs) if (verb.particle === particle && verb.evaluative === 'object' && verb.particle !== 'out') return { verb, at, next: gap + 1 };
  }
  return plain ? { verb: plain, at, next: at + 1 } : undefined;
}

/** Prepositions after which a past form before a noun modifies it ("near disputed shoal"). */
const ADJECTIVE_OPENERS = new Set(['near', 'over', 'in', 'on', 'at', 'from', 'into', 'across', 'around', 'toward', 'towards', 'with', 'about', 'of']);
/** Words after a past form that show it is a verb after all ("… of stated that"): clause openers and function words. */
const NOT_NOUNS = new Set(['that', 'the', 'a', 'an', 'to', 'by', 'as', 'it', 'he', 'she', 'they', 'we', 'his', 'her', 'their', 'its', 'and', 'or', 'but', 'in', 'on', 'at', 'for', 'of', 'with', 'from']);

/** Words that make "for" a duration ("argued for years that …", "for the first time", "for now"). */
const DURATION_WORDS = new Set(['years', 'months', 'weeks', 'days', 'decades', 'hours', 'minutes', 'ages', 'now', 'time', 'while', 'long', 'year', 'month', 'week', 'decade']);

/** "for years", "for two decades", "for the past year", "for a long time": a duration from token `at`. */
function opensDuration(tokens: readonly Tok[], at: number): boolean {
  for (let k = at; k < tokens.length && k < at + 4; k++) {
    const t = tokens[k]!;
    if (DURATION_WORDS.has(t.lower)) return true;
    if (!(t.kind === 'number' || ['a', 'the', 'past', 'last', 'first', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'ten', 'more', 'than', 'nearly', 'almost', 'over'].includes(t.lower))) return false;
  }
  return false;
}

const MAX_PARTICLE_GAP = 3;
/** Words in -ly that are not adverbs. */
const LY_NOUNS = new Set(['family', 'rally', 'ally', 'supply', 'reply', 'assembly', 'belly', 'bully', 'folly', 'jelly', 'apply', 'fly', 'comply', 'multiply', 'anomaly', 'monopoly', 'italy', 'july']);

/** The token index after "out", adverbs and a time adverbial from `from` (at most three words), or `from`. */
function particleGap(tokens: readonly Tok[], from: number, sentence: number): number {
  let k = from;
  while (k < tokens.length && k - from < MAX_PARTICLE_GAP && tokens[k]!.sentence === sentence) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    const time = timeAdverbialLength(tokens, k, tokens.length);
    if (time > 0 && tokens[k + time - 1]!.sentence === sentence) { k += time; continue; }
    if (t.lower === 'out' || CUE_ADVERBS.has(t.lower) || (/^[a-z]{3,}ly$/.test(t.text) && !LY_NOUNS.has(t.text))) { k++; continue; }
    break;
  }
  return k - from > MAX_PARTICLE_GAP ? from : k;
}

/** Present forms of cue verbs that are never nouns or modifiers ("state media", "the report" are). */
const VERB_ONLY_FORMS: ReadonlySet<string> = new Set(['say', 'says', 'tell', 'tells', 'think', 'thinks', 'believe', 'believes', 'argue', 'argues', 'suggest', 'suggests', 'insist', 'insists', 'indicate', 'indicates', 'explain', 'explains', 'add', 'adds', 'deny', 'denies', 'admit', 'admits', 'acknowledge', 'acknowledges', 'assert', 'asserts', 'contend', 'contends', 'reveal', 'reveals', 'expect', 'expects', 'know', 'knows', 'suspect', 'suspects', 'assume', 'assumes', 'announce', 'announces', 'declare', 'declares', 'confirm', 'confirms']);

export function isVerbOnlyForm(lower: string): boolean {
  return VERB_ONLY_FORMS.has(lower);
}

/** A form with a plain reading that reports speech ("warned" of "warned against" is also "warned that"). */
export function hasPlainSpeechReading(lower: string): boolean {
  return BY_FORM.get(lower)?.some((v) => !v.particle && !v.evaluative && !v.quoteOnly) ?? false;
}

export function isCueForm(lower: string): boolean {
  return BY_FORM.has(lower);
}

export function isPastCueForm(lower: string): boolean {
  return PAST_FORMS.has(lower);
}

/** Whether a form is a participle or past form: "announced", "told", "written". */
export function isParticiple(verb: CueVerb, lower: string): boolean {
  const i = verb.forms.indexOf(lower);
  return i >= 2 && !lower.endsWith('ing');
}

export function isIngForm(lower: string): boolean {
  return lower.endsWith('ing');
}

// ---------------------------------------------------------------- hedges

const HEDGE_SEQUENCES: string[][] = [...HEDGE_PHRASES.map((p) => p.split(' ')), ...HEDGE_WORDS.map((w) => [w])];
const HEDGES_BY_FIRST = new Map<string, string[][]>();
for (const seq of HEDGE_SEQUENCES) {
  const list = HEDGES_BY_FIRST.get(seq[0]!) ?? [];
  list.push(seq);
  HEDGES_BY_FIRST.set(seq[0]!, list);
}
for (const list of HEDGES_BY_FIRST.values()) list.sort((a, b) => b.length - a.length);
const LOWER_ONLY = new Set(LOWER_CASE_HEDGES);

/** The number of tokens of the longest hedge starting at token `at` (0 when none). */
export function hedgeLengthAt(tokens: readonly Tok[], at: number, limit: number): number {
  const tok = tokens[at]!;
  if (tok.kind !== 'word') return 0;
  if (LOWER_ONLY.has(tok.text)) return 1;
  const candidates = HEDGES_BY_FIRST.get(tok.lower);
  if (!candidates) return 0;
  for (const seq of candidates) {
    if (at + seq.length > limit) continue;
    let ok = true;
    for (let k = 1; k < seq.length && ok; k++) ok = tokens[at + k]!.lower === seq[k];
    if (ok) return seq.length;
  }
  return 0;
}
