// Finder: what follows a trigger in its clause: the words that complete it (evidence end), the
// entities it is done to (targets), the agent of a passive ("by …"), the giver of something received
// ("from …"), and the places it happens at ("in/at/near …", and "to …" for movements).
import type { DocView, MentionRef } from './view.js';
import { isComma, isPossessive } from './view.js';
import { clauseAt, looksFinite, type SentenceClauses } from './clauses.js';
import { actorNoun, commonNounSubject, isAgentNoun, namesNoDoer } from './subject.js';
import { DETERMINERS, GOAL_PREPOSITIONS, PLACE_PREPOSITIONS, PREPOSITIONS, WORD_CLASSES } from '../../knowledge/lexicons/events/index.js';

export interface Objects {
  /** Token after the last word of the event's complements (its evidence end). */
  end: number;
  targets: MentionRef[];
  /** Mentions after "by" (passive agents). */
  agents: MentionRef[];
  /** Mentions after "from" (givers, origins). */
  sources: MentionRef[];
  /** Mentions after a place preposition, and after "to/into" (goals). */
  places: MentionRef[];
  goals: MentionRef[];
  /** Mentions after "between" ("talks between Seoul and Tokyo"): parties on both sides. */
  between: MentionRef[];
  /** Mentions after "at/on/against/into" ("fired missiles at Kyiv"): what a weapon was aimed at. */
  aimedAt: MentionRef[];
  /** An "against …" phrase follows, named or not ("rocket fire against guerrilla camps"). */
  aimed: boolean;
  /** The first mention right after the trigger, with no preposition before it (a direct object). */
  direct: MentionRef | null;
  /** A common noun that names who the act is done to when no entity is named ("arrested dozens of protesters"). */
  unnamedTarget: { start: number; end: number } | null;
}

/** Adjuncts that end an event's evidence: what follows is a reason, a condition, another event. */
const ADJUNCT_OPENERS = new Set(['exchange', 'return', 'response', 'retaliation', 'protest', 'order']);
const ADJUNCT_WORDS = new Set(['because', 'despite', 'amid', 'amidst', 'following', 'after', 'before', 'unless', 'ahead', 'due', 'since', 'while', 'whereas', 'although']);
const MAX_OBJECT_TOKENS = 40;
/** Nouns of settlements and areas whose "of" introduces the place's name ("the city of Busan"). */
/** Nouns of a town or region whose "of" names it ("the port of Odesa"). */
export const TOWN_NOUNS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'port', 'capital', 'province', 'region', 'district', 'county', 'state', 'island', 'municipality', 'suburb', 'outskirts', 'area', 'enclave']);
/** Parts and sides of a place whose "of" names it ("the outskirts of", "the streets of", "north of"). */
export const LOCATIVE_NOUNS: ReadonlySet<string> = new Set(['outskirts', 'streets', 'street', 'vicinity', 'centre', 'center', 'heart', 'edge', 'suburbs',
  'suburb', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'parts', 'part', 'battlefields', 'countryside',
  'border', 'borders', 'coast', 'shores', 'outskirt', 'environs', 'downtown', 'middle']);
const AIM_PREPOSITIONS = new Set(['at', 'on', 'against', 'into', 'upon', 'toward', 'towards']);
/** "aboard its Simorgh rocket", "alongside Kurdish fighters": a vehicle or a companion, nobody acted on. */
const POSITION_PREPOSITIONS = new Set(['aboard', 'atop', 'alongside', 'beside', 'beneath', 'below', 'above', 'underneath']);
const NORM_BREACHES = new Set(['violation', 'violations', 'breach', 'breaches', 'contravention', 'defiance', 'infringement']);

export interface ObjectOptions {
  /** The trigger is a noun, maybe a subject: its phrase ends at the clause's verb ("A bombing near X killed …"). */
  stopAtVerb: boolean;
  /** The trigger is a speech act: its reported content right after it is part of it ("threatened further action against X"). */
  throughContent: boolean;
  /** Token after the trigger's last word ("opened fire on" | "the crowd"): a common-noun object starts there. */
  triggerEnd?: number;
  /** A speech act or intention right before its infinitive ("threatened to block Sweden's bid"): what the infinitive is done to is the target. */
  infinitiveObjects?: boolean;
  /** The trigger ends in a preposition ("handed power to"): the noun after it is no infinitive's object. */
  objectAfterPreposition?: boolean;
}

