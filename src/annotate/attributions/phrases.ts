// Noun phrases around a cue, read from tokens without a parser: the subject before a verb ("Shin
// Seung-ki, who leads research …, told"), a source after a phrase ("according to an official from the
// JCS"), and the listener after "told". Each reader stops at punctuation and clause openers.
import {
  AUXILIARIES, BE_FORMS, CLAUSE_OPENERS, COMPLEMENTISERS, CLAUSE_VERBS, CUE_ADVERBS, DETERMINERS, FORWARD_STOPS, NEGATIONS,
  looksLikePastParticiple, NP_PREPOSITIONS, SUBJECT_PRONOUNS,
} from '../../knowledge/lexicons/attribution/function-words.js';
import { CITING_CUES } from '../../knowledge/lexicons/attribution/phrasal-cues.js';
import { ROLE_APPOSITION_OPENERS, SOURCE_HEAD_NOUNS } from '../../knowledge/lexicons/attribution/source-nouns.js';
import { PERSON_NOUNS } from '../../knowledge/lexicons/attribution/person-nouns.js';
import { isCueForm, isPastCueForm, isVerbOnlyForm } from './cue-lexicon.js';
import { timeAdverbialLength } from './time-adverbials.js';
import { isCapitalized, isWord, mentionStartingAt, type DocView, type SentenceRange, type Tok } from './view.js';

/** Token indexes [first, last). */
export interface TokRange {
  first: number;
  last: number;
}

export interface Subject {
  range: TokRange;
  /** The apposition after the head ("a researcher at …", "who leads …"), when one was stepped over. */
  apposition: TokRange | null;
  /** A negation sits between subject and verb ("did not say"). */
  negated: boolean;
  /** Token index where the verb group (auxiliaries, adverbs) starts. */
  verbGroup: number;
}

const MAX_PHRASE = 14;
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

const PREPOSITIONS = new Set(['in', 'on', 'at', 'from', 'with', 'for', 'by', 'of', 'to', 'after', 'before', 'during', 'since', 'about', 'over', 'under', 'amid', 'despite']);
const ABBREVIATED = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sen', 'rep', 'gov', 'st', 'jr', 'sr', 'capt', 'maj', 'adm', 'sgt', 'md', 'va', 'u.s', 'calif']);

export function spanOf(view: DocView, range: TokRange): { start: number; end: number } {
  return { start: view.tokens[range.first]!.start, end: view.tokens[range.last - 1]!.end };
}

/** "Doe and Roe all suggested …": a quantifier after the subject belongs to it, not to the verb. */
const FLOATING_QUANTIFIERS = new Set(['all', 'both', 'each']);

/** Nouns for what a speaker says or judges, heading a relative clause before the speaker ("a charge the group denied"). */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set(['charge', 'charges', 'claim', 'claims', 'accusation', 'accusations', 'allegation', 'allegations', 'assertion', 'report', 'reports', 'version', 'account', 'figure', 'description', 'characterisation', 'characterization', 'assessment',
  // acts characterised by the speaker that follows: "a move officials described as a warning"
  'move', 'step', 'decision', 'measure', 'gesture', 'development']);

/** "…, a charge the paramilitary group denied.": the speaker is what follows the claim noun (and an optional "that"/"which"). */
function withoutFrontedClaim(tokens: readonly Tok[], range: TokRange): TokRange {
  let k = range.first;
  if (DETERMINERS.has(tokens[k]!.lower)) k++;
  while (k < range.last - 1 && isWord(tokens[k]) && tokens[k]!.text === tokens[k]!.lower && !CLAIM_NOUNS.has(tokens[k]!.lower) && k - range.first < 3) k++;
  if (k >= range.last - 1 || !CLAIM_NOUNS.has(tokens[k]!.lower)) return range;
  k++;
  if (tokens[k]!.lower === 'that' || tokens[k]!.lower === 'which') k++;
  const next = tokens[k];
  if (!next || k >= range.last || !(DETERMINERS.has(next.lower) || isCapitalized(next) || SUBJECT_PRONOUNS.has(next.lower) || SOURCE_HEAD_NOUNS.has(next.lower))) return range;
  return { first: k, last: range.last };
}

