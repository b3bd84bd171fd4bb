// Refiner: a name ending in an abbreviation keeps the abbreviation's full stop ("Microsoft Corp.",
// "Denver, Colo.", "Main St.", "Martin Luther King Jr."), as wire copy writes and tokenises it: the
// tokens split the stop off, and the name had ended before it.
import type { Candidate } from './candidates.js';
import type { DocView } from './view.js';

/** Abbreviations that end names: legal forms, suffixes of personal names, US state and street abbreviations. */
const NAME_FINAL_ABBREVIATIONS = new Set([
  'inc', 'corp', 'ltd', 'co', 'cos', 'bros', 'plc', 'llc', 'jr', 'sr',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'mass', 'md', 'mich', 'minn',
  'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'penn', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
  'ave', 'blvd', 'rd', 'st', 'hwy',
]);

export function keepAbbreviationStops(view: DocView, candidates: Candidate[]): void {
  const { tokens } = view;
  for (const c of candidates) {
    if (c.origin === 'role-title' || c.kind === 'pronoun' || c.kind === 'nominal') continue;
    const last = tokens[c.tokenEnd - 1];
    const stop = tokens[c.tokenEnd];
    if (!last || !stop || last.end !== c.end || !last.capitalised || !NAME_FINAL_ABBREVIATIONS.has(last.lower)) continue;
    if (stop.text !== '.' || stop.start !== last.end) continue;
    c.end = stop.end;
  }
}
