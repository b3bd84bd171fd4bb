// Finder: trigger phrases of the event lexicon in one sentence, by lemma, longest match first,
// with gaps where the phrase allows them ("imposed new sanctions"). Then a light verb before a
// noun trigger takes the noun in ("conducted Thursday's test", "received Russian assistance").
import type { DocView } from './view.js';
import { isComma, isPossessive } from './view.js';
import { usageOf, type Usage } from './usage.js';
import { looksFinite } from './clauses.js';
import { verbClassOf } from './verb-classes.js';
import { patternFor } from './typed-pattern.js';
import { AUXILIARIES, BE_FORMS, DETERMINERS, EVENT_LEXICON, IRREGULAR_FORMS, LIGHT_VERBS, NEGATIONS, LIGHT_VERB_PARTICLES, PREPOSITIONS, RECEIVING_VERBS, RELATIVE_PRONOUNS, type TriggerPattern } from '../../knowledge/lexicons/events/index.js';

export interface TriggerMatch {
  /** Token range [first, end) of the trigger words (a light verb and its noun included). */
  first: number;
  end: number;
  /** Token of the verb that carries the event (or of the noun when no verb does). */
  head: number;
  /** Tokens [nounFirst, noun] of the trigger noun when the event is named by a noun. */
  noun: number | null;
  nounFirst: number | null;
  usage: Usage;
  pattern: TriggerPattern;
  /** The light verb receives the event ("received assistance"): its subject is the recipient. */
  received: boolean;
}

const MAX_GAP = 4;
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);
const MAX_GAP_BEFORE_TO = 6;
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
const HEAD_NOUNS = new Set([
  'capability', 'capabilities', 'readiness', 'helicopter', 'helicopters', 'site', 'sites', 'pad', 'pads', 'zone', 'zones',
  'system', 'systems', 'vehicle', 'vehicles', 'plan', 'plans', 'program', 'programs', 'programme', 'programmes', 'capacity',
  'power', 'team', 'teams', 'ability', 'experience', 'training', 'scenario', 'scenarios', 'ground', 'grounds', 'range',
  'data', 'results', 'footage', 'images', 'photos', 'aircraft', 'jet', 'jets', 'submarine', 'submarines', 'drone', 'drones',
  'force', 'forces', 'troops', 'unit', 'units', 'group', 'groups', 'boat', 'boats', 'dog', 'dogs', 'rifle', 'rifles',
  'weapon', 'weapons', 'policy', 'policies', 'agency', 'agencies', 'worker', 'workers', 'official', 'officials',
  'organization', 'organisation', 'organizations', 'organisations', 'budget', 'budgets', 'money', 'funds', 'package',
  'packages', 'effort', 'efforts', 'route', 'routes', 'corridor', 'corridors', 'convoy', 'convoys', 'shipments',
  // Session 13 (helper rev13): legal proceedings about an act name the proceedings, not the act ("the murder trial could
  // begin this summer", "the murder suspect appeared in court").
  'trial', 'trials', 'suspect', 'suspects', 'case', 'cases', 'verdict', 'verdicts', 'hearing', 'hearings', 'defendant', 'defendants',
]);
const MONTHS_AND_MODALS = new Set(['march', 'may']);
/** Nouns of a trade or an office that an -ing word before them describes ("consulting firm", "prosecuting attorney"). */
const ROLE_HEAD_NOUNS = new Set([
  'firm', 'firms', 'attorney', 'attorneys', 'lawyer', 'lawyers', 'counsel', 'company', 'companies', 'consultancy', 'practice',
  'business', 'businesses', 'partner', 'partners', 'agency', 'agencies', 'officer', 'officers', 'judge', 'magistrate', 'services',
]);

