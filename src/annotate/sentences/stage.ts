// Stage 1: sentences and tokens. Everything after works sentence by sentence over these tokens.
import type { Sentence, Token } from '../../model/types.js';
import type { Stage } from '../stage.js';
import { splitSentences } from './split.js';
import { tokenize } from './tokenize.js';

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
      for (const span of splitSentences(document.text)) {
        while (paragraph < paragraphs.length - 1 && span.start >= paragraphs[paragraph]!.end) paragraph++;
        const index = sentences.length;
        sentences.push({ ...span, index, paragraph });
        for (const t of tokenize(document.text, span.start, span.end)) tokens.push({ ...t, sentence: index });
      }
      return { sentences, tokens };
    },
  };
}
