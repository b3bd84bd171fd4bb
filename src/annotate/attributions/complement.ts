// What follows a cue verb before the content: the listener ("told Reuters", "stated to AFP"),
// adverbials ("on Friday", "in a statement", "in an interview with CNN"), relays (", as quoted by the
// agency,", ", citing an official,") and the complementiser ("that") or colon.
import type { CueVerb } from '../../knowledge/lexicons/attribution/cue-verbs.js';
import { CITING_CUES, RELAY_PARTICIPLES } from '../../knowledge/lexicons/attribution/phrasal-cues.js';
import { CLAUSE_VERBS, CUE_ADVERBS, DETERMINERS, OCCASION_NOUNS, SUBJECT_PRONOUNS } from '../../knowledge/lexicons/attribution/function-words.js';
import { introducerLength } from './content.js';
import type { Candidate } from './candidate.js';
import { listenerAfter, phraseAfter, spanOf, type TokRange } from './phrases.js';
import { timeAdverbialLength } from './time-adverbials.js';
import { isCapitalized, isWord, type DocView, type SentenceRange } from './view.js';

export interface Complement {
  /** Token index where the content starts. */
  contentFrom: number;
  /** "told X", "said to X", "in an interview with X": an outlet here is the channel. */
  listeners: TokRange[];
  /** ", as quoted by X,": X relayed the words. */
  relay: TokRange | null;
  /** ", citing X,": X is the source, the subject the channel. */
  cited: TokRange | null;
  /** ", according to X,": X is where the reporter has it from. */
  according: TokRange | null;
  sawThat: boolean;
  /** A colon or comma separates cue and content ("said: …", "said, “…”"). */
  separator: ':' | ',' | null;
}

/** Verbs whose first object is the listener: "told Reuters that …", "warned lawmakers that …". */
const LISTENER_VERBS = new Set(['tell', 'inform', 'notify', 'remind', 'assure', 'reassure', 'warn', 'advise', 'brief', 'urge', 'ask', 'caution', 'implore', 'promise']);
/** Listener verbs whose object may instead be what is said: "promised lower taxes", "warned Kim" is a listener only with more after it. */
const OBJECT_AS_CONTENT = new Set(['promise', 'warn', 'urge', 'ask', 'demand']);
/** Verbs of a writer whose "for X" names the outlet ("reported for NPR"). */
const REPORTING_FOR: ReadonlySet<string> = new Set(['report', 'write']);
const PP_HEADS = new Set(['in', 'at', 'on', 'during', 'via', 'through', 'over', 'from', 'after', 'before', 'following', 'ahead', 'for', 'of', 'about', 'outside', 'inside', 'amid', 'aboard', 'onboard', 'near', 'beside', 'alongside', 'while', 'upon']);
/** "said of Clinton, “…”", "wrote about the plan:": these only when a quotation or "that" follows ("warned of a crisis" is content). */
const TOPIC_HEADS = new Set(['of', 'about']);
/** Nouns of the occasion a statement was made on: a PP with one may be followed straight by the content. */
const SETTINGS = OCCASION_NOUNS;
const ARTICLES = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);
const CLAUSE_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const QUESTION_WORDS = new Set(['how', 'why', 'whether', 'what', 'where']);
const NOT_PP = new Set(['least', 'most', 'all', 'total', 'average', 'part', 'fact', 'first', 'last', 'large', 'general', 'particular', 'short', 'addition', 'turn', 'contrast', 'response']);