export function findTriggers(view: DocView, sentence: number): TriggerMatch[] {
  const { first, end } = view.sentenceTokens[sentence]!;
  const matches: TriggerMatch[] = [];
  const used = new Uint8Array(end - first);
  for (let i = first; i < end; i++) {
    if (used[i - first] || view.tokens[i]!.kind !== 'word' || insideName(view, i) || inTitleCase(view, i, first)) continue;
    const blockers = EVENT_LEXICON.blockers.get(view.lemmas[i]!);
    const blocked = blockers?.map((b) => matchParts(view, b, i, end)).find((parts) => parts !== null);
    // "gave themselves up" is a surrender although "give … up" names no event: a longer trigger phrase outranks a blocker.
    if (blocked && !longerTrigger(view, i, end, blocked.length)) {
      for (const p of blocked) used[p - first] = 1;
      continue;
    }
    const patterns = EVENT_LEXICON.byFirst.get(view.lemmas[i]!);
    if (!patterns) {
      const typed = verbClassTrigger(view, i, first);
      if (typed) { used[i - first] = 1; matches.push(typed); }
      continue;
    }
    if (MONTHS_AND_MODALS.has(view.words[i]!) && /^\p{Lu}/u.test(view.text[view.tokens[i]!.start]!) && i > first) continue;
    let usage = usageOf(view, i, first);
    const active = longestMatch(view, patterns, i, end, usage);
    // "Relations were downgraded", "the ruling was ignored by …": a verb-and-noun phrase in the passive names its noun first.
    const passive = usage === 'verb' ? passivePhrase(view, patterns, i, first, end) : null;
    const found = passive && (!active || passive.pattern.parts.length > active.pattern.parts.length) ? passive : active;
    if (!found) continue;
    if (found === passive) {
      const noun = passive.parts[passive.parts.length - 1]!;
      // The noun may have been taken as a trigger of its own ("the talks were called off"): the phrase names it, unless
      // the noun already names the act ("an inquiry … has been ordered").
      const own = matches.findIndex((m) => m.first === noun && m.end === noun + 1);
      if (own >= 0 && matches[own]!.pattern.senses.some((s) => passive.pattern.senses.some((p) => p.plover === s.plover))) continue;
      if (own >= 0) matches.splice(own, 1);
      for (const p of passive.parts) used[p - first] = 1;
      const verbEnd = passive.parts[passive.parts.length - 2]! + 1;
      matches.push({ first: i, end: verbEnd, head: i, noun: null, nounFirst: null, usage: 'verb', pattern: passive.pattern, received: false });
      continue;
    }
    const { pattern, parts } = found;
    // Session 14: "Air strikes on the city killed 30": a compound noun trigger opening the sentence takes its use from
    // its last word ("strikes" before "on" is a noun), not from its first ("air" alone would be read as a verb there).
    if (i === first && usage === 'verb' && pattern.pos === 'any' && parts.length > 1 && parts.every((p, k) => p === i + k)) {
      usage = usageOf(view, parts[parts.length - 1]!, first);
    }
    // Round 13 (helper conv): "Drones attacked a refinery": a noun phrase pattern ("drone attack") whose last word is a
    // past verb form is a subject and its verb; the verb is tried as a trigger of its own.
    if (usage === 'noun' && pattern.pos !== 'verb' && parts.length > 1 && pastFormAt(view, parts[parts.length - 1]!)) continue;
    // "combat capabilities", "attack helicopters", "test site": the trigger modifies another noun.
    if (usage === 'noun' && pattern.parts.length === 1 && HEAD_NOUNS.has(view.words[i + 1] ?? '')) continue;
    // Session 13 (helper rev13): "a consulting firm", "the prosecuting attorney": a one-word -ing trigger before a noun of
    // trade or office names what someone does for a living, no act.
    if (pattern.parts.length === 1 && view.words[i]!.endsWith('ing') && ROLE_HEAD_NOUNS.has(view.words[i + 1] ?? '')) continue;
    for (const p of parts) used[p - first] = 1;
    const last = parts[parts.length - 1]!;
    const isNoun = usage === 'noun' && pattern.pos !== 'verb';
    matches.push({ first: i, end: last + 1, head: i, noun: isNoun ? last : null, nounFirst: isNoun ? i : null, usage, pattern, received: false });
  }
  return attachLightVerbs(view, matches, first);
}

