// Where reported content starts and ends. Content runs to the end of the clause or sentence, stops
// before an attribution tail (", according to X", ", as reported by X", ", citing …", ", X said",
// ", adding that …") and before the final period, and runs on past the sentence end when a quotation
// it opened closes later.
import type { Span } from '../../model/types.js';
import { CLAUSE_VERBS, COMPLEMENTISERS, DETERMINERS, NP_PREPOSITIONS, OCCASION_NOUNS, SUBJECT_PRONOUNS, TIME_WORDS } from '../../knowledge/lexicons/attribution/function-words.js';
import { NON_SPEECH_OBJECTS, NON_SPEECH_PARTICLES } from '../../knowledge/lexicons/attribution/non-speech-objects.js';
import { CITING_CUES, RELAY_PARTICIPLES, SOURCE_INTRODUCERS } from '../../knowledge/lexicons/attribution/phrasal-cues.js';
import { cueVerbAt, hasPlainSpeechReading, isParticiple, isVerbOnlyForm, type CueMatch } from './cue-lexicon.js';
import { isAgentive } from './heads.js';
import { catenativeBefore, subjectBefore } from './phrases.js';
import { isWord, mentionStartingAt, type DocView, type SentenceRange } from './view.js';

const INTRODUCERS = SOURCE_INTRODUCERS.map((p) => p.split(' '));
/** ", but …" / ", while …": a contrasting clause is the writer's, not the source's. */
const CONTRASTS = new Set(['but', 'though', 'although', 'while', 'whereas', 'yet']);
/** ", who is 70": a non-restrictive relative clause is the writer's aside about someone in the content. */
const RELATIVES = new Set(['who', 'whose']);

/** The number of tokens of "according to" / "as per" / "in the words of" / "as <participle> by" at `at`. */
export function introducerLength(view: DocView, at: number, limit: number): number {
  const tokens = view.tokens;
  for (const words of INTRODUCERS) {
    if (at + words.length > limit) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = tokens[at + k]!.lower === words[k];
    if (ok) return words.length;
  }
  // "Per NBC News, …", "…, per a White House official.": "per" naming a source opens the sentence or follows a comma,
  // before a name or a determiner ("$10 per barrel", "per capita" stand inside a clause)
  if (tokens[at]?.lower === 'per' && at + 1 < limit && setOff(view, at)) {
    const next = tokens[at + 1]!;
    if (isWord(next) && (/^\p{Lu}/u.test(next.text) || ['a', 'an', 'the', 'two', 'three', 'several', 'one'].includes(next.lower))) return 1;
  }
  // "…, based on figures from the Commerce Department", "Based on data from X, …": the figures' source
  if (tokens[at]?.lower === 'based' && tokens[at + 1]?.lower === 'on' && setOff(view, at)) {
    for (let k = at + 2; k < limit && k <= at + 6; k++) {
      const w = tokens[k]!.lower;
      if ((w === 'from' || w === 'by') && DATA_NOUNS.has(tokens[k - 1]!.lower)) return k - at + 1;
      if (!isWord(tokens[k])) break;
    }
  }
  if (tokens[at]?.lower === 'as' && at + 2 < limit && tokens[at + 2]!.lower === 'by') {
    const word = tokens[at + 1]!.lower;
    if (RELAY_PARTICIPLES.has(word)) return 3;
    const cue = cueVerbAt(view, at + 1);
    if (cue && isParticiple(cue.verb, word)) return 3;
  }
  // "as stated in the report", "as noted in her letter": the record the words are in
  if (tokens[at]?.lower === 'as' && at + 3 < limit && tokens[at + 2]!.lower === 'in') {
    const cue = cueVerbAt(view, at + 1);
    if (cue && cue.verb.kind === 'speech' && !cue.verb.particle && isParticiple(cue.verb, tokens[at + 1]!.lower) && !isWord(tokens[at - 1]) ) return 3;
  }
  // "by one estimate", "by his own admission", "by most accounts": set off from its clause
  if (tokens[at]?.lower === 'by' && (!isWord(tokens[at - 1]) || tokens[at - 1]!.sentence !== tokens[at]!.sentence)) {
    for (let k = at + 1; k < limit && k <= at + 4 && isWord(tokens[k]); k++) {
      if (!ESTIMATE_NOUNS.has(tokens[k]!.lower)) continue;
      const next = tokens[k + 1];
      return !next || next.sentence !== tokens[at]!.sentence || [',', '.', '—', ';'].includes(next.text) ? 1 : 0;
    }
  }
  return 0;
}

/** The phrase at `at` opens its sentence or follows a comma: set off from the clause it comments on. */
function setOff(view: DocView, at: number): boolean {
  const tokens = view.tokens;
  return at === 0 || tokens[at - 1]!.sentence !== tokens[at]!.sentence || tokens[at - 1]!.text === ',';
}

/** Nouns of figures whose source "based on … from X" names. */
const DATA_NOUNS: ReadonlySet<string> = new Set(['figures', 'data', 'estimates', 'statistics', 'numbers', 'analysis', 'report', 'survey', 'poll',
  'count', 'records', 'calculations', 'tally', 'information', 'research', 'study']);

/** Nouns of a reckoning or an account after "by" ("by one estimate", "by her own account"). */
const ESTIMATE_NOUNS = new Set(['estimate', 'estimates', 'account', 'accounts', 'admission', 'reckoning', 'count', 'calculation', 'calculations', 'tally', 'measure']);

