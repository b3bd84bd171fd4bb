// The head word of a source phrase and whether the phrase can be a speaker at all: a named entity,
// a pronoun, a person or body noun ("officials", "the ministry"), a record ("the report"), or a
// capitalised name. "The recent test confirmed …" has no speaker and yields no attribution.
import type { CueVerb } from '../../knowledge/lexicons/attribution/cue-verbs.js';
import { DETERMINERS, looksLikePastParticiple, NP_PREPOSITIONS, TIME_WORDS } from '../../knowledge/lexicons/attribution/function-words.js';
import { PERSON_NOUNS } from '../../knowledge/lexicons/attribution/person-nouns.js';
import { INFO_SOURCE_NOUNS, SOURCE_HEAD_NOUNS } from '../../knowledge/lexicons/attribution/source-nouns.js';
import { isCueForm, isVerbOnlyForm, type CueMatch } from './cue-lexicon.js';
import type { TokRange } from './phrases.js';
import { isCapitalized, isWord, mentionsWithin, type DocView } from './view.js';

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many']);
/** Words that open what a verb of saying takes: "says that", "says the", "says he". */
const OPENS_COMPLEMENT = new Set(['that', 'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'no', 'some', 'many', 'most', 'all', 'whether', 'how', 'why', 'what', 'him', 'them', 'us', 'me']);

/** The core of a phrase ends at its first preposition or parenthesis ("an official | from the JCS"). */
export function coreEnd(view: DocView, range: TokRange): number {
  for (let k = range.first + 1; k < range.last; k++) {
    const t = view.tokens[k]!;
    if (NP_PREPOSITIONS.has(t.lower) || t.text === '(' || t.text === ',') return k;
  }
  return range.last;
}

const POSTMODIFIER_PREPOSITIONS = new Set(['to', 'with', 'on', 'by', 'of', 'in', 'at']);

/** Adjectives that follow their noun in source phrases ("sources familiar with", "people close to"). */
const POSTMODIFIERS = new Set(['familiar', 'close', 'briefed', 'knowledgeable', 'involved', 'present', 'aware', 'speaking', 'requesting', 'asking']);

/**
 * Participles that open a reduced relative clause after their noun ("footage broadcast by state TV",
 * "photos released on Friday", "images taken last week"): the noun before them is the head.
 */

function opensReducedRelative(view: DocView, k: number, first: number): boolean {
  const t = view.tokens[k]!;
  if (k <= first || t.text !== t.lower || !looksLikePastParticiple(t.lower)) return false;
  const before = view.tokens[k - 1]!;
  // "the injured", "the accused": a participle right after a determiner is the noun itself
  return isWord(before) && !DETERMINERS.has(before.lower) && !NUMBER_WORDS.has(before.lower);
}

/** Nouns of quantity whose "of" phrase holds the real head ("dozens of papers", "a group of parents"). */
const QUANTITY_NOUNS = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'scores', 'number', 'handful', 'couple', 'lot', 'lots', 'group', 'series', 'host', 'pair', 'trio', 'slew', 'raft', 'string',
  // "Most of the residents said": a quantifier before "of" counts what follows
  'most', 'many', 'some', 'several', 'few', 'none', 'all', 'both', 'half']);
/** "Many hope …", "Some noted that …", "Most say …": a quantifier standing alone as the subject stands for people. */
const PEOPLE_QUANTIFIERS = new Set(['many', 'some', 'most', 'several', 'few']);

/** Token index of the head word: the last word of the core, before a post-modifier. */
/** Subject pronouns that open a relative clause without "that" inside a noun phrase ("the letter she wrote"). */
const CONTACT_RELATIVE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'I']);