/** The subject of the verb at `cue`, read backwards within the sentence. */
export function subjectBefore(view: DocView, s: SentenceRange, cue: number): Subject | null {
  const tokens = view.tokens;
  let j = cue - 1;
  let negated = false;
  while (j >= s.first) {
    const t = tokens[j]!;
    // "continues to insist", "appeared to suggest", "went on to say": the verb before "to" carries the subject
    const catenative = t.lower === 'to' ? catenativeBefore(tokens, s, j) : -1;
    if (catenative >= 0) { j = catenative - 1; continue; }
    if (NEGATIONS.has(t.lower) || t.lower.endsWith("n't")) negated = true;
    // ("released in late May found": the month, not the modal; "“…,” Long said", "Day said": a capitalised
    // adverb the entities layer reads as a person's surname is the subject)
    else if (isNameWord(view, j) || !((AUXILIARIES.has(t.lower) && t.text !== 'May') || CUE_ADVERBS.has(t.lower) || FLOATING_QUANTIFIERS.has(t.lower) || isMannerAdverb(tokens, j))) break;
    j--;
  }
  const verbGroup = j + 1;
  if (j < s.first) return null;
  // "McConnell, who in 2010 said …", "economists who argue …": the relative pronoun is the subject
  const relative = relativePronounBefore(tokens, s, j);
  if (relative >= 0) return { range: { first: relative, last: relative + 1 }, apposition: null, negated, verbGroup };
  let apposition: TokRange | null = null;
  // ("Roe, 45, aka “Captain Blue,” admitted": the apposition's comma inside a closing quotation mark)
  if (tokens[j]!.kind === 'quote' && tokens[j - 1]?.text === ',' && j - 1 > s.first && !view.quoteByOpen.has(tokens[j]!.start) && nicknameBefore(tokens, s, j - 1)) j--;
  let end = j + 1;
  if (tokens[j]!.text === ',') {
    const app = appositionBefore(view, s, j);
    if (!app) return null;
    // "The ministry, however, said": a connective set off by commas is skipped, and tells nothing of the speaker
    apposition = CONNECTIVE_INSERTS.has(tokens[app.first]!.lower) && app.first === commaBefore(tokens, s, j) + 1 ? null : { first: app.first, last: j };
    end = app.first - 1;
  }
  const first = phraseStartBackward(view, s, end);
  if (first < 0 || first >= end) return null;
  let range = trimPhrase(tokens, { first, last: end });
  // "In the wake of the report …" is an adverbial, not a subject; "In a radio interview Kim said …": the
  // name (or pronoun) right before the verb is, when a fronted phrase has no comma after it
  if (range && PREPOSITIONS.has(tokens[range.first]!.lower)) range = FRONTED_OPENERS.has(tokens[range.first]!.lower) ? trailingSpeaker(view, range) : null;
  if (!range) return null;
  range = withoutFrontedClaim(tokens, range);
  // a pronoun is a whole subject on its own ("… the impact it said": the subject is "it")
  if (PRONOUN_SUBJECTS.has(tokens[range.last - 1]!.lower)) range = { first: range.last - 1, last: range.last };
  return { range, apposition, negated, verbGroup };
}

/** A capitalised word inside a person's name mention ("Long" for Brock Long), not a function word. */
function isNameWord(view: DocView, at: number): boolean {
  const t = view.tokens[at]!;
  if (!view.inMention[at] || !isCapitalized(t)) return false;
  return view.mentions.some((m) => m.start <= t.start && t.end <= m.end && m.entity.type === 'person' && m.mention.kind !== 'pronoun');
}

/** Prepositions that open a fronted circumstance ("In a radio interview Kim said"). */
const FRONTED_OPENERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'since', 'amid', 'following', 'throughout']);

/** The name mention or pronoun that ends a phrase opened by a preposition, or null. */
function trailingSpeaker(view: DocView, range: TokRange): TokRange | null {
  const last = range.last - 1;
  if (PRONOUN_SUBJECTS.has(view.tokens[last]!.lower)) return last > range.first + 1 ? { first: last, last: range.last } : null;
  if (!view.inMention[last]) {
    // "at a court hearing the ex-mayor told …": a determiner after the phrase's own noun opens the speaker's noun phrase
    const word = view.tokens[last]!.lower;
    const head = word.slice(word.lastIndexOf('-') + 1);
    if (!(SOURCE_HEAD_NOUNS.has(head) || PERSON_NOUNS.has(head) || SOURCE_HEAD_NOUNS.has(word) || PERSON_NOUNS.has(word))) return null;
    for (let k = last - 1; k > range.first + 2 && k >= last - 4; k--) {
      const t = view.tokens[k]!;
      if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') return isWord(view.tokens[k - 1]) && !DETERMINERS.has(view.tokens[k - 1]!.lower) ? { first: k, last: range.last } : null;
      if (!isWord(t) || t.text !== t.lower) return null;
    }
    return null;
  }
  let first = last;
  while (first - 1 > range.first + 1 && view.inMention[first - 1] && view.tokens[first - 1]!.start >= mentionStartOf(view, last)) first--;
  return first > range.first + 1 ? { first, last: range.last } : null;
}

/** Start offset of the entity mention covering token `at`. */
function mentionStartOf(view: DocView, at: number): number {
  const t = view.tokens[at]!;
  for (const m of view.mentions) if (m.start <= t.start && t.end <= m.end) return m.start;
  return t.start;
}

/** "forcefully told": a lower-case -ly word right before the verb, not after a determiner ("the family said"). */
function isMannerAdverb(tokens: readonly Tok[], at: number): boolean {
  const t = tokens[at]!;
  return t.kind === 'word' && /^[a-z]+ly$/.test(t.text) && t.text.length > 4 && !DETERMINERS.has(tokens[at - 1]?.lower ?? '');
}

