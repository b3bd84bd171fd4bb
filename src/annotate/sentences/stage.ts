// Stage 1: sentences and tokens. Everything after works sentence by sentence over these tokens.
import type { Sentence, Token } from '../../model/types.js';
import type { Stage } from '../stage.js';
import { splitSentences } from './split.js';
import { tokenizeInto } from './tokenize.js';
import type { Document, Span } from '../../model/types.js';

/**
 * The wire dateline ("SEOUL, Nov 29 (Reuters) -") is a sentence of its own, so that no statement
 * or event starts with it.
 */
function splitAtDateline(spans: Span[], document: Document): Span[] {
  const cut = document.dateline?.span.end;
  if (cut === undefined) return spans;
  return spans.flatMap((span) => {
    if (!(span.start < cut && cut < span.end)) return [span];
    let end = cut;
    while (end > span.start && /[\s\-–—:]/.test(document.text[end - 1]!)) end--;
    let start = cut;
    while (start < span.end && /[\s\-–—:]/.test(document.text[start]!)) start++;
    const parts: Span[] = [];
    if (end > span.start) parts.push({ start: span.start, end });
    if (start < span.end) parts.push({ start, end: span.end });
    return parts;
  });
}

export function sentenceStage(): Stage<'sentences' | 'tokens'> {
  return {
    name: 'sentences',
    version: '1.0.0',
    requires: [],
    produces: ['sentences', 'tokens'],
    run({ document }) {
      const paragraphs = document.paragraphs;
      const sentences: Sentence[] = [];
      const tokens: Token[] = [];
      let paragraph = 0;
      for (const span of splitAtDateline(splitSentences(document.text), document)) {
        while (paragraph < paragraphs.length - 1 && span.start >= paragraphs[paragraph]!.end) paragraph++;
        const index = sentences.length;
        sentences.push({ start: span.start, end: span.end, index, paragraph });
        tokenizeInto(document.text, span.start, span.end, (start, end, kind) => { tokens.push({ start, end, kind, sentence: index }); });
      }
      return { sentences, tokens };
    },
  };
}