/** Words a phrase may end on that are not the noun it acts on ("withdraw … from", "hand … power to"). */
const NOT_PHRASE_NOUNS = new Set(['to', 'from', 'with', 'on', 'at', 'for', 'of', 'in', 'into', 'against', 'that', 'home', 'up', 'off', 'out', 'down', 'back']);

/**
 * A "verb … noun" phrase in the passive: the participle at `at` after a form of "be" (an adverb may stand between),
 * its noun at most five words before ("Diplomatic relations were downgraded", "the court ruling was ignored by the
 * governor", "the talks were called off"). Parts: the verb's words, then the noun's token last.
 */
function passivePhrase(view: DocView, patterns: readonly TriggerPattern[], at: number, first: number, end: number): { pattern: TriggerPattern; parts: number[] } | null {
  const be = BE_FORMS.has(view.words[at - 1] ?? '') ? at - 1 : BE_FORMS.has(view.words[at - 2] ?? '') && /ly$/.test(view.words[at - 1]!) ? at - 2 : -1;
  if (be <= first) return null;
  const w = view.words[at]!;
  // (Round 13, helper conv: after a form of "be", a verb whose participle is its base form is a participle too: "the
  // newspaper was shut down", "a curfew has been put in place".)
  if (!/ed$/.test(w) && !IRREGULAR_FORMS.has(w) && !SAME_FORM_PARTICIPLES.has(w)) return null;
  for (const pattern of patterns) {
    const n = pattern.parts.length;
    if (n < 2 || pattern.pos === 'noun' || !pattern.gapBefore[n - 1] || pattern.gapBefore.slice(1, n - 1).some(Boolean)) continue;
    const noun = pattern.parts[n - 1]!;
    if (NOT_PHRASE_NOUNS.has(noun)) continue;
    const parts = [at];
    for (let k = 1; k < n - 1; k++) {
      if (view.lemmas[at + k] !== pattern.parts[k] && view.words[at + k] !== pattern.parts[k]) break;
      parts.push(at + k);
    }
    if (parts.length !== n - 1 || at + n - 1 > end) continue;
    for (let j = be - 1; j >= first && j >= be - 5; j--) {
      if (isComma(view, j) || RELATIVE_PRONOUNS.has(view.words[j]!) || view.words[j] === ';') break;
      if (view.lemmas[j] === noun || view.words[j] === noun) return { pattern, parts: [...parts, j] };
    }
  }
  return null;
}

/** Verbs whose past participle is their base form (not in the irregular table, which maps forms that differ). */
const SAME_FORM_PARTICIPLES = new Set(['shut', 'put', 'cut', 'hit', 'let', 'set', 'spread', 'quit', 'cast', 'burst', 'hurt', 'upset']);

/** A past form of a verb: an -ed word or an irregular past the lemmatizer changed ("attacked", "struck"). */
function pastFormAt(view: DocView, at: number): boolean {
  const w = view.words[at]!;
  return w !== view.lemmas[at] && (/ed$/.test(w) || (IRREGULAR_FORMS.has(w) && IRREGULAR_FORMS.get(w) !== w));
}

/** A trigger phrase of more words than a blocker matched at the same token. */
function longerTrigger(view: DocView, at: number, end: number, blockerParts: number): boolean {
  return (EVENT_LEXICON.byFirst.get(view.lemmas[at]!) ?? []).some((p) => p.parts.length > blockerParts && matchParts(view, p, at, end) !== null);
}