/** Whether an attribution tail starts right after the comma (or dash) at `comma`. */
export function tailAfter(view: DocView, s: SentenceRange, comma: number): boolean {
  const tokens = view.tokens;
  const at = comma + 1;
  if (at >= s.last) return false;
  if (introducerLength(view, at, s.last) > 0) return true;
  if (CITING_CUES.has(tokens[at]!.lower)) return true;
  // a speaker's clause: ", said Kim", ", adding that", ", and added", ", Kim said", ", as Reuters reported"
  let from = at;
  if (['and', 'as', 'while', 'but'].includes(tokens[from]!.lower)) from++;
  return speakerClauseAt(view, s, from);
}

/** A cue verb at `from`, or a subject starting at `from` and its cue verb: "said Kim", "Kim said", "officials say". */
export function speakerClauseAt(view: DocView, s: SentenceRange, from: number): boolean {
  const tokens = view.tokens;
  const first = cueVerbAt(view, from);
  // "… federal and state law": a base form before a plain lower-case word is a noun's modifier
  if (first && baseFormModifier(view, first)) return false;
  // "… and warned against hackers": a verb that also reports plainly starts a clause of its own
  if (first) return !first.verb.evaluative || (first.verb.particle !== null && hasPlainSpeechReading(tokens[from]!.lower));
  // "… and went on to say", "… and continued to insist"
  const to = tokens[from + 1]?.lower === 'to' ? from + 1 : tokens[from + 2]?.lower === 'to' ? from + 2 : -1;
  if (to > 0 && catenativeBefore(tokens, s, to) === from) {
    const cue = cueVerbAt(view, to + 1);
    if (cue) return !cue.verb.evaluative;
  }
  for (let k = from + 1; k < s.last && k < from + 10; k++) {
    const t = tokens[k]!;
    // "…, and its president, Jane Roe, accused …": an apposition set off by commas after the subject's head
    if (t.text === ',' && k > from) {
      const close = appositionEnd(view, s, k);
      if (close > k) { k = close; continue; }
    }
    if (t.quote !== -1 || t.text === ',' || t.text === ';' || t.kind === 'quote') break;
    if (t.lower === 'that') break;
    const cue = cueVerbAt(view, k);
    if (!cue) continue;
    if (cue.verb.quoteOnly) return false;
    const subject = subjectBefore(view, s, k);
    // "…, and its president accused Republicans of …": a new speaker's criticism ends the statement too
    // (only after "and"/"but", and not after a pronoun: "…, in 1972, he supported …" goes on with the content)
    if (cue.verb.evaluative) {
      return ['and', 'but'].includes(tokens[from - 1]?.lower ?? '') && subject !== null && subject.range.first === from
        && !SUBJECT_PRONOUNS.has(tokens[from]!.lower) && isAgentive(view, subject.range) && /ed$/.test(tokens[k]!.lower);
    }
    // "… protests and strikes demands …": a subject that cannot speak joins the content instead
    return subject !== null && subject.range.first === from && isAgentive(view, subject.range);
  }
  return false;
}

/** The comma closing a short name apposition opened by the comma at `comma` (", Jane Roe,"), or -1. */
function appositionEnd(view: DocView, s: SentenceRange, comma: number): number {
  const tokens = view.tokens;
  for (let k = comma + 1; k < s.last && k <= comma + 5; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return k > comma + 1 ? k : -1;
    if (!isWord(t) || !/^\p{Lu}/u.test(t.text)) return -1;
  }
  return -1;
}

/** Words after a base-form cue that still read it as a verb ("and warn them", "and state that …"). */
const VERB_OBJECT_OPENERS = new Set([...DETERMINERS, ...COMPLEMENTISERS, ...SUBJECT_PRONOUNS, 'him', 'her', 'them', 'us', 'me', 'to', 'not', 'again', 'also', 'publicly', 'openly']);

/**
 * A base form directly before a lower-case content word ("federal and state law", "and report cards")
 * modifies that noun: a coordinated verb of the speaker takes the clause's tense ("and stated …").
 */
function baseFormModifier(view: DocView, cue: CueMatch): boolean {
  const form = view.tokens[cue.at]!.lower;
  if (cue.next !== cue.at + 1 || cue.verb.forms.indexOf(form) !== 0 || isVerbOnlyForm(form)) return false;
  const after = view.tokens[cue.next];
  return after !== undefined && isWord(after) && after.sentence === view.tokens[cue.at]!.sentence && /^[a-z]+$/.test(after.text) && !VERB_OBJECT_OPENERS.has(after.lower) && !/ly$/.test(after.lower);
}

/** Words that may stand between a relative pronoun and the speaker's verb ("which he said", "which the mayor says"). */
const RELATIVE_SUBJECT_MAX = 4;

/**
 * ", which he said were …", ", which the police say is …": a relative clause whose own speaker
 * reports it is another statement, not part of the content before it (at `at`, the relative pronoun).
 */
function relativeSpeakerAt(view: DocView, s: SentenceRange, at: number): boolean {
  const tokens = view.tokens;
  if (tokens[at]?.lower !== 'which') return false;
  for (let k = at + 2; k < s.last && k <= at + RELATIVE_SUBJECT_MAX; k++) {
    const t = tokens[k]!;
    if (!isWord(t) || t.quote !== -1) return false;
    const cue = cueVerbAt(view, k);
    if (cue) {
      if (cue.verb.evaluative || cue.verb.quoteOnly || cue.next !== k + 1) return false;
      const subject = subjectBefore(view, s, k);
      return subject !== null && subject.range.first === at + 1 && isAgentive(view, subject.range);
    }
  }
  return false;
}