export function findObjects(view: DocView, sc: SentenceClauses, startClause: number, from: number, options: ObjectOptions): Objects {
  const result: Objects = { end: from, targets: [], agents: [], sources: [], places: [], goals: [], between: [], aimedAt: [], aimed: false, direct: null, unnamedTarget: null };
  let clauseId = startClause;
  let prep: string | null = null;
  let ruleBroken = false;
  let lastMention = -1;
  let targetsOpen = true;
  let sawWord = false;
  let i = from;
  for (; i < sc.end && i < from + MAX_OBJECT_TOKENS; i++) {
    const c = clauseAt(sc, i);
    if (c !== clauseId) {
      const entered = sc.clauses[c]!;
      if (!(options.throughContent && entered.kind === 'content' && entered.parent === clauseId && entered.first <= from + 2)) break;
      clauseId = c;
    }
    if (options.stopAtVerb && looksFinite(view, i)) break;
    const w = view.words[i]!;
    if (w === '.' || w === ';' || w === ':' || w === '?' || w === '!') break;
    if (isComma(view, i) && !listGoesOn(view, sc, clauseId, i + 1)) break;
    // "were killed after its capture": an adjunct right after the trigger holds no object either
    if (ADJUNCT_WORDS.has(w) && (i > from || w !== 'following')) break;
    // "blacklisted three firms for supplying Iran's drone programme": a reason in a gerund names no one acted on
    // (it stays in the act's words: "expelled the lawmaker for voting against the budget" is one act).
    // ("a proposal for signing a trade pact" says what was proposed: it goes on.)
    if ((w === 'for' || w === 'over') && i > from && /[a-z]ing$/.test(view.words[i + 1] ?? '') && view.mentionAt[i + 1]! < 0
      && !WORD_CLASSES.proposal.has(view.words[i - 1]!)) targetsOpen = false;
    if (w === 'in' && ADJUNCT_OPENERS.has(view.words[i + 1] ?? '') && (view.words[i + 2] === 'for' || view.words[i + 2] === 'to')) break;
    if (w === 'to' && isInfinitive(view, i + 1) && !(options.infinitiveObjects && i === from && result.targets.length === 0)) targetsOpen = false;
    if (w === 'against') result.aimed = true;
    if (w === 'and' && isInfinitiveOrVerb(view, i + 1)) targetsOpen = false;
    // The last preposition seen decides what a mention after it is ("to the front line in Russia's Kursk region").
    // ("in the southern port city of Busan": the "of" after a town noun names the town, the place preposition still holds.)
    // ("in the streets of Kampala", "on the outskirts of Karachi", "north of Karbala": the "of" after a part or side of a
    // place names the place; the phrase locates the act.)
    if (w === 'of' && LOCATIVE_NOUNS.has(view.words[i - 1] ?? '') && prep !== null && (PLACE_PREPOSITIONS.has(prep) || prep === 'on')) prep = 'in';
    // ("marched through Bangkok", "drove through the town": right after the verb, "through" names where it went; not
    // "reopen a corridor through the Black Sea".)
    else if (w === 'through' && i === from) prep = 'in';
    else if (PREPOSITIONS.has(w) && !(w === 'of' && TOWN_NOUNS.has(view.words[i - 1] ?? ''))) {
      prep = w;
      // "a violation of U.N. resolutions", "in breach of the treaty with Iran": the rule broken, nobody acted on
      ruleBroken = w === 'of' && NORM_BREACHES.has(view.words[i - 1] ?? '');
    }
    const m = view.mentionAt[i]!;
    if (m >= 0 && m !== lastMention) {
      lastMention = m;
      const ref = view.mentions[m]!;
      // ("toward its eastern waters": a direction of one's own is no aim; "toward Israel" is)
      if (prep !== null && AIM_PREPOSITIONS.has(prep) && !(prep.startsWith('toward') && ref.mention.kind === 'pronoun')) { result.aimedAt.push(ref); result.aimed = true; }
      if (!sawWord && prep === null && result.direct === null) result.direct = ref;
      if (prep === 'by') result.agents.push(ref);
      else if (prep === 'from') result.sources.push(ref);
      else if (prep === 'between' || prep === 'among') result.between.push(ref);
      else if (prep !== null && PLACE_PREPOSITIONS.has(prep)) result.places.push(ref);
      else if (prep !== null && GOAL_PREPOSITIONS.has(prep)) { result.goals.push(ref); if (targetsOpen) result.targets.push(ref); }
      else if (targetsOpen && !ruleBroken && !POSITION_PREPOSITIONS.has(prep ?? '')) result.targets.push(ref);
    }
    if (view.tokens[i]!.kind === 'word' && m < 0 && !DETERMINERS.has(w)) sawWord = true;
  }
  result.end = trimEnd(view, from, i);
  if (result.targets.length === 0) result.unnamedTarget = objectNoun(view, Math.max(from, options.triggerEnd ?? from), result.end, options.objectAfterPreposition === true) ?? actorNoun(view, from, result.end);
  return result;
}

