// One document as the event finders read it: tokens with their lower-cased words and lemmas, and
// for each token the entity mention and time expression that cover it. Built once per document in
// one pass over each layer (mentions and times are sorted, tokens are in text order).
import type { Attribution, Entity, Mention, Sentence, TimeExpression, Token } from '../../model/types.js';
import { analyzeWord } from './lemmatize.js';
import { firstStartingFrom } from '../../model/text.js';

export interface MentionRef {
  mention: Mention;
  entity: Entity;
  /** Token range [first, end). */
  first: number;
  end: number;
}

export interface DocView {
  text: string;
  tokens: readonly Token[];
  /** Lower-cased token text with plain apostrophes. */
  words: string[];
  lemmas: string[];
  /** Index into `mentions` of the mention covering each token, or -1. */
  mentionAt: Int32Array;
  mentions: MentionRef[];
  /** Index into `times` of the time expression covering each token, or -1. */
  timeAt: Int32Array;
  times: readonly TimeExpression[];
  sentences: readonly Sentence[];
  /** Token range [first, end) of each sentence. */
  sentenceTokens: { first: number; end: number }[];
  attributions: readonly Attribution[];
  /** Publication date (YYYY-MM-DD) when known: only to tell future from past, never as an event date. */
  published: string | null;
  /** Ids of the person entities. */
  personIds: ReadonlySet<string>;
  /** Ids of the place entities that are capitals (they may stand for their state: "police in Minsk"); set by the stage. */
  capitalIds?: ReadonlySet<string>;
}

export function buildView(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  entities: readonly Entity[],
  times: readonly TimeExpression[],
  attributions: readonly Attribution[],
  published: string | null,
): DocView {
  const words: string[] = [];
  const lemmas: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const surface = text.slice(t.start, t.end);
    if (t.kind === 'word') {
      const analysed = analyzeWord(surface);
      words.push(analysed.word);
      lemmas.push(analysed.lemma);
    } else {
      words.push(surface);
      lemmas.push(surface);
    }
  }
  const sentenceTokens = sentences.map(() => ({ first: 0, end: 0 }));
  let s = -1;
  for (let i = 0; i < tokens.length; i++) {
    const si = tokens[i]!.sentence;
    if (si !== s) {
      if (sentenceTokens[si]) sentenceTokens[si]!.first = i;
      s = si;
    }
    if (sentenceTokens[si]) sentenceTokens[si]!.end = i + 1;
  }
  const allMentions: { mention: Mention; entity: Entity }[] = [];
  for (const entity of entities) for (const mention of entity.mentions) allMentions.push({ mention, entity });
  // Longer mentions first, so a nested shorter one never overwrites the one around it.
  allMentions.sort((a, b) => a.mention.start - b.mention.start || (b.mention.end - b.mention.start) - (a.mention.end - a.mention.start));
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  const mentions: MentionRef[] = [];
  coverTokens(tokens, allMentions.map((m) => m.mention), (index, first, end) => {
    const m = allMentions[index]!;
    mentions.push({ mention: m.mention, entity: m.entity, first, end });
    for (let i = first; i < end; i++) if (mentionAt[i] === -1) mentionAt[i] = mentions.length - 1;
  });
  const sortedTimes = [...times].sort((a, b) => a.start - b.start);
  const timeAt = new Int32Array(tokens.length).fill(-1);
  coverTokens(tokens, sortedTimes, (index, first, end) => {
    for (let i = first; i < end; i++) if (timeAt[i] === -1) timeAt[i] = index;
  });
  const personIds = new Set(entities.filter((e) => e.type === 'person').map((e) => e.id));
  return { text, tokens, words, lemmas, mentionAt, mentions, timeAt, times: sortedTimes, sentences, sentenceTokens, attributions, published, personIds };
}

/** Calls `found` with the token range [first, end) each span (sorted by start) covers; spans covering no token are skipped. */
function coverTokens(tokens: readonly Token[], spans: readonly { start: number; end: number }[], found: (index: number, first: number, end: number) => void): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    let first = firstStartingFrom(tokens, span.start);
    // A span may start inside a token ("North Korea’s" as one token holding "North Korea").
    if (first > 0 && tokens[first - 1]!.end > span.start) first--;
    let end = first;
    while (end < tokens.length && tokens[end]!.start < span.end) end++;
    if (end > first) found(k, first, end);
  }
}


export const tokenText = (view: DocView, i: number): string => view.text.slice(view.tokens[i]!.start, view.tokens[i]!.end);

export const isWord = (view: DocView, i: number): boolean => view.tokens[i]?.kind === 'word';

export const isCapitalized = (view: DocView, i: number): boolean => /^\p{Lu}/u.test(tokenText(view, i));

export const isComma = (view: DocView, i: number): boolean => view.words[i] === ',';

/** A possessive word ("Russia’s", "Thursday's", "leaders'"). */
export const isPossessive = (view: DocView, i: number): boolean => /'s$|s'$/.test(view.words[i] ?? '');

/** The index of the token that contains or follows a text offset. */
export function tokenAtOffset(view: DocView, offset: number): number {
  let i = firstStartingFrom(view.tokens, offset);
  if (i > 0 && view.tokens[i - 1]!.end > offset) i--;
  return i;
}
