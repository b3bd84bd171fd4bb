// Features of an event-worthy clause for the learned PLOVER type model: the main verb's lemma, the
// verb with its preposition and object head, content lemmas of the clause, negation and plans, the
// lexicon's word classes and the PLOVER types the trigger lexicon gives the clause's words. Computed
// once per candidate clause, from the same view the rules read (training uses this very function).
import type { DocView } from './view.js';
import { isComma } from './view.js';
import { clauseAt, looksFinite, type SentenceClauses } from './clauses.js';
import {
  AUXILIARIES, BE_FORMS, DETERMINERS, EVENT_LEXICON, IRREGULAR_FORMS, FUTURE_MODALS, NEGATIONS, PLANNING_VERBS, PREPOSITIONS, VERB_GROUP_ADVERBS,
  WORD_CLASSES, type WordClass,
} from '../../knowledge/lexicons/events/index.js';

/** A candidate clause: the tokens [first, end) it covers and its main verb. */
export interface TypedClause {
  first: number;
  end: number;
  head: number;
  features: string[];
}

const SPEECH = new Set(['say', 'said', 'tell', 'told', 'report', 'add', 'state', 'note', 'quote', 'cite']);
const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'that', 'this', 'its', 'their', 'his', 'her', 'it', 'they', 'he', 'she', 'we', 'as', 'be', 'is', 'are', 'was', 'were', 'been', 'has', 'have', 'had', 'which', 'who']);
/** Clauses that say something about a participant, not the sentence's act ("a body linked to …"). */
const SIDE_CLAUSES = new Set(['frame', 'relative', 'insert', 'participial']);
/** Words after the head that still belong to its act. */
const AFTER_HEAD = 14;
const CLASS_NAMES = Object.keys(WORD_CLASSES) as WordClass[];
const COORDINATORS = new Set(['and', 'or', 'but', 'nor', 'while', 'whose', 'than']);
/** Word classes of people and bodies: after a name they belong to the subject ("Taliban rebels"), they are no verb. */
const SUBJECT_NOUNS: readonly WordClass[] = ['actor', 'armedGroup', 'troops', 'lawEnforcement', 'diplomat', 'labour'];

/** The lemma, or for words the event vocabulary does not know, a crude stem ("negotiated" → "negotiat"). */
export function stemOf(view: DocView, i: number): string {
  const lemma = view.lemmas[i]!;
  if (lemma !== view.words[i]) return lemma;
  return lemma.replace(/(?:ing|ed|es|s)$/, '') || lemma;
}

/** The first main verb of a sentence that is not a plain speech verb, outside attribution frames; -1 if none. */
export function mainVerb(view: DocView, sc: SentenceClauses): number {
  for (let i = sc.first; i < sc.end; i++) {
    const kind = sc.clauses[clauseAt(sc, i)]!.kind;
    if (SIDE_CLAUSES.has(kind) || view.tokens[i]!.kind !== 'word' || view.mentionAt[i]! >= 0 || view.timeAt[i]! >= 0) continue;
    const w = view.words[i]!;
    if (AUXILIARIES.has(w)) {
      const head = afterAuxiliaries(view, i + 1, sc.end);
      if (head >= 0 && !SPEECH.has(view.lemmas[head]!)) return head;
      if (head >= 0) i = head;
      continue;
    }
    if (SPEECH.has(view.lemmas[i]!)) continue;
    if (looksFinite(view, i)) return i;
    if (afterSubject(view, i, sc.first)) {
      if (!pluralSubjectNoun(view, i)) return i;
      if (!SPEECH.has(view.lemmas[i + 1]!)) return i + 1;
    }
  }
  return -1;
}

/** "inspectors want": a plural noun before a bare verb is the subject's head, the verb comes next. */
function pluralSubjectNoun(view: DocView, i: number): boolean {
  const next = view.words[i + 1] ?? '';
  return /[^s]s$/.test(view.words[i]!) && view.tokens[i + 1]?.kind === 'word' && view.mentionAt[i + 1]! < 0
    && /^[a-z]+$/.test(next) && !next.endsWith('s') && !DETERMINERS.has(next) && !PREPOSITIONS.has(next) && !STOP.has(next);
}

