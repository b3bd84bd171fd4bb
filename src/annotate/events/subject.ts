// Finder: the verb group of a trigger ("has also been deployed") and the subject before it: the last
// comma-separated part of the clause before the verb group ("On Friday, Russia's … Shoigu arrived"),
// skipping inserts ("Kim, accompanied by …, was present"); relative and coordinate clauses without a
// subject of their own take it from the clause they hang on.
import type { DocView, MentionRef } from './view.js';
import { isComma } from './view.js';
import { clauseAt, looksFinite, type SentenceClauses } from './clauses.js';
import { AUXILIARIES, BE_FORMS, DETERMINERS, EVENT_LEXICON, FRAME_OPENERS, IRREGULAR_FORMS, NEGATIONS, PREPOSITIONS, VERB_GROUP_ADVERBS, WORD_CLASSES, isLyAdverb, type WordClass } from '../../knowledge/lexicons/events/index.js';
import { PERSON_NOUNS } from '../../knowledge/lexicons/attribution/person-nouns.js';

/** Clause openers that are not part of an event's words ("which"/"who" are: "which Pyongyang criticized"). */
const OPENERS = new Set(['that', 'after', 'before', 'while', 'whereas', 'although', 'though', 'because', 'as', 'since', 'until', 'if', 'unless', 'when', 'once', 'and', 'but', 'or', 'nor', 'so', 'yet', 'whether']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our']);
const NAME_JOINERS = new Set(['of', 'for', 'and', "'s"]);
const LEADING_ARTICLES = new Set(['the', 'a', 'an']);

export interface VerbGroup {
  /** First token of the verb group (auxiliaries, adverbs, negation before the verb). */
  start: number;
  passive: boolean;
}

export interface Subject {
  /** Token range [start, end) of the subject part; start === end when the clause has none. */
  start: number;
  end: number;
  mentions: MentionRef[];
  /** The subject came from another clause (a relative pronoun's antecedent, a shared subject). */
  inherited: boolean;
  /** The subject is a pronoun or a pronoun's noun ("it", "their forces") the entities layer did not resolve. */
  pronoun?: boolean;
  /** Capitalised words that look like a name the entities layer did not find ("Ethopia", "President Bush"). */
  unknownName?: { start: number; end: number } | null;
}

export function verbGroup(view: DocView, sc: SentenceClauses, head: number): VerbGroup {
  const clause = clauseAt(sc, head);
  let start = head;
  let passive = false;
  for (let j = head - 1; j >= sc.first && clauseAt(sc, j) === clause; j--) {
    const w = view.words[j]!;
    const inGroup = AUXILIARIES.has(w) || VERB_GROUP_ADVERBS.has(w) || NEGATIONS.has(w) || w.endsWith("n't") || w === 'to'
      || view.timeAt[j]! >= 0 || (PREPOSITIONS.has(w) && view.timeAt[j + 1]! >= 0) || (isLyAdverb(w) && view.tokens[j]!.kind === 'word' && view.mentionAt[j]! < 0);
    if (!inGroup) break;
    if (BE_FORMS.has(w)) passive = true;
    start = j;
  }
  return { start, passive: (passive || existentialBefore(view, sc, head)) && isParticiple(view, head) };
}

/** "There were 12 soldiers killed": "there" and a form of "be" before the noun phrase that a participle follows. */
function existentialBefore(view: DocView, sc: SentenceClauses, head: number): boolean {
  const clause = clauseAt(sc, head);
  for (let j = head - 2; j >= sc.first + 1 && j >= head - 8 && clauseAt(sc, j) === clause; j--) {
    if (isComma(view, j)) return false;
    if (BE_FORMS.has(view.words[j]!)) return view.words[j - 1] === 'there' && j < head - 1;
  }
  return false;
}

function isParticiple(view: DocView, i: number): boolean {
  const w = view.words[i]!;
  if (w.endsWith('ing')) return false;
  const irregular = IRREGULAR_FORMS.get(w);
  // ("were hit", "was cut": a participle spelled like its base form, after a form of "be")
  return (irregular !== undefined && irregular !== w) || /ed$/.test(w) || (SAME_FORM_PARTICIPLES.has(w) && BE_FORMS.has(view.words[i - 1] ?? ''));
}

/** Verbs whose participle is their base form. */
const SAME_FORM_PARTICIPLES = new Set(['hit', 'cut', 'put', 'set', 'shut', 'hurt', 'cast', 'burst', 'spread', 'let', 'shed', 'split', 'thrust', 'upset', 'bid', 'quit']);

/** The subject of the clause that holds `verbStart`. */
export function findSubject(view: DocView, sc: SentenceClauses, verbStart: number, speechAct = false): Subject {
  const clauseId = clauseAt(sc, verbStart);
  const own = subjectPart(view, sc, clauseId, verbStart);
  if (own.mentions.length > 0) return own;
  const clause = sc.clauses[clauseId]!;
  // Session 14 (helper rev14): "McEnany said it is up to Pelosi to act, accusing her of …": a participle of speech after
  // what someone said is the speaker's own act, not one of the reported clause's subject ("said rebels attacked the town,
  // killing 12" keeps the rebels: killing is no speech).
  // (The clause finder may leave such a participle inside the content clause: an -ing form right after its comma.)
  const trailing = clause.kind === 'content' && view.words[verbStart - 1] === ',' && /[a-z]{3}ing$/.test(view.words[verbStart]!);
  const content = clause.kind === 'participial' && clause.parent >= 0 && sc.clauses[clause.parent]!.kind === 'content' ? sc.clauses[clause.parent]! : trailing ? clause : null;
  if (speechAct && content && content.parent >= 0) {
    const speaker = clauseSubject(view, sc, content.parent);
    if (speaker && speaker.mentions.length > 0) return Object.assign({}, own, { mentions: speaker.mentions, inherited: true });
  }
  // "Syria says it will not accept …", "X said their forces had withdrawn": the speaker is meant.
  if (own.pronoun && clause.kind === 'content' && clause.parent >= 0) {
    const speaker = clauseSubject(view, sc, clause.parent);
    // Object.assign, not { ...x, more }: in Node 20 such a spread gives every object a new hidden class (docs/stages.md, "Extraction speed").
    if (speaker && (speaker.mentions.length > 0 || speaker.unknownName)) return Object.assign({}, own, { mentions: speaker.mentions, unknownName: speaker.unknownName, inherited: true });
  }
  // Session 15 (helper conf15): "as Israel expands its offensive and orders thousands to leave": a verb right after "and" with
  // no subject of its own shares the subject of the verb before "and" in the same stretch of words (no comma between).
  if (view.words[verbStart - 1] === 'and') {
    for (let j = verbStart - 2; j > sc.first && j >= verbStart - 12; j--) {
      if (isComma(view, j) || view.tokens[j]!.kind === 'punct') break;
      if (view.mentionAt[j - 1]! >= 0 && view.mentionAt[j]! < 0 && view.tokens[j]!.kind === 'word' && (/[a-z][^s]s$/.test(view.words[j]!) || looksFinite(view, j))
        && opensSubject(view, sc, view.mentions[view.mentionAt[j - 1]!]!.first)) {
        const shared = subjectPart(view, sc, clauseAt(sc, j), j);
        if (shared.mentions.length > 0) return Object.assign({}, own, { mentions: shared.mentions, inherited: true });
        break;
      }
    }
  }
  const opener = view.words[clause.first]!;
  // "Parliament voted to expel …", "the union decided to strike": an infinitive has its governing verb's subject.
  if (clause.kind === 'content' && clause.parent >= 0 && opener === 'to' && own.start === verbStart && !own.unknownName) {
    // The governing verb may be a present form the clause finder does not read as finite ("plans to ban"): it stands right before "to".
    const controller = clauseSubject(view, sc, clause.parent) ?? (clause.first - 1 > sc.first ? subjectPart(view, sc, clause.parent, clause.first - 1) : null);
    if (controller && (controller.mentions.length > 0 || controller.unknownName)) return Object.assign({}, own, { mentions: controller.mentions, unknownName: controller.unknownName, inherited: true });
  }
  const antecedent = relativeAntecedent(view, sc, clauseId);
  if (antecedent) return Object.assign({}, own, { mentions: [antecedent], inherited: true });
  // Session 15 (helper conf15): "toured the kibbutz, where members of the group massacred civilians": a "where"/"when" clause
  // with a subject of its own, named by common nouns, does not take the subject of the clause it hangs on.
  if (own.unknownName && own.start < verbStart && (opener === 'where' || opener === 'when')) return own;
  if (clause.kind === 'relative' || clause.kind === 'coordinate' || clause.kind === 'participial' || clause.kind === 'insert') {
    // The nearest clause up the chain that has a named subject ("Iran rejected the measures and threatened …").
    for (let parent = clause.parent, steps = 0; parent >= 0 && steps < 3; parent = sc.clauses[parent]!.parent, steps++) {
      // "Hamas, the group that governs Gaza and launched …": a relative clause's subject is its antecedent.
      const relative = relativeAntecedent(view, sc, parent);
      if (relative) return Object.assign({}, own, { mentions: [relative], inherited: true });
      const inherited = clauseSubject(view, sc, parent);
      if (inherited && inherited.mentions.length > 0) return Object.assign({}, own, { mentions: inherited.mentions, inherited: true });
      // "The board declined to comment and rejected the offer": a subject named by common nouns is shared as well.
      if (inherited?.unknownName && !own.unknownName && own.start === verbStart && clause.kind === 'coordinate') return Object.assign({}, own, { unknownName: inherited.unknownName, inherited: true });
    }
  }
  return own;
}

/** The subject of a clause's first verb, or null when the clause shows no verb. */
export function clauseSubject(view: DocView, sc: SentenceClauses, clauseId: number): Subject | null {
  const verb = firstFiniteOf(view, sc, clauseId);
  return verb >= 0 ? subjectPart(view, sc, clauseId, verb) : null;
}

/** Comma-separated parts of a clause before its verb, nearest first, down to an introductory phrase ("On Friday,"). */
function subjectParts(view: DocView, sc: SentenceClauses, clauseId: number, verbStart: number): { start: number; end: number }[] {
  const from = sc.clauses[clauseId]!.first;
  const parts: { start: number; end: number }[] = [];
  let j = verbStart - 1;
  while (j >= from) {
    while (j >= from && (clauseAt(sc, j) !== clauseId || isComma(view, j))) j--;
    if (j < from) break;
    const end = j + 1;
    while (j >= from && clauseAt(sc, j) === clauseId && !isComma(view, j)) j--;
    let start = j + 1;
    if (!hasWord(view, start, end)) continue;
    // Session 15 (helper conf15): "The Taliban, however, claimed …": a linking adverb set off by commas is no part of the subject.
    if (end === start + 1 && LINKING_ADVERBS.has(view.words[start]!)) continue;
    // Session 15 (helper conf15): "is sending more forces, including engineers, to Khan Younis to target militants", "worked at
    // the U.N., in Washington and around the world to negotiate": a phrase of place or direction set off right before the
    // verb is where the act goes, not who does it (the town had become the attacker); the subject stands before it.
    if (parts.length === 0 && end === verbStart && PLACE_PREPOSITIONS.has(view.words[start]!)) continue;
    // A clause opener other than a relative pronoun ("after", "that", "while") is not part of the event's words.
    const rawStart = start;
    if (start === from && OPENERS.has(view.words[start]!)) start++;
    // "There were 12 soldiers killed": the noun phrase after "there were" is the participle's subject.
    if (view.words[start] === 'there' && BE_FORMS.has(view.words[start + 1] ?? '') && start + 2 < end) start += 2;
    if (start >= end) break;
    // "According to Yonhap, …, the country's military …": an attribution frame is no part of the subject.
    if (parts.length > 0 && FRAME_OPENERS.has(view.words[start]!)) break;
    // (Session 15, helper conf15: "Since the Oct. 7 attack by Hamas on Israel, the Council approved …": an opening phrase of
    // time named by an event is an introduction too; its names had joined the subject.)
    const intro = parts.length > 0 && (PREPOSITIONS.has(view.words[start]!) || INTRO_OPENERS.has(view.words[rawStart]!) || onlyTime(view, start, end) || hasVerb(view, start, end));
    if (intro) break;
    // "The president, in a speech on Monday, called …", "Russia, citing security concerns, expelled …": a phrase set off
    // by commas right before the verb, opened by a preposition or a participle, is an insert; the subject stands before it.
    if (parts.length === 0 && end === verbStart - 1 && isComma(view, end) && start - 1 > from && isComma(view, start - 1) && opensInsert(view, start)) continue;
    parts.push({ start, end });
    if (PREPOSITIONS.has(view.words[start]!) || onlyTime(view, start, end)) break;
  }
  return parts;
}

function opensInsert(view: DocView, i: number): boolean {
  const w = view.words[i]!;
  return (PREPOSITIONS.has(w) && w !== 'of') || (/[a-z]ing$/.test(w) && view.mentionAt[i]! < 0 && !isCapitalisedWord(view, i));
}

function isCapitalisedWord(view: DocView, i: number): boolean {
  return i > 0 && /^\p{Lu}/u.test(view.text.slice(view.tokens[i]!.start, view.tokens[i]!.end));
}

function subjectPart(view: DocView, sc: SentenceClauses, clauseId: number, verbStart: number): Subject {
  const parts = subjectParts(view, sc, clauseId, verbStart);
  if (parts.length === 0) return { start: verbStart, end: verbStart, mentions: [], inherited: false };
  const nearest = parts[0]!;
  // "the technology it requested": a pronoun right before the verb is the subject, named or not.
  const before = nearest.end - 1;
  if (PRONOUNS.has(view.words[before]!)) {
    const m = view.mentionAt[before]!;
    return { start: nearest.start, end: nearest.end, mentions: m >= 0 ? [view.mentions[m]!] : [], inherited: false, pronoun: m < 0 };
  }
  // An apposition chain or a list ("Sidhoum, Algeria's leading activist, staged …"; "Russia, China and Iran held …"):
  // the named parts, first one first. In the part next to the verb, only words before any earlier verb count
  // ("protesters rallied in Seoul to denounce …": the subject of "denounce" is the protesters, not Seoul).
  const named = [...parts].reverse().map((p) => {
    const to = p === nearest ? firstVerbIn(view, p.start, p.end) : p.end;
    return { p, mentions: headMentions(view, sc, clauseId, p.start, to) };
  }).filter((x) => x.mentions.length > 0);
  if (named.length > 0) {
    const mentions: MentionRef[] = [];
    for (const x of named) for (const m of x.mentions) if (!mentions.includes(m)) mentions.push(m);
    return { start: named[0]!.p.start, end: nearest.end, mentions, inherited: false };
  }
  const pronoun = hasPossessivePronoun(view, nearest.start, nearest.end);
  const verbAt = placeAfterPeople(view, nearest.start, firstVerbIn(view, nearest.start, nearest.end));
  const unknownName = pronoun || actHeadBeforePP(view, nearest.start, verbAt) ? null : peopleWithModifier(view, sc, nearest.start, verbAt) ?? capitalisedRun(view, sc, nearest.start, verbAt) ?? actorNoun(view, nearest.start, verbAt) ?? commonNounSubject(view, nearest.start, verbAt);
  return { start: nearest.start, end: nearest.end, mentions: [], inherited: false, pronoun, unknownName };
}

/** The first finite-looking verb in [from, to), or `to`. */
function firstVerbIn(view: DocView, from: number, to: number): number {
  for (let i = from; i < to; i++) if (looksFinite(view, i) && !participleAfterDeterminer(view, i)) return i;
  return to;
}

/** "the detained activist", "its exiled leader": a past form right after a determiner modifies a noun. */
function participleAfterDeterminer(view: DocView, i: number): boolean {
  return i > 0 && DETERMINERS.has(view.words[i - 1]!) && !AUXILIARIES.has(view.words[i]!) && view.tokens[i + 1]?.kind === 'word';
}

function onlyTime(view: DocView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (view.timeAt[i]! < 0 && view.tokens[i]!.kind === 'word') return false;
  return true;
}

function hasVerb(view: DocView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (looksFinite(view, i)) return true;
  return false;
}

function hasPossessivePronoun(view: DocView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (POSSESSIVE_PRONOUNS.has(view.words[i]!)) return true;
  return false;
}

/** The last run of capitalised words in a part that is not just the sentence's first word ("President Bush", "Ethopia"). */
function capitalisedRun(view: DocView, sc: SentenceClauses, from: number, to: number): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  let i = from;
  while (i < to) {
    // (Session 12: a month or weekday is a time, not a name: "On December 16th they …" had the actor "On December".)
    // (Session 12: nor is a pronoun or a gerund capitalised at the start of a quotation: "'My thoughts are …'", "'Witnessing
    // the aftermath of the attack, …'" had made "My" and "Witnessing" doers.)
    // (Session 12: a capitalised quantifier or pronoun is no name either: "– Several thousand teachers …", "“This is …".)
    if (!isCapitalised(view, i) || view.timeAt[i]! >= 0 || quotedOpener(view, i) || LONE_NON_NAMES.has(view.words[i]!)) { i++; continue; }
    let j = i + 1;
    while (j < to && view.timeAt[j]! < 0 && (isCapitalised(view, j) || (NAME_JOINERS.has(view.words[j]!) && j + 1 < to && isCapitalised(view, j + 1)))) j++;
    let start = i;
    while (start < j && LEADING_ARTICLES.has(view.words[start]!)) start++;
    const onlyFirstWord = start === sc.first && j - start === 1;
    // A capitalised word before a common noun of the subject modifies it ("Ten mostly Western countries have …"): the noun names the doer.
    const modifier = modifiesCommonNoun(view, j, to);
    if (start < j && !modifier && (!onlyFirstWord || loneNameBeforeVerb(view, start, j, to))) best = { start, end: j };
    i = j;
  }
  return best;
}

