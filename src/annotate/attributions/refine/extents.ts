// Content extents. Dateline's own ('inner'): a quotation's words without its marks, reported speech
// from after "that". PARC-style corpora (PolNeAR, PARC3) keep the quote marks (with punctuation
// inside them) and the complementiser in the content; 'parc' widens spans to that convention so
// exact-span scores against those corpora compare like with like.
import type { Candidate } from '../candidate.js';
import type { DocView } from '../view.js';

export type ContentExtents = 'inner' | 'parc';

export function applyExtents(view: DocView, candidates: Candidate[], extents: ContentExtents): Candidate[] {
  if (extents === 'inner') return candidates;
  return candidates.map((c) => ({ ...c, content: widen(view, c) }));
}

function widen(view: DocView, c: Candidate): Candidate['content'] {
  const { start, end } = c.content;
  if (c.direct) {
    const q = view.quotes.find((quote) => quote.innerStart <= start && end <= quote.innerEnd);
    if (q) return { start: q.open, end: q.end };
  }
  return /\bthat\s$/i.test(view.text.slice(Math.max(0, start - 5), start)) ? { start: start - 5, end } : c.content;
}