export function readComplement(view: DocView, s: SentenceRange, from: number, verb: CueVerb): Complement {
  const tokens = view.tokens;
  const out: Complement = { contentFrom: from, listeners: [], relay: null, cited: null, according: null, sawThat: false, separator: null };
  let i = from;
  if (LISTENER_VERBS.has(verb.lemma) && !verb.particle) {
    const listener = listenerAfter(view, s, i);
    // "promised lower taxes.": with nothing after it, the noun phrase is what was promised, not a listener
    if (listener && !(OBJECT_AS_CONTENT.has(verb.lemma) && endsClause(view, s, listener.last))) { out.listeners.push(listener); i = listener.last; }
  }
  for (let step = 0; step < 8 && i < s.last; step++) {
    const t = tokens[i]!;
    const time = timeAdverbialLength(tokens, i, s.last);
    if (time > 0) {
      const from = i;
      i += time;
      // "at a Tuesday morning briefing in Leeds that …": after an article the time words modify an occasion noun
      if (tokens.slice(from, i).some((w) => ARTICLES.has(w.lower))) i = afterOccasionNoun(view, s, i);
      continue;
    }
    if (CUE_ADVERBS.has(t.lower) && t.lower !== 'that') { i++; continue; }
    // "complained bitterly that …", "insisted vehemently that …": a manner adverb of the act before the clause
    if (mannerAdverbBeforeThat(tokens, i)) { i++; continue; }
    // "said at a stop in Dayton, Ohio, that …": the state or country after a place name goes with the place
    if (t.text === ',' && i > from && isCapitalized(tokens[i - 1])) {
      const end = regionAfterPlace(tokens, i, s.last);
      if (end > i) { i = end; continue; }
    }
    // "cautioned, as did the bank itself, that …": a comparison with another speaker set off by commas
    if (t.text === ',' && tokens[i + 1]?.lower === 'as' && AS_DID.has(tokens[i + 2]?.lower ?? '')) {
      let k = i + 3;
      while (k < s.last && k < i + 12 && isWord(tokens[k])) k++;
      if (k > i + 3 && tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'that') { i = k + 1; continue; }
    }
    if ((t.lower === 'to' || t.lower === 'with') && out.listeners.length < 2) {
      // "agreed on Tuesday to reopen the corridor": an infinitive, not someone spoken to
      if (t.lower === 'to' && looksLikeInfinitive(tokens[i + 1])) break;
      const listener = listenerAfter(view, s, i + 1);
      if (listener) { out.listeners.push(listener); i = listener.last; continue; }
      break;
    }
    // "asked the court for a delay": what is asked for is the content, not a circumstance
    if (t.lower === 'for' && verb.lemma === 'ask') break;
    // "as Roe reported for NPR", "wrote for the Guardian": whom a writer reports for is the outlet the words came
    // through (the channel refiner keeps it only if it is an outlet)
    if (t.lower === 'for' && REPORTING_FOR.has(verb.lemma) && out.listeners.length < 2) {
      const outlet = listenerAfter(view, s, i + 1);
      if (outlet) { out.listeners.push(outlet); i = outlet.last; continue; }
    }
    if (PP_HEADS.has(t.lower)) {
      const end = prepositionalPhrase(view, s, i);
      if (end > i) {
        // "said on the Telegram messaging app", "wrote on the social media platform X", "said in a post on
        // Facebook": the platform the words were posted on is the channel they came through
        if (PLATFORM_PREPOSITIONS.has(t.lower) && out.listeners.length < 2 && platformIn(tokens, i + 1, end)) {
          const platform = { first: i + 1, last: end };
          if (out.listeners.length === 0) out.listeners.push(platform); else out.listeners.unshift(platform);
        }
        i = end;
        continue;
      }
      break;
    }
    if (t.text === ',' && PP_HEADS.has(tokens[i + 1]?.lower ?? '')) {
      // "explains, in a satirical fashion, that …": a circumstance set off by commas before the clause
      const end = prepositionalPhrase(view, s, i + 1);
      if (end > i + 1 && tokens[end]?.text === ',' && tokens[end + 1]?.lower === 'that') { i = end + 1; continue; }
    }
    if (t.text === ',' || t.text === '—' || t.text === '–') {
      const end = readRelay(view, s, i + 1, out);
      if (end > i + 1) { i = end; if (tokens[i]?.text === ',' || tokens[i]?.text === '—') i++; continue; }
    }
    break;
  }
  const t = tokens[i];
  if (t && i < s.last) {
    if (t.lower === 'that' && !(isWord(tokens[i + 1]) && CLAUSE_VERBS.has(tokens[i + 1]!.lower))) { out.sawThat = true; i++; }
    else if (t.text === ':') { out.separator = ':'; i++; }
    else if (t.text === ',' && tokens[i + 1]?.kind === 'quote') { out.separator = ','; i++; }
  }
  out.contentFrom = i;
  return out;
}

const PLATFORM_PREPOSITIONS = new Set(['on', 'in', 'via', 'through']);

/** Social media platforms and messaging apps, by the word that names them, and their usual names. */
export const PLATFORMS: ReadonlyMap<string, string> = new Map([
  ['twitter', 'Twitter'], ['facebook', 'Facebook'], ['instagram', 'Instagram'], ['telegram', 'Telegram'], ['youtube', 'YouTube'],
  ['tiktok', 'TikTok'], ['weibo', 'Weibo'], ['wechat', 'WeChat'], ['linkedin', 'LinkedIn'], ['whatsapp', 'WhatsApp'], ['vkontakte', 'VKontakte'],
]);