/** Whether lower-case words from `at` lead, within three, to a people or agent noun ("Western energy firms"). */
function modifiesCommonNoun(view: DocView, at: number, to: number): boolean {
  for (let k = at; k < to && k < at + 3; k++) {
    if (view.tokens[k]!.kind !== 'word' || isCapitalised(view, k) || view.mentionAt[k]! >= 0 || looksFinite(view, k)) return false;
    if (WORD_CLASSES.actor.has(view.words[k]!) || isAgentNoun(view.words[k]!)) return true;
  }
  return false;
}

/** "Obama agreed …": a lone capitalised first word right before the verb, which the event vocabulary does not know as a word ("Yesterday", "Attacks"). */
function loneNameBeforeVerb(view: DocView, start: number, end: number, verbAt: number): boolean {
  const w = view.words[start]!;
  return end === verbAt && view.tokens[start]!.kind === 'word' && w.length > 2 && !EVENT_LEXICON.vocabulary.has(w)
    && !EVENT_LEXICON.vocabulary.has(view.lemmas[start]!) && !LONE_NON_NAMES.has(w) && !/(?:ly|ing|s)$/.test(w);
}

/** Sentence-initial words that are not names. */
const LONE_NON_NAMES = new Set(['meanwhile', 'later', 'earlier', 'today', 'yesterday', 'tonight', 'now', 'then', 'there', 'here', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'others', 'both', 'all', 'none', 'each', 'another', 'one', 'nobody', 'everyone', 'someone', 'critics', 'officials',
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'what', 'who', 'how', 'why', 'when', 'where', 'if', 'but', 'and', 'yet', 'still', 'also', 'just', 'even', 'perhaps', 'instead', 'such', 'few', 'several', 'either', 'neither']);