/** Reads a noun phrase backwards from `end` (exclusive); returns its first token or -1. */
function phraseStartBackward(view: DocView, s: SentenceRange, end: number): number {
  const tokens = view.tokens;
  let i = end - 1;
  while (i >= s.first && end - i <= MAX_PHRASE) {
    const t = tokens[i]!;
    if (t.kind === 'word' || t.kind === 'number') {
      if (t.lower === 'and' && joinsNounPhrases(tokens, i)) { i--; continue; }
      if (t.lower === 'who' || t.lower === 'that') {
        // "officials who monitored the launch said": the subject is the noun before the relative pronoun;
        // but "stated to AFP that the launch …": a "that" before a noun phrase opens reported content
        const before = tokens[i - 1];
        const after = tokens[i + 1]!;
        const relative = t.lower === 'who' || !(DETERMINERS.has(after.lower) || SUBJECT_PRONOUNS.has(after.lower) || isCapitalized(after) || after.kind === 'number');
        if (relative && i + 1 < end && before && before.sentence === t.sentence && isWord(before) && !isCueForm(before.lower) && !AUXILIARIES.has(before.lower) && !CLAUSE_OPENERS.has(before.lower)) {
          const head = phraseStartBackward(view, s, i);
          return head >= 0 && head < i ? head : i + 1;
        }
        return i + 1;
      }
      if (CLAUSE_OPENERS.has(t.lower) || CITING_CUES.has(t.lower)) return i + 1;
      // a verb ends the subject ("… was the daily monitor", "… believe the level … shows"), unless a
      // determiner makes it an adjective or noun ("a noted historian", "the report")
      // ("“…,” Will Moy told …": a capitalised auxiliary inside the sentence before another capital is a first name)
      const firstName = i > s.first && view.titleCase[s.index] !== true && isCapitalized(t) && isCapitalized(tokens[i + 1]) && tokens[i + 1]!.sentence === t.sentence;
      if (i < end - 1 && !DETERMINERS.has(tokens[i - 1]?.lower ?? '') && !firstName) {
        if (CLAUSE_VERBS.has(t.lower) || isPastCueForm(t.lower)) return i + 1;
        if (isVerbOnlyForm(t.lower)) return i + 1;
      }
      i--;
      continue;
    }
    if (t.text === ')') {
      const open = matchingOpen(tokens, i, s.first);
      if (open < 0) return i + 1;
      i = open - 1;
      continue;
    }
    if (t.text === '.' && i > s.first && (ABBREVIATED.has(tokens[i - 1]!.lower) || isInitial(tokens[i - 1]!))) { i--; continue; }
    if (t.text === '-' || t.text === '&') { i--; continue; }
    // "France, Germany and Britain said": a list of names joined by "and" reads back over its commas
    if (t.text === ',') {
      const item = listItemBefore(tokens, s, i, end);
      if (item >= 0) { i = item - 1; continue; }
    }
    return i + 1;
  }
  return i + 1;
}

/**
 * The first token of a capitalised list item ending right before the comma at `comma` ("France" in
 * "France, Germany and Britain"), when an "and" later in the phrase closes the list and the item opens
 * the sentence or follows another comma; else -1.
 */
function listItemBefore(tokens: readonly Tok[], s: SentenceRange, comma: number, end: number): number {
  let joined = false;
  for (let k = comma + 1; k < end; k++) if (tokens[k]!.lower === 'and') joined = true;
  if (!joined || !isCapitalized(tokens[comma + 1]!)) return -1;
  let k = comma - 1;
  while (k >= s.first && comma - k <= 3 && isWord(tokens[k]) && isCapitalized(tokens[k]!) && !PREPOSITIONS.has(tokens[k]!.lower) && !CLAUSE_OPENERS.has(tokens[k]!.lower)) k--;
  if (k === comma - 1) return -1;
  return k < s.first || tokens[k]!.text === ',' ? k + 1 : -1;
}

/** "Smith and Jones", "RT and its defenders": an "and" inside one subject. */
function joinsNounPhrases(tokens: readonly Tok[], at: number): boolean {
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  if (!isWord(before) || !after) return false;
  return (isCapitalized(before) && isCapitalized(after)) || ['its', 'their', 'his', 'her', 'other', 'several', 'many', 'some'].includes(after.lower);
}

function matchingOpen(tokens: readonly Tok[], close: number, floor: number): number {
  for (let k = close - 1; k >= floor && close - k < 10; k--) if (tokens[k]!.text === '(') return k;
  return -1;
}

/**
 * "Ahn, a researcher at the institute, said": the apposition between two commas before the verb.
 * Returns its first token, or null when the comma does not close an apposition.
 */