export function headOf(view: DocView, range: TokRange): number {
  let end = coreEnd(view, range);
  // "dozens of newspapers", "a number of experts": a quantity's head is what it counts
  const of = view.tokens[end];
  if (of?.lower === 'of' && end + 1 < range.last && end - range.first <= 2 && QUANTITY_NOUNS.has(view.tokens[end - 1]!.lower)) {
    return headOf(view, { first: end + 1, last: range.last });
  }
  for (let k = range.first + 1; k < end; k++) if (opensReducedRelative(view, k, range.first)) { end = k; break; }
  // "Indian officials monitoring the situation", "residents living near the base": an -ing form after a speaker noun opens one too
  for (let k = range.first + 1; k < end; k++) {
    const t = view.tokens[k]!;
    const noun = view.tokens[k - 1]!.lower;
    if (t.text === t.lower && /^[a-z]{3,}ing$/.test(t.lower) && (SOURCE_HEAD_NOUNS.has(noun) || PERSON_NOUNS.has(noun))) { end = k; break; }
  }
  // "a brochure he received about the car": a subject pronoun after the noun opens a relative clause without "that"
  for (let k = range.first + 1; k < end; k++) if (CONTACT_RELATIVE_SUBJECTS.has(view.tokens[k]!.text) && isWord(view.tokens[k - 1]) && !DETERMINERS.has(view.tokens[k - 1]!.lower)) { end = k; break; }
  // "a source close to the ministry": a postposed adjective and its preposition are no part of the core ("to" is no NP preposition)
  for (let k = range.first + 1; k < end - 1; k++) if (POSTMODIFIERS.has(view.tokens[k]!.lower) && POSTMODIFIER_PREPOSITIONS.has(view.tokens[k + 1]!.lower)) { end = k; break; }
  for (let k = end - 1; k >= range.first; k--) {
    const t = view.tokens[k]!;
    if (isWord(t) && !(POSTMODIFIERS.has(t.lower) && k > range.first)) return k;
  }
  return range.first;
}

/** The head word in lower case, the last part of a hyphenated compound ("defector-turned-researcher" → "researcher"). */
export function headWord(view: DocView, range: TokRange): string {
  const word = view.tokens[headOf(view, range)]!.lower;
  const dash = word.lastIndexOf('-');
  return dash > 0 && !SOURCE_HEAD_NOUNS.has(word) ? word.slice(dash + 1) : word;
}

/** Speech verbs that also take things as subjects ("the test confirmed", "the move signals"): their subject must be a speaker. */
const THING_SUBJECT_VERBS = new Set(['confirm', 'reveal', 'signal', 'highlight', 'underline', 'underscore', 'mark', 'note', 'predict', 'promise', 'threaten', 'answer', 'question', 'demand', 'reject', 'welcome', 'call']);

/**
 * Whether a phrase can be the subject of this cue: any noun phrase for a verb of saying ("RT and its
 * defenders say"); a speaker (see isAgentive) for belief and evidence verbs and for speech verbs
 * that things do too ("the recent test confirmed …" is no attribution).
 */
export function canSpeak(view: DocView, range: TokRange, verb: CueVerb): boolean {
  if (verb.kind !== 'speech' || THING_SUBJECT_VERBS.has(verb.lemma)) return isAgentive(view, range);
  if (isAgentive(view, range)) return true;
  const head = view.tokens[headOf(view, range)]!;
  return head.kind === 'word' && !TIME_WORDS.has(head.lower) && !DETERMINERS.has(head.lower) && head.lower.length > 2;
}

export function isAgentive(view: DocView, range: TokRange): boolean {
  const tokens = view.tokens;
  const start = tokens[range.first]!.start;
  const end = tokens[range.last - 1]!.end;
  if (mentionsWithin(view, start, end).length > 0) return true;
  const head = headOf(view, range);
  const word = headWord(view, range);
  if (PRONOUNS.has(word) || SOURCE_HEAD_NOUNS.has(word) || INFO_SOURCE_NOUNS.has(word) || PERSON_NOUNS.has(word)) return true;
  // (only opening its sentence: "…, and some speculated …" may go on with what was said)
  if (range.last - range.first === 1 && PEOPLE_QUANTIFIERS.has(word) && range.first === view.sentences[tokens[range.first]!.sentence]!.first) return true;
  const t = tokens[head]!;
  return isCapitalized(t) && !DETERMINERS.has(t.lower);
}