/** A common noun that names who acts ("police", "security forces", "thousands of protesters"). */
export function actorNoun(view: DocView, from: number, to: number): { start: number; end: number } | null {
  for (let i = from; i < to; i++) {
    if (!WORD_CLASSES.actor.has(view.words[i]!)) continue;
    const start = i > from && ACTOR_MODIFIERS.has(view.words[i - 1]!) ? i - 1 : i;
    // "security forces", and "a military court", "the military rulers": a people or body noun after the actor word heads it.
    const next = i + 1 < to ? view.words[i + 1]! : '';
    const end = next && (WORD_CLASSES.actor.has(next) || (isAgentNoun(next) && !namesNoDoer(next) && view.tokens[i + 1]!.kind === 'word')) ? i + 2 : i + 1;
    return { start, end };
  }
  return null;
}

/** Words that cannot head a subject noun phrase that names who acts. */
const NOT_ACTOR_HEADS = new Set(['it', 'this', 'that', 'these', 'those', 'there', 'which', 'who', 'what', 'one', 'some', 'all', 'both', 'each', 'many', 'most', 'others', 'other', 'also', 'report', 'reports', 'statement', 'sources', 'source', 'news', 'agency', 'media', 'move', 'step', 'decision', 'plan', 'situation', 'time', 'year', 'day', 'week', 'way']);

