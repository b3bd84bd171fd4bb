// Whether a word is used as a verb, a noun or a noun modifier, read from its form and the word
// before it ("the test" is a noun, "has tested" a verb, "the planned visit" a modifier). No tagger:
// news English is regular enough that the word before decides most cases.
import type { DocView } from './view.js';
import { isPossessive } from './view.js';
import { AUXILIARIES, BE_FORMS, DETERMINERS, HAPPENING_VERBS, IRREGULAR_FORMS, NEGATIONS, PREPOSITIONS, VERB_GROUP_ADVERBS, isLyAdverb } from '../../knowledge/lexicons/events/index.js';

export type Usage = 'verb' | 'noun' | 'modifier';

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which', 'that']);
const MODIFIER_WORDS = new Set([
  'joint', 'new', 'latest', 'recent', 'annual', 'major', 'large', 'massive', 'fresh', 'further', 'first', 'second', 'third',
  'last', 'previous', 'planned', 'proposed', 'upcoming', 'military', 'naval', 'nuclear', 'missile', 'air', 'peace', 'trade',
  'border', 'big', 'large-scale', 'separate', 'high-level', 'bilateral', 'trilateral', 'multilateral', 'official', 'formal',
  'rare', 'possible', 'potential', 'alleged', 'suspected', 'deadly', 'fatal', 'apparent', 'successful', 'failed', 'key',
  'initial', 'final', 'brief', 'surprise', 'historic', 'landmark', 'weekend', 'overnight', 'emergency', 'urgent', 'direct',
  'indirect', 'secret', 'public', 'renewed', 'continued', 'ongoing', 'repeated', 'several', 'two', 'three', 'many', 'same',
  'humanitarian', 'economic', 'financial', 'political', 'diplomatic', 'security', 'defense', 'defence', 'weapons', 'arms',
  'ballistic', 'cruise', 'hypersonic', 'live-fire', 'large-scale', 'full-scale', 'summit', 'ministerial', 'state',
]);

/** How the word at token i is used. */
const VERB_ONLY = new Set(['quit', 'quits', 'resign', 'resigns']);

/** Irregular simple past forms that are never participles, so never adjectives ("began", "took", "withdrew"). */
const SIMPLE_PAST_ONLY = new Set(('began took went came gave saw knew drew drove rose wrote spoke broke chose froze stole fell flew grew threw shook ' +
  'ran wore tore bore ate did sank sprang swore woke withdrew undertook overtook overthrew forgave forbade arose became struck').split(' '));
/** Words that name a kind of shooting, bombing or stabbing before it ("mass shooting", "school shooting"). */
const ATTACK_KIND_MODIFIERS = new Set(['mass', 'school', 'drive-by', 'campus', 'church', 'mosque', 'synagogue', 'mall', 'nightclub',
  'workplace', 'spree', 'gang', 'sniper', 'suicide', 'knife', 'fatal', 'deadly']);