export interface ContentOptions {
  /** The cue sits in a subordinate clause ("After officials said …, the ministry …"): stop at the first comma. */
  subordinate?: boolean;
  /**
   * The content is a verb's object or infinitive ("attacked the plan", "vowed to act"), not a clause:
   * it also stops before the writer's additions to it, a comma and a non-restrictive clause or
   * participle (", which …", ", encouraging …"), a reason (", in part because …"), "but" or a dash.
   */
  object?: boolean;
  /**
   * With `object`: an evaluative act's object also stops before the act's occasion ("in early-morning
   * tweets", "on Twitter", "during the debate") and before a second act of the speaker ("and extended …").
   */
  act?: boolean;
}

/** After a comma, words that open the writer's addition to an object content. */
const OBJECT_ASIDES = new Set(['which', 'where', 'because', 'in', 'even', 'including', 'aside', 'the', 'a', 'an', 'as', 'after', 'when', 'saying']);

/** Words opening the circumstance of an act, not part of its object ("attacked Kim during the debate"). */
const OBJECT_CIRCUMSTANCES = new Set(['during', 'amid']);
/** Prepositions opening the occasion of an act when an occasion noun follows ("in early-morning tweets", "on Twitter"). */
const OCCASION_PREPOSITIONS = new Set(['in', 'on', 'at']);
/** Words between "and" and a coordinated verb of the speaker ("and then purged", "and has called"). */
const VERB_LEADS = new Set(['then', 'also', 'later', 'has', 'have', 'had']);

function objectEndsAt(view: DocView, s: SentenceRange, k: number, act: boolean): boolean {
  const t = view.tokens[k]!;
  const next = view.tokens[k + 1];
  if (!next || k + 1 >= s.last) return false;
  if (act && actEndsAt(view, s, k)) return true;
  if (t.text === '—' || t.text === '–' || (t.text === '-' && view.text[t.start - 1] === ' ')) return true;
  if (t.lower === 'but') return true;
  // "rejected the accusations as “patently false,” and both analysts and residents told …": a characterisation
  // closed by a comma inside its quotation mark ends the object; the "and" goes on with the writer's sentence
  if (t.lower === 'and' && view.tokens[k - 1]?.kind === 'quote' && view.tokens[k - 2]?.text === ',' && !view.quoteByOpen.has(view.tokens[k - 1]!.start)) return true;
  return t.text === ',' && (OBJECT_ASIDES.has(next.lower) || (/^[a-z]+ing$/.test(next.text) && next.kind === 'word'));
}

/** Conjunctions opening a clause of time or contrast after an act's object: the writer's circumstance, not the object. */
const OBJECT_SUBORDINATORS = new Set(['while', 'when', 'although', 'though', 'whereas']);
/** The same as prepositions too ("after the attacks", "because of the cost"): only with a clause after them. */
const OBJECT_SUBORDINATOR_PREPOSITIONS = new Set(['after', 'before', 'until', 'because', 'since']);

/**
 * "condemned the launch as Pyongyang fired three more", "supported the invasion when he ran": a
 * subordinate clause after an object (for "as", only a clause: a name or pronoun and then a verb,
 * not the characterisation "as a threat").
 */
function subordinateClauseAt(view: DocView, s: SentenceRange, k: number): boolean {
  const t = view.tokens[k]!;
  if (OBJECT_SUBORDINATORS.has(t.lower)) return true;
  if (OBJECT_SUBORDINATOR_PREPOSITIONS.has(t.lower)) return looksLikeClause(view, s, k + 1, CLAUSE_VERBS, SUBJECT_PRONOUNS);
  if (t.lower !== 'as') return false;
  const subject = view.tokens[k + 1];
  const verb = view.tokens[k + 2];
  if (!subject || !verb || k + 2 >= s.last || !isWord(verb)) return false;
  const opensSubject = SUBJECT_PRONOUNS.has(subject.lower) || (isWord(subject) && /^\p{Lu}/u.test(subject.text) && !view.titleCase[s.index]);
  return opensSubject && /^[a-z]+(?:s|ed)$/.test(verb.text) && !/(?:ss|us|is)$/.test(verb.text);
}

/** The occasion of an evaluative act (a phrase or a clause of time or reason) or a second act of its speaker starts at token `k`. */
function actEndsAt(view: DocView, s: SentenceRange, k: number): boolean {
  const t = view.tokens[k]!;
  if (OBJECT_CIRCUMSTANCES.has(t.lower)) return true;
  if (OCCASION_PREPOSITIONS.has(t.lower) && occasionAfter(view, s, k + 1)) return true;
  if (subordinateClauseAt(view, s, k)) return true;
  // "championed gay rights and extended benefits …": a second act of the speaker, not part of the object
  if (t.lower !== 'and') return false;
  const next = view.tokens[k + 1]!;
  // "attacked the church and that I needed …": a second reported clause of the outer speaker
  if (next.lower === 'that') return true;
  const at = VERB_LEADS.has(next.lower) ? k + 2 : k + 1;
  const verb = view.tokens[at];
  // "unsubstantiated and fabricated by …": a participle with its agent describes the object
  return verb !== undefined && isWord(verb) && /^[a-z]+ed$/.test(verb.text) && view.tokens[at + 1]?.lower !== 'by';
}