/**
 * A subject noun phrase made of common nouns ("the opposition", "aid agencies", "the two countries"):
 * news often names actors so. Its words from the first content word to the head noun, at most five,
 * with "of" allowed inside ("thousands of students"); null when it holds a pronoun, a time or a verb.
 */
export function commonNounSubject(view: DocView, from: number, to: number): { start: number; end: number } | null {
  let start = from;
  // "…, which many voters opposed": the relative pronoun is the object, not part of who acts.
  // "…, where members of the group massacred …": a relative adverb opens the clause, it is no part of who acts.
  if (start < to - 1 && (view.words[start] === 'which' || view.words[start] === 'whom' || view.words[start] === 'where' || view.words[start] === 'when')) start++;
  while (start < to && (LEADING_ARTICLES.has(view.words[start]!) || DETERMINER_LIKE.has(view.words[start]!) || view.words[start] === 'of')) start++;
  // "Thousands rallied …": a crowd named only by its size.
  if (start >= to) return start > from && CROWD_SIZES.has(view.words[to - 1]!) ? { start: from, end: to } : null;
  for (let i = start; i < to; i++) {
    const w = view.words[i]!;
    // "ministers from the region": the head comes before its prepositional phrase.
    if (PREPOSITIONS.has(w) && w !== 'of' && i > start) { to = i; break; }
    if (view.tokens[i]!.kind !== 'word' && view.tokens[i]!.kind !== 'number') return null;
    if (view.timeAt[i]! >= 0 || AUXILIARIES.has(w) || PRONOUNS.has(w) || (PREPOSITIONS.has(w) && w !== 'of')) return null;
  }
  // "the chairman of the state oil company": a people noun before "of" heads the subject however long what follows is.
  let ofAt = start + 1;
  while (ofAt < to && ofAt <= start + 3 && view.words[ofAt] !== 'of') ofAt++;
  if (ofAt < to && view.words[ofAt] === 'of' && ofAt - start <= 3 && isAgentNoun(view.words[ofAt - 1]!) && !NOT_ACTOR_HEADS.has(view.words[ofAt - 1]!)) return { start, end: ofAt };
  if (to - start > 5) return null;
  const head = view.words[to - 1]!;
  if (view.tokens[to - 1]!.kind !== 'word' || !/^[a-z][a-z-]+$/.test(head) || head.length < 3 || (NOT_ACTOR_HEADS.has(head) && !namedAgency(view, to - 1))) return null;
  if (/^\p{Lu}/u.test(view.text[view.tokens[to - 1]!.start]!) && to - 1 > from) return null;
  if (isAgentNoun(head)) return { start, end: to };
  // "leaders of the region": the head before "of" names the actors.
  for (let i = start + 1; i < to; i++) if (view.words[i] === 'of') return isAgentNoun(view.words[i - 1]!) ? { start, end: i } : null;
  return null;
}