/** The verb after an auxiliary group ("has not yet agreed", "will be sent"), or -1. */
function afterAuxiliaries(view: DocView, from: number, end: number): number {
  for (let j = from; j < end && j < from + 4; j++) {
    const w = view.words[j]!;
    if (AUXILIARIES.has(w) || NEGATIONS.has(w) || VERB_GROUP_ADVERBS.has(w) || w.endsWith("n't") || /ly$/.test(w)) continue;
    if (view.tokens[j]!.kind !== 'word' || view.mentionAt[j]! >= 0 || !/^[a-z][a-z-]*$/.test(w) || STOP.has(w) || DETERMINERS.has(w) || PREPOSITIONS.has(w)) return -1;
    // After "is"/"was" only a participle is a verb ("was fined", "is seizing"); "is scary" describes.
    if (BE_FORMS.has(view.words[j - 1]!) && !/(?:ed|ing|en)$/.test(w) && !IRREGULAR_FORMS.has(w)) return -1;
    return j;
  }
  return -1;
}

/** A verb right after a named subject or a pronoun ("Iran rejects", "they demand"), not a noun after a demonym ("Syrian rebels") or before an auxiliary ("the army has …"). */
function afterSubject(view: DocView, i: number, first: number): boolean {
  if (i === first) return false;
  const prev = view.words[i - 1]!;
  const m = view.mentionAt[i - 1]!;
  const named = m >= 0 && view.mentions[m]!.mention.kind !== 'demonym';
  const w = view.words[i]!;
  const next = view.words[i + 1] ?? '';
  if (AUXILIARIES.has(next) || /^\p{Lu}/u.test(view.text[view.tokens[i]!.start]!)) return false;
  // "Britain's foreign secretary praised": a word after a possessive name modifies the subject's head.
  if (/['’]s$/.test(prev)) return false;
  // "the US and Jordan", "Greece bluntly demanded", "Taliban rebels said": a link word, an adverb or a noun of the subject.
  if (COORDINATORS.has(w) || STOP.has(w) || VERB_GROUP_ADVERBS.has(w) || /ly$/.test(w) || SUBJECT_NOUNS.some((c) => WORD_CLASSES[c].has(w))) return false;
  if (SPEECH.has(view.lemmas[i + 1] ?? '')) return false;
  return (named || prev === 'they' || prev === 'he' || prev === 'she' || prev === 'we') && /[a-z]/.test(w) && !DETERMINERS.has(w) && !PREPOSITIONS.has(w);
}

/** Features of the words [first, end) around the main verb `head`. */
export function clauseFeatures(view: DocView, sc: SentenceClauses, head: number, first: number, end: number): string[] {
  const out = new Set<string>(['bias']);
  const h = stemOf(view, head);
  out.add(`h:${h}`);
  const next = view.words[head + 1] ?? '';
  if (PREPOSITIONS.has(next)) out.add(`hp:${h}>${next}`);
  const object = objectHead(view, head + 1, end);
  if (object >= 0) {
    const m = view.mentionAt[object]!;
    out.add(`ho:${h}>${m >= 0 ? `@${view.mentions[m]!.entity.type}` : stemOf(view, object)}`);
  }
  if (BE_FORMS.has(view.words[head - 1] ?? '') && /ed$/.test(view.words[head]!)) out.add('passive');
  // The verb group before the head: "did not accept" and "will withdraw" are other acts than "accepted", "withdrew".
  for (let j = head - 1; j >= first && j >= head - 3; j--) {
    const w = view.words[j]!;
    if (NEGATIONS.has(w) || w.endsWith("n't")) out.add(`hn:${h}`);
    else if (FUTURE_MODALS.has(w)) out.add(`hm:${h}`);
    else if (!AUXILIARIES.has(w) && !VERB_GROUP_ADVERBS.has(w)) break;
  }
  // "agreed to lift", "threatened to attack", "refused to hand over": the verb of the complement and the types the lexicon gives it.
  if (view.words[head + 1] === 'to' && view.tokens[head + 2]?.kind === 'word' && view.mentionAt[head + 2]! < 0) {
    const c = stemOf(view, head + 2);
    out.add(`cv:${c}`);
    out.add(`hc:${h}>${c}`);
    for (const t of lexiconTypes(view.lemmas[head + 2]!)) out.add(`cx:${t}`);
  }
  // Where the act goes ("sent tanks to Kursk", "… to Ukraine", "… to the border"): a deployment inside one's own land
  // or to a front, aid to another state. Not the infinitive marker right after the verb ("agreed to lift").
  const clauseEnd = Math.min(end, head + AFTER_HEAD);
  for (let j = head + 2; j < clauseEnd; j++) {
    if (isComma(view, j)) break;
    if (view.words[j] !== 'to') continue;
    let k = j + 1;
    while (k < clauseEnd && DETERMINERS.has(view.words[k]!)) k++;
    if (k >= clauseEnd) break;
    const m = view.mentionAt[k]!;
    if (m >= 0) {
      const dest = view.mentions[m]!.entity;
      out.add(`to:@${dest.type}`);
      // Whether it stays in the land of a doer named before the verb ("Russia sent … to Kursk") or leaves it.
      const doers = new Set<string>();
      for (let i = first; i < head; i++) { const d = view.mentionAt[i]!; if (d >= 0 && view.mentions[d]!.entity.country) doers.add(view.mentions[d]!.entity.country!); }
      if (dest.country && doers.size > 0) out.add(doers.has(dest.country) ? 'to:own' : 'to:abroad');
    }
    else if (k > j + 1 && view.tokens[k]!.kind === 'word') out.add(`to:${stemOf(view, k)}`);
    break;
  }
  // A planned or refused act is coded by what it would be ("will boycott" threatens, "did not accept" rejects):
  // the head's lexicon types joined with its verb group's modality.
  const group = out.has(`hm:${h}`) ? 'pl' : out.has(`hn:${h}`) ? 'ng' : null;
  if (group) for (const t of lexiconTypes(view.lemmas[head]!)) out.add(`${group}:${t}`);
  const from = Math.max(first, sc.clauses[clauseAt(sc, head)]!.first);
  const to = Math.min(end, head + AFTER_HEAD);
  for (let i = from; i < to; i++) {
    if (SIDE_CLAUSES.has(sc.clauses[clauseAt(sc, i)]!.kind)) continue;
    const w = view.words[i]!;
    if (NEGATIONS.has(w) || w.endsWith("n't")) out.add(i < head ? 'neg:before' : 'neg');
    if (FUTURE_MODALS.has(w)) out.add('modal');
    if (view.mentionAt[i]! >= 0) { out.add(`ent:${view.mentions[view.mentionAt[i]!]!.entity.type}`); continue; }
    if (view.tokens[i]!.kind !== 'word' || STOP.has(w) || view.timeAt[i]! >= 0) continue;
    for (const f of wordFeatures(view, i)) out.add(f);
    if (i === head) for (const t of lexiconTypes(view.lemmas[i]!)) out.add(`lx:${t}:h`);
  }
  return [...out];
}

/** Features by word, then lemma: the view's words and lemmas are the lemmatizer's cached strings, so no key is built per token. */
const wordCache = new Map<string, Map<string, readonly string[]>>();
let wordCacheSize = 0;
const WORD_CACHE_LIMIT = 50_000;

/** The features a content word brings wherever it stands (its stem, plan cue, word classes, lexicon types), cached by word and lemma. */
function wordFeatures(view: DocView, i: number): readonly string[] {
  const w = view.words[i]!;
  const lemma = view.lemmas[i]!;
  let byLemma = wordCache.get(w);
  let features = byLemma?.get(lemma);
  if (features === undefined) {
    const list = [`w:${stemOf(view, i)}`];
    if (PLANNING_VERBS.has(lemma)) list.push('plan');
    for (const c of CLASS_NAMES) if (WORD_CLASSES[c].has(w) || WORD_CLASSES[c].has(lemma)) list.push(`c:${c}`);
    for (const t of lexiconTypes(lemma)) list.push(`lx:${t}`);
    features = list;
    if (wordCacheSize >= WORD_CACHE_LIMIT) {
      wordCache.clear();
      wordCacheSize = 0;
      byLemma = undefined;
    }
    if (!byLemma) wordCache.set(w, (byLemma = new Map()));
    byLemma.set(lemma, features);
    wordCacheSize++;
  }
  return features;
}

/** PLOVER types of the one-word triggers of a lemma. */
function lexiconTypes(lemma: string): string[] {
  const patterns = EVENT_LEXICON.byFirst.get(lemma);
  if (!patterns) return [];
  const types = new Set<string>();
  for (const p of patterns) if (p.parts.length === 1) for (const s of p.senses) types.add(s.plover);
  return [...types];
}

/**
 * The head of the noun phrase right after the verb: its last plain word before a preposition, comma, link
 * word or verb group. Times, numbers and adverbs are skipped ("released Tuesday the two engineers",
 * "provided nearly 300 tonnes"): a day or a figure is no object.
 */
function objectHead(view: DocView, from: number, end: number): number {
  let last = -1;
  for (let j = from; j < end && j < from + 6; j++) {
    const w = view.words[j]!;
    if (isComma(view, j) || PREPOSITIONS.has(w) || w === 'that') break;
    const kind = view.tokens[j]!.kind;
    if (view.timeAt[j]! >= 0 || kind === 'number') continue;
    if (kind !== 'word' || COORDINATORS.has(w) || AUXILIARIES.has(w) || FUTURE_MODALS.has(w) || NEGATIONS.has(w)) break;
    if (!DETERMINERS.has(w) && !(/ly$/.test(w) && view.mentionAt[j]! < 0) && !VERB_GROUP_ADVERBS.has(w)) last = j;
  }
  return last;
}
