import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './annotate.js';

describe('TimeML extents and the offset rule', () => {
  it('leaves the preposition out of the span ("on Friday" → "Friday")', () => {
    assert.deepEqual(annotate('The minister spoke on Friday and in January, at 9 a.m. on Thursday.').texts(), ['Friday', 'January', '9 a.m. on Thursday']);
  });

  it('keeps "the" where TimeML keeps it and date modifiers before the period', () => {
    const a = annotate('Output fell over the past two months, early next year it recovers, by the end of 2026 it doubles, and in late November it peaks.');
    assert.deepEqual(a.texts(), ['the past two months', 'early next year', 'the end of 2026', 'late November']);
    assert.equal(a.value('early next year'), '2026');
    assert.equal(a.value('the end of 2026'), '2026');
  });

  it('gives every span the exact text it covers, with ids in text order', () => {
    const text = 'North Korea said on Thursday it would test again.\n\nLast year it fired 30 missiles; “in the coming weeks” more will follow – officials said on 2025-03-19.';
    const a = annotate(text);
    assert.ok(a.times.length >= 4);
    a.times.forEach((t, i) => {
      assert.equal(t.text, text.slice(t.start, t.end));
      assert.equal(t.id, `t${i + 1}`);
      if (i > 0) assert.ok(t.start >= a.times[i - 1]!.end, 'spans do not overlap');
    });
  });

  it('counts offsets in UTF-16 code units past characters outside the BMP', () => {
    const text = 'Rockets 🚀🚀 were fired on Thursday.';
    const t = annotate(text).time('Thursday');
    assert.equal(text.slice(t.start, t.end), 'Thursday');
    assert.equal(t.start, text.indexOf('Thursday'));
  });
});
