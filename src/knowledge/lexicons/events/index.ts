// The event lexicon as the annotator reads it: every trigger phrase indexed by its first lemma,
// and the vocabulary of lemmas the lemmatizer aims at. Built once at module load.
import { COOPERATIVE_TRIGGERS } from './cooperative-triggers.js';
import { CONFLICT_TRIGGERS } from './conflict-triggers.js';
import { NEWS_PHRASING_TRIGGERS } from './news-phrasing-triggers.js';
import { CODEBOOK_TRIGGERS } from './codebook-triggers.js';
import type { TriggerEntry, TriggerPos, TriggerSense } from './lexicon-types.js';
import { LIGHT_VERBS, NON_EVENT_PHRASES, RECEIVING_VERBS } from './light-verbs.js';
import { PLANNING_VERBS, REPORTING_VERBS, NEGATING_VERBS, OCCURRENCE_VERBS, HAPPENING_VERBS } from './function-words.js';
import { IRREGULAR_FORMS } from './irregular-verbs.js';

export type { TriggerEntry, TriggerSense, TriggerPos } from './lexicon-types.js';
export { sense } from './lexicon-types.js';
export { WORD_CLASSES, type WordClass } from './word-classes.js';
export * from './function-words.js';
export { LIGHT_VERBS, LIGHT_VERB_PARTICLES, NON_EVENT_PHRASES, PUBLISHED_THINGS, RECEIVING_VERBS } from './light-verbs.js';
export { IRREGULAR_FORMS } from './irregular-verbs.js';
export { NATURAL_CAUSES } from './natural-causes.js';

/** A trigger phrase split into parts; `gapBefore[i]` says whether words may stand before part i. */
export interface TriggerPattern {
  parts: string[];
  gapBefore: boolean[];
  pos: TriggerPos;
  senses: TriggerSense[];
  phrase: string;
}

export interface EventLexicon {
  /** Patterns by first lemma, longest first. */
  byFirst: ReadonlyMap<string, readonly TriggerPattern[]>;
  /** Phrases that name no event, by first lemma, longest first (their senses are empty). */
  blockers: ReadonlyMap<string, readonly TriggerPattern[]>;
  /** Every lemma the lexicon and the annotator's word lists mention: the lemmatizer's targets. */
  vocabulary: ReadonlySet<string>;
}

function parse(entry: TriggerEntry): TriggerPattern {
  const parts: string[] = [];
  const gapBefore: boolean[] = [];
  let gap = false;
  for (const word of entry.phrase.split(/\s+/)) {
    if (word === '…') { gap = true; continue; }
    parts.push(word);
    gapBefore.push(gap);
    gap = false;
  }
  return { parts, gapBefore, pos: entry.pos, senses: [...entry.senses], phrase: entry.phrase };
}

/** Conditional senses before unconditional ones, so "send troops" can be a deployment before it is a transfer. */
function orderSenses(senses: TriggerSense[]): TriggerSense[] {
  return [...senses.filter((s) => s.needs), ...senses.filter((s) => !s.needs)];
}

function build(): EventLexicon {
  const byKey = new Map<string, TriggerPattern>();
  for (const entry of [...COOPERATIVE_TRIGGERS, ...CONFLICT_TRIGGERS, ...NEWS_PHRASING_TRIGGERS, ...CODEBOOK_TRIGGERS]) {
    const pattern = parse(entry);
    const key = `${pattern.pos}:${pattern.parts.join(' ')}:${pattern.gapBefore.join(',')}`;
    const known = byKey.get(key);
    if (known) known.senses.push(...pattern.senses);
    else byKey.set(key, pattern);
  }
  const byFirst = new Map<string, TriggerPattern[]>();
  const vocabulary = new Set<string>();
  for (const pattern of byKey.values()) {
    pattern.senses = orderSenses(pattern.senses);
    const list = byFirst.get(pattern.parts[0]!) ?? [];
    list.push(pattern);
    byFirst.set(pattern.parts[0]!, list);
    for (const part of pattern.parts) vocabulary.add(part);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.parts.length - a.parts.length);
  // Word classes are matched by surface form and lemma both, and hold plurals: they are not lemma targets.
  for (const words of [LIGHT_VERBS, RECEIVING_VERBS, PLANNING_VERBS, REPORTING_VERBS, NEGATING_VERBS, OCCURRENCE_VERBS, HAPPENING_VERBS]) {
    for (const w of words) vocabulary.add(w);
  }
  for (const lemma of IRREGULAR_FORMS.values()) vocabulary.add(lemma);
  const blockers = new Map<string, TriggerPattern[]>();
  for (const phrase of NON_EVENT_PHRASES) {
    const pattern = parse({ phrase, pos: 'any', senses: [] });
    const list = blockers.get(pattern.parts[0]!) ?? [];
    list.push(pattern);
    blockers.set(pattern.parts[0]!, list);
    for (const part of pattern.parts) vocabulary.add(part);
  }
  for (const list of blockers.values()) list.sort((a, b) => b.parts.length - a.parts.length);
  return { byFirst, blockers, vocabulary };
}

export const EVENT_LEXICON: EventLexicon = build();