/** An occasion noun within the next few words ("a televised interview", "early-morning tweets", "Twitter"). */
function occasionAfter(view: DocView, s: SentenceRange, from: number): boolean {
  for (let k = from; k < s.last && k < from + 4; k++) {
    const w = view.tokens[k]!;
    if (!isWord(w)) return false;
    if (OCCASION_NOUNS.has(w.lower)) return true;
  }
  return false;
}

/** Content from token `from` to the end of its clause, as a character span (empty when nothing is left). */
/** Spaced dashes (— or –) between tokens `from` and `to` (exclusive) outside quotations. */
function dashesBetween(view: DocView, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const t = view.tokens[k]!;
    if ((t.text === '—' || t.text === '–') && t.quote === -1) n++;
  }
  return n;
}

export function contentRight(view: DocView, s: SentenceRange, from: number, options: ContentOptions = {}): Span | null {
  const tokens = view.tokens;
  if (from >= s.last) return null;
  let last = s.last;
  let depth = 0;
  // "that if the ferry runs late, the council would warn …": the comma closing a fronted condition or
  // circumstance leads on to the content's main clause, which is no attribution tail
  let closingSubordinate = FRONTED_SUBORDINATORS.has(tokens[from]!.lower);
  // "A student – who police say was armed – opened fire": a content that starts inside a dash insert ends with it
  const inDashInsert = dashesBetween(view, s.first, from) % 2 === 1;
  const infinitive = tokens[from]!.lower === 'to' && isWord(tokens[from + 1]) && tokens[from + 1]!.text === tokens[from + 1]!.lower;
  for (let k = from; k < s.last; k++) {
    const t = tokens[k]!;
    if (t.quote !== -1) continue;
    if (inDashInsert && k > from && (t.text === '—' || t.text === '–')) { last = k; break; }
    if (closingSubordinate && depth === 0 && t.text === ',' && !options.subordinate) { closingSubordinate = false; continue; }
    // 'because “the hall leaks,” she said': a quotation closing on a comma before a speaker's clause ends the content
    // (the same stops as after a plain comma: 'was “ready,” while critics …', '“ready,” according to …')
    if (depth === 0 && k > from && quoteClosesOnCommaAt(view, k) && k + 1 < s.last && (speakerClauseAt(view, s, k + 1) || tailAfter(view, s, k) || CONTRASTS.has(tokens[k + 1]!.lower) || RELATIVES.has(tokens[k + 1]!.lower))) { last = k + 1; break; }
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || k === from) continue;
    if (t.text === ';') { last = k; break; }
    // ("-- which notes that … --": a dash typed as two hyphens closes a subordinate clause)
    if (options.subordinate && t.text === '-' && tokens[k + 1]?.text === '-' && tokens[k + 1]!.start === t.end) { last = k; break; }
    // "Smith, who is 70, would run", "vowed to form a panel, which …, to study it": a relative insert
    // closed by a comma, the clause or object going on after it
    if (!options.subordinate && t.text === ',' && INSERT_OPENERS.has(tokens[k + 1]?.lower ?? '')) {
      const close = insertClose(view, s, k);
      const after = close > 0 ? tokens[close + 1] : undefined;
      if (after && close + 1 < s.last && after.kind === 'word' && after.text === after.lower && !CONTRASTS.has(after.lower) && after.lower !== 'and' && !tailAfter(view, s, close) && !(options.act && actEndsAt(view, s, close + 1))) { k = close; continue; }
    }
    // "said the change would cut revenue at first, but would add $8 billion later": a contrasting verb
    // group with no subject of its own goes on with the reported clause's subject (a modal, as the content's)
    if (t.text === ',' && !options.object && !options.subordinate && tokens[k + 1]?.lower === 'but' && modalAfterBut(view, s, k + 2)) continue;
    if ((t.text === ',' || t.text === '—' || t.text === '–') && (options.subordinate || tailAfter(view, s, k) || CONTRASTS.has(tokens[k + 1]?.lower ?? '') || RELATIVES.has(tokens[k + 1]?.lower ?? '') || relativeSpeakerAt(view, s, k + 1))) { last = k; break; }
    // "… and added that …", "… and Democrats accused …": a coordinated speaker's clause ends the content
    if ((t.lower === 'and' || t.lower === 'but') && k + 1 < s.last && speakerClauseAt(view, s, k + 1)) { last = k; break; }
    // "has maintained the vote should go ahead and has previously made …", "said that X should act and
    // held out …": a second verb of the speaker, in the cue's form and not the content's
    if (t.lower === 'and' && k + 1 < s.last && speakersVerbAfterAnd(view, s, from, k, options.object ?? false)) { last = k; break; }
    // "Roe, who opposes the tax, has made …": a relative insert's content ends where the main clause goes on
    if (t.text === ',' && k + 1 < s.last && resumesMainClause(view, k + 1) && relativeInsertBefore(view, s, from)) { last = k; break; }
    // "… as he once again asserted …", "… while Roe, a former minister, wrote …": a clause of time or
    // contrast with its own speaker is that speaker's statement, not part of this one
    if (CLAUSE_LINKS.has(t.lower) && k + 1 < s.last && linkedSpeakerAt(view, s, k + 1)) { last = k; break; }
    if (options.object && objectEndsAt(view, s, k, options.act ?? false)) { last = k; break; }
    // "agreed to lend the firm $5 million, and the bank also stepped in", "to start work so the mine could
    // reopen": an infinitive has no subject, so a clause with a subject of its own after it is the writer's
    if (infinitive && (t.lower === 'and' || t.lower === 'so') && k + 1 < s.last && !clauseOpenedBetween(view, from, k) && finiteClauseAt(view, s, k + 1)) { last = tokens[k - 1]?.text === ',' ? k - 1 : k; break; }
  }
  if (last <= from) return null;
  let end = tokens[last - 1]!.end;
  // a quotation opened inside the content may close in a later sentence or paragraph
  for (const q of view.quotes) {
    if (q.open >= tokens[from]!.start && q.open < end && q.end > end) end = q.end;
    if (q.open >= end) break;
  }
  return trimContent(view.text, tokens[from]!.start, end);
}

