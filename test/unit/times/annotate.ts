// Runs the sentence and time stages on a short text, for the time tests.
import type { Diagnostic, Document, Layers, TimeExpression } from '../../../src/model/types.js';
import { sentenceStage } from '../../../src/annotate/sentences/stage.js';
import { timeStage } from '../../../src/annotate/times/stage.js';
import { makeDocument } from '../../builders.js';

/** The publication date most tests use: a Friday. */
export const FRIDAY = '2025-03-21';

export interface Annotated {
  text: string;
  times: TimeExpression[];
  diagnostics: Diagnostic[];
  /** The time expression whose text is exactly `words` (throws when there is none). */
  time(words: string): TimeExpression;
  /** The value of the time expression whose text is exactly `words`. */
  value(words: string): string | null;
  /** The texts of all time expressions, in order. */
  texts(): string[];
}

const stages = { sentences: sentenceStage(), times: timeStage() };

export function annotate(text: string, published: string | null = FRIDAY, fields: Partial<Omit<Document, 'published'>> = {}): Annotated {
  const document = makeDocument(text, { ...fields, published: published ?? undefined });
  const layers: Partial<Layers> = {};
  Object.assign(layers, stages.sentences.run({ document, layers }));
  const { times, diagnostics = [] } = stages.times.run({ document, layers });
  const time = (words: string): TimeExpression => {
    const found = times.find((t) => t.text === words);
    if (!found) throw new Error(`no time expression "${words}" in ${JSON.stringify(times.map((t) => t.text))}`);
    return found;
  };
  return { text, times, diagnostics, time, value: (words) => time(words).value, texts: () => times.map((t) => t.text) };
}
