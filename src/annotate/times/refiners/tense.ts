// The tense of the clause that governs a time expression, from the tokens around it: the nearest
// tense cue wins, and crossing a comma or quote counts as extra distance (a cue in the same clause
// beats one in the next). News reports the past ("said Thursday", "was launched on Friday") and
// announces the future ("will meet on Monday", "is scheduled to vote in June").
import type { Span, Token } from '../../../model/types.js';

export type Tense = 'past' | 'future';

/** Words that put a clause in the future. */
const FUTURE = new Set(['will', 'shall', "won't", 'wo', 'gonna', 'upcoming', 'forthcoming', 'tomorrow', 'soon', 'plans',
  'planning', 'intends', 'intend', 'aims', 'aim', 'expire', 'expires']);
/** Past-tense forms of irregular verbs (general English), without the forms that are also present ("put", "set", "hit"). */
const IRREGULAR_PAST = new Set(['said', 'told', 'was', 'were', 'had', 'did', 'met', 'went', 'came', 'took', 'gave', 'made', 'began',
  'held', 'left', 'fell', 'rose', 'won', 'lost', 'sent', 'struck', 'fought', 'brought', 'bought', 'sold', 'spoke', 'wrote', 'saw',
  'found', 'got', 'led', 'ran', 'shot', 'stood', 'broke', 'chose', 'drew', 'drove', 'flew', 'grew', 'knew', 'threw', 'wore', 'became',
  'forgot', 'hid', 'kept', 'meant', 'paid', 'rode', 'rang', 'sang', 'sank', 'sat', 'slept', 'spent', 'stole', 'stuck', 'swore', 'swam',
  'taught', 'thought', 'understood', 'woke', 'withdrew', 'sought', 'arose', 'overtook', 'underwent', 'undertook', 'upheld', 'withheld',
  'froze', 'blew', 'built', 'caught', 'clung', 'dealt', 'dug', 'fed', 'felt', 'fled', 'heard', 'hung', 'laid', 'lent', 'lit', 'mistook',
  'oversaw', 'overthrew', 'sped', 'spun', 'tore', 'wept', 'shook', 'slid', 'sprang', 'strode', 'ago', 'yesterday', 'last', 'earlier',
  'previously', 'sank', 'bled', 'forbade', 'forgave', 'swept', 'wound', 'stung', 'shone', 'drank', 'ate', 'rebuilt', 'foresaw',
  // regular pasts too short for the -ed rule below, which leaves out "bed", "red", "fed"
  'died', 'sued', 'lied', 'eyed', 'owed', 'vied', 'axed']);
/** Words ending in -ed that are not past-tense verbs (or are adjectives far more often). */
const NOT_PAST_ED = new Set(['need', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'breed', 'hundred', 'indeed', 'proceed', 'exceed',
  'succeed', 'greed', 'creed', 'weed', 'bleed', 'heed', 'deed', 'embed', 'united', 'limited', 'based', 'related', 'armed', 'advanced',
  'aged', 'naked', 'wicked', 'sacred', 'rugged', 'ragged', 'beloved', 'alleged', 'unprecedented', 'unexpected', 'unidentified',
  'unnamed', 'unspecified', 'undisclosed', 'concerned', 'interested', 'supposed', 'talented', 'skilled', 'experienced', 'qualified',
  'sophisticated', 'detailed', 'expected', 'scheduled', 'planned', 'proposed', 'anticipated', 'so-called', 'self-proclaimed',
  'state-owned', 'state-run', 'biased', 'embattled', 'renowned', 'sustained', 'combined', 'guided', 'nuclear-armed', 'wanted']);
/** Modals that point ahead ("could come as early as Tuesday"), unless followed by a perfect ("may have been"). */
const MODALS_OF_FUTURE = new Set(['may', 'might', 'should', 'would']);
const BE = new Set(['is', 'are', 'am', 'was', 'were', "'s", 'be', 'been', 'being']);
const PRESENT_BE = new Set(['is', 'are', 'am', "'s"]);
const ADVERBS = new Set(['still', 'also', 'not', "n't", 'then', 'probably', 'likely', 'soon', 'now', 'already', 'only', 'just', 'never', 'ever', 'again', 'formally', 'officially', 'finally']);
/** Participles that after "is" describe a state ("is prepared to", "is believed"), not a scheduled act. */
const STATES = new Set(['prepared', 'committed', 'determined', 'convinced', 'worried', 'pleased', 'satisfied', 'disappointed', 'involved',
  'located', 'known', 'believed', 'thought', 'said', 'reported', 'considered', 'estimated', 'alleged', 'accused', 'suspected', 'feared',
  'owned', 'controlled', 'required', 'allowed', 'forced', 'used', 'needed', 'designed', 'aimed', 'intended', 'seen',
  'married', 'divided', 'opposed', 'backed', 'supported', 'headed', 'led', 'run', 'tied', 'linked', 'injured', 'wounded', 'killed', 'dead']);