/** Words opening a noun phrase that can be a clause's subject ("the bank", "its lawyers"). */
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'some', 'many', 'other']);
/** A modal or a finite form of be/have/do: the verb group of a clause with its own subject. */
const FINITE_AUXILIARIES = new Set(['will', 'would', 'should', 'could', 'can', 'must', 'may', 'might', 'shall', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does']);

/** A modal verb at `at`, after at most one adverb ("but would eventually add", "but still could not"). */
function modalAfterBut(view: DocView, s: SentenceRange, at: number): boolean {
  const tokens = view.tokens;
  let k = at;
  if (k < s.last && isWord(tokens[k]) && /^[a-z]+ly$|^(?:still|also|then|now)$/.test(tokens[k]!.text)) k++;
  return k < s.last && MODAL_WORDS.has(tokens[k]!.lower) && isWord(tokens[k + 1]);
}
const MODAL_WORDS = new Set(['will', 'would', 'should', 'could', 'can', 'must', 'may', 'might']);

/** Words opening a clause inside an infinitive ("to know who else …", "to prove that …"). */
const CLAUSE_OPENERS = new Set(['that', 'who', 'whom', 'what', 'which', 'whether', 'how', 'why', 'when', 'where', 'if', 'because', 'while']);

/** A clause opened inside the content between `from` and `to` (exclusive), outside quotations: an "and" after it may join that clause. */
function clauseOpenedBetween(view: DocView, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (view.tokens[k]!.quote === -1 && CLAUSE_OPENERS.has(view.tokens[k]!.lower)) return true;
  return false;
}

/**
 * A clause with a subject of its own at `at`: a pronoun, a name or a determiner and up to four words,
 * then a past form or a finite auxiliary ("the union also stepped in", "Mr. Roe could start", "they were").
 */
function finiteClauseAt(view: DocView, s: SentenceRange, at: number): boolean {
  const tokens = view.tokens;
  const first = tokens[at];
  if (!first || !isWord(first)) return false;
  let k: number;
  if (SUBJECT_PRONOUNS.has(first.lower) && first.lower !== 'it' && first.lower !== 'you') k = at + 1;
  else if (SUBJECT_OPENERS.has(first.lower) || /^\p{Lu}/u.test(first.text)) k = at + 1;
  else return false;
  for (; k < s.last && k <= at + 5; k++) {
    const w = tokens[k]!;
    if (w.quote !== -1) return false;
    if (!isWord(w) && !(w.text === '.' && w.start === tokens[k - 1]!.end) && !/['’]s?$/.test(w.text)) return false;
    if (NP_PREPOSITIONS.has(w.lower) || w.lower === 'to' || w.lower === 'and' || w.lower === 'that') return false;
    if (FINITE_AUXILIARIES.has(w.lower) || (isPastForm(w) && tokens[k + 1]?.lower !== 'by')) return k > at;
  }
  return false;
}

/** Past forms that differ from the base form (for the tense of a coordinated verb). */
const IRREGULAR_PASTS = new Set(['held', 'made', 'took', 'gave', 'kept', 'left', 'met', 'sent', 'spent', 'went', 'came', 'brought', 'told', 'said', 'wrote', 'spoke', 'thought', 'sought', 'stood', 'won', 'lost', 'paid', 'found', 'began', 'drew', 'threw', 'knew', 'grew', 'flew', 'rose', 'fell', 'struck', 'stuck', 'led', 'fled']);
const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had']);
const MODALS = new Set(['will', 'would', 'should', 'could', 'can', 'must', 'may', 'might', 'shall']);

function isPastForm(t: { text: string; lower: string; kind: string } | undefined): boolean {
  if (!t || t.kind !== 'word' || t.text !== t.lower) return false;
  return (/^[a-z]{3,}ed$/.test(t.lower) && !/(?:eed|need)$/.test(t.lower)) || IRREGULAR_PASTS.has(t.lower);
}

/** Adverbs between "and" and a coordinated verb ("and has previously made", "and have instead demanded"). */
function skipAdverbs(view: DocView, k: number, limit: number): number {
  const tokens = view.tokens;
  while (k < limit && isWord(tokens[k]) && (VERB_LEADS.has(tokens[k]!.lower) && !PERFECT_AUXILIARIES.has(tokens[k]!.lower) || ['instead', 'previously', 'since', 'repeatedly', 'already', 'even'].includes(tokens[k]!.lower) || /^[a-z]{4,}ly$/.test(tokens[k]!.text))) k++;
  return k;
}

/**
 * The cue before the content at `from` and its perfect auxiliary: "has maintained", "have long rejected".
 * Returns the cue's token index and whether a has/have/had leads its verb group, or null.
 */
function cueBefore(view: DocView, s: SentenceRange, from: number): { at: number; perfect: boolean } | null {
  const tokens = view.tokens;
  for (let k = from - 1; k >= s.first && k >= from - 8; k--) {
    if (!cueVerbAt(view, k)) continue;
    let j = k - 1;
    while (j >= s.first && j >= k - 3 && isWord(tokens[j]) && /^[a-z]+ly$|^(?:also|long|previously|repeatedly|since|already)$/.test(tokens[j]!.lower)) j--;
    return { at: k, perfect: j >= s.first && PERFECT_AUXILIARIES.has(tokens[j]!.lower) };
  }
  return null;
}

/**
 * After "and" at `and`, a verb of the content's speaker rather than of the content: a perfect after a
 * perfect cue ("has maintained … and has previously made"), or a past form after a content whose verb
 * is a modal and a plain base form ("said that neighbours should cooperate and held out …").
 */
function speakersVerbAfterAnd(view: DocView, s: SentenceRange, from: number, and: number, object: boolean): boolean {
  const tokens = view.tokens;
  const cue = cueBefore(view, s, from);
  if (!cue) return false;
  let k = skipAdverbs(view, and + 1, s.last);
  if (cue.perfect && PERFECT_AUXILIARIES.has(tokens[k]?.lower ?? '')) {
    const verb = skipAdverbs(view, k + 1, s.last);
    return isPastForm(tokens[verb]) && tokens[verb + 1]?.lower !== 'by';
  }
  if (object || !isPastForm(tokens[k]) || tokens[k + 1]?.lower === 'by' || tokens[k + 1]?.lower === 'to') return false;
  // the cue in the past ("said", "stressed"), the content's verb a modal and a base form other than be/have
  if (!isPastForm(tokens[cue.at]) && !tokens[cue.at]!.lower.endsWith('ed')) return false;
  let modal = false;
  for (let j = from; j < and; j++) {
    const w = tokens[j]!;
    if (w.quote !== -1) continue;
    if (isPastForm(w) || ['was', 'were', 'is', 'are', 'has', 'have', 'had'].includes(w.lower)) return false;
    if (MODALS.has(w.lower)) {
      let n = j + 1;
      if (tokens[n]?.lower === 'not') n++;
      if (['be', 'have', 'been'].includes(tokens[n]?.lower ?? '')) return false;
      modal = true;
    }
  }
  return modal;
}

/** A verb group going on at `k`: "has made", "was", "will" or a past form. */
function resumesMainClause(view: DocView, k: number): boolean {
  const t = view.tokens[k]!;
  return ['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would'].includes(t.lower) || isPastForm(t);
}

/** The content at `from` belongs to a cue inside ", who …" / ", which …" with no comma between. */
function relativeInsertBefore(view: DocView, s: SentenceRange, from: number): boolean {
  const tokens = view.tokens;
  for (let k = from - 1; k > s.first && k >= from - 10; k--) {
    const t = tokens[k]!;
    if (t.text === ',' || t.kind === 'quote') return false;
    if ((t.lower === 'who' || t.lower === 'which') && tokens[k - 1]!.text === ',') return true;
  }
  return false;
}

const CLAUSE_LINKS = new Set(['as', 'while', 'whereas']);
const LINKED_ADVERBS = new Set(['once', 'again', 'also', 'later', 'then', 'still', 'repeatedly']);

/** "he once again asserted …", "Roe said …": a pronoun or a name, a few adverbs and a plain verb of saying at `from`. */
function linkedSpeakerAt(view: DocView, s: SentenceRange, from: number): boolean {
  const tokens = view.tokens;
  let k = from;
  const name = mentionStartingAt(view, tokens[from]!.start);
  if (SUBJECT_PRONOUNS.has(tokens[from]!.lower)) k++;
  else if (name && name.entity.type !== 'place') while (k < s.last && tokens[k]!.start < name.end) k++;
  else return false;
  while (k < s.last && k < from + 6 && LINKED_ADVERBS.has(tokens[k]!.lower)) k++;
  const cue = k < s.last ? cueVerbAt(view, k) : null;
  return !!cue && cue.at === k && !cue.verb.evaluative && !cue.verb.quoteOnly && !/ing$/.test(tokens[k]!.lower);
}

/** Conjunctions that open a clause fronted before the main clause of a content ("said that if …, …"). */
const FRONTED_SUBORDINATORS = new Set(['if', 'when', 'because', 'although', 'though', 'while', 'unless', 'once', 'since', 'whereas', 'before', 'after', 'until']);

/** Whether token `k` is the closing mark of a quotation whose words end in a comma (`,”`). */
function quoteClosesOnCommaAt(view: DocView, k: number): boolean {
  const t = view.tokens[k]!;
  if (t.kind !== 'quote' || view.tokens[k - 1]?.text !== ',') return false;
  return view.quotes.some((q) => q.terminated && q.innerEnd === t.start && q.innerEnd === view.tokens[k - 1]!.end);
}

/** Content from the sentence start up to token `upTo` (exclusive): "The plan is dead, [Kim said]". */
export function contentLeft(view: DocView, s: SentenceRange, upTo: number): Span | null {
  if (upTo <= s.first) return null;
  const tokens = view.tokens;
  // "But the plan is dead, Kim said": a connective linking to the previous sentence is the writer's
  // "LISBON ― The plan is dead, Kim said": the dateline is the writer's
  let skip = datelineLength(view, s, upTo);
  // "But, Ortiz said, there were no plans": a lone connective before an inserted speaker is no piece of the content
  const lone = tokens[s.first + skip];
  if (upTo === s.first + skip + 1 && lone && (CONNECTIVES.has(lone.lower) || COMMA_CONNECTIVES.has(lone.lower))) return null;
  skip += connectiveLength(view, s.first + skip, upTo);
  let start = tokens[s.first + skip]!.start;
  // a quotation that opened in an earlier sentence and closes in this one belongs to the content
  for (const q of view.quotes) {
    if (q.open < start && q.end > start) start = q.open;
    if (q.open >= start) break;
  }
  return trimContent(view.text, start, tokens[upTo - 1]!.end);
}

/** The tokens of a dateline opening the sentence's paragraph ("LISBON ―", "SANTA FE, N.M. —"), or 0. */
export function datelineLength(view: DocView, s: SentenceRange, upTo: number): number {
  const tokens = view.tokens;
  const previous = view.sentences[s.index - 1];
  if (previous && previous.paragraph === s.paragraph) return 0;
  // "United Nations – The Security Council …", "PanARMENIAN.Net - Verified footage …": in the report's first
  // paragraph, a place or an outlet in capitalised words before a spaced dash and a capitalised word
  if (!previous) {
    for (let k = s.first; k < upTo - 2 && k < s.first + 5; k++) {
      const t = tokens[k]!;
      if (k > s.first && (t.text === '―' || t.text === '—' || t.text === '–' || t.text === '-') && view.text[t.start - 1] === ' ' && view.text[t.end] === ' ' && /^\p{Lu}/u.test(tokens[k + 1]!.text)) return k + 1 - s.first;
      if (!(t.text === '.' || (isWord(t) && /^\p{Lu}/u.test(t.text)))) break;
    }
  }
  for (let k = s.first; k < upTo - 2 && k < s.first + 6; k++) {
    const t = tokens[k]!;
    if (k > s.first && (t.text === '―' || t.text === '—' || t.text === '–' || t.text === '-' || t.text === '--')) {
      const dashes = tokens[k + 1]?.text === '-' && t.text === '-' ? 2 : 1;
      return k + dashes - s.first;
    }
    // capitals only ("LISBON", "N.M."), with commas between
    if (t.text !== ',' && t.text !== '.' && !(/^[\p{Lu}.]+$/u.test(t.text) && /\p{Lu}\p{Lu}|\p{Lu}\./u.test(t.text))) return 0;
  }
  return 0;
}

/** Sentence-initial connectives (a comma after the ones marked so is required): the writer's link, not the source's words. */
const CONNECTIVES = new Set(['but', 'and', 'yet', 'so']);
const COMMA_CONNECTIVES = new Set(['however', 'still', 'meanwhile', 'moreover', 'indeed', 'instead', 'also', 'nonetheless', 'nevertheless', 'conversely', 'similarly', 'likewise', 'separately', 'furthermore', 'additionally']);

function connectiveLength(view: DocView, first: number, upTo: number): number {
  const tokens = view.tokens;
  const t = tokens[first]!;
  if (first + 2 >= upTo || t.quote !== -1) return 0;
  if (CONNECTIVES.has(t.lower)) return 1;
  if (COMMA_CONNECTIVES.has(t.lower)) return tokens[first + 1]!.text === ',' ? 2 : 1;
  if (t.lower === 'in' && tokens[first + 1]!.lower === 'addition' && tokens[first + 2]!.text === ',') return 3;
  return 0;
}

/** Subordinators and prepositions that open a fronted concession, contrast or circumstance ("Although …,", "Despite …,"). */
const FRONTED_CONCESSIONS = new Set(['while', 'although', 'though', 'despite', 'whatever', 'whereas']);
/** Prepositions that open a fronted time adverbial when a time word follows ("During the summer,", "For years,", "In May 2019,"). */
const FRONTED_TIME_LEADS = new Set(['during', 'for', 'in', 'on', 'since', 'over', 'after', 'before', 'earlier', 'last', 'until', 'throughout']);
/** The most tokens a fronted adverbial may hold before its comma. */
const FRONTED_MAX = 12;

/**
 * The tokens of a fronted adverbial closed by a comma at `first` ("On Monday, ", "For years, ",
 * "Although the board objected, ", "Despite the rain, ", "As for cost, "), or 0. Time
 * adverbials need a time word; a plain place or manner phrase ("In the valley,") is not one. Used
 * before a quotation ("As for cost, “…,” she said": the quotation is the content); a reported clause
 * left of its speaker keeps its fronted phrase (the project's own gold does, PolNeAR mostly does not,
 * and no dev prediction changed either way).
 */
export function frontedAdverbialLength(view: DocView, first: number, upTo: number): number {
  const tokens = view.tokens;
  const t = tokens[first];
  if (!t || t.quote !== -1 || !isWord(t)) return 0;
  const asFor = t.lower === 'as' && tokens[first + 1]?.lower === 'for';
  const concession = FRONTED_CONCESSIONS.has(t.lower) || asFor;
  if (!concession && !FRONTED_TIME_LEADS.has(t.lower)) return 0;
  let time = false;
  for (let k = first + 1; k < upTo && k <= first + FRONTED_MAX; k++) {
    const w = tokens[k]!;
    if (w.text === ',') return (concession || time) && k + 2 < upTo ? k + 1 - first : 0;
    if (w.quote !== -1 || w.kind === 'quote' || (!isWord(w) && w.kind !== 'number')) return 0;
    if (TIME_WORDS.has(w.lower) || /^(?:1[89]|20)\d\d$/.test(w.text) || /^(?:decades?|centuries|primaries|primary|campaign|era|years?)$/.test(w.lower)) time = true;
  }
  return 0;
}

const TRAILING = /[\s.,;:\u2014\u2013-]/;
const LEADING = /[\s,;:\u2014\u2013-]/;

/** Trims white space, the final period and separating punctuation (not quote marks, ? or !). */
export function trimContent(text: string, start: number, end: number): Span | null {
  while (start < end && LEADING.test(text[start]!)) start++;
  // "(Engineers say the ramp is safe.)": a bracket closing around the whole sentence is not the content's
  if (text[end - 1] === ')' && count(text, start, end, '(') < count(text, start, end, ')')) end--;
  while (end > start && TRAILING.test(text[end - 1]!)) {
    // keep the period of an abbreviation ("U.S.", "9 a.m.") at the end
    if (text[end - 1] === '.' && /\p{L}\.\p{L}$/u.test(text.slice(Math.max(start, end - 4), end - 1))) break;
    end--;
  }
  // "denied the charge, and" before an inserted as-clause: a dangling conjunction is not the content's
  const dangling = /,\s*(?:and|but)$/.exec(text.slice(Math.max(start, end - 6), end));
  if (dangling && end - dangling[0].length > start) return trimContent(text, start, end - dangling[0].length);
  return end > start ? { start, end } : null;
}

function count(text: string, start: number, end: number, char: string): number {
  let n = 0;
  for (let i = start; i < end; i++) if (text[i] === char) n++;
  return n;
}

/** Whether the words from `from` read as a clause (a finite verb or modal soon, or a subject pronoun first). */
export function looksLikeClause(view: DocView, s: SentenceRange, from: number, clauseVerbs: ReadonlySet<string>, subjectPronouns: ReadonlySet<string>): boolean {
  const tokens = view.tokens;
  const first = tokens[from];
  if (!first) return false;
  if (first.kind === 'quote') return true;
  if (subjectPronouns.has(first.lower)) return true;
  let limit = from + 9;
  for (let k = from; k < s.last && k < limit; k++) {
    const t = tokens[k]!;
    if (!isWord(t) && t.kind !== 'quote') {
      // "the bridge — built in 1920 — was …", "the plan, which … , would …": the clause goes on past an insert
      const close = k > from ? insertClose(view, s, k) : -1;
      if (close < 0) break;
      limit += close - k + 1;
      k = close;
      continue;
    }
    if (clauseVerbs.has(t.lower)) return true;
  }
  return false;
}

/** Words opening a non-restrictive insert after a comma ("the plan, which …, would"). */
const INSERT_OPENERS = new Set(['which', 'who', 'whose']);
/** The most tokens an insert may hold. */
const INSERT_MAX = 14;

function isDash(view: DocView, k: number): boolean {
  const t = view.tokens[k]!;
  return t.text === '—' || t.text === '–' || (t.text === '-' && view.text[t.start - 1] === ' ' && view.text[t.end] === ' ');
}

/**
 * Where the insert opened by the dash or comma at `k` closes (its closing dash or comma), or -1: a
 * pair of dashes around words, or a comma with a relative pronoun or a participle after it
 * ("— built in 1920 —", ", which the council approved ,", ", built in 1920 ,").
 */
export function insertClose(view: DocView, s: SentenceRange, k: number): number {
  const tokens = view.tokens;
  const dash = isDash(view, k);
  if (!dash) {
    const next = tokens[k + 1];
    if (tokens[k]!.text !== ',' || !next || !(INSERT_OPENERS.has(next.lower) || (next.kind === 'word' && /^[a-z]+ed$/.test(next.text)))) return -1;
  }
  for (let j = k + 1; j < s.last && j <= k + INSERT_MAX; j++) {
    const t = tokens[j]!;
    if (t.quote !== -1 || t.kind === 'quote' || t.text === ';' || t.text === '.') return -1;
    if (dash ? isDash(view, j) : t.text === ',') return j > k + 1 ? j : -1;
  }
  return -1;
}

/**
 * "claimed 20 lives", "conceded a penalty": the object's first words (before a preposition or a
 * punctuation mark) hold a noun that makes the verb another act than saying; or a particle right
 * after the verb does ("called in to the show").
 */
export function hasNonSpeechObject(view: DocView, s: SentenceRange, from: number, lemma: string): boolean {
  if (from < s.last && NON_SPEECH_PARTICLES.get(lemma)?.has(view.tokens[from]!.lower)) return true;
  const heads = NON_SPEECH_OBJECTS.get(lemma);
  if (!heads) return false;
  // ("admitted more than a million refugees": a counted object may open with a longer quantity)
  const reach = lemma === 'admit' ? 6 : 3;
  for (let k = from; k < s.last && k < from + reach; k++) {
    const t = view.tokens[k]!;
    if (t.kind !== 'word' && t.kind !== 'number') return false;
    if (heads.has(t.lower)) return true;
    if (NP_PREPOSITIONS.has(t.lower) || t.lower === 'that') return false;
  }
  return false;
}