function appositionBefore(view: DocView, s: SentenceRange, comma: number): TokRange | null {
  const tokens = view.tokens;
  // up to four comma-separated pieces: "Rawlings, 59, of Ashton, Md., said", "Roe, 40, of Bath, Maine, who …, said"
  let close = comma;
  let found: number | null = null;
  let afterDescription = false;
  for (let piece = 0; piece < 4; piece++) {
    let k = close - 1;
    // a relative clause may run longer ("Lee, who as a Navy captain was … and later retired …, said")
    while (k >= s.first && tokens[k]!.text !== ',' && close - k <= 40) k--;
    if (k < s.first || tokens[k]!.text !== ',') break;
    if (close - k > 25 && !RELATIVE_OPENERS.has(tokens[k + 1]!.lower)) break;
    const first = tokens[k + 1];
    // ("Ashton, Md., who …": an abbreviation's period before the comma)
    let beforeComma = tokens[k - 1]?.text === '.' && isCapitalized(tokens[k - 2]) && tokens[k - 2]!.end === tokens[k - 1]!.start ? tokens[k - 2] : tokens[k - 1];
    // ("Rep. Lisa Barner (D-Ohio), chairman of …,": the name before a party tag in brackets)
    if (beforeComma?.text === ')') {
      const open = matchingOpen(tokens, k - 1, s.first);
      if (open > s.first && isCapitalized(tokens[open - 1])) beforeComma = tokens[open - 1];
    }
    // ("Roe, group litigation specialist at Hart, a law firm, said": before such a description any title after a name)
    const titleAfterName = afterDescription && first !== undefined && isWord(first) && first.text === first.lower && isCapitalized(beforeComma);
    if (!first || !(opensApposition(first, beforeComma) || titleAfterName || roleTitleAfterName(tokens, k + 1, close, beforeComma))) break;
    // (after an indefinite piece that describes a name, a capitalised piece is the speaker's own name: "Moore, a senior adviser, said")
    if (afterDescription && isCapitalized(first) && !ROLE_APPOSITION_OPENERS.has(first.lower)) break;
    found = k + 1;
    const piece = { first: k + 1, last: close };
    close = k;
    // "Roe, president of the union, which represents teachers, said": a relative clause may close a longer apposition
    // "Pruitt, the attorney general, one of the officials suing, said": a membership piece may follow another one
    // "Dale, senior partner at Hart & Co, a London law firm, said": an indefinite piece after a name describes that name
    // "Lamrani, a senior analyst at Stratfor, the Texas-based intelligence firm, told": a definite piece after a
    // name describes that name as well, and the pieces before it may go on back to the speaker's own name
    // (only after an indefinite piece: "Professor Ann Lee, the chairwoman of the panel," ends at the name)
    const previousPiece = tokens[commaBefore(tokens, s, k) + 1]?.lower ?? '';
    const describesName = (tokens[piece.first]!.lower === 'a' || tokens[piece.first]!.lower === 'an' || (tokens[piece.first]!.lower === 'the' && (previousPiece === 'a' || previousPiece === 'an'))) && isCapitalized(beforeComma);
    afterDescription = describesName;
    if (!isAgeOrPlace(tokens, piece) && !RELATIVE_OPENERS.has(tokens[piece.first]!.lower) && !MEMBERSHIP_OPENERS.has(tokens[piece.first]!.lower) && !NICKNAME_OPENERS.has(tokens[piece.first]!.lower) && !describesName) break;
  }
  return found === null ? null : { first: found, last: comma };
}

/**
 * "Mikel Roe, corporate communications and external affairs officer of Acme, said": a lower-case title
 * after a name whose words before "of/at/for" hold a role word, though it opens with another word.
 */
function roleTitleAfterName(tokens: readonly Tok[], from: number, to: number, beforeComma: Tok | undefined): boolean {
  if (!isCapitalized(beforeComma)) return false;
  for (let k = from; k < to && k < from + 7; k++) {
    const t = tokens[k]!;
    if (!isWord(t) || t.text !== t.lower) return false;
    if (t.lower === 'of' || t.lower === 'at' || t.lower === 'for' || t.lower === 'with') return false;
    if (ROLE_APPOSITION_OPENERS.has(t.lower) || t.lower === 'officer' || t.lower === 'official') return true;
  }
  return false;
}

const RELATIVE_OPENERS = new Set(['who', 'whose', 'which']);
/** "Rivera, 45, aka “Colonel Mike,” admitted": another name for the speaker. */
const NICKNAME_OPENERS = new Set(['aka', 'a.k.a', 'alias', 'nicknamed', 'dubbed', 'known']);

/** A piece opened by a nickname word between the comma at `comma` and the comma before it. */
function nicknameBefore(tokens: readonly Tok[], s: SentenceRange, comma: number): boolean {
  for (let k = comma - 1; k >= s.first && k >= comma - 8; k--) {
    if (tokens[k]!.text === ',') return NICKNAME_OPENERS.has(tokens[k + 1]?.lower ?? '');
  }
  return false;
}
/** "one of the states suing", "among the first to …", "part of the team": a membership apposition. */
const MEMBERSHIP_OPENERS = new Set(['one', 'among', 'part']);
/** "The RSF, however, said", "Russia, for its part, said", "Iran, in turn, said": a connective set off by commas. */
const CONNECTIVE_INSERTS = new Set(['however', 'meanwhile', 'though', 'too', 'moreover', 'nevertheless', 'nonetheless', 'instead', 'still', 'for', 'likewise', 'similarly', 'separately', 'by', 'on', 'unlike']);

/** The comma before `comma` in its sentence, or s.first - 1. */
function commaBefore(tokens: readonly Tok[], s: SentenceRange, comma: number): number {
  let k = comma - 1;
  while (k >= s.first && tokens[k]!.text !== ',') k--;
  return k;
}