const HAVE = new Set(['has', 'have', 'had', "'ve", "'d"]);
const MODALS = new Set(['will', 'shall', 'would', 'could', 'should', 'may', 'might', 'must', 'to', 'can']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
const BOUNDARY = new Set([',', ';', ':', '(', ')', '—', '–', '"', '“', '”', '‘', '’', "'"]);
const BOUNDARY_COST = 3;
const CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'because', 'so', 'yet', 'or']);
const MAX_DISTANCE = 30;
/** Words after which "until …" opens its clause rather than ending a verb's phrase. */
const CLAUSE_OPENERS = new Set(['but', 'and', 'yet', 'so', ',', ';', '—', '–', 'because', 'although', 'though', 'while']);
const RELATIVE_OPENERS = new Set(['that', 'which', 'who', 'whose']);
/** Words after a date that do not make it a modifier ("the 7th of …"). */
const OF_WORDS = new Set(['of', 'and', 'or', 'to', 'at', 'in', 'on', 'through']);

export interface SentenceTokens {
  text: string;
  tokens: readonly Token[];
  /** Token index range [first, last) of the sentence. */
  first: number;
  last: number;
}

const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'last', 'this', 'that']);
/** The token range [first, past-the-last) a span covers in its sentence. */
function tokensOf(s: SentenceTokens, span: Span): [number, number] {
  let i0 = s.first;
  while (i0 < s.last && s.tokens[i0]!.end <= span.start) i0++;
  let i1 = i0;
  while (i1 < s.last && s.tokens[i1]!.start < span.end) i1++;
  return [i0, i1];
}

/** Acts a date before them names as over ("the Jan. 6 riot", "its Oct. 7 attack"): such a date is in the past. */
const PAST_EVENT_NOUNS = new Set(['attack', 'attacks', 'massacre', 'massacres', 'riot', 'riots', 'insurrection', 'uprising', 'bombing',
  'bombings', 'shooting', 'shootings', 'raid', 'raids', 'coup', 'invasion', 'assault', 'killings', 'killing', 'murders', 'crash',
  'explosion', 'explosions', 'blast', 'blasts', 'earthquake', 'quake', 'attacks', 'atrocities', 'incursion', 'ambush', 'assassination',
  'stabbing', 'stabbings', 'rampage', 'disaster', 'derailment', 'collapse', 'landslide', 'floods', 'terror']);

/**
 * True when `span` is a day told like an adjective before an act that is over ("the January 6
 * insurrection"): the nearest such day can be ahead of the report, but the act is not.
 */