/** Nouns that name people or bodies that act: institutions, groups, and agent nouns ("lawmakers", "activists"). */
const AGENT_NOUNS = new Set([
  'government', 'governments', 'ministry', 'ministries', 'opposition', 'union', 'unions', 'court', 'courts', 'parliament',
  'council', 'committee', 'party', 'parties', 'police', 'army', 'regime', 'junta', 'company', 'companies', 'coalition',
  'alliance', 'board', 'agency', 'agencies', 'administration', 'cabinet', 'authorities', 'leadership', 'navy', 'military',
  'embassy', 'senate', 'congress', 'assembly', 'delegation', 'movement', 'group', 'groups', 'bank', 'banks', 'people',
  'country', 'countries', 'nation', 'nations', 'state', 'states', 'side', 'sides', 'family', 'families', 'members', 'allies',
  'neighbors', 'neighbours', 'critics', 'officials', 'staff', 'crowd', 'crowds', 'public', 'locals', 'youths', 'citizens',
  'children', 'women', 'men', 'delegates', 'rivals', 'partners', 'troops', 'forces', 'militia', 'militias', 'rebels',
  'guerrillas', 'militants', 'gunmen', 'insurgents', 'separatists', 'jihadists', 'prosecutors', 'judiciary', 'legislature',
  'lawmakers', 'legislators', 'legislator', 'mob', 'firm', 'firms', 'organization', 'organisation', 'organizations',
  'organisations', 'association', 'federation', 'community', 'communities', 'tribe', 'tribes', 'clan', 'clans', 'church',
  'clergy', 'diplomats', 'envoy', 'envoys', 'spokesman', 'spokeswoman', 'chief', 'chiefs', 'head', 'heads', 'premier',
  'president', 'minister', 'ministers', 'king', 'queen', 'prince', 'general', 'generals', 'mayor', 'governor', 'governors',
  'colonel', 'commander', 'commanders', 'leader', 'leaders', 'official', 'envoy', 'ambassador', 'ambassadors', 'secretary',
  'bloc', 'body', 'watchdog', 'regulator', 'tribunal', 'navies', 'armies', 'bishop', 'bishops', 'cleric', 'clerics', 'pope',
  'kidnappers', 'captors', 'hostage-takers', 'mission', 'team', 'network', 'cell', 'faction', 'factions', 'camp', 'wing',
  'delegations', 'commission', 'commissions', 'panel', 'panels', 'jury', 'judge', 'judges', 'police', 'unions', 'donors',
  'creditors', 'lenders', 'states', 'governments', 'authorities', 'sides', 'leaders', 'inspectors', 'investigators',
  'summit', 'conference', 'meeting', 'convention', 'services', 'charity', 'charities', 'ngo', 'ngos',
  // Armed and criminal groups and their members, as news names them when no one is named.
  'bandits', 'warlords', 'pirates', 'thugs', 'gang', 'gangs', 'cartel', 'cartels', 'mobs', 'executive', 'executives',
  'exiles', 'dissidents', 'residents', 'villagers', 'settlers', 'refugees', 'prisoners', 'detainees', 'inmates',
  'representative', 'representatives', 'deputy', 'deputies', 'emissary', 'emissaries', 'figures',
  'department', 'departments', 'management', 'regiment', 'regiments', 'league', 'leagues',
  // People acted on, as objects name them ("rescued 23 schoolgirls", "freed the hostages").
  'schoolgirls', 'schoolchildren', 'girls', 'boys', 'pupils', 'hostages', 'captives', 'victims', 'suspects', 'nationals',
]);

