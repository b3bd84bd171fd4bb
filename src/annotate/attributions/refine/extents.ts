// Content extents. Dateline's own ('inner'): a quotation's words without its marks, reported speech
// from after "that". PARC-style corpora (PolNeAR, PARC3) keep the quote marks (with punctuation
// inside them) and the complementiser in the content; 'parc' widens spans to that convention so
// exact-span scores against those corpora compare like with like.
import type { Candidate } from '../candidate.js';
import type { DocView } from '../view.js';

export type ContentExtents = 'inner' | 'parc';

export function applyExtents(view: DocView, candidates: Candidate[], extents: ContentExtents): Candidate[] {
  if (extents === 'inner') return candidates;
  // content wider than one quotation is no longer direct speech
  return candidates.map((c) => {
    const content = widen(view, c);
    const pieces = c.pieces ? [content, ...c.pieces.slice(1).map((piece) => withQuoteMarks(view, piece))] : null;
    // Object.assign, not { ...x, more }: in Node 20 such a spread gives every object a new hidden class (docs/stages.md, "Extraction speed").
    return Object.assign({}, c, { content, pieces, direct: c.direct && !c.parcContent });
  });
}

/** A later piece that is a quotation's words keeps its marks too. */
function withQuoteMarks(view: DocView, piece: Candidate['content']): Candidate['content'] {
  const q = view.quotes.find((quote) => quote.innerStart <= piece.start && piece.end <= quote.innerEnd);
  return q ? { start: q.open, end: q.end } : piece;
}

function widen(view: DocView, c: Candidate): Candidate['content'] {
  if (c.parcContent) return c.parcContent;
  let { start, end } = c.content;
  if (c.direct) {
    const q = view.quotes.find((quote) => quote.innerStart <= start && end <= quote.innerEnd);
    if (q) ({ start, end } = { start: q.open, end: q.end });
  }
  // "said that …", "said that “…”" and "said that, “…”": the complementiser (and its comma) belongs to the content
  const before = /\bthat\s*,?\s*$/i.exec(view.text.slice(Math.max(0, start - 8), start));
  return before ? { start: start - before[0].length, end } : { start, end };
}
