// Refiner: names inside a headline written in capitals ("TENNIS - HINGIS BEATS SELES IN TORONTO").
// Capitals there mark no name, so the run of them is dropped unless a known name stands inside it.
// A word or words that spell, in capitals, a name the report types in ordinary case are that name:
// a person's surname ("Martina Hingis" below the headline) or a club or firm typed by a cue
// ("PSV Eindhoven"). The new mentions link to the names they repeat.
import { RANK, type Candidate } from './candidates.js';
import type { DocView } from './view.js';
import { FUNCTION_WORDS } from './words.js';

const MAX_WORDS = 3;
const PLACE_BEFORE = new Set(['in', 'at', 'near', 'from', 'to', 'outside']);

export function findNamesInShoutedHeadlines(view: DocView, candidates: readonly Candidate[]): Candidate[] {
  const shouted = [...view.headlines].filter((s) => shoutedSentence(view, s));
  if (!shouted.length) return [];
  const byWords = namesByWords(view, candidates);
  if (!byWords.size) return [];
  const { tokens, text } = view;
  const out: Candidate[] = [];
  for (const s of shouted) {
    const [first, end] = view.sentenceTokens[s]!;
    let i = first;
    while (i < end) {
      let found = 0;
      for (let n = Math.min(MAX_WORDS, end - i); n >= 1 && !found; n--) {
        let allCaps = true;
        for (let k = i; k < i + n; k++) if (!tokens[k]!.allCaps) allCaps = false;
        if (!allCaps) continue;
        const last = tokens[i + n - 1]!;
        const key = text.slice(tokens[i]!.start, last.baseEnd).replace(/\s+/g, ' ').toLowerCase();
        const target = byWords.get(key);
        if (!target) continue;
        // "LEEDS WIN IN BRISTOL": after a preposition of place a club's town is the town.
        if (target.type !== 'person' && i > first && PLACE_BEFORE.has(tokens[i - 1]!.lower)) continue;
        const surname = target.type === 'person' && target.name.toLowerCase() !== key;
        out.push({
          start: tokens[i]!.start,
          end: last.baseEnd,
          tokenStart: i,
          tokenEnd: i + n,
          sentence: s,
          origin: 'pattern',
          kind: surname ? 'surname' : 'name',
          known: [],
          type: target.type,
          name: text.slice(tokens[i]!.start, last.baseEnd),
          linkTo: target,
          rank: RANK.knownNamed,
        });
        found = n;
      }
      i += found || 1;
    }
  }
  return out;
}

/** A headline with most of its words in capitals. */
function shoutedSentence(view: DocView, s: number): boolean {
  const [first, end] = view.sentenceTokens[s]!;
  let words = 0;
  let caps = 0;
  for (let i = first; i < end; i++) {
    const t = view.tokens[i]!;
    if (t.kind !== 'word') continue;
    words++;
    if (t.allCaps) caps++;
  }
  return caps >= 2 && caps >= 0.6 * words;
}

/**
 * Names the report types in ordinary case, by their words in lower case: whole names typed by a
 * cue, and the surnames of persons named with two words or more (the first person of a surname).
 */
function namesByWords(view: DocView, candidates: readonly Candidate[]): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  const surnames = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.origin !== 'pattern' || c.type === null || c.weakType || c.linkTo || c.kind !== 'name') continue;
    if (view.headlines.has(c.sentence) || c.name === c.name.toUpperCase()) continue;
    const key = c.name.toLowerCase();
    if (!out.has(key)) out.set(key, c);
    if (c.type === 'person' && c.tokenEnd - c.tokenStart >= 2) {
      const last = view.tokens[c.tokenEnd - 1]!.lower;
      if (last.length >= 3 && !FUNCTION_WORDS.has(last) && !surnames.has(last)) surnames.set(last, c);
    }
  }
  for (const [word, person] of surnames) if (!out.has(word)) out.set(word, person);
  return out;
}
