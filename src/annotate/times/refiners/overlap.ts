// Removes overlapping candidates: the longer span wins (it holds more of the expression); on a tie
// the news rules win over chrono, whose reading of relative words we do not use.
import type { Candidate } from '../candidate.js';

export function removeOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => (b.end - b.start) - (a.end - a.start) || Number(a.chrono ?? false) - Number(b.chrono ?? false) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
