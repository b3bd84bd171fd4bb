// Refiner: the mention of a region named with a lower-case head ("the Kursk border region",
// "Donetsk region", "the Abu Qir district") is the proper name alone, as news NER marks it; the
// entity keeps the full name ("Kursk border region") that told it from the town of the same name.
// Runs after overlaps, which the longer span won.
import type { Candidate } from './candidates.js';
import type { DocView } from './view.js';
import { LOWER_PLACE_HEADS } from './words.js';

export function trimLowerPlaceHeads(view: DocView, candidates: Candidate[]): void {
  const { tokens } = view;
  for (const c of candidates) {
    if (c.kind !== 'name' && c.kind !== 'alias') continue;
    const place = c.origin === 'knowledge' ? c.known.length > 0 && c.known.every((k) => k.type === 'place') : c.type === 'place' && !!c.properName;
    if (!place) continue;
    let k = c.tokenEnd - 1;
    while (k > c.tokenStart && !tokens[k]!.capitalised && tokens[k]!.kind === 'word' && (LOWER_PLACE_HEADS.has(tokens[k]!.lower) || tokens[k]!.lower === 'border')) k--;
    if (k === c.tokenEnd - 1 || !tokens[k]!.capitalised) continue;
    c.end = tokens[k]!.baseEnd;
  }
}
