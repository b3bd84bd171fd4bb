import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/annotate/sentences/split.js';
import { tokenize } from '../../../src/annotate/sentences/tokenize.js';
import { sentenceStage } from '../../../src/annotate/sentences/stage.js';
import { makeDocument } from '../../builders.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
const words = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));

describe('sentence splitting', () => {
  it('splits at a full stop followed by a capital', () => {
    assert.deepEqual(sentences('The talks ended. Both sides left.'), ['The talks ended.', 'Both sides left.']);
  });

  it('does not split after titles, initials, months or dotted acronyms before a lower-case word', () => {
    assert.deepEqual(sentences('Gen. John W. Smith met Dr. Lee on Jan. 5 in the U.S. capital.'), ['Gen. John W. Smith met Dr. Lee on Jan. 5 in the U.S. capital.']);
  });

  it('ends a sentence at a letter naming a thing after a preposition ("on X."), not at an initial after "by"', () => {
    assert.deepEqual(sentences('The minister wrote on X. Von der Leyen agreed.'), ['The minister wrote on X.', 'Von der Leyen agreed.']);
    assert.deepEqual(sentences('The study by J. Smith was cited.'), ['The study by J. Smith was cited.']);
  });

  it('keeps a closing quotation mark with its sentence', () => {
    assert.deepEqual(sentences('He said: “We will respond.” The ministry agreed.'), ['He said: “We will respond.”', 'The ministry agreed.']);
  });

  it('treats each line as a boundary, since news files put a paragraph on a line', () => {
    assert.deepEqual(sentences('Visits by officials\nOn Friday, the minister arrived.'), ['Visits by officials', 'On Friday, the minister arrived.']);
  });

  it('ends a sentence at a question or exclamation mark', () => {
    assert.deepEqual(sentences('Was it a test? Nobody knows! Officials declined to comment.'), ['Was it a test?', 'Nobody knows!', 'Officials declined to comment.']);
  });
});

describe('tokens', () => {
  it('keeps hyphens, inner apostrophes, numbers with separators and dotted acronyms whole', () => {
    assert.deepEqual(words('Shin Seung-ki’s 10,000 anti-aircraft U.S. troops'), ['Shin', 'Seung-ki’s', '10,000', 'anti-aircraft', 'U.S.', 'troops']);
  });

  it('separates quotation marks and punctuation', () => {
    assert.deepEqual(words('“highly reliable”, he said.'), ['“', 'highly', 'reliable', '”', ',', 'he', 'said', '.']);
  });
});

describe('sentence stage', () => {
  it('gives every sentence its paragraph and every token its sentence, with true offsets', () => {
    const text = 'First line here. Second sentence.\n\nNew paragraph.';
    const { sentences: ss, tokens } = sentenceStage().run({ document: makeDocument(text), layers: {} });
    assert.deepEqual(ss.map((s) => [text.slice(s.start, s.end), s.paragraph]), [['First line here.', 0], ['Second sentence.', 0], ['New paragraph.', 1]]);
    assert.equal(tokens.filter((t) => t.sentence === 2).map((t) => text.slice(t.start, t.end)).join(' '), 'New paragraph .');
  });
});

describe('dotted acronyms', () => {
  it('goes on after "U.S." before a title or name, and ends before a sentence opener', () => {
    assert.deepEqual(sentences('Talks with U.S. President Joe Biden ended. They left.'), ['Talks with U.S. President Joe Biden ended.', 'They left.']);
    assert.deepEqual(sentences('The troops returned to the U.S. The base closed.'), ['The troops returned to the U.S.', 'The base closed.']);
  });
});

describe('the wire dateline', () => {
  it('is a sentence of its own, without its dash', () => {
    const text = 'SEOUL, Nov 29 (Reuters) - South Korea said on Friday it had detected a launch.';
    const document = makeDocument(text, { dateline: { span: { start: 0, end: 26 }, place: 'Seoul', outlet: 'Reuters' } });
    const { sentences: ss } = sentenceStage().run({ document, layers: {} });
    assert.deepEqual(ss.map((s) => text.slice(s.start, s.end)), ['SEOUL, Nov 29 (Reuters)', 'South Korea said on Friday it had detected a launch.']);
  });
});

describe('very long runs', () => {
  it('cuts a run without sentence punctuation into pieces of bounded length at white space', () => {
    const text = 'word '.repeat(2000).trim();
    const spans = splitSentences(text);
    assert.ok(spans.length >= 5);
    assert.ok(spans.every((s) => s.end - s.start <= 2000 && text[s.start] !== ' ' && text[s.end - 1] !== ' '));
    assert.equal(spans.map((s) => text.slice(s.start, s.end)).join(' '), text);
  });

  it('reads a long run of full stops as one mark: the sentence ends after it, not inside it', () => {
    const text = `The talks ended${'.'.repeat(50_000)} Both sides left. Then rain?!? No comment.`;
    const spans = splitSentences(text).map((s) => text.slice(s.start, s.end));
    assert.equal(spans.slice(-3).join('|'), 'Both sides left.|Then rain?!?|No comment.');
    assert.ok(spans.slice(0, -3).join(' ').startsWith('The talks ended....'));
  });

  it('does not end a sentence inside a run of marks glued to a word', () => {
    const text = 'He said...really? Yes.';
    assert.deepEqual(splitSentences(text).map((s) => text.slice(s.start, s.end)), ['He said...really?', 'Yes.']);
  });
});