export function datesPastEvent(s: SentenceTokens, span: Span): boolean {
  const [i0, i1] = tokensOf(s, span);
  // told like an adjective: "the/its/Hamas' Oct. 7 attack", not "on Oct. 7 attacks resumed"
  const before = i0 - 1 >= s.first ? s.text.slice(s.tokens[i0 - 1]!.start, s.tokens[i0 - 1]!.end).toLowerCase() : '';
  if (!DETERMINERS.has(before) && !/^(?:'s?|’s?|s)$/.test(before) && !POSSESSIVE_DETERMINERS.has(before)) return false;
  // up to two modifiers between the date and its noun ("Oct. 7 cross-border attack", "Oct. 7 Hamas attack")
  for (let k = i1; k < Math.min(s.last, i1 + 3); k++) {
    const t = s.tokens[k]!;
    if (t.kind !== 'word') return false;
    if (PAST_EVENT_NOUNS.has(s.text.slice(t.start, t.end).toLowerCase())) return true;
  }
  return false;
}

/** The tense of the clause around `span`, or null when no cue decides it. */
export function clauseTense(s: SentenceTokens, span: Span): Tense | null {
  const words = (k: number): string => {
    const t = s.tokens[k]!;
    return s.text.slice(t.start, t.end).toLowerCase().replace('’', "'");
  };
  const [i0, i1] = tokensOf(s, span);
  // "postponed until Tuesday", "has until 9 a.m. Monday": a deadline lies ahead
  let lead = i0 - 1;
  if (lead >= s.first && (words(lead) === 'at' || words(lead) === 'on')) lead--;
  // (not "Until Thursday, they had not …" nor "But until April, there was no …", which look back from the
  // start of their clause)
  if (lead > s.first && (words(lead) === 'until' || words(lead) === 'till') && words(lead - 1) !== 'not' && !CLAUSE_OPENERS.has(words(lead - 1))) return 'future';
  // "its Oct. 7 attack", "the May 3 vote": a date that names an act like an adjective takes no tense from the verbs
  // around it ("the hostages taken in its Oct. 7 attack are freed"); the date nearest the report is meant.
  if (i0 - 1 >= s.first && DETERMINERS.has(words(i0 - 1)) && i1 < s.last && /^\p{Ll}/u.test(words(i1)) && s.tokens[i1]!.kind === 'word' && !OF_WORDS.has(words(i1))) return null;
  const left = scan(s, words, i0 - 1, -1);
  const right = scan(s, words, i1, 1);
  if (!left) return right?.tense ?? null;
  if (!right) return left.tense;
  return right.distance < left.distance ? right.tense : left.tense;
}

function scan(s: SentenceTokens, word: (k: number) => string, from: number, step: 1 | -1): { tense: Tense; distance: number } | null {
  let distance = 0;
  for (let k = from; k >= s.first && k < s.last; k += step) {
    distance++;
    if (distance > MAX_DISTANCE) return null;
    const t = s.tokens[k]!;
    if (t.kind === 'punct' || t.kind === 'quote') {
      if (BOUNDARY.has(s.text.slice(t.start, t.end))) distance += BOUNDARY_COST;
      continue;
    }
    if (t.kind !== 'word') continue;
    const tense = cueAt(s, word, k);
    if (tense) return { tense, distance };
    // "met him on Tuesday and will meet again": a conjunction opens the next clause
    if (CONJUNCTIONS.has(word(k))) distance += BOUNDARY_COST;
    // Session 14 (helper rev14): "approved a bill Tuesday that would extend funding": after the time, a relative or
    // complement clause is another clause; its modal does not place the time ahead.
    if (step === 1 && RELATIVE_OPENERS.has(word(k))) distance += BOUNDARY_COST;
  }
  return null;
}

function cueAt(s: SentenceTokens, word: (k: number) => string, k: number): Tense | null {
  const w = word(k);
  const prev = k > s.first ? word(k - 1) : '';
  const next = k + 1 < s.last ? word(k + 1) : '';
  if (w.endsWith("'ll")) return 'future';
  if (w === 'going' && next === 'to') return 'future';
  if (w === 'next') return next === 'to' ? null : 'future'; // "next to" is a place
  if (w === 'scheduled' || w === 'slated') {
    if (prev === 'as' || prev === 'than') return null;
    return prev === 'had' || (prev === 'been' && k - 2 >= s.first && word(k - 2) === 'had') ? 'past' : 'future';
  }
  if (w === 'early' && prev === 'as') return 'future'; // "as early as Tuesday"
  if (MODALS_OF_FUTURE.has(w)) return next === 'have' || next === 'not' || next === "n't" ? null : 'future';
  if (w === 'expected' || w === 'planned' || w === 'proposed' || w === 'anticipated') {
    if (prev === 'as' || prev === 'than' || prev === 'had' || prev === 'has' || prev === 'have') return null;
    return BE.has(prev) || DETERMINERS.has(prev) || next === 'to' || next === 'for' ? 'future' : null;
  }
  if (w === 'due') return PRESENT_BE.has(prev) || prev === 'be' ? 'future' : prev === 'been' && pluperfectBefore(word, s, k) ? 'past' : null;
  if (w === 'effective' || w === 'payable') return 'future';
  if (w === 'set') return next === 'to' || (BE.has(prev) && next === 'for') ? 'future' : null;
  if (PRESENT_BE.has(w) && next === 'to') return 'future'; // "is to resume"
  if ((w === 'plan' || w === 'plans' || w === 'hope' || w === 'hopes' || w === 'want' || w === 'wants') && next === 'to') return 'future';
  // "had been due to expire Friday": a future seen from a past that is over
  if (FUTURE.has(w)) return pluperfectBefore(word, s, k) ? 'past' : 'future';
  if (IRREGULAR_PAST.has(w)) return pastUnlessGoverned(word, s, k);
  if (w.length >= 5 && w.endsWith('ed') && !NOT_PAST_ED.has(w)) {
    const t = s.tokens[k]!;
    if (/^\p{Lu}/u.test(s.text.slice(t.start, t.start + 1)) && k !== s.first) return null; // a name ("Ahmed")
    // "markets untouched by the crisis": a participle after a noun describes it, it does not date the clause
    if (next === 'by' && !BE.has(prev) && !HAVE.has(prev)) return null;
    return pastUnlessGoverned(word, s, k);
  }
  return null;
}

/** A past participle after "will be" / "to be" is future ("will be held"); after "is" it is present. */
function pastUnlessGoverned(word: (k: number) => string, s: SentenceTokens, k: number): Tense | null {
  // "would still be held", "will also be sent": the adverb does not change what governs the participle
  const before: string[] = [];
  for (let j = k - 1; j >= s.first && before.length < 2; j--) {
    const w = word(j);
    if (ADVERBS.has(w)) continue;
    before.push(w);
  }
  const [p1 = '', p2 = ''] = before;
  if (p1 === 'will' || p1 === 'shall' || p1.endsWith("'ll")) return 'future';
  if (p1 === 'be' && MODALS.has(p2)) return p2 === 'will' || p2 === 'shall' || p2 === 'to' ? 'future' : null;
  if (p1 === 'being') return null;
  // "when the case is heard in May", "the results are published on Monday": a present passive is scheduled
  if (PRESENT_BE.has(p1)) return STATES.has(word(k)) ? null : 'future';
  return 'past';
}

/** True when "had" stands a few words before `k` in its clause ("had been scheduled to expire"). */
function pluperfectBefore(word: (k: number) => string, s: SentenceTokens, k: number): boolean {
  for (let j = k - 1; j >= s.first && j >= k - 5; j--) {
    const w = word(j);
    if (w === 'had' || w === "'d") return true;
    if (BOUNDARY.has(w)) return false;
  }
  return false;
}
