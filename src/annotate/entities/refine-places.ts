// Refiner: decides what a known place name stands for. A national capital that acts or speaks
// ("Pyongyang criticized", "Seoul's intelligence agency") is its country's government (mention
// kind "capital"); after a locative preposition or a verb of movement ("arrived in Pyongyang",
// "visited Moscow") it is a place. Other cities are kept as places only with such a cue, a
// following ", Country", or a large population away from a sentence start, so common words and
// surnames that are also towns ("Police", "Jackson said") are not read as places.
import type { Knowledge, KnownEntity } from '../../knowledge/knowledge.js';
import { RANK, type Candidate } from './candidates.js';
import type { DocView } from './view.js';
import { LOCATIVE_PREPOSITIONS, MOVEMENT_VERBS } from './words.js';

const LARGE_CITY = 100_000;

export function refinePlaces(view: DocView, knowledge: Knowledge, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const initialLarge: Candidate[] = [];
  for (const c of candidates) {
    if (c.origin !== 'knowledge' || !c.known.every((k) => k.type === 'place')) {
      out.push(c);
      continue;
    }
    const cue = placeCue(view, knowledge, c);
    const country = knowledge.capitalOf(c.name);
    if (country && c.known.some((k) => k.capital && k.country === country.country)) {
      if (cue) {
        c.asPlace = true;
        c.rank = RANK.knownPlaceWithCue;
      } else {
        // The capital stands for its government.
        c.asPlace = false;
        c.known = [country];
        c.kind = 'capital';
        c.rank = RANK.knownNamed;
      }
      out.push(c);
      continue;
    }
    // Regions (states, oblasts) and large cities are places wherever they stand, except first in a sentence.
    const large = c.known.some((k) => (k.population ?? 0) >= LARGE_CITY || k.region);
    // A region opening a sentence is still the region, unless its first word is a given name ("Victoria said").
    const initialRegion = c.known.every((k) => k.region) && knowledge.personName(view.tokens[c.tokenStart]!.lower) !== 'given';
    if (cue || (large && (!view.tokens[c.tokenStart]!.initial || c.known.every(isNation) || initialRegion))) {
      c.asPlace = true;
      c.rank = RANK.knownPlaceWithCue;
      // A town read as a place without a strong cue may still be a surname ("to Clinton", "Cleveland" alone).
      if (cue !== 'strong' && !c.known.some((k) => k.region)) c.weakType = true;
      out.push(c);
    } else if (large) {
      initialLarge.push(c);
    }
  }
  // One sense per document: "Houston has..." opening a sentence is the Houston read as a place elsewhere in the report.
  if (initialLarge.length) {
    const places = new Set(out.filter((c) => c.asPlace).map((c) => c.name.toLowerCase()));
    for (const c of initialLarge) {
      if (!places.has(c.name.toLowerCase())) continue;
      c.asPlace = true;
      c.rank = RANK.knownPlaceWithCue;
      c.weakType = true;
      out.push(c);
    }
  }
  return out;
}

/** Nouns before "of" that make the next name a place: "the resort of Cannes", "the outskirts of Lyon". */
export const PLACE_NOUNS = new Set(['city', 'town', 'capital', 'port', 'village', 'resort', 'suburb', 'suburbs', 'outskirts', 'province', 'region', 'district', 'state', 'county', 'island', 'municipality', 'neighbourhood', 'neighborhood', 'streets', 'centre', 'center', 'mayor', 'residents', 'people']);

/** Prepositions after which a known town is surely a location, not a person of the same name. */
const STRONG_PREPOSITIONS = new Set(['in', 'near', 'outside', 'inside', 'across', 'throughout', 'around', 'into']);

/** Whether the words around a name make it a location: "strong" when no person could stand there. */
function placeCue(view: DocView, knowledge: Knowledge, c: Candidate): 'strong' | 'weak' | null {
  const { tokens } = view;
  const prev = tokens[c.tokenStart - 1];
  if (prev && prev.sentence === c.sentence) {
    if (STRONG_PREPOSITIONS.has(prev.lower) && !prev.capitalised) return 'strong';
    if (LOCATIVE_PREPOSITIONS.has(prev.lower) && !prev.capitalised) return 'weak';
    if (MOVEMENT_VERBS.has(prev.lower)) return 'strong';
    // "the city of X", "the resort of X", "the capital X"
    if (prev.lower === 'of' && PLACE_NOUNS.has(tokens[c.tokenStart - 2]?.lower ?? '')) return 'strong';
    if (prev.lower === 'capital') return 'strong';
  }
  // "Kharkiv, Ukraine": a place followed by its country.
  const next = tokens[c.tokenEnd];
  if (next && next.text === ',' && next.sentence === c.sentence) {
    const after = tokens[c.tokenEnd + 1];
    if (after && knowledge.lookupName(view.text.slice(after.start, after.baseEnd)).some((k: KnownEntity) => k.type === 'country' || k.region)) return 'strong';
  }
  // The dateline ("SEOUL, Nov 29 (Reuters) -") names where the report was filed.
  const dateline = view.document.dateline;
  if (dateline && c.start >= dateline.span.start && c.end <= dateline.span.end) return 'strong';
  if (looksLikeDateline(view, c)) return 'strong';
  return null;
}

/** An all-capital place opening a paragraph, before a comma, parenthesis or dash: "MOSCOW (Reuters) -", "KYIV, Ukraine -". */
function looksLikeDateline(view: DocView, c: Candidate): boolean {
  const { tokens, text } = view;
  const first = tokens[c.tokenStart]!;
  if (!first.allCaps) return false;
  const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
  if (text.slice(lineStart, c.start).trim() !== '') return false;
  const next = tokens[c.tokenEnd];
  // "MOSCOW, Nov 29", "LONDON (Reuters) -", and the wire form "LONDON 1996-12-06" with the date right after.
  return !!next && ([',', '(', '-', '—', '–'].includes(next.text) || (next.kind === 'number' && next.text.length === 4));
}

/**
 * A country, or a home nation of the United Kingdom (England, Scotland, Wales, Northern Ireland:
 * regions in the knowledge base, but they field national sides and open sentences as countries do).
 */
export function isNation(k: KnownEntity): boolean {
  return k.type === 'country' || (k.type === 'place' && !!k.region && k.country === 'GB');
}
