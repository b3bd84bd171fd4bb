// Whether a document reads like a sports page (results, scores): some cues for teams and players
// hold only there. Computed once per document.
import type { DocView } from './view.js';
import { CALENDAR_WORDS } from './words.js';

const scoresSeen = new WeakMap<DocView, boolean>();
const RESULT = /\b\d{1,3}-\d{1,3}\b|\p{Lu}\p{Ll}+ \d{1,3}(?=[ ,\n])/gu;

/** Whether the document reads like a sports page: at least two results such as "2-1" or "Leeds 3". */
export function hasScores(view: DocView): boolean {
  let seen = scoresSeen.get(view);
  if (seen === undefined) {
    // "March 20" and "Friday 3" are dates, not results.
    const results = (view.text.match(RESULT) ?? []).filter((r) => !CALENDAR_WORDS.has(r.split(' ')[0]!.toLowerCase()));
    seen = results.length >= 2;
    scoresSeen.set(view, seen);
  }
  return seen;
}