/**
 * A direct object named by common nouns that name people or bodies ("kidnapped 14 passengers", "urged the government
 * to …", "charged the former mayor"): the words from the first content word to the head, cut at a preposition other
 * than "of", a comma, "to", "that" or a verb. Also after "at/on/against" ("fired tear gas at protesters").
 */
function objectNoun(view: DocView, from: number, end: number, recipientTried = false): { start: number; end: number } | null {
  let start = from;
  // "handed over power | to the elected president": a trigger that ends on its own noun has its recipient after "to".
  if (view.words[start] === 'to' && !recipientTried && !isInfinitive(view, start + 1)) return objectNoun(view, start + 1, end, true);
  // "ready to | meet the opposition leader", "threatened to | arrest the protesters": after an infinitive marker comes
  // a verb; what it is done to is its object.
  if (view.words[start - 1] === 'to' && !recipientTried) {
    if (view.tokens[start]?.kind !== 'word' || DETERMINERS.has(view.words[start]!) || view.mentionAt[start]! >= 0) return null;
    start++;
  }
  // "shut down | the station", "rounded up | dozens of protesters": a verb's particle is no part of its object.
  if (!recipientTried && OBJECT_PARTICLES.has(view.words[start] ?? '') && start > 0 && view.tokens[start - 1]!.kind === 'word' && start + 1 < end
    && (DETERMINERS.has(view.words[start + 1]!) || view.tokens[start + 1]!.kind === 'number')) start++;
  // ("killing at least 156 people": "at least" counts, it aims at nothing.)
  if (AIM_PREPOSITIONS.has(view.words[start] ?? '') && view.words[start] !== 'into' && !/^(least|most)$/.test(view.words[start + 1] ?? '')) start++;
  let to = start;
  // (A preposition other than "of" ends the phrase: "kidnapped 14 passengers | from a bus between Kaduna and Abuja".)
  // ("shot dead a village chief | and his two sons": a people noun before "and" ends the first of the objects.)
  while (to < end && view.tokens[to]!.kind !== 'punct' && !isComma(view, to) && view.words[to] !== 'to' && view.words[to] !== 'that'
    && !((view.words[to] === 'and' || view.words[to] === 'or') && to > start && isAgentNoun(view.words[to - 1]!) && !namesNoDoer(view.words[to - 1]!))
    && view.mentionAt[to]! < 0 && !(to > start && looksFinite(view, to)) && !(to > start + 1 && PREPOSITIONS.has(view.words[to]!) && view.words[to] !== 'of')) to++;
  if (to === start || (to < end && view.mentionAt[to]! >= 0)) return null;
  // "criticised the government's handling of the floods": the owner of what is acted on is who it is done to.
  const owner = possessor(view, start, to);
  if (owner) return owner;
  const noun = commonNounSubject(view, start, to);
  // "criticized the agreement": a noun of an act or a text is no one acted on; nor is a gathering ("host a meeting").
  if (noun && !namesNoDoer(view.words[noun.end - 1]!) && !GATHERINGS.has(view.words[noun.end - 1]!)) return noun;
  // "delivered food to 200,000 people", "granted asylum to the journalist": the people it goes to.
  if (view.words[to] === 'to' && !isInfinitive(view, to + 1) && !recipientTried) return objectNoun(view, to + 1, end, true);
  return null;
}