/** "the aid agency", "refugee agencies": an agency that acts, unlike a news agency that reports. */
function namedAgency(view: DocView, head: number): boolean {
  const before = view.words[head - 1] ?? '';
  // (Round 13, helper conv: and the anti-graft, drug or tax agency that investigates or raids.)
  return (view.words[head] === 'agency' || view.words[head] === 'agencies') && /^(aid|relief|humanitarian|refugee|refugees|un|health|development|intelligence|spy|security|border|anti-graft|anti-corruption|graft|corruption|drug|drugs|anti-narcotics|narcotics|enforcement|tax|immigration|customs|environmental|environment)$/.test(before);
}

export function isAgentNoun(head: string): boolean {
  return AGENT_NOUNS.has(head) || PERSON_NOUNS.has(head) || WORD_CLASSES.labour.has(head) || WORD_CLASSES.troops.has(head) || WORD_CLASSES.actor.has(head) || /(er|or|ist|ian|ant|ent)s?$/.test(head) || /(man|men|woman|women)$/.test(head);
}

/**
 * "The announcement came after …", "The order followed …": a noun of an act, a text or a thing has an agent ending
 * but names no one who acts (it can still be what is acted on: "the offer was rejected").
 */
export function namesNoDoer(head: string): boolean {
  return !AGENT_NOUNS.has(head) && !PERSON_NOUNS.has(head) && (/ments?$/.test(head) || NOT_AGENT_ENDINGS.has(head));
}

/** Nouns with an agent ending that name an act, a text or a thing, not who acts. */
const NOT_AGENT_ENDINGS = new Set([
  'incident', 'incidents', 'accident', 'accidents', 'event', 'events', 'content', 'intent', 'extent', 'order', 'orders',
  'letter', 'letters', 'number', 'numbers', 'matter', 'matters', 'murder', 'murders', 'error', 'errors', 'border', 'borders',
  'paper', 'papers', 'chapter', 'quarter', 'water', 'disaster', 'disasters', 'answer', 'offer', 'offers', 'transfer',
  'encounter', 'terror', 'horror', 'factor', 'factors', 'sector', 'sectors', 'corridor', 'behavior', 'behaviour', 'favor',
  'favour', 'rumor', 'rumour', 'rumors', 'rumours', 'honor', 'honour', 'vigor', 'demeanor', 'consent', 'dissent', 'comment',
]);

const CROWD_SIZES = new Set(['hundreds', 'thousands', 'dozens', 'tens', 'millions', 'scores']);

const DETERMINER_LIKE = new Set(['some', 'several', 'many', 'most', 'other', 'both', 'all', 'two', 'three', 'four', 'five', 'hundreds', 'thousands', 'dozens', 'tens']);

const ACTOR_MODIFIERS = new Set(['security', 'riot', 'special', 'armed', 'pro-government', 'anti-government', 'opposition', 'government', 'border', 'military', 'local', 'federal', 'state', 'interior', 'paramilitary', 'student', 'union']);