/** "Roe, at a press briefing, said": a circumstance set off by commas between the speaker and the verb. */
const INSERTED_CIRCUMSTANCE = new Set(['at', 'during', 'outside', 'inside']);


function opensApposition(first: Tok, beforeComma: Tok | undefined): boolean {
  // "Jim Jordan (R-Ohio), an oversight panel member,": a party tag may close the name
  if (!beforeComma || (!isWord(beforeComma) && beforeComma.text !== ')')) return false;
  if (RELATIVE_OPENERS.has(first.lower) || NICKNAME_OPENERS.has(first.lower) || INSERTED_CIRCUMSTANCE.has(first.lower) || MEMBERSHIP_OPENERS.has(first.lower) || CONNECTIVE_INSERTS.has(first.lower)) return true;
  if (['a', 'an', 'the', 'another', 'himself', 'herself', 'now', 'formerly', 'once', 'then', 'also', 'speaking', 'accompanied', 'flanked', 'quoted', 'writing', 'according', 'citing'].includes(first.lower)) return true;
  // "Critics, including two senators, say", "Voters, many of them young, said": a part of the subject named
  if (['including', 'especially', 'particularly', 'notably', 'many', 'most', 'both'].includes(first.lower)) return true;
  if (first.kind === 'number') return true;
  if (/^(?:of|from|in)$/.test(first.lower)) return true;
  // "The statement, carried by KCNA,", "The agency, known as HUR,", "The report, published on Tuesday,": a reduced relative
  if (first.text === first.lower && looksLikePastParticiple(first.lower)) return true;
  // "Anna Berg, senior analyst at …": a role word after a name
  if (ROLE_APPOSITION_OPENERS.has(first.lower) && isCapitalized(beforeComma)) return true;
  return isCapitalized(first);
}

/** "…, 59, of Ashton, Md., said": an age or a place piece may follow further pieces of the apposition. */
function isAgeOrPlace(tokens: readonly Tok[], piece: TokRange): boolean {
  const n = piece.last - piece.first;
  const first = tokens[piece.first]!;
  if (n === 1 && first.kind === 'number') return true;
  if (n <= 4 && (first.lower === 'of' || first.lower === 'from') && isCapitalized(tokens[piece.first + 1])) return true;
  if (n <= 2 && isCapitalized(first) && tokens[piece.last - 1]!.text === '.') return true;
  // "of Bath, Maine,", "from Truro, Cornwall,": a state, county or country after a town
  const town = tokens[piece.first - 2];
  const before = tokens[piece.first - 3]?.lower;
  return n <= 2 && isCapitalized(first) && (n === 1 || isCapitalized(tokens[piece.first + 1])) && isCapitalized(town) && (before === 'of' || before === 'from');
}

/** Drops leading conjunctions and time adverbials and trailing time adverbials from a phrase. */
export function trimPhrase(tokens: readonly Tok[], range: TokRange): TokRange | null {
  let { first, last } = range;
  for (;;) {
    const len = timeAdverbialLength(tokens, first, last);
    if (len > 0) {
      if (len >= last - first) return null;
      first += len;
      continue;
    }
    if (first < last && (tokens[first]!.lower === 'and' || tokens[first]!.lower === 'but' || tokens[first]!.text === ',')) { first++; continue; }
    break;
  }
  // trailing "on Monday", "last week"; and the participle they were the time of ("the report released Monday")
  for (let k = first + 1; k < last; k++) {
    const len = timeAdverbialLength(tokens, k, last);
    if (len > 0 && k + len === last) {
      last = k;
      if (last - first > 1 && isTrailingParticiple(tokens[last - 1]!)) last--;
      break;
    }
  }
  while (last > first && !isWord(tokens[last - 1]) && tokens[last - 1]!.text !== ')' && tokens[last - 1]!.text !== '.') last--;
  while (last > first && NP_PREPOSITIONS.has(tokens[last - 1]!.lower)) last--;
  return last > first ? { first, last } : null;
}

/** A lower-case past participle that ends a noun phrase ("released", "issued", "written"). */
function isTrailingParticiple(t: Tok): boolean {
  return (/^[a-z]+(?:ed|en)$/.test(t.text) && !NOT_PARTICIPLES.has(t.lower)) || PARTICIPLE_FORMS.has(t.lower);
}

const PARTICIPLE_FORMS = new Set(['made', 'sent', 'held', 'put', 'set', 'read', 'shown', 'seen', 'done', 'told', 'built', 'sold', 'led', 'run', 'brought', 'cast', 'struck', 'found', 'left']);
/** Words in -ed or -en that are nouns or adjectives ending a noun phrase ("the children", "the citizen"). */
const NOT_PARTICIPLES = new Set(['children', 'women', 'men', 'citizen', 'citizens', 'garden', 'kitchen', 'screen', 'chicken', 'dozen', 'sudden', 'golden', 'wooden', 'often', 'seven', 'eleven', 'even', 'heaven', 'token', 'linen', 'haven', 'aged', 'red', 'bed', 'hundred', 'kindred', 'seed', 'speed', 'creed']);

