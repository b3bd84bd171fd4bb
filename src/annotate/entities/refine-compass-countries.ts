// Refiner: a compass word standing for a country the report names in full. Korean, Sudanese and
// Cypriot news write "the North" and "the South" for North and South Korea once both are named,
// and "North and South Korea" names two countries with one noun. Without this, "the North" is a
// place called North and "North and South Korea" yields a place "North" and South Korea.
import type { KnownEntity, Knowledge } from '../../knowledge/knowledge.js';
import { RANK, markKnown, type Candidate } from './candidates.js';
import type { DocView } from './view.js';

const COMPASS = new Set(['north', 'south', 'east', 'west']);
/** "the West" is the Western countries, "the East" a region: only these two stand alone for a country. */
const STANDALONE = new Set(['north', 'south']);

export function linkCompassCountries(view: DocView, knowledge: Knowledge, candidates: Candidate[]): Candidate[] {
  const named = namedCountries(candidates);
  const byToken = new Map<number, Candidate>();
  for (const c of candidates) if (c.tokenEnd - c.tokenStart === 1) byToken.set(c.tokenStart, c);
  const covered = new Uint8Array(view.tokens.length);
  for (const c of candidates) if (c.tokenEnd - c.tokenStart > 1) covered.fill(1, c.tokenStart, c.tokenEnd);
  const added: Candidate[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    const t = view.tokens[i]!;
    if (covered[i] || !COMPASS.has(t.lower) || !t.capitalised || t.allCaps) continue;
    const country = coordinatedCountry(view, knowledge, i) ?? (STANDALONE.has(t.lower) && afterThe(view, i) ? namedWithCompass(named, t.lower) : null);
    if (!country) continue;
    const existing = byToken.get(i);
    if (existing && existing.origin === 'knowledge') continue;
    const candidate: Candidate = existing ?? {
      start: t.start, end: t.baseEnd, tokenStart: i, tokenEnd: i + 1, sentence: t.sentence,
      origin: 'knowledge', kind: 'alias', known: [], type: null, name: view.text.slice(t.start, t.baseEnd), rank: RANK.knownNamed,
    };
    markKnown(candidate, country, 'alias');
    if (!existing) added.push(candidate);
  }
  return added.length ? [...candidates, ...added].sort((a, b) => a.start - b.start) : candidates;
}

/** "North and South Korea": the first compass word with the name the second one completes. */
function coordinatedCountry(view: DocView, knowledge: Knowledge, i: number): KnownEntity | null {
  const and = view.tokens[i + 1];
  const second = view.tokens[i + 2];
  const head = view.tokens[i + 3];
  if (!and || !second || !head || (and.lower !== 'and' && and.lower !== 'or') || !COMPASS.has(second.lower) || !head.capitalised) return null;
  const whole = countryNamed(knowledge, `${second.text} ${view.text.slice(head.start, head.baseEnd)}`);
  return whole ? countryNamed(knowledge, `${view.tokens[i]!.text} ${view.text.slice(head.start, head.baseEnd)}`) : null;
}

function countryNamed(knowledge: Knowledge, name: string): KnownEntity | null {
  return knowledge.lookupName(name).find((k) => k.type === 'country') ?? null;
}

/** "the North" alone: not "the North Atlantic", "the North of England" or "the north-east". */
function afterThe(view: DocView, i: number): boolean {
  const before = view.tokens[i - 1];
  const next = view.tokens[i + 1];
  if (!before || before.lower !== 'the') return false;
  if (!next) return true;
  if (next.kind === 'word' && (next.capitalised || next.lower === 'of')) return false;
  return view.text.slice(view.tokens[i]!.end, next.start) !== '' || next.text !== '-';
}

/** Countries named in the document, by their unambiguous mentions. */
function namedCountries(candidates: Candidate[]): KnownEntity[] {
  const seen = new Map<string, KnownEntity>();
  for (const c of candidates) if (c.known.length === 1 && c.known[0]!.type === 'country') seen.set(c.known[0]!.id, c.known[0]!);
  return [...seen.values()];
}

/** The one named country whose name opens with the compass word ("North Korea" for "the North"). */
function namedWithCompass(named: readonly KnownEntity[], compass: string): KnownEntity | null {
  const fitting = named.filter((k) => k.name.toLowerCase().startsWith(`${compass} `));
  return fitting.length === 1 ? fitting[0]! : null;
}