/** A pronoun or possessive ("My", "We") or a word in -ing opening a sentence or a quotation. */
function quotedOpener(view: DocView, i: number): boolean {
  const w = view.words[i]!;
  if (!PRONOUNS.has(w) && !POSSESSIVE_PRONOUNS.has(w) && w !== 'my' && w !== 'your' && !/^[a-z]{3,}ing$/.test(w)) return false;
  return i === 0 || view.tokens[i - 1]!.kind === 'quote' || /^['"“‘]$/.test(view.words[i - 1]!) || view.tokens[i - 1]!.sentence !== view.tokens[i]!.sentence;
}

const isCapitalised = (view: DocView, i: number): boolean => view.tokens[i]!.kind === 'word' && /^\p{Lu}/u.test(view.text[view.tokens[i]!.start]!);

function hasWord(view: DocView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (view.tokens[i]!.kind === 'word') return true;
  return false;
}

/** Mentions of a part: those not inside a prepositional phrase when there are any, else all. */
function headMentions(view: DocView, sc: SentenceClauses, clauseId: number, from: number, to: number): MentionRef[] {
  const all: MentionRef[] = [];
  const heads: MentionRef[] = [];
  let inPP = false;
  let last = -1;
  let crowdBeforePlace = false;
  let describing = false;
  for (let i = from; i < to; i++) {
    const w = view.words[i]!;
    if (clauseAt(sc, i) !== clauseId) continue;
    // "Protesters in Nairobi", "gunmen from the north": where people are or come from does not stand for them.
    if ((w === 'in' || w === 'from') && heads.length === 0 && i > from && NON_STATE_PEOPLE.some((c) => WORD_CLASSES[c].has(view.words[i - 1]!))) crowdBeforePlace = true;
    if (PREPOSITIONS.has(w) && w !== 'of') inPP = true;
    // Session 14 (helper rev14): "Senators representing Maryland and Virginia", "families living in Gaza": a participle
    // after a people noun describes them; the names after it are not the subject's head.
    // (To the end of the subject, "and" included: "representing Maryland and Virginia".)
    if (describesPeople(view, i, from)) describing = true;
    if (w === 'and' || w === ',' || w === 'or') inPP = false;
    if (w === 'of' && last >= 0 && view.mentions[last]!.end === i) inPP = true;
    // "the bombing of the ministry": what a noun of force is "of" is what it hit
    if (w === 'of' && i > from && FORCE_NOUNS.has(view.words[i - 1]!)) inPP = true;
    const m = view.mentionAt[i]!;
    if (m < 0 || m === last) continue;
    last = m;
    const ref = view.mentions[m]!;
    if (modifiesPeopleNoun(view, sc, ref)) continue;
    // Session 14 (helper rev14): "Police in Hayward", "restaurant owners in Milan", "a donor in Wisconsin": a town or
    // region where people of any kind are does not stand for them (a country or a capital still may: "officials in Moscow").
    if (inPP && heads.length === 0 && localPlaceAfterPeople(view, ref, from)) continue;
    all.push(ref);
    if (!inPP && !describing) heads.push(ref);
  }
  if (heads.length === 0 && actHeadBeforePP(view, from, to)) return [];
  if (describing && heads.length === 0) return [];
  return heads.length > 0 ? heads : crowdBeforePlace ? [] : all;
}

/**
 * "An attack on a police station killed four officers", "The bombing of the ministry killed 12": when the subject is a
 * noun of force, the names in its prepositional phrase are whom it hit, not who did it (the act has no named doer).
 */
function actHeadBeforePP(view: DocView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = view.words[i]!;
    if (PREPOSITIONS.has(w)) return i > from && FORCE_NOUNS.has(view.words[i - 1]!);
    if (view.tokens[i]!.kind !== 'word' && w !== "'s" && w !== '-') return false;
  }
  return false;
}
const FORCE_NOUNS = new Set(['attack', 'attacks', 'assault', 'assaults', 'bombing', 'bombings', 'shelling', 'strike', 'strikes', 'airstrike',
  'airstrikes', 'raid', 'raids', 'explosion', 'explosions', 'blast', 'blasts', 'ambush', 'ambushes', 'offensive', 'bombardment', 'shooting',
  'shootings', 'barrage', 'fire', 'fighting', 'clashes', 'violence', 'massacre', 'incursion', 'invasion', 'crackdown']);

/**
 * "Dock workers walked off the job", "Rail unions called a strike": a sentence's first word, capitalised only by its place,
 * that the entities layer took for an unknown body, modifies the people noun after it; it is no actor on its own.
 * (A known body keeps its name: "Unilever workers", "Hamas fighters".)
 */
function modifiesPeopleNoun(view: DocView, sc: SentenceClauses, ref: MentionRef): boolean {
  if (ref.first !== sc.first || ref.end - ref.first !== 1 || ref.entity.type !== 'organisation' || ref.entity.country || ref.entity.aliases.length > 0) return false;
  const next = ref.end;
  if (next >= sc.end || view.tokens[next]!.kind !== 'word' || isCapitalised(view, next) || view.mentionAt[next]! >= 0) return false;
  const w = view.words[next]!;
  return WORD_CLASSES.labour.has(w) || WORD_CLASSES.actor.has(w) || PERSON_NOUNS.has(w);
}

/** The modifier and its people noun as one unnamed actor ("Dock workers"). */
function peopleWithModifier(view: DocView, sc: SentenceClauses, from: number, to: number): { start: number; end: number } | null {
  const m = view.mentionAt[from]!;
  if (m < 0 || view.mentions[m]!.end + 1 > to || !modifiesPeopleNoun(view, sc, view.mentions[m]!)) return null;
  return { start: from, end: view.mentions[m]!.end + 1 };
}

/** "Protesters in Nairobi": the words before the place phrase after a noun of non-state people, else `to`. */
function placeAfterPeople(view: DocView, from: number, to: number): number {
  for (let i = from + 1; i < to; i++) {
    const w = view.words[i]!;
    if ((w === 'in' || w === 'from') && NON_STATE_PEOPLE.some((c) => WORD_CLASSES[c].has(view.words[i - 1]!))) return i;
    // (Session 14: and after any people noun, a town or region, "Police in Hayward", or a participle, "Senators representing …".)
    if (describesPeople(view, i, from)) return i;
    const m = view.mentionAt[i + 1] ?? -1;
    if ((w === 'in' || w === 'from') && m >= 0 && localPlaceAfterPeople(view, view.mentions[m]!, from)) return i;
  }
  return to;
}

/** An -ing word right after a noun of people, opening what describes them ("Senators representing Maryland"). */
function describesPeople(view: DocView, i: number, from: number): boolean {
  return i > from && /[a-z]{3}ing$/.test(view.words[i]!) && view.mentionAt[i]! < 0 && view.mentionAt[i - 1]! < 0
    && view.tokens[i - 1]!.kind === 'word' && isAgentNoun(view.words[i - 1]!);
}

/**
 * A place mention that is no country and no capital, right after "in" or "from" that follows a noun of people
 * ("police", "owners", "donor"), with no name before it in the phrase: where the people are, not who they are.
 */
