// Hedge words in the cue and the content ("could", "highly likely", "reportedly", "suggest").
import type { Span, TextSpan } from '../../../model/types.js';
import { hedgeLengthAt } from '../cue-lexicon.js';
import { tokenFrom, type DocView } from '../view.js';

export function findHedges(view: DocView, spans: readonly Span[]): TextSpan[] {
  const tokens = view.tokens;
  const found: TextSpan[] = [];
  for (const span of spans) {
    const limit = tokenFrom(view, span.end);
    for (let k = tokenFrom(view, span.start); k < limit; k++) {
      const len = hedgeLengthAt(tokens, k, limit);
      if (len === 0) continue;
      const start = tokens[k]!.start;
      const end = tokens[k + len - 1]!.end;
      if (!found.some((h) => h.start < end && start < h.end)) found.push({ start, end, text: view.text.slice(start, end) });
      k += len - 1;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