/**
 * The platform named by a capitalised word in tokens [from, to): "Telegram", "Instagram", or the
 * letter "X" after "platform", "on" or "on the" ("on X", "the social media platform X"). Else null.
 */
export function platformIn(tokens: DocView['tokens'], from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!isCapitalized(t)) continue;
    const known = PLATFORMS.get(t.lower);
    if (known) return known;
    if (t.text === 'X' && ['platform', 'on', 'the'].includes(tokens[k - 1]?.lower ?? '') && !(tokens[k + 1]?.text === '.' && tokens[k + 1]!.start === t.end && isCapitalized(tokens[k + 2]) && tokens[k + 2]!.sentence === t.sentence)) return 'X';
  }
  if (to - from === 2 && tokens[from]!.lower === 'truth' && tokens[from + 1]!.lower === 'social') return 'Truth Social';
  return null;
}

/** Auxiliaries of an elliptical comparison with another speaker (", as did the bank,"). */
const AS_DID = new Set(['did', 'do', 'does', 'has', 'have', 'had']);
/** Nouns in -ly that may stand before "that" ("the rally that", "a reply that"). */
const LY_NOUNS = new Set(['family', 'rally', 'supply', 'reply', 'assembly', 'ally', 'anomaly', 'monopoly', 'homily', 'bully', 'belly', 'jelly', 'lily', 'folly', 'italy']);

/** A lower-case adverb in -ly right before "that" and not after a determiner ("complained bitterly that"). */
function mannerAdverbBeforeThat(tokens: DocView['tokens'], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || t.text !== t.lower || !/^[a-z]{4,}ly$/.test(t.lower) || LY_NOUNS.has(t.lower)) return false;
  if (tokens[i + 1]?.lower !== 'that') return false;
  const before = tokens[i - 1];
  return !(before && (DETERMINERS.has(before.lower) || ARTICLES.has(before.lower)));
}

/**
 * ", Ohio, that …" after a place name at `comma`: one to three capitalised words (or an abbreviation
 * like "N.M.") and a comma before "that"; returns the index after the second comma, or `comma`.
 */
function regionAfterPlace(tokens: DocView['tokens'], comma: number, limit: number): number {
  let k = comma + 1;
  while (k < limit && k <= comma + 4 && (isCapitalized(tokens[k]) || (tokens[k]!.text === '.' && tokens[k]!.start === tokens[k - 1]!.end))) k++;
  if (k === comma + 1 || tokens[k]?.text !== ',' || tokens[k + 1]?.lower !== 'that') return comma;
  return k + 1;
}

/** After "rally" or "news conference" at `at` (one or two lower-case words ending in an occasion noun), or `at`. */
function afterOccasionNoun(view: DocView, s: SentenceRange, at: number): number {
  for (let k = at; k < s.last && k < at + 2; k++) {
    const w = view.tokens[k]!;
    if (!isWord(w) || w.text !== w.lower) return at;
    if (SETTINGS.has(w.lower)) return k + 1;
  }
  return at;
}

/**
 * A lower-case word after "to" that is not a determiner and not a plural noun ("to reporters") is
 * taken as the verb of an infinitive ("to reopen", "to discuss").
 */
function looksLikeInfinitive(t: DocView['tokens'][number] | undefined): boolean {
  if (!t || !isWord(t) || t.text[0] !== t.lower[0]) return false;
  if (DETERMINERS.has(t.lower) || ['him', 'her', 'them', 'me', 'us', 'you', 'it', 'his', 'their', 'its', 'our', 'my', 'your'].includes(t.lower)) return false;
  return !/[^s]s$/.test(t.lower) || /(?:ss|us|is)$/.test(t.lower);
}

/** ", as quoted by X" / ", citing X" / ", according to X" after a cue; returns the token after it, or `at`. */
function readRelay(view: DocView, s: SentenceRange, at: number, out: Complement): number {
  const tokens = view.tokens;
  const t = tokens[at];
  if (!t) return at;
  if (CITING_CUES.has(t.lower)) {
    const cited = phraseAfter(view, s, at + 1);
    if (!cited) return at;
    out.cited = cited;
    return cited.last;
  }
  const len = introducerLength(view, at, s.last);
  if (len === 0) return at;
  const who = phraseAfter(view, s, at + len);
  if (!who) return at;
  if (len === 3 && RELAY_PARTICIPLES.has(tokens[at + 1]!.lower)) out.relay = who;
  else out.according = who;
  return who.last;
}