const OBJECT_PARTICLES = new Set(['down', 'up', 'off', 'out', 'away', 'back']);

/** Nouns of a gathering or a delegation that name a doer as a subject ("the summit agreed") but no one acted on as an object. */
const GATHERINGS = new Set(['meeting', 'meetings', 'summit', 'summits', 'conference', 'conferences', 'convention', 'mission', 'missions']);

/** A people or body noun with "'s" among the first words of a noun phrase ("the government's handling"), as a phrase without its article. */
function possessor(view: DocView, start: number, to: number): { start: number; end: number } | null {
  for (let k = start; k < to - 1 && k <= start + 3; k++) {
    if (!isPossessive(view, k)) continue;
    const owner = view.words[k]!.replace(/'s$|'$/, '');
    if (!isAgentNoun(owner) || namesNoDoer(owner)) return null;
    let first = start;
    while (first < k && DETERMINERS.has(view.words[first]!)) first++;
    return { start: first, end: k + 1 };
  }
  return null;
}

/** "to" + a bare verb: an infinitive ("to support"), not a preposition ("to the front line", "to Russia"). */
function isInfinitive(view: DocView, i: number): boolean {
  const t = view.tokens[i];
  if (!t || t.kind !== 'word' || view.mentionAt[i]! >= 0) return false;
  const w = view.words[i]!;
  if (DETERMINERS.has(w) || /^\p{Lu}/u.test(view.text[t.start]!)) return false;
  return !/(s|ed|ing|tion|ment|ity|ies)$/.test(w) || w === 'discuss' || w === 'assess' || w === 'press';
}

function isInfinitiveOrVerb(view: DocView, i: number): boolean {
  const w = view.words[i] ?? '';
  return /ed$/.test(w) && view.mentionAt[i]! < 0;
}

function listGoesOn(view: DocView, sc: SentenceClauses, clauseId: number, i: number): boolean {
  if (i >= sc.end || clauseAt(sc, i) !== clauseId) return false;
  // "artillery, mortar, and rocket fire": plain nouns with "and"/"or" a few words on.
  if (view.mentionAt[i]! < 0) {
    if (view.tokens[i]!.kind !== 'word' || DETERMINERS.has(view.words[i]!)) return false;
    for (let j = i; j < sc.end && j < i + 4; j++) {
      const w = view.words[j]!;
      if (w === 'and' || w === 'or') return j > i || view.words[j - 1] === ',';
      if (looksFinite(view, j) || PREPOSITIONS.has(w)) return false;
    }
    return false;
  }
  // "Iraq, Syria and Iran": a name after the comma and "and"/"or" before the next comma.
  for (let j = i; j < sc.end && j < i + 8; j++) {
    if (view.words[j] === 'and' || view.words[j] === 'or') return true;
    if (isComma(view, j)) return view.mentionAt[j + 1]! >= 0;
    if (view.mentionAt[j]! < 0 && view.tokens[j]!.kind === 'word') return false;
  }
  return false;
}

/** Drops trailing commas and connectives; keeps a closing quote. */
function trimEnd(view: DocView, from: number, end: number): number {
  let e = end;
  while (e > from) {
    const w = view.words[e - 1]!;
    const kind = view.tokens[e - 1]!.kind;
    if (kind === 'punct' && w !== ')' ) { e--; continue; }
    if (kind === 'word' && (w === 'and' || w === 'or' || w === 'but' || PREPOSITIONS.has(w) || DETERMINERS.has(w))) { e--; continue; }
    if (kind === 'quote' && isOpeningQuote(view, e - 1)) { e--; continue; }
    break;
  }
  return e;
}

function isOpeningQuote(view: DocView, i: number): boolean {
  const ch = view.text[view.tokens[i]!.start]!;
  if (ch === '“' || ch === '‘' || ch === '«') return true;
  if (ch === '"' || ch === "'") return i + 1 < view.tokens.length && view.tokens[i + 1]!.start === view.tokens[i]!.end;
  return false;
}
