// Refiner: nominal mentions that refer back to an entity. "the agency", "the ministry" link to the
// most recent organisation the noun fits (the knowledge base's nominals, or the head word of a
// name found in the text); "state media" to the most recent state medium, else the next one
// named soon after; "the country", "the nation" to the most recent country. Pronouns ("he",
// "it") are left to resolvePronouns.
import type { Candidate } from './candidates.js';
import { RANK } from './candidates.js';
import type { DocView } from './view.js';
import { COUNTRY_NOMINALS, ORG_HEADS } from './words.js';

const FORWARD_SENTENCES = 3;

export function findNominals(view: DocView, kept: Candidate[]): Candidate[] {
  const { tokens } = view;
  const covered = new Set<number>();
  for (const c of kept) for (let k = c.tokenStart; k < c.tokenEnd; k++) covered.add(k);
  // The nouns each organisation may be referred back by, computed once.
  const nounsOf = new Map<Candidate, Set<string>>();
  const allNouns = new Set<string>();
  for (const c of kept) {
    const nouns = orgNouns(c);
    if (!nouns.size) continue;
    nounsOf.set(c, nouns);
    for (const n of nouns) allNouns.add(n);
  }
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lower !== 'the' && t.lower !== 'state') continue;
    if (covered.has(i) || covered.has(i + 1)) continue;
    const next = tokens[i + 1]!;
    if (next.sentence !== t.sentence) continue;
    if (t.lower === 'state' && next.lower === 'media' && !next.possessive) {
      const target = nearestOrg(kept, t.start, (c) => c.sourceType === 'state_media' || firstKnown(c)?.sourceType === 'state_media', t.sentence);
      if (target) out.push(nominal(view, i, i + 2, target));
      continue;
    }
    if (t.lower !== 'the' || next.capitalised) continue;
    const noun = next.lower;
    if (COUNTRY_NOMINALS.has(noun)) {
      const target = salientCountry(kept, t.start, t.sentence);
      if (target) out.push(nominal(view, i, i + 2, target));
      continue;
    }
    if (!allNouns.has(noun)) continue;
    const target = nearestBefore(kept, t.start, (c) => nounsOf.get(c)?.has(noun) ?? false);
    if (target) out.push(nominal(view, i, i + 2, target));
  }
  return out;
}

function nominal(view: DocView, first: number, end: number, target: Candidate): Candidate {
  const { tokens, text } = view;
  const last = tokens[end - 1]!;
  return {
    start: tokens[first]!.start,
    end: last.baseEnd,
    tokenStart: first,
    tokenEnd: end,
    sentence: tokens[first]!.sentence,
    origin: 'nominal',
    kind: 'nominal',
    known: [],
    type: null,
    name: text.slice(tokens[first]!.start, last.baseEnd),
    linkTo: target.linkTo ?? target,
    rank: RANK.patternOther,
  };
}

const firstKnown = (c: Candidate) => (c.known.length === 1 ? c.known[0] : undefined);

function isCountryMention(c: Candidate): boolean {
  const k = firstKnown(c);
  return !!k && k.type === 'country' && c.kind !== 'demonym';
}

/** The nouns an organisation mention may be referred back by. */
function orgNouns(c: Candidate): Set<string> {
  const k = firstKnown(c);
  const nouns = new Set<string>();
  if (k && (k.type === 'organisation' || k.type === 'group')) for (const n of k.nominals ?? []) nouns.add(n.toLowerCase());
  if (c.origin === 'pattern' && c.type === 'organisation') {
    for (const w of c.name.toLowerCase().split(' ')) if (ORG_HEADS.has(w)) nouns.add(w);
  }
  return nouns;
}

function nearestBefore(kept: Candidate[], at: number, fits: (c: Candidate) => boolean): Candidate | undefined {
  let found: Candidate | undefined;
  for (const c of kept) {
    if (c.start >= at) break;
    if (!c.linkTo && fits(c)) found = c;
    else if (c.linkTo && fits(c.linkTo)) found = c.linkTo;
  }
  return found;
}

function nearestOrg(kept: Candidate[], at: number, fits: (c: Candidate) => boolean, sentence: number): Candidate | undefined {
  const before = nearestBefore(kept, at, fits);
  if (before) return before;
  // Cataphora in a lead: "as announced by state media" before the outlet is named.
  return kept.find((c) => c.start > at && !c.linkTo && fits(c) && c.sentence - sentence <= FORWARD_SENTENCES);
}

/**
 * The country "the country" / "the nation" refers to: the nearest country named earlier in the
 * same sentence, else the first one named in the closest earlier sentence that names one (the
 * subject of a news sentence comes first more often than not).
 */
function salientCountry(kept: Candidate[], at: number, sentence: number): Candidate | undefined {
  const isCountry = (c: Candidate): boolean => isCountryMention(c.linkTo ?? c) || (c.kind === 'capital' && !c.asPlace);
  let sameSentence: Candidate | undefined;
  let earlierSentence = -1;
  for (const c of kept) {
    if (c.start >= at) break;
    if (!isCountry(c)) continue;
    if (c.sentence === sentence) sameSentence = c.linkTo ?? c;
    else earlierSentence = Math.max(earlierSentence, c.sentence);
  }
  if (sameSentence) return sameSentence;
  if (earlierSentence < 0) return undefined;
  const first = kept.find((c) => c.sentence === earlierSentence && isCountry(c));
  return first ? first.linkTo ?? first : undefined;
}