export function usageOf(view: DocView, i: number, sentenceFirst: number): Usage {
  const w = view.words[i]!;
  const prevIndex = i - 1 >= sentenceFirst ? i - 1 : -1;
  const prev = prevIndex >= 0 ? view.words[prevIndex]! : '';
  // "the group that attacked the capital": "that" before a word with an object of its own is a relative pronoun, not a determiner.
  const relativeThat = prev === 'that' && takesObject(view, i + 1);
  const prevIsDeterminer = prevIndex >= 0 && !relativeThat && (DETERMINERS.has(prev) || isPossessive(view, prevIndex));
  if (w.endsWith('ing') && w.length > 5) {
    if (AUXILIARIES.has(prev)) return 'verb';
    // Session 14 (helper rev14): "published promising results", "showed very promising signs": "promising" as hopeful,
    // after a verb form or a degree word and before a plain noun, is an adjective (not "promising aid to Kyiv").
    if (w === 'promising' && prevIndex >= 0 && (/[a-z]ed$/.test(prev) || /^(very|highly|most|more|quite|show|shows|showed|see|saw|seen)$/.test(prev))
      && view.tokens[i + 1]?.kind === 'word' && view.mentionAt[i + 1]! < 0 && !DETERMINERS.has(view.words[i + 1]!) && !PREPOSITIONS.has(view.words[i + 1]!)
      && !/^(to|that|him|her|them|us|it)$/.test(view.words[i + 1]!)) return 'modifier';
    // "Fighting broke out", "Shelling continued": a gerund opening the sentence before its verb is the subject.
    if (prevIndex < 0 && HAPPENING_VERBS.has(view.lemmas[i + 1] ?? '')) return 'noun';
    if (prevIsDeterminer || (PREPOSITIONS.has(prev) && prev !== 'to')) return 'noun';
    // Session 13 (helper rev13): "is reeling from the worst mass shooting", "a school shooting": a kind of attack named by a
    // noun before the -ing word is a noun compound, not a verb whose subject is the clause's ("Norway ... shooting").
    if (ATTACK_KIND_MODIFIERS.has(prev) && view.words[i + 1] !== 'at' && !DETERMINERS.has(view.words[i + 1] ?? '')) return 'noun';
    return 'verb';
  }
  // Round 13 (helper conv): "The minister quit on Monday": words that are never nouns are verbs wherever they stand.
  if (VERB_ONLY.has(w)) return 'verb';
  const lemma = view.lemmas[i]!;
  const pastForm = (w.endsWith('ed') && lemma !== w) || (IRREGULAR_FORMS.has(w) && IRREGULAR_FORMS.get(w) !== w);
  if (pastForm) {
    // "hundreds of wounded civilians", "12 detained students": after "of" or a number, before a noun, a past form is an adjective.
    const beforeNoun = view.tokens[i + 1]?.kind === 'word' && !PREPOSITIONS.has(view.words[i + 1]!) && !DETERMINERS.has(view.words[i + 1]!) && view.words[i + 1] !== 'and';
    if (beforeNoun && prevIndex >= 0 && (prev === 'of' || view.tokens[prevIndex]!.kind === 'number')) return 'modifier';
    // "airlifted injured villagers", "evacuated wounded soldiers": right after a past-tense verb, before a noun, it is the object's adjective.
    if (beforeNoun && prevIndex >= 0 && /[a-z]ed$/.test(prev) && view.lemmas[prevIndex] !== prev && !BE_FORMS.has(prev) && view.mentionAt[prevIndex]! < 0 && view.mentionAt[i + 1]! < 0) return 'modifier';
    // "The military denied that …", "the state seized the assets": after a noun that can also modify ("military", "state"),
    // a past form before "that" or a determiner has an object, so it is the verb.
    const next = view.words[i + 1] ?? '';
    if (!prevIsDeterminer && isModifierWord(view, prevIndex) && (next === 'that' || DETERMINERS.has(next))) return 'verb';
    // Session 13: "The military began drills": a simple past that is no participle ("began", not "begun") modifies nothing.
    if (!prevIsDeterminer && SIMPLE_PAST_ONLY.has(w)) return 'verb';
    // Session 14 (helper plov14): "The secretary praised Ghana", "the general ordered …": a noun for a person with an
    // adjective's ending (-ary, -al, -ive, -ian) is the subject's head, so the past form after it is the verb.
    const modifierBefore = isModifierWord(view, prevIndex) && !ACTING_PEOPLE.has(prev);
    return prevIsDeterminer || modifierBefore || opensParticipialPhrase(view, i, sentenceFirst) || reducedRelative(view, i, sentenceFirst) ? 'modifier' : 'verb';
  }
  if (prevIndex < 0) return view.words[i + 1] === 'of' || w.endsWith('s') ? 'noun' : 'verb';
  if (prevIsDeterminer || view.tokens[prevIndex]!.kind === 'number' || isModifierWord(view, prevIndex)) return 'noun';
  // Session 15 (helper conf15): "as Israel expands its offensive and orders tens of thousands more people to leave": a present
  // form after "and" with an object and then "to" + verb is a second verb of the clause, telling someone to act (the
  // determiner before "and" belongs to the first verb's object).
  if (prev === 'and' && /[^s]s$/.test(w) && objectThenInfinitive(view, i + 1)) return 'verb';
  // "a government offensive", "the army attack": a determiner shortly before, with only plain words between.
  if (determinerShortlyBefore(view, i, sentenceFirst)) return 'noun';
  // "mobilized pressure groups": a bare word right after a past-tense verb is its object.
  if (/[a-z]ed$/.test(prev) && view.lemmas[prevIndex] !== prev && !BE_FORMS.has(prev) && view.mentionAt[prevIndex]! < 0) return 'noun';
  const prevMention = view.mentionAt[prevIndex]!;
  // "Russian attack" is a noun; "Palestinians reject" a verb after a plural people-noun.
  if (prevMention >= 0 && view.mentions[prevMention]!.mention.kind === 'demonym' && !/[a-z]s$/.test(prev)) return 'noun';
  if (prev === 'to' && /[^s]s$/.test(w)) return 'noun';
  if (AUXILIARIES.has(prev) || prev === 'to' || NEGATIONS.has(prev) || prev.endsWith("n't") || VERB_GROUP_ADVERBS.has(prev) || SUBJECT_PRONOUNS.has(prev)) return 'verb';
  if (prevMention >= 0) return w.endsWith('s') || /[a-z]s$/.test(prev) ? 'verb' : 'noun';
  if (view.words[i + 1] === 'of' || view.words[i + 1] === 'between') return 'noun';
  if (PREPOSITIONS.has(prev) || prev === ',' || view.tokens[prevIndex]!.kind === 'quote' || prev === '(') return 'noun';
  // "artillery drills on …" is a compound noun; "the government denies the …" a verb with its object.
  if (/[^s]s$/.test(w) && view.tokens[prevIndex]!.kind === 'word') {
    const next = view.words[i + 1] ?? '';
    const objectFollows = DETERMINERS.has(next) || view.mentionAt[i + 1]! >= 0 || SUBJECT_PRONOUNS.has(next) || view.tokens[i + 1]?.kind === 'number';
    return objectFollows ? 'verb' : 'noun';
  }
  return 'verb';
}