/**
 * "in a statement", "at a news conference in Seoul", "on Twitter": returns the token after the phrase,
 * or `at` when the words after the preposition read as the content itself ("said at least 10 died").
 */
function prepositionalPhrase(view: DocView, s: SentenceRange, at: number): number {
  const tokens = view.tokens;
  const head = tokens[at]!.lower;
  if (head === 'ahead' && tokens[at + 1]?.lower !== 'of') return at;
  let k = head === 'ahead' ? at + 2 : at + 1;
  if (NOT_PP.has(tokens[k]?.lower ?? '')) return at;
  let nouns = 0;
  let setting = false;
  while (k < s.last && k - at < 9) {
    const w = tokens[k]!;
    // ("aboard Air Force One", "at Gate 5": a number may end a name in the phrase; "in a 114-page ruling": a number
    // joined to a word by a hyphen is one modifier)
    if ((w.kind === 'number' || w.text === '-') && tokens[k + 1] && tokens[k + 1]!.start === w.end && k + 1 < s.last) { k++; continue; }
    if ((!isWord(w) && !(w.kind === 'number' && nouns > 0)) || w.lower === 'that') break;
    // "in the town of Dunmore": "of" and a name continue the place
    if (nouns > 0 && w.lower === 'of' && isCapitalized(tokens[k + 1]) && !DETERMINERS.has(tokens[k + 1]!.lower)) {
      k += 2;
      while (k < s.last && k - at < 12 && isCapitalized(tokens[k])) k++;
      continue;
    }
    if (nouns > 0 && (((DETERMINERS.has(w.lower) || CLAUSE_VERBS.has(w.lower)) && w.text === w.lower) || SUBJECT_PRONOUNS.has(w.lower) || PP_HEADS.has(w.lower) || QUESTION_WORDS.has(w.lower) || w.lower === 'to' || w.lower === 'with')) break;
    if (!DETERMINERS.has(w.lower)) nouns++;
    if (SETTINGS.has(w.lower)) setting = true;
    k++;
  }
  if (nouns === 0) return at;
  const next = tokens[k];
  if (TOPIC_HEADS.has(head)) return next && (next.lower === 'that' || next.text === ':' || (next.text === ',' && tokens[k + 1]?.kind === 'quote')) ? k : at;
  if (k >= s.last || !next) return k;
  if (next.lower === 'that' || next.text === ':' || next.text === ',' || next.kind === 'quote' || next.text === '.') return k;
  // "shows in detail how …", "explained at length why …": a question word opens the content
  if (QUESTION_WORDS.has(next.lower)) return k;
  if (PP_HEADS.has(next.lower) || next.lower === 'to' || next.lower === 'with' || timeAdverbialLength(tokens, k, s.last) > 0) return k;
  // "said after the meeting he would …": a personal pronoun opens the reported clause
  if (CLAUSE_PRONOUNS.has(next.lower)) return k;
  return setting ? k : at;
}

/**
 * The channel words a complement names: a relay (", as quoted by X", ", according to X") for sure; a
 * listener ("told X", "in an interview with X") only if it turns out to be an outlet. A cited source
 * (", citing X") is passed on for the refiner to swap in.
 */
export function channelOf(view: DocView, c: Complement): Pick<Candidate, 'channel' | 'channelCertain' | 'cited' | 'citingCue'> {
  const cited = c.cited ? spanOf(view, c.cited) : null;
  const citingCue = c.cited ? spanOf(view, { first: c.cited.first - 1, last: c.cited.first }) : null;
  const certain = c.relay ?? c.according;
  if (certain) return { channel: spanOf(view, certain), channelCertain: true, cited, citingCue };
  const listener: TokRange | undefined = c.listeners[0];
  return { channel: listener ? spanOf(view, listener) : null, channelCertain: false, cited, citingCue };
}

/** Nothing but a time adverbial or a prepositional phrase before the clause ends at token `at`. */
function endsClause(view: DocView, s: SentenceRange, at: number): boolean {
  const t = view.tokens[at];
  if (!t || at >= s.last) return true;
  if (t.text === '.' || t.text === ';' || t.text === '!' || t.text === '?') return true;
  if (PP_HEADS.has(t.lower) && t.lower !== 'that') return prepositionalPhrase(view, s, at) >= s.last - 1;
  return timeAdverbialLength(view.tokens, at, s.last) > 0 && endsClause(view, s, at + timeAdverbialLength(view.tokens, at, s.last));
}
