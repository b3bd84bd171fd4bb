// Finder 1: the dictionary matcher. Longest match first over the tokens of each sentence, for the
// knowledge base's names, aliases, acronyms and demonyms. Case rules come from the knowledge base
// (acronyms exact, names capitalised); a possessive "'s" may end a match without being part of it.
import type { Knowledge, KnownEntity, NameHit } from '../../knowledge/knowledge.js';
import { casingFits } from '../../knowledge/names.js';
import { RANK, type Candidate } from './candidates.js';
import type { MentionKind } from '../../model/types.js';
import type { DocView } from './view.js';
import { CALENDAR_WORDS } from './words.js';

const MAX_TOKENS = 16;

export function findKnownNames(view: DocView, knowledge: Knowledge): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, text } = view;
  for (const [first, end] of view.sentenceTokens) {
    let i = first;
    while (i < end) {
      const match = longestMatch(view, knowledge, i, end);
      if (!match) {
        i++;
        continue;
      }
      // "The Kremlin said", "told The Guardian": an article the list also holds without is no part of the name.
      if (tokens[i]!.lower === 'the' && articleDrops(view, knowledge, i, end, match)) {
        i++;
        continue;
      }
      const { last, matchEnd, hits } = match;
      // "March 21", "in May": a month or weekday alone is a date, not a town of that name (March, England).
      if (last === i && CALENDAR_WORDS.has(tokens[i]!.lower) && hits.every((h) => h.entity.type === 'place')) {
        i++;
        continue;
      }
      // "the Interfax news agency", "Time magazine": the name is the capitalised words; the lower-case noun only says what it is.
      const nameLast = lastBeforeGenericTail(view, i, last);
      if (nameLast < last) {
        const name = candidateFrom(i, nameLast, tokens[nameLast]!.baseEnd, hits);
        // The noun still refers to the body ("Yonhap news agency" heads a source's description).
        out.push(name, tailNominal(nameLast + 1, last, matchEnd, name));
      } else {
        out.push(candidateFrom(i, last, matchEnd, hits));
      }
      i = last + 1;
    }
  }
  return out;

  /** Where a candidate over tokens [first, last] ending at offset matchEnd stands, and its words. */
  function spanOf(first: number, last: number, matchEnd: number): Pick<Candidate, 'start' | 'end' | 'tokenStart' | 'tokenEnd' | 'sentence' | 'name'> {
    const start = tokens[first]!.start;
    return { start, end: matchEnd, tokenStart: first, tokenEnd: last + 1, sentence: tokens[first]!.sentence, name: text.slice(start, matchEnd) };
  }

  function tailNominal(first: number, last: number, matchEnd: number, name: Candidate): Candidate {
    return Object.assign({}, spanOf(first, last, matchEnd), {
      origin: 'nominal' as const,
      kind: 'nominal' as const,
      known: [],
      type: null,
      linkTo: name,
      rank: RANK.patternOther,
    });
  }

  function candidateFrom(i: number, last: number, matchEnd: number, hits: NameHit[]): Candidate {
    // One pass over the hits (two on average, so no Set): which kinds of form matched, and the entities in order.
    let allDemonyms = true, anyName = false, anyAcronym = false, onlyPlaces = true;
    const known: KnownEntity[] = [];
    for (const h of hits) {
      if (h.kind !== 'demonym') allDemonyms = false;
      if (h.kind === 'name') anyName = true;
      else if (h.kind === 'acronym') anyAcronym = true;
      if (h.entity.type !== 'place') onlyPlaces = false;
      if (!known.includes(h.entity)) known.push(h.entity);
    }
    const kind: MentionKind = allDemonyms ? 'demonym' : anyName ? 'name' : anyAcronym ? 'acronym' : 'alias';
    // Object.assign, not { ...x, more }: in Node 20 such a spread gives every object a new hidden class (docs/stages.md, "Extraction speed").
    return Object.assign({}, spanOf(i, last, matchEnd), {
      origin: 'knowledge' as const,
      kind,
      known,
      type: null,
      rank: onlyPlaces ? RANK.knownPlace : RANK.knownNamed,
    });
  }
}

/** Lower-case nouns for what a news organisation is, which some listed aliases end with ("Yonhap news agency", "Dawn newspaper"). */
const GENERIC_TAILS = new Set(['news', 'agency', 'newspaper', 'magazine', 'daily', 'weekly', 'service', 'wire', 'broadcaster', 'channel', 'blog']);

/** The last token of the name when a match ends in generic lower-case nouns after capitalised words; else last. */
function lastBeforeGenericTail(view: DocView, first: number, last: number): number {
  let k = last;
  while (k > first && !view.tokens[k]!.capitalised && GENERIC_TAILS.has(view.tokens[k]!.lower)) k--;
  return k < last && view.tokens[k]!.capitalised ? k : last;
}

/** Whether the same words without their opening "The" name one of the same entities. */
function articleDrops(view: DocView, knowledge: Knowledge, i: number, end: number, match: Match): boolean {
  if (match.last === i) return false;
  const rest = longestMatch(view, knowledge, i + 1, end);
  if (!rest || rest.last !== match.last) return false;
  return rest.hits.some((h) => match.hits.some((m) => m.entity === h.entity));
}

interface Match {
  last: number;
  matchEnd: number;
  hits: NameHit[];
}

function longestMatch(view: DocView, knowledge: Knowledge, i: number, end: number): Match | null {
  const { tokens, text } = view;
  const t = tokens[i]!;
  if (t.kind !== 'word' && t.kind !== 'number') return null;
  // Names start with a capital, a digit ("38 North"), or one of the few lower-case openings ("dpa").
  if (t.kind === 'word' && !t.capitalised && !knowledge.lowercaseStarts.has(t.key)) return null;
  let best: Match | null = null;
  const limit = Math.min(end, i + MAX_TOKENS);
  // Keys are built token by token, the way nameKey() builds them from a whole name.
  let key = '';
  for (let j = i; j < limit; j++) {
    const tj = tokens[j]!;
    key = j === i ? tj.key : tj.start > tokens[j - 1]!.end ? `${key} ${tj.key}` : key + tj.key;
    const hits = fitting(knowledge.hitsForKey(key), text, t.start, tj.end);
    if (hits.length) best = { last: j, matchEnd: tj.end, hits };
    else if (tj.possessive) {
      // A possessive ends a name ("Korea's") unless the name itself holds it ("People's Daily").
      const base = fitting(knowledge.hitsForKey(key.slice(0, key.length - (tj.end - tj.baseEnd))), text, t.start, tj.baseEnd);
      if (base.length) best = { last: j, matchEnd: tj.baseEnd, hits: base };
    }
    if (!knowledge.isKeyPrefix(key)) break;
  }
  return best;
}

/** The hits whose case rules the words in the text meet. */
function fitting(hits: readonly NameHit[], text: string, start: number, end: number): NameHit[] {
  if (!hits.length) return [];
  const surface = text.slice(start, end);
  return hits.filter((h) => casingFits(h.form, surface));
}