/** "the agreement signed in 2001": a participle after a noun, in a clause that already has its verb. */
function reducedRelative(view: DocView, i: number, sentenceFirst: number): boolean {
  const prev = i - 1;
  if (prev < sentenceFirst || view.mentionAt[prev]! >= 0 || view.tokens[prev]!.kind !== 'word') return false;
  const p = view.words[prev]!;
  if (AUXILIARIES.has(p) || VERB_GROUP_ADVERBS.has(p) || NEGATIONS.has(p) || DETERMINERS.has(p) || SUBJECT_PRONOUNS.has(p) || isLyAdverb(p) || p === 'to' || p === 'and' || p === 'or') return false;
  if (!PREPOSITIONS.has(view.words[i + 1] ?? '')) return false;
  // "troops backed by gunships launched …": a participle with its agent, before the clause's own verb.
  if (view.words[i + 1] === 'by' && /[a-z]s$/.test(p) && finiteVerbLater(view, i + 2)) return true;
  // "A journalist detained by police last week was released", "officials accused of corruption will face trial": a
  // participle with its agent or charge after a noun, when the clause's own verb group (an auxiliary first) follows.
  const passiveTail = view.words[i + 1] === 'by' || (CHARGE_PARTICIPLES.has(view.lemmas[i]!) && (view.words[i + 1] === 'of' || view.words[i + 1] === 'with'));
  if (passiveTail && !PREPOSITIONS.has(p) && auxiliaryLater(view, i + 2)) return true;
  // "The activists jailed for the posts were freed on Monday": after the sentence's first noun phrase, a participle with a
  // prepositional phrase, when the clause's own verb group (an auxiliary first) follows with no "and" between.
  if (/[a-z]ed$/.test(view.words[i]!) && opensWithNounPhrase(view, prev, sentenceFirst) && !PREPOSITIONS.has(p) && auxiliaryLater(view, i + 2) && !coordinatorBeforeAuxiliary(view, i + 2)) return true;
  for (let j = prev - 1; j >= sentenceFirst && j >= i - 12; j--) {
    const w = view.words[j]!;
    if (w === ',' || w === ';') return false;
    if (AUXILIARIES.has(w) && w !== "'s") return view.words[j - 1] !== 'there';
    // "granted money for rebuilding roads destroyed during the war": the clause's own past-tense verb comes first.
    if (j > sentenceFirst && /[a-z]ed$/.test(w) && view.lemmas[j] !== w && view.mentionAt[j]! < 0 && !DETERMINERS.has(view.words[j - 1]!) && !PREPOSITIONS.has(view.words[j - 1]!) && takesObject(view, j + 1)) return true;
  }
  return false;
}