/**
 * A source phrase read forwards from `from` ("according to [an official from the JCS (JCS)], …",
 * "said [Kim], the …"): stops at punctuation, clause openers, time adverbials and verbs.
 */
export function phraseAfter(view: DocView, s: SentenceRange, from: number): TokRange | null {
  const tokens = view.tokens;
  let i = from;
  while (i < s.last && i - from < MAX_PHRASE) {
    const t = tokens[i]!;
    if (t.kind === 'word' || t.kind === 'number') {
      if (i > from && (FORWARD_STOPS.has(t.lower) || timeAdverbialLength(tokens, i, s.last) > 0)) break;
      // a verb ends the phrase; a base or -s form of a cue verb may be a noun ("intelligence reports")
      const verbal = isPastCueForm(t.lower) || (isCueForm(t.lower) && t.lower.endsWith('ing')) || CLAUSE_VERBS.has(t.lower);
      if (i > from && verbal && !DETERMINERS.has(tokens[i - 1]!.lower)) break;
      if (t.lower === 'and' && !(isCapitalized(tokens[i - 1]) && isCapitalized(tokens[i + 1]))) break;
      if (t.lower === 'in' && (tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === 'an')) break;
      i++;
      continue;
    }
    if (t.text === '(') {
      let k = i + 1;
      while (k < s.last && k - i < 8 && tokens[k]!.text !== ')') k++;
      if (k < s.last && tokens[k]!.text === ')') { i = k + 1; continue; }
      break;
    }
    if (t.text === '.' && i > from && (ABBREVIATED.has(tokens[i - 1]!.lower) || isInitial(tokens[i - 1]!)) && i + 1 < s.last) { i++; continue; }
    if (t.text === '-' || t.text === '&') { i++; continue; }
    // "9/11 widow Mary Smith": a slash inside a word
    if (t.text === '/' && i > from && isWord(tokens[i - 1]) && isWord(tokens[i + 1]) && tokens[i - 1]!.end === t.start && t.end === tokens[i + 1]!.start) { i++; continue; }
    break;
  }
  return trimPhrase(tokens, { first: from, last: i });
}

/**
 * The listener after "told" / "to": a mention when one starts there, a pronoun, a capitalised name,
 * or a short common noun phrase ("reporters", "the crowd", "a news conference").
 */
/** Words that end a listener and open a circumstance ("told reporters after the talks that …"). */
/**
 * The end of a listener's words from `from` (at most eight), or `from` when there is no noun; `nouns`
 * counts the nouns already read (a possessive name before them).
 */
function listenerNouns(view: DocView, s: SentenceRange, from: number, nouns: number): number {
  const tokens = view.tokens;
  let k = from;
  let found = 0;
  while (k < s.last && k - from < 8) {
    const w = tokens[k]!;
    if (!isWord(w)) break;
    // "the governments of South East Asia": "of" and a name continue the listener
    if (nouns > 0 && w.lower === 'of' && isCapitalized(tokens[k + 1]) && !DETERMINERS.has(tokens[k + 1]!.lower)) {
      k += 2;
      while (k < s.last && k - from < 10 && isCapitalized(tokens[k])) k++;
      continue;
    }
    if (nouns > 0 && (DETERMINERS.has(w.lower) || SUBJECT_PRONOUNS.has(w.lower) || NP_PREPOSITIONS.has(w.lower) || LISTENER_ENDS.has(w.lower) || QUESTION_WORDS.has(w.lower) || w.lower === 'that' || CLAUSE_VERBS.has(w.lower) || timeAdverbialLength(tokens, k, s.last) > 0)) break;
    // "asked the judge not to …", "urged voters to …", "warned them against …": what is asked starts here
    // ("the ambassador to Russia": "to" and a name continue the listener)
    if (nouns > 0 && (REQUEST_OPENERS.has(w.lower) || (w.lower === 'to' && !isCapitalized(tokens[k + 1])))) break;
    if (!DETERMINERS.has(w.lower)) { nouns++; found++; }
    k++;
  }
  return found > 0 ? k : from;
}

/** Lower-case nouns for a kind of outlet that may follow its name in a listener ("the PA news agency"). */
const OUTLET_HEADS = new Set(['agency', 'newspaper', 'paper', 'daily', 'magazine', 'broadcaster', 'network', 'channel', 'station', 'website', 'outlet']);
const OUTLET_MODIFIERS = new Set(['news', 'radio', 'television', 'tv']);