/** A verb the lexicon does not list, typed by its WordNet class, when its form shows it is a verb ("strafed", "to eradicate"). */
function verbClassTrigger(view: DocView, i: number, first: number): TriggerMatch | null {
  const w = view.words[i]!;
  if (w.length < 4 || !isLowerAsciiWord(w)) return null;
  const prev = i > first ? view.words[i - 1]! : '';
  // The lemmatizer does not know these words, so usageOf cannot read their form: only the word before decides.
  if (DETERMINERS.has(prev) || (i > first && isPossessive(view, i - 1))) return null;
  const verbForm = (w.endsWith('ed') && w[w.length - 3] !== 'e') || w.endsWith('ied') || (IRREGULAR_FORMS.has(w) && IRREGULAR_FORMS.get(w) !== w)
    || (w.endsWith('ing') && AUXILIARIES.has(prev)) || prev === 'to' || AUXILIARIES.has(prev) || NEGATIONS.has(prev);
  if (!verbForm) return null;
  // "the two exiled dissidents", "met with exiled leaders": after a number or a preposition (not "to" or "by"), before a
  // plain word, a past form is the noun's adjective.
  const next = view.tokens[i + 1];
  const afterCountOrPreposition = i > first && (view.tokens[i - 1]!.kind === 'number' || COUNT_WORDS.has(prev) || (PREPOSITIONS.has(prev) && prev !== 'to' && prev !== 'by'));
  if (w.endsWith('ed') && afterCountOrPreposition && next?.kind === 'word' && !PREPOSITIONS.has(view.words[i + 1]!) && !DETERMINERS.has(view.words[i + 1]!) && view.words[i + 1] !== 'and') return null;
  const type = verbClassOf(w);
  if (!type) return null;
  return { first: i, end: i + 1, head: i, noun: null, nounFirst: null, usage: 'verb', pattern: patternFor(type, true), received: false };
}

/** Only a-z and hyphens, as /^[a-z-]+$/ (a loop: this runs for most words, and the regex call showed in `npm run bench`). */
function isLowerAsciiWord(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if ((c < 97 || c > 122) && c !== 45) return false;
  }
  return w.length > 0;
}

/** A capitalised word inside a sentence belongs to a name or a headline ("Hit Piece", "Pell Grants"), not to the story. */
function inTitleCase(view: DocView, i: number, first: number): boolean {
  if (i === first || !/^\p{Lu}/u.test(view.text[view.tokens[i]!.start]!)) return false;
  const prev = view.tokens[i - 1]!;
  return !(prev.kind === 'quote' || view.words[i - 1] === '(' || view.words[i - 1] === ':' || view.words[i - 1] === '—');
}

/** Words of a name are not triggers ("Amnesty International", "Ceasefire Violations Committee"). */
function insideName(view: DocView, i: number): boolean {
  const m = view.mentionAt[i]!;
  if (m < 0) return false;
  const kind = view.mentions[m]!.mention.kind;
  return kind === 'name' || kind === 'alias' || kind === 'acronym';
}

function longestMatch(view: DocView, patterns: readonly TriggerPattern[], at: number, end: number, usage: Usage): { pattern: TriggerPattern; parts: number[] } | null {
  let best: { pattern: TriggerPattern; parts: number[] } | null = null;
  for (const pattern of patterns) {
    if (usage === 'modifier' && pattern.parts.length === 1) continue;
    if (pattern.pos === 'verb' && usage === 'noun' && pattern.parts.length === 1) continue;
    if (pattern.pos === 'noun' && usage === 'verb' && pattern.parts.length === 1) continue;
    // Patterns of as many parts as one already found: the one whose words stand closest together wins
    // ("banned imports of cotton from …" is "ban … import", not "ban … from").
    if (best && pattern.parts.length < best.pattern.parts.length) break;
    const parts = matchParts(view, pattern, at, end, usage);
    if (parts && (!best || parts[parts.length - 1]! < best.parts[best.parts.length - 1]!)) best = { pattern, parts };
  }
  return best;
}

/** Prepositions that end a trigger pattern by pointing at its target ("fire at", "fire on"). */
const TARGET_PREPOSITIONS = new Set(['at', 'on', 'upon']);