/** An object (a determiner, number or name first) followed within eight words by "to" and a plain word. */
function objectThenInfinitive(view: DocView, i: number): boolean {
  if (!takesObject(view, i) && !QUANTITY_WORDS.has(view.words[i] ?? '')) return false;
  for (let j = i + 1; j < i + 9 && j + 1 < view.words.length; j++) {
    const w = view.words[j]!;
    if (view.tokens[j]!.kind === 'punct' || w === 'and' || w === 'that') return false;
    if (w === 'to') return view.tokens[j + 1]!.kind === 'word' && !DETERMINERS.has(view.words[j + 1]!) && view.mentionAt[j + 1]! < 0;
  }
  return false;
}

const QUANTITY_WORDS = new Set(['tens', 'hundreds', 'thousands', 'dozens', 'millions', 'scores', 'many', 'more', 'all', 'some', 'most', 'residents', 'people', 'civilians']);

/** A determiner, number or name right after a verb: its object ("granted 50 million", "seized the town"). */
function takesObject(view: DocView, i: number): boolean {
  return DETERMINERS.has(view.words[i] ?? '') || view.tokens[i]?.kind === 'number' || (view.mentionAt[i] ?? -1) >= 0;
}

const CHARGE_PARTICIPLES = new Set(['accuse', 'suspect', 'convict', 'charge']);

/** An auxiliary or modal after `from`, before any comma, followed by a verb ("… was released", "… will face trial"). */
function auxiliaryLater(view: DocView, from: number): boolean {
  for (let j = from; j < view.words.length && j < from + 12; j++) {
    const w = view.words[j]!;
    if (w === ',' || w === '.' || w === ';' || w === 'that' || w === 'who' || w === 'which') return false;
    if (AUXILIARIES.has(w) && w !== "'s" && view.mentionAt[j]! < 0 && view.tokens[j + 1]?.kind === 'word') return true;
  }
  return false;
}

/** Only a determiner, numbers and plain modifiers stand between the sentence start and the noun at `noun`. */
function opensWithNounPhrase(view: DocView, noun: number, sentenceFirst: number): boolean {
  if (noun - sentenceFirst > 4) return false;
  for (let j = sentenceFirst; j < noun; j++) {
    const w = view.words[j]!;
    if (view.tokens[j]!.kind === 'number' || DETERMINERS.has(w)) continue;
    if (view.tokens[j]!.kind !== 'word' || AUXILIARIES.has(w) || PREPOSITIONS.has(w) || w === 'and' || w === 'or' || /[a-z]ed$/.test(w)) return false;
  }
  return true;
}

/** "and", "or" or a subject pronoun before the next auxiliary ("… attacked in the morning and were repelled"): a second verb of the same subject. */
function coordinatorBeforeAuxiliary(view: DocView, from: number): boolean {
  for (let j = from; j < view.words.length && j < from + 12; j++) {
    const w = view.words[j]!;
    // (Or a clause of its own: "… from towns they had captured".)
    if (w === 'and' || w === 'or' || SUBJECT_PRONOUNS.has(w)) return true;
    if (AUXILIARIES.has(w) && w !== "'s") return false;
  }
  return false;
}

/** A finite-looking verb after `from` in the sentence, before any comma. */
function finiteVerbLater(view: DocView, from: number): boolean {
  for (let j = from; j < view.words.length && j < from + 12; j++) {
    const w = view.words[j]!;
    if (w === ',' || w === '.' || w === ';') return false;
    if (j > from && view.tokens[j]!.kind === 'word' && view.mentionAt[j]! < 0 && /[a-z]ed$/.test(w) && !PREPOSITIONS.has(view.words[j - 1]!) && !DETERMINERS.has(view.words[j - 1]!)) return true;
  }
  return false;
}

/** ", backed by Iran,", "particularly given the …", "Backed by Russia, …": a participle that modifies, not a verb. */
function opensParticipialPhrase(view: DocView, i: number, sentenceFirst: number): boolean {
  // "…, John Otieno, started a hunger strike": after a name in apposition, a past form with a determiner object is a finite verb (a passive participle takes none).
  if (DETERMINERS.has(view.words[i + 1] ?? '') && i - 2 >= sentenceFirst && view.words[i - 1] === ',' && view.mentionAt[i - 2]! >= 0) return false;
  if (closesInsertBeforeVerb(view, i, sentenceFirst)) return false;
  let j = i - 1;
  if (j >= sentenceFirst && isLyAdverb(view.words[j]!) && view.mentionAt[j]! < 0) j--;
  return j < sentenceFirst || view.words[j] === ',' || view.words[j] === '(' || view.words[j] === '—' || view.words[j] === '–';
}