/**
 * Like isAgentive, but a mention counts only when it covers the head: "her work after the attacks"
 * (a pronoun mention, "her", modifies "work") is a thing, "an official from the ministry" a speaker.
 */
export function isAgentiveHead(view: DocView, range: TokRange): boolean {
  const at = headOf(view, range);
  const head = view.tokens[at]!;
  if (view.inMention[at] && !/^(?:his|her|its|their|our|my|your)$/.test(head.lower)) return true;
  const word = headWord(view, range);
  if (PRONOUNS.has(word) || SOURCE_HEAD_NOUNS.has(word) || PERSON_NOUNS.has(word)) return true;
  // "a report by the agency" is a source; "the release of prisoners" an event
  if (INFO_SOURCE_NOUNS.has(word)) return view.tokens[at + 1]?.lower !== 'of';
  return isCapitalized(head) && !DETERMINERS.has(head.lower);
}

/**
 * Base and -s forms are often nouns ("battleground states", "the state tax return", "several
 * questions"). Read one as a verb only after an auxiliary or adverb, a pronoun, a name, or a noun
 * that can speak ("officials say", "the report states").
 */
/** Finite auxiliaries: after a base form one makes that form a noun subject ("the attack was …"). */
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'does', 'did']);

export function isFiniteUse(view: DocView, cue: CueMatch, verbGroup: number): boolean {
  const form = view.tokens[cue.at]!.lower;
  const index = cue.verb.forms.indexOf(form);
  // "his announced plans", "the reported deal": after a determiner any form is a modifier or a noun
  const previous = view.tokens[cue.at - 1];
  // ("a mother of three replied": a number after "of" ends a noun phrase instead)
  const ofNumber = view.tokens[cue.at - 2]?.lower === 'of' && previous !== undefined && (previous.kind === 'number' || NUMBER_WORDS.has(previous.lower));
  // ("Many hope the …", "Some noted that …": a quantifier opening the sentence, a clause after the verb, is its subject)
  const quantifierSubject = previous !== undefined && PEOPLE_QUANTIFIERS.has(previous.lower) && cue.at - 1 === view.sentences[previous.sentence]!.first
    && OPENS_COMPLEMENT.has(view.tokens[cue.next]?.lower ?? '');
  if (previous && previous.sentence === view.tokens[cue.at]!.sentence && DETERMINERS.has(previous.lower) && !ofNumber && verbGroup === cue.at && !quantifierSubject) return false;
  if (quantifierSubject && verbGroup === cue.at) return true;
  // "written", "shown", "known": a participle needs an auxiliary to be finite
  if (cue.verb.forms.length === 5 && index === 3) return verbGroup < cue.at;
  if (index !== 0 && index !== 1) return true;
  // "Monday's deadly attack was unexpected", "How the rebel attack unfolded": a base form followed by an
  // auxiliary, or by a lone past form ending the sentence, is the subject noun of that verb
  const following = view.tokens[cue.next];
  const prior = view.tokens[cue.at - 1];
  // (only inside a noun phrase: after a possessive, a determiner, a name or a word shaped like an adjective;
  // "who police say was …" keeps its verb)
  const nounBefore = prior !== undefined && prior.sentence === view.tokens[cue.at]!.sentence
    && (/['’]s$/.test(prior.lower) || DETERMINERS.has(prior.lower) || ADJECTIVE_SHAPE.test(prior.lower) || /ly$/.test(prior.lower)
      || (isCapitalized(prior) && !PRONOUNS.has(prior.lower) && cue.at - 1 > view.sentences[prior.sentence]!.first));
  if (index === 0 && nounBefore && following && following.sentence === view.tokens[cue.at]!.sentence
    && (FINITE_AUXILIARIES.has(following.lower) || (/^\p{Ll}{2,}ed$/u.test(following.text) && (!isWord(view.tokens[cue.next + 1]) || view.tokens[cue.next + 1]!.sentence !== following.sentence)))) return false;
  if (verbGroup < cue.at) return true;
  const before = view.tokens[cue.at - 1];
  // "an Israeli attack", "the US strike": a base form after a determiner and one capitalised singular word is a
  // noun (a singular subject would take "attacks")
  const twoBack = view.tokens[cue.at - 2];
  if (index === 0 && before && twoBack && DETERMINERS.has(twoBack.lower) && isCapitalized(before) && !/s$/.test(before.lower) && twoBack.sentence === before.sentence) return false;
  if (!before || before.sentence !== view.tokens[cue.at]!.sentence) return false;
  if (PRONOUNS.has(before.lower)) return true;
  // "0.1 percentage points to 4.2 percent", "two reports": an -s form after a number is a counted noun
  if (index === 1 && (before.kind === 'number' || before.lower === 'percentage')) return false;
  // "disparaging remarks": an -ing form before it makes the word a noun
  if (before.lower.endsWith('ing') && isCueForm(before.lower)) return false;
  // "Clinton's comments": a possessive makes the next word a noun
  if (/'s$/.test(before.lower) && !['it\'s', 'he\'s', 'she\'s', 'that\'s', 'what\'s', 'who\'s'].includes(before.lower)) return false;
  // "says", "argues": never a noun, whatever follows ("says of the mayor", "argues at length")
  if (isVerbOnlyForm(form) && before.kind === 'word' && !DETERMINERS.has(before.lower)) return true;
  const dash = before.lower.lastIndexOf('-');
  const word = dash > 0 ? before.lower.slice(dash + 1) : before.lower;
  // a capital is a name's only when the word does not open the sentence ("Health worries have …")
  const named = view.inMention[cue.at - 1] || (isCapitalized(before) && cue.at - 1 > view.sentences[before.sentence]!.first);
  const speakerBefore = before.text === ')' || named || SOURCE_HEAD_NOUNS.has(word) || INFO_SOURCE_NOUNS.has(word);
  // "Kim, the mayor, says that …", "…, says Kim.", "Officials, however, argue …": after a comma the
  // present form is read by what follows it, as after a plain word ("…, claims and fees" stays a noun)
  // (a base form before a capital is a noun's modifier: "Scott's niece, state Del. Price")
  const afterComma = before.text === ',' && (index === 1 || !isCapitalized(view.tokens[cue.next] ?? before));
  if (!speakerBefore && !afterComma && (before.kind !== 'word' || DETERMINERS.has(word) || /^\d/.test(word))) return false;
  // "derogatory comments", "competitive state races": a word shaped like an adjective modifies the noun; it is no subject
  if (!speakerBefore && ADJECTIVE_SHAPE.test(word) && !PERSON_NOUNS.has(word)) return false;
  // a verb is followed by what it says ("officials say the …", "the nominee says he …"), a noun by a
  // preposition or another word ("member states around …", "battleground states in …")
  const after = view.tokens[cue.next];
  if (!after || after.sentence !== before.sentence) return speakerBefore;
  // ("Roe, the director of Acme, says, “…”": after an apposition's comma, a comma and a quotation follow a verb)
  if (after.kind === 'punct') return speakerBefore || after.text === ':' || (afterComma && after.text === ',' && view.tokens[cue.next + 1]?.kind === 'quote');
  // "Gulf states stood by Qatar", "member states agreed": a past-tense verb right after makes the -s form the subject's noun.
  if (index === 1 && PAST_TENSE_NEXT.test(after.lower) && !isCueForm(after.lower)) return false;
  if (speakerBefore) return !NOUN_FOLLOWERS.has(after.lower) && !(named && !SOURCE_HEAD_NOUNS.has(word) && FINITE_FOLLOWERS.has(after.lower));
  // "…, say officials.": an inverted speaker noun after the comma
  if (afterComma && (SOURCE_HEAD_NOUNS.has(after.lower) || PERSON_NOUNS.has(after.lower))) return true;
  // "…, say cybersecurity experts.", "…, say local health officials.": lower-case modifiers before the speaker noun that ends the sentence
  if (afterComma && index <= 1) {
    for (let j = cue.next; j < cue.next + 4; j++) {
      const w = view.tokens[j];
      if (!w || !isWord(w) || w.text !== w.lower || w.sentence !== before.sentence) break;
      const end = view.tokens[j + 1];
      if ((SOURCE_HEAD_NOUNS.has(w.lower) || PERSON_NOUNS.has(w.lower)) && (!end || end.sentence !== w.sentence || end.text === '.')) return true;
    }
  }
  return OPENS_COMPLEMENT.has(after.lower.replace(/'.*$/, '')) || after.kind === 'quote' || isCapitalized(after) || after.kind === 'number';
}

/** Endings of adjectives that are never a noun subject's head ("derogatory", "disrespectful", "competitive", "political"). */
const ADJECTIVE_SHAPE = /(?:ous|ful|ive|ory|ible|able|less|ical|ish)$/;

/** Past-tense verbs that can follow a plural subject noun: -ed forms and common irregular pasts. */
const PAST_TENSE_NEXT = /^(?:[a-z]+ed|stood|took|gave|sent|made|held|met|began|broke|threw|went|came|fought|led|left|kept|won|struck|sought|brought|bought|drew|rose|fell|shot|hit|put|set|cut|told)$/;

/** Words that follow a noun rather than a verb of saying: prepositions ("member states around the region") and "such as". */
const NOUN_FOLLOWERS = new Set(['of', 'for', 'about', 'around', 'across', 'against', 'among', 'between', 'from', 'with', 'by', 'at', 'under', 'over', 'within', 'like', 'and', 'or', 'such']);
/**
 * The clause's own finite verb after a capitalised modifier and the word: "Republican support was
 * solid" (a noun). After a noun that can speak it is the verb of a clause whose subject went ahead:
 * "which critics charge is a labour camp".
 */
const FINITE_FOLLOWERS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must']);

/** Words before an -ing cue that make it a participle of the clause's subject: ", citing …", "by praising …". */
const PARTICIPLE_OPENERS = new Set([',', 'and', 'while', 'by', 'after', 'before', 'when', 'in', '—', '–']);

/** An -ing form that hangs on the clause before it ("…, praising the plan"): no subject of its own. */
export function isParticipial(view: DocView, s: { first: number }, at: number): boolean {
  const t = view.tokens[at]!;
  if (!t.lower.endsWith('ing') || at <= s.first) return false;
  return PARTICIPLE_OPENERS.has(view.tokens[at - 1]!.lower);
}

/** Verbs of saying that also name the use of force ("attacked the plan" / "would attack the ships"). */
const FORCE_VERBS = new Set(['attack', 'respond', 'hit', 'slam', 'blast', 'target', 'strike', 'punish', 'retaliate', 'fire']);
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'shall', 'should', 'must', "'ll"]);

/** "it would attack any loudspeakers", "will respond militarily": a threatened act, not a speech act. */
export function isFutureForce(view: DocView, lemma: string, verbGroup: number, cue: number): boolean {
  if (!FORCE_VERBS.has(lemma)) return false;
  for (let k = verbGroup; k < cue; k++) if (MODALS.has(view.tokens[k]!.lower)) return true;
  return false;
}

const CONTRACTED = /^(?:he|she|it|they|we|you|i|that|who|there)['’](s|re|m|ve|d|ll)$/i;

/**
 * "He’s claiming", "They've said": the length of the auxiliary contracted onto the pronoun token at
 * `at` (0 when none). With `beOnly`, only a contracted "is", "are" or "am" ("’s", "’re", "’m").
 */
export function contractionLength(view: DocView, at: number, beOnly = false): number {
  const t = view.tokens[at];
  if (!t || t.kind !== 'word') return 0;
  const m = CONTRACTED.exec(t.text);
  if (!m || (beOnly && !['s', 're', 'm'].includes(m[1]!.toLowerCase()))) return 0;
  return m[1]!.length + 1;
}
