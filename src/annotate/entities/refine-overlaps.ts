// Refiner: removes overlapping candidates. The longer span wins ("World Institute for North Korea
// Studies" over "North Korea"); at equal length the lower rank wins (a known name over a pattern).
// Before that, a pattern organisation that starts with a known country or demonym gives those
// words up to it ("Chinese Foreign Ministry" → Chinese + Foreign Ministry), so the country
// stays a mention and becomes the organisation's affiliation. Only state bodies do: "Japan
// Airlines" and "Russian Academy of Sciences" keep the country in their name.
import { span, type Candidate } from './candidates.js';
import type { DocView } from './view.js';

const STATE_KINDS = new Set(['government', 'military', 'intelligence']);

export function trimLeadingCountries(view: DocView, candidates: Candidate[]): void {
  const countryAt = new Map<number, Candidate>();
  for (const c of candidates) {
    if (c.origin === 'knowledge' && (c.kind === 'demonym' || c.known.some((k) => k.type === 'country'))) countryAt.set(c.tokenStart, c);
  }
  for (const c of candidates) {
    if (c.origin !== 'pattern' || c.type !== 'organisation') continue;
    // Only state bodies: a company, club, school or outlet keeps its country in its name ("Japan Airlines", "British Council").
    if (!c.sourceType || !STATE_KINDS.has(c.sourceType)) continue;
    const lead = countryAt.get(c.tokenStart);
    if (!lead || lead.tokenEnd >= c.tokenEnd) continue;
    c.tokenStart = lead.tokenEnd;
    c.start = view.tokens[c.tokenStart]!.start;
    c.name = view.text.slice(c.start, c.end).replace(/\s+/g, ' ');
    c.country = lead.known[0]?.country ?? null;
  }
}

export function removeOverlaps(candidates: Candidate[], view?: DocView): Candidate[] {
  if (view) candidates = candidates.filter((c) => !joinsKnownNames(view, c, candidates));
  // A run of capitals no cue typed ("JAPAN GET LUCKY WIN" in a shouted headline) is no name as a
  // whole: it gives way to any typed or known name inside it, and survives only where none overlaps.
  const shouted = new Map(candidates.map((c) => [c, untyped(c)]));
  const ordered = [...candidates].sort((a, b) => shouted.get(a)! - shouted.get(b)! || span(b) - span(a) || a.rank - b.rank || a.start - b.start);
  const kept: Candidate[] = [];
  // Characters already inside a kept span: a check costs the candidate's length, not the number
  // of kept spans (a long text has tens of thousands).
  const end = candidates.reduce((max, c) => Math.max(max, c.end), 0);
  const taken = new Uint8Array(end + 1);
  const overlaps = (c: Candidate): boolean => {
    if (c.start >= c.end) return kept.some((k) => k.start < c.start && c.start < k.end); // empty: strictly inside one
    for (let i = c.start; i < c.end; i++) if (taken[i]) return true;
    return false;
  };
  for (const c of ordered) {
    if (overlaps(c)) continue;
    kept.push(c);
    taken.fill(1, c.start, c.end);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * 1 for a shouted (all-capitals) pattern candidate that no cue typed and that holds several
 * words, else 0. A mixed-case run such as "Valeska Paris" is a name in its own right and keeps
 * the known name inside it ("Paris").
 */
function untyped(c: Candidate): number {
  const shouted = /\p{Lu}/u.test(c.name) && c.name === c.name.toUpperCase();
  return c.origin === 'pattern' && c.type === null && c.known.length === 0 && c.tokenEnd - c.tokenStart > 1 && shouted ? 1 : 0;
}

/**
 * "the Gulf of Aden and the South China Sea": a pattern run joined by "and" whose two sides each
 * is each one known name is two names, not one; it gives way to the known names inside it.
 */
function joinsKnownNames(view: DocView, c: Candidate, candidates: readonly Candidate[]): boolean {
  if (c.origin !== 'pattern' || c.tokenEnd - c.tokenStart < 3) return false;
  for (let k = c.tokenStart + 1; k < c.tokenEnd - 1; k++) {
    const t = view.tokens[k]!;
    if (t.lower !== 'and' || t.capitalised) continue;
    // Each side is exactly one known name, apart from a "the" after "and".
    let right = k + 1;
    if (view.tokens[right]!.lower === 'the') right++;
    const fills = (from: number, to: number): boolean =>
      candidates.some((o) => o !== c && o.origin === 'knowledge' && o.tokenStart === from && o.tokenEnd === to);
    if (fills(c.tokenStart, k) && fills(right, c.tokenEnd)) return true;
  }
  return false;
}