function matchParts(view: DocView, pattern: TriggerPattern, at: number, end: number, usage: Usage | null = null): number[] | null {
  const parts = [at];
  let pos = at + 1;
  for (let k = 1; k < pattern.parts.length; k++) {
    const want = pattern.parts[k]!;
    // "asked the governments of the region not to …": the addressee before an infinitive may be a longer noun phrase.
    const gap = want === 'to' && k === pattern.parts.length - 1 && usage === 'verb' ? MAX_GAP_BEFORE_TO : MAX_GAP;
    let limit = pattern.gapBefore[k] ? Math.min(end, pos + gap + 1) : Math.min(end, pos + 1);
    // "called again for", "appealed repeatedly for": an adverb may stand between a verb and the preposition of its phrase.
    if (!pattern.gapBefore[k] && k === 1 && usage === 'verb' && PREPOSITIONS.has(want) && pos < end && adverbAt(view, pos)) limit = Math.min(end, pos + 2);
    let hit = -1;
    let hyphens = 0;
    for (let j = pos; j < limit; j++) {
      // "a 48-hour ultimatum": a number joined to a word by a hyphen is one word of the gap, not three (twice at most).
      if (pattern.gapBefore[k] && hyphens < 2 && joinedHyphen(view, j)) { limit = Math.min(end, limit + 2); hyphens++; }
      // ("attacked the convoy in retaliation for a raid" is no "attack … for": the preposition is the adjunct noun's)
      if (pattern.gapBefore[k] && j > pos && view.words[j] === 'in' && want !== 'in' && ADJUNCT_PHRASE_NOUNS.has(view.words[j + 1] ?? '')) break;
      if (view.lemmas[j] === want || view.words[j] === want) { hit = j; break; }
      if (isComma(view, j) || view.words[j] === '.' || view.words[j] === ';' || RELATIVE_PRONOUNS.has(view.words[j]!)) break;
      // ("calls in Israel for military action" is no "call in … military": a gap does not run past "for")
      if (pattern.gapBefore[k] && view.words[j] === 'for' && j > pos) break;
    }
    if (hit < 0) return null;
    // "fired at around 7:40 a.m.", "attacked on Monday": a preposition that opens a time names no target.
    if (k === pattern.parts.length - 1 && TARGET_PREPOSITIONS.has(want) && (view.timeAt[hit]! >= 0 || (hit + 1 < end && view.timeAt[hit + 1]! >= 0))) return null;
    // Session 12: "fired at least two missiles into the sea": "at least" counts the weapons, it aims at nothing.
    if (k === pattern.parts.length - 1 && want === 'at' && /^(least|most)$/.test(view.words[hit + 1] ?? '')) return null;
    parts.push(hit);
    pos = hit + 1;
  }
  return parts;
}

/** Nouns of "in retaliation for", "in exchange for", "in response to": phrases that own their preposition. */
const ADJUNCT_PHRASE_NOUNS = new Set(['retaliation', 'revenge', 'reprisal', 'response', 'exchange', 'return', 'protest', 'solidarity', 'support', 'memory', 'honour', 'honor']);

/** Adverbs that may part a verb from its phrase's preposition: "again", "repeatedly", not "Italy" (a name) or "family". */
const PLAIN_ADVERBS = new Set(['again', 'also', 'once', 'still', 'now', 'today', 'yesterday', 'tonight', 'publicly', 'repeatedly', 'immediately', 'urgently', 'openly', 'formally', 'jointly', 'recently', 'previously', 'earlier', 'later']);
function adverbAt(view: DocView, j: number): boolean {
  return view.mentionAt[j]! < 0 && PLAIN_ADVERBS.has(view.words[j]!);
}

/** A hyphen written without spaces between two tokens ("48-hour", "10-day"). */
function joinedHyphen(view: DocView, j: number): boolean {
  const t = view.tokens[j]!;
  if (view.words[j] !== '-' || j === 0 || j + 1 >= view.tokens.length) return false;
  return view.tokens[j - 1]!.end === t.start && view.tokens[j + 1]!.start === t.end;
}

/** A light or receiving verb before a noun trigger becomes the trigger's verb ("held talks"). */
function attachLightVerbs(view: DocView, matches: TriggerMatch[], first: number): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const absorbed = new Set<TriggerMatch>();
  for (const m of matches) {
    if (m.noun === null || m.pattern.pos === 'verb') continue;
    const verb = governingVerb(view, m.first, first);
    if (verb < 0) continue;
    const lemma = view.lemmas[verb]!;
    const verbMatch = matches.find((x) => x.head === verb);
    const received = RECEIVING_VERBS.has(lemma);
    if (verbMatch) {
      // "received … assistance" as a trigger of its own: one event, named by the noun.
      if (!received && !LIGHT_VERBS.has(lemma)) continue;
      absorbed.add(verbMatch);
    }
    m.first = verb;
    m.head = verb;
    m.usage = 'verb';
    m.received = received;
  }
  for (const m of matches) if (!absorbed.has(m)) out.push(m);
  return out;
}

