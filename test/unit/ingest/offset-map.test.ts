// Clean-text paragraphs map back to where they stand in the raw HTML.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildOffsetMap, project } from '../../../src/ingest/offset-map.js';
import { joinParagraphs } from '../../../src/ingest/text.js';

function mapped(raw: string, paragraphs: string[]): string[] {
  const { text, paragraphs: spans } = joinParagraphs(paragraphs);
  return buildOffsetMap(raw, text, spans).map((e) => raw.slice(e.rawStart, e.rawEnd));
}

describe('offset map', () => {
  it('finds each paragraph in the markup, tags and entities included', () => {
    const raw = '<html><body><h1>Flood &amp; wind</h1><script>var p = "Flood";</script><p>The <b>river</b> rose.</p></body></html>';
    assert.deepEqual(mapped(raw, ['Flood & wind', 'The river rose.']), ['Flood &amp; wind', 'The <b>river</b> rose.']);
  });

  it('projects letters and digits only, folded to lower case, each with its raw place', () => {
    const p = project('<p>A-1 &eacute;</p>');
    assert.equal(p.chars, 'a1é');
    assert.deepEqual(Array.from(p.start), [3, 5, 7]);
    assert.deepEqual(Array.from(p.end), [4, 6, 15]);
  });

  it('stays aligned after letters outside the Basic Multilingual Plane', () => {
    // U+1D400 (mathematical bold A) is a letter written as two UTF-16 code units.
    const raw = '<p>\u{1D400}\u{1D400} first paragraph here</p><p>Second paragraph after it.</p>';
    assert.deepEqual(mapped(raw, ['\u{1D400}\u{1D400} first paragraph here', 'Second paragraph after it.']), [
      '\u{1D400}\u{1D400} first paragraph here',
      'Second paragraph after it.',
    ]);
  });

  it('leaves out a paragraph it cannot find rather than guess', () => {
    assert.deepEqual(mapped('<p>Only this is on the page.</p>', ['Only this is on the page.', 'Text from elsewhere entirely.']), ['Only this is on the page.']);
  });
});