function localPlaceAfterPeople(view: DocView, ref: MentionRef, from: number): boolean {
  if (ref.entity.type !== 'place' || ref.mention.kind === 'capital' || view.capitalIds?.has(ref.entity.id)) return false;
  const prep = ref.first - 1;
  if (prep - 1 < from || (view.words[prep] !== 'in' && view.words[prep] !== 'from')) return false;
  const noun = prep - 1;
  if (view.mentionAt[noun]! >= 0 || view.tokens[noun]!.kind !== 'word') return false;
  const w = view.words[noun]!;
  // (Those who govern a place may stand for it: "officials in Moscow" are Russia's, "authorities in Milan" the city's.)
  if (GOVERNING_NOUNS.has(w)) return false;
  return isAgentNoun(w) || NON_STATE_PEOPLE.some((c) => WORD_CLASSES[c].has(w));
}

const GOVERNING_NOUNS = new Set(['official', 'officials', 'authority', 'authorities', 'government', 'governments', 'administration',
  'leader', 'leaders', 'minister', 'ministers', 'lawmakers', 'legislators', 'council', 'ministry', 'regime']);

/** People who act on their own account, not for the state of the place they are in. */
const NON_STATE_PEOPLE: readonly WordClass[] = ['armedGroup', 'labour', 'civilians', 'dissent'];

/** The named antecedent of a relative clause opened by "who", "which" or "that", or null. */
function relativeAntecedent(view: DocView, sc: SentenceClauses, clauseId: number): MentionRef | null {
  const clause = sc.clauses[clauseId]!;
  const opener = view.words[clause.first]!;
  if (clause.kind !== 'relative' || (opener !== 'who' && opener !== 'which' && opener !== 'that')) return null;
  return mentionBefore(view, clause.first, sc.first) ?? appositionHead(view, clause.first, sc.first);
}

/** "Hamas, the Palestinian group that …": the name a descriptive noun phrase before a relative pronoun stands beside. */
function appositionHead(view: DocView, at: number, sentenceFirst: number): MentionRef | null {
  // The descriptive phrase is a few words opened by an article, with no comma inside ("the armed group", "a militia").
  for (let j = at - 1; j > sentenceFirst && j >= at - 7; j--) {
    if (view.tokens[j]!.kind !== 'word') return null;
    if (!LEADING_ARTICLES.has(view.words[j]!)) continue;
    if (!isComma(view, j - 1)) return null;
    const m = view.mentionAt[j - 2] ?? -1;
    return m >= 0 && ['person', 'organisation', 'group', 'country'].includes(view.mentions[m]!.entity.type) ? view.mentions[m]! : null;
  }
  return null;
}

function mentionBefore(view: DocView, at: number, sentenceFirst: number): MentionRef | null {
  for (let j = at - 1; j >= sentenceFirst && j >= at - 3; j--) {
    const m = view.mentionAt[j]!;
    if (m >= 0) return personOwningPlace(view, view.mentions[m]!) ?? view.mentions[m]!;
    if (!isComma(view, j) && view.tokens[j]!.kind !== 'punct' && view.tokens[j]!.kind !== 'quote') return null;
  }
  return null;
}

/** "Joe Manchin of West Virginia, who …", "the ACLU of Texas, which …": the person or body a place after "of"/"from" belongs to, or null. */
function personOwningPlace(view: DocView, place: MentionRef): MentionRef | null {
  if (place.entity.type !== 'place' && place.entity.type !== 'country') return null;
  const k = place.first - 1;
  if (k < 1 || (view.words[k] !== 'of' && view.words[k] !== 'from')) return null;
  const m = view.mentionAt[k - 1]!;
  // (a body too: "the ACLU of Texas, which joined the lawsuit")
  return m >= 0 && ['person', 'organisation', 'group'].includes(view.mentions[m]!.entity.type) ? view.mentions[m]! : null;
}

/** The first finite-looking verb of a clause, or -1. */
function firstFiniteOf(view: DocView, sc: SentenceClauses, clauseId: number): number {
  for (let i = sc.clauses[clauseId]!.first; i < sc.end; i++) {
    if (clauseAt(sc, i) !== clauseId) continue;
    if (looksFinite(view, i) || (view.tokens[i]!.kind === 'word' && view.mentionAt[i]! < 0 && /[a-z]s$/.test(view.words[i]!) && i > sc.clauses[clauseId]!.first && view.mentionAt[i - 1]! >= 0)) {
      return verbGroup(view, sc, i).start;
    }
  }
  return -1;
}

const PLACE_PREPOSITIONS = new Set(['to', 'into', 'onto', 'toward', 'towards', 'in', 'inside', 'across', 'through']);
const LINKING_ADVERBS = new Set(['however', 'meanwhile', 'though', 'too', 'also', 'instead', 'nevertheless', 'nonetheless', 'therefore', 'moreover', 'furthermore', 'likewise', 'similarly', 'meantime', 'then', 'thus', 'in turn', 'indeed']);

/** The name at `first` opens a subject: it starts the sentence or follows a clause opener ("considers the US biased and …" is no subject). */
function opensSubject(view: DocView, sc: SentenceClauses, first: number): boolean {
  let i = first - 1;
  if (i >= sc.first && view.words[i] === 'the') i--;
  return i < sc.first || isComma(view, i) || SUBJECT_OPENERS.has(view.words[i]!);
}
const SUBJECT_OPENERS = new Set(['as', 'while', 'when', 'after', 'before', 'because', 'since', 'that', 'and', 'but', 'which', 'who', 'if', 'though', 'although', 'where', 'once', 'until', '—', '-', ';', ':']);
const INTRO_OPENERS = new Set(['since', 'after', 'before', 'until', 'following', 'despite', 'amid', 'during', 'unlike', 'like']);