/** After an outlet noun at `at` ("news agency", "newspaper"), or `at`. */
function afterOutletNoun(tokens: readonly Tok[], at: number, limit: number): number {
  let k = at;
  if (k < limit && OUTLET_MODIFIERS.has(tokens[k]!.text)) k++;
  return k < limit && OUTLET_HEADS.has(tokens[k]!.text) ? k + 1 : at;
}
/** Plural nouns for the people spoken to, after a name that modifies them ("told US media", "told Israeli officials"). */
const LISTENER_GROUP_NOUNS = new Set(['media', 'reporters', 'journalists', 'officials', 'lawmakers', 'diplomats', 'counterparts', 'leaders', 'troops', 'soldiers']);
/** A journalist named after the outlet: "told Reuters correspondent Anna Berg". */
const JOURNALIST_NOUNS = new Set(['correspondent', 'reporter', 'journalist', 'editor', 'anchor', 'host', 'interviewer', 'producer', 'columnist']);
/** Words after a listener that open what is asked or warned: "asked the judge not to …", "warned voters against …". */
const REQUEST_OPENERS = new Set(['not', 'against']);
const LISTENER_ENDS = new Set(['after', 'before', 'during', 'following', 'ahead', 'amid', 'since', 'until', 'when', 'while', 'as', 'via', 'through', 'outside', 'inside', 'aboard', 'onboard', 'alongside', 'beside', 'near', 'upon']);
/** Words opening an indirect question after a listener ("asked the mayor whether …"); "who" may start a relative clause on the listener. */
const QUESTION_WORDS = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where']);

