// The sentence that holds a character offset, by binary search over sentences in text order.
import type { Sentence } from '../../model/types.js';

/** Index into `sentences` of the last sentence starting at or before `offset` (0 when none does). */
export function sentenceOf(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