/** A word used as a verb that the lexicon knows as a one-word verb trigger ("would prohibit all aid"). */
function isVerbTrigger(view: DocView, j: number, sentenceFirst: number): boolean {
  const patterns = EVENT_LEXICON.byFirst.get(view.lemmas[j]!);
  return patterns !== undefined && patterns.some((p) => p.pos === 'verb' && p.parts.length === 1) && usageOf(view, j, sentenceFirst) === 'verb';
}

/** The light or receiving verb a few words before a noun, with only modifiers between; -1 if none. */
function governingVerb(view: DocView, nounStart: number, sentenceFirst: number): number {
  for (let j = nounStart - 1; j >= sentenceFirst && j >= nounStart - 7; j--) {
    const w = view.words[j]!;
    const lemma = view.lemmas[j]!;
    if (LIGHT_VERBS.has(lemma) || RECEIVING_VERBS.has(lemma)) {
      // "the strengthening of cooperation": a gerund before "of" is a noun, not the event's verb.
      if (w.endsWith('ing') && view.words[j + 1] === 'of') return -1;
      return usageOf(view, j, sentenceFirst) === 'verb' ? j : -1;
    }
    if (LIGHT_VERB_PARTICLES.has(w) && j - 1 >= sentenceFirst && LIGHT_VERBS.has(view.lemmas[j - 1]!)) continue;
    if (isComma(view, j) || w === '.' || w === ';' || w === 'that' || w === 'to' || RELATIVE_PRONOUNS.has(w)) return -1;
    // "engaged army troops in a firefight": "engage" with its object before "in" carries the noun event.
    if (w === 'in') return engageBefore(view, j, sentenceFirst);
    if (PREPOSITIONS.has(w) && w !== 'of') return -1;
    // Only modifiers stand between a light verb and its noun: not another verb, auxiliary or pronoun.
    if (AUXILIARIES.has(w) || PRONOUNS.has(w)) return -1;
    if ((looksFinite(view, j) || isVerbTrigger(view, j, sentenceFirst)) && !afterNounPhraseStart(view, j, sentenceFirst)) return -1;
  }
  return -1;
}

/** "engage" a few words before "in" with only its object between ("engaged rebel fighters in"); -1 if none. */
function engageBefore(view: DocView, inIndex: number, sentenceFirst: number): number {
  for (let k = inIndex - 1; k >= sentenceFirst && k >= inIndex - 5; k--) {
    const w = view.words[k]!;
    if (view.lemmas[k] === 'engage') return k < inIndex - 1 && usageOf(view, k, sentenceFirst) === 'verb' ? k : -1;
    if (view.tokens[k]!.kind !== 'word' && view.tokens[k]!.kind !== 'number' || isComma(view, k) || AUXILIARIES.has(w) || PREPOSITIONS.has(w) || looksFinite(view, k)) return -1;
  }
  return -1;
}

const NOUN_PHRASE_OPENERS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'latest', 'next', 'new', 'annual', 'largest', 'biggest']);

/**
 * A word a few words after a determiner, ordinal or number modifies the noun that follows ("held a combined exercise",
 * "held their first combined air force exercise"): it is no finite verb however it looks.
 */
function afterNounPhraseStart(view: DocView, j: number, sentenceFirst: number): boolean {
  for (let k = j - 1; k >= sentenceFirst && k >= j - 3; k--) {
    const w = view.words[k]!;
    if (DETERMINERS.has(w) || NOUN_PHRASE_OPENERS.has(w) || view.tokens[k]!.kind === 'number' || isPossessive(view, k)) return true;
    if (view.tokens[k]!.kind !== 'word' || AUXILIARIES.has(w) || PRONOUNS.has(w) || LIGHT_VERBS.has(view.lemmas[k]!)) return false;
  }
  return false;
}