export function listenerAfter(view: DocView, s: SentenceRange, from: number): TokRange | null {
  const tokens = view.tokens;
  const t = tokens[from];
  if (!t || from >= s.last) return null;
  // a programme or publication in quotation marks: told “Morning Joe” that …
  if (t.kind === 'quote' && view.quoteByOpen.has(t.start)) {
    const q = view.quotes[view.quoteByOpen.get(t.start)!]!;
    let k = from + 1;
    while (k < s.last && view.tokens[k]!.start < q.end) k++;
    return k - from <= 8 && k < s.last ? { first: from, last: k } : null;
  }
  // "asked whether …", "told how …": a question word opens what was said, not a listener
  if (!isWord(t) || NP_PREPOSITIONS.has(t.lower) || t.lower === 'to' || COMPLEMENTISERS.has(t.lower)) return null;
  let first = from;
  if (t.lower === 'the' && from + 1 < s.last) first = from + 1;
  const mention = mentionStartingAt(view, tokens[first]!.start) ?? mentionStartingAt(view, t.start);
  if (mention) {
    let k = from;
    while (k < s.last && tokens[k]!.start < mention.end) k++;
    // a name the entities stage read only in part: "LA Weekly" (LA, a place), "CBS This Morning"
    while (k < s.last && k - from < 8 && isCapitalized(tokens[k]) && (!DETERMINERS.has(tokens[k]!.lower) || isCapitalized(tokens[k + 1]))) k++;
    // "told the PA news agency it …", "told the Herald newspaper that …": the kind of outlet goes with its name
    if (isCapitalized(tokens[first]) && !/['’]s$/.test(tokens[k - 1]!.lower)) k = afterOutletNoun(tokens, k, s.last);
    // "told US media that …", "told Israeli state media …": a name modifying a plural noun for the listeners
    if (k < s.last && tokens[k]!.lower === 'state' && tokens[k + 1]?.lower === 'media') k += 2;
    else if (k < s.last && LISTENER_GROUP_NOUNS.has(tokens[k]!.text)) k++;
    // "told Reuters correspondent Anna Berg that …", "told VOA Pentagon correspondent Carla Babb …": the
    // outlet's journalist, with the name after the role, is one listener
    if (k < s.last && JOURNALIST_NOUNS.has(tokens[k]!.text)) {
      k++;
      while (k < s.last && k - from < 10 && isCapitalized(tokens[k]) && !DETERMINERS.has(tokens[k]!.lower) && timeAdverbialLength(tokens, k, s.last) === 0) k++;
    }
    // "told USA TODAY's weekly newsmaker series it is …": a possessive name opens a longer listener
    if (k > from && /'s$/.test(tokens[k - 1]!.lower)) {
      // "told MSNBC's “Morning Joe” that …": a programme in quotation marks after the possessive
      const programme = tokens[k]!.kind === 'quote' ? listenerAfter(view, s, k) : null;
      if (programme && tokens[programme.first]!.kind === 'quote') return { first: from, last: programme.last };
      const nouns = listenerNouns(view, s, k, 1);
      if (nouns > k) return { first: from, last: nouns };
    }
    return { first: from, last: k };
  }
  if (['him', 'her', 'them', 'me', 'us', 'you', 'it'].includes(t.lower)) return { first: from, last: from + 1 };
  if (t.lower === 'that' || SUBJECT_PRONOUNS.has(t.lower)) return null;
  const last = listenerNouns(view, s, from, 0);
  return last > from ? { first: from, last } : null;
}

/** Whether the word before the verb group makes the verb passive ("was informed") or an infinitive ("to say"). */
export function isPassiveOrInfinitive(view: DocView, s: SentenceRange, cue: number, verbGroup: number): boolean {
  const tokens = view.tokens;
  const form = tokens[cue]!.lower;
  const before = tokens[cue - 1];
  if (before && before.lower === 'to' && cue - 1 >= s.first) return catenativeBefore(tokens, s, cue - 1) < 0;
  if (form.endsWith('ing')) return false;
  for (let k = cue - 1; k >= verbGroup && k >= s.first; k--) if (BE_FORMS.has(tokens[k]!.lower)) return true;
  return false;
}

/** Verbs that pass their subject on through "to" to a cue ("continues to insist", "seemed to suggest"). */
const CATENATIVES = new Set(['continue', 'continues', 'continued', 'continuing', 'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'begin', 'begins', 'began', 'begun']);
/** "go on to say", "went on to argue". */
const GO_FORMS = new Set(['go', 'goes', 'went', 'gone', 'going']);

/** The first token of a catenative verb right before the "to" at `to` ("went on", "continues"), or -1. */
export function catenativeBefore(tokens: readonly Tok[], s: SentenceRange, to: number): number {
  const verb = tokens[to - 1];
  if (!verb || to - 1 < s.first) return -1;
  if (CATENATIVES.has(verb.lower)) return to - 1;
  if (verb.lower === 'on' && to - 2 >= s.first && GO_FORMS.has(tokens[to - 2]!.lower)) return to - 2;
  return -1;
}

const RELATIVE_SUBJECTS = new Set(['who', 'which']);

/** The index of "who"/"which" ending at `j`, or before a time adverbial ending at `j` ("who in 2010"); -1 when none. */
function relativePronounBefore(tokens: readonly Tok[], s: SentenceRange, j: number): number {
  if (RELATIVE_SUBJECTS.has(tokens[j]!.lower)) return j > s.first ? j : -1;
  for (let k = j - 1; k > s.first && k >= j - 3; k--) {
    if (RELATIVE_SUBJECTS.has(tokens[k]!.lower)) return timeAdverbialLength(tokens, k + 1, j + 1) === j - k ? k : -1;
  }
  return -1;
}

/** The noun phrase a relative "who"/"which" at `at` stands for ("the governor, who …", "voters who …"), or null. */
export function relativeAntecedent(view: DocView, s: SentenceRange, at: number): TokRange | null {
  const tokens = view.tokens;
  const end = tokens[at - 1]?.text === ',' ? at - 1 : at;
  let first = end;
  // back over the words of one short noun phrase: to its determiner, or to a preposition or verb before it
  while (first - 1 >= s.first && end - first < 6) {
    const t = tokens[first - 1]!;
    if (!isWord(t) || PREPOSITIONS.has(t.lower) || CLAUSE_VERBS.has(t.lower) || CLAUSE_OPENERS.has(t.lower) || /^[a-z]+ed$/.test(t.text)) break;
    first--;
    if (DETERMINERS.has(t.lower)) break;
  }
  return first < end ? { first, last: end } : null;
}

/** A middle initial ("Donald J. Trump"): one capital letter, then a period. */
function isInitial(t: Tok): boolean {
  return t.text.length === 1 && /\p{Lu}/u.test(t.text);
}


/** "the study, which notes …": the noun phrase before the comma (or dash) at `mark` that a relative pronoun after it stands for, or null. */
export function antecedentBefore(view: DocView, s: SentenceRange, mark: number): TokRange | null {
  let end = mark;
  while (end - 1 >= s.first && ['-', '—', '–'].includes(view.tokens[end - 1]!.text)) end--;
  // the last noun chunk only ("died of brain cancer, which …": "brain cancer"), back to its determiner
  let first = end;
  while (first - 1 >= s.first && end - first < 5) {
    const t = view.tokens[first - 1]!;
    if (!isWord(t) || NP_PREPOSITIONS.has(t.lower) || CLAUSE_VERBS.has(t.lower) || CLAUSE_OPENERS.has(t.lower)) break;
    first--;
    if (DETERMINERS.has(t.lower)) break;
  }
  return first < end ? { first, last: end } : null;
}

/**
 * Quoted words after the opening mark at `mark` that start with a lower-case preposition ("would respond
 * “at a time and place of its choosing”"): run on from a verb, they say how it is done, not what is said.
 * ("said “In the end, we won.”" opens with a capital: a sentence.)
 */
export function opensMannerQuote(view: DocView, mark: number): boolean {
  const first = view.tokens[mark + 1];
  return view.tokens[mark]?.kind === 'quote' && first !== undefined && first.text === first.lower && NP_PREPOSITIONS.has(first.lower);
}

/** Tokens a "with" speaker may hold besides words ("the party's spokesman", "the chief (IRGC)"). */
const WITH_SPEAKER_MARKS = /^(['’]s?|[()-])$/;

/**
 * "…, with critics saying …", "… – with some MPs accusing him of …", ", with the party's spokesman
 * Jane Roe calling it …": the words between "with" (after a comma or dash) and the participle at
 * `at` (at most twelve tokens), or null.
 */
export function speakerAfterWith(view: DocView, s: SentenceRange, at: number): TokRange | null {
  const tokens = view.tokens;
  for (let k = at - 1; k > s.first && k >= at - 13; k--) {
    const t = tokens[k]!;
    if (t.lower === 'with') return k < at - 1 && WITH_OPENERS.has(tokens[k - 1]!.text) ? { first: k + 1, last: at } : null;
    if (!isWord(t) && !WITH_SPEAKER_MARKS.test(t.text)) return null;
  }
  return null;
}

const WITH_OPENERS = new Set([',', '–', '—', '-']);