/**
 * "The protesters, carrying flags, marched …": a past form right after the comma that closes an insert,
 * when nothing before the insert is a verb yet, is the sentence's own verb (not a passive: no "by").
 */
const INSERT_REACH = 40;

export function closesInsertBeforeVerb(view: DocView, i: number, sentenceFirst: number): boolean {
  // Subject and insert are short: a longer run is no such sentence (and the scan stays linear on huge inputs).
  if (view.words[i - 1] !== ',' || view.words[i + 1] === 'by' || i - 2 < sentenceFirst || i - sentenceFirst > INSERT_REACH) return false;
  let opening = -1;
  for (let k = i - 2; k > sentenceFirst; k--) if (view.words[k] === ',') { opening = k; break; }
  if (opening < 0) return false;
  for (let k = sentenceFirst; k < opening; k++) {
    const w = view.words[k]!;
    if (view.tokens[k]!.kind !== 'word') continue;
    if (AUXILIARIES.has(w) || (w.endsWith('ed') && view.mentionAt[k]! < 0) || (k === sentenceFirst && w.endsWith('ing'))) return false;
  }
  return true;
}

function determinerShortlyBefore(view: DocView, i: number, sentenceFirst: number): boolean {
  for (let j = i - 1; j >= sentenceFirst && j >= i - 4; j--) {
    const w = view.words[j]!;
    if (DETERMINERS.has(w) || isPossessive(view, j) || (PHRASE_ORDINALS.has(w) && j < i - 1)) return j < i - 1;
    // ("a combined air force exercise", "their first combined exercise": a past form right after a determiner or an
    // ordinal is an adjective of the phrase.)
    const adjective = /ed$/.test(w) && j - 1 >= sentenceFirst && (DETERMINERS.has(view.words[j - 1]!) || PHRASE_ORDINALS.has(view.words[j - 1]!));
    if (view.tokens[j]!.kind !== 'word' || AUXILIARIES.has(w) || PREPOSITIONS.has(w) || SUBJECT_PRONOUNS.has(w) || (/ed$/.test(w) && !adjective) || view.mentionAt[j]! >= 0) return false;
    // (Four words back only within one phrase: "the army and police attack …" is a verb.)
    if ((w === 'and' || w === 'or') && j < i - 1) return false;
  }
  return false;
}

const PHRASE_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'latest', 'biggest', 'largest']);

function isModifierWord(view: DocView, i: number): boolean {
  if (i < 0) return false;
  const w = view.words[i]!;
  if (MODIFIER_WORDS.has(w)) return true;
  if (view.tokens[i]!.kind !== 'word') return false;
  if (startsWithDigit(w) || endsWithAny(w, COMPOUND_MODIFIER_ENDINGS)) return true;
  return w.length > 4 && endsWithAny(w, ADJECTIVE_ENDINGS) && !/^\p{Lu}/u.test(view.text[view.tokens[i]!.start]!);
}

// Word endings checked with endsWith: an end-anchored regex tries every position of the word, and this runs
// for most tokens (extraction speed, `npm run bench`).
/** "two-day", "multi-party", "one-way": a hyphenated compound that modifies the noun after it. */
const COMPOUND_MODIFIER_ENDINGS = ['-day', '-week', '-month', '-year', '-hour', '-nation', '-party', '-way', '-state'];
/** People nouns with an adjective's ending: the head of a subject, not a modifier, before a past form. */
const ACTING_PEOPLE = new Set([
  'secretary', 'general', 'official', 'representative', 'executive', 'emissary', 'admiral', 'cardinal', 'politician',
  'civilian', 'rival', 'dignitary', 'detective', 'guardian', 'librarian', 'functionary', 'missionary', 'radical', 'liberal',
  'physician', 'technician', 'electrician', 'historian', 'comedian', 'musician', 'magician', 'academic', 'cleric', 'medic',
  'mechanic', 'captive', 'relative', 'operative', 'plaintiff', 'fugitive', 'principal', 'national', 'intellectual',
]);
const ADJECTIVE_ENDINGS = ['al', 'ary', 'ic', 'ive', 'ous', 'ful', 'ern', 'ese', 'ian', 'ish'];
const endsWithAny = (w: string, endings: readonly string[]): boolean => endings.some((e) => w.endsWith(e));
const startsWithDigit = (w: string): boolean => w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;
