import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDateline, matchDateline, readBytes } from '../../../src/ingest/index.js';
import { datelineDate, datelineDayNear } from '../../../src/ingest/dateline.js';
import { lineParagraphs } from '../../../src/ingest/text.js';
import { onlyDocument } from './helpers.js';

describe('dateline line', () => {
  const cases: [string, string, string | null, string | null, number | null, number | null][] = [
    // text, prefix, place, outlet, month, day
    ['SEOUL, Nov 29 (Reuters) - North Korea fired a missile.', 'SEOUL, Nov 29 (Reuters) -', 'Seoul', 'Reuters', 11, 29],
    ['WASHINGTON (AP) — The Senate voted on Tuesday.', 'WASHINGTON (AP) —', 'Washington', 'AP', null, null],
    ['PYONGYANG, March 21 (KCNA) -- The leader inspected a factory.', 'PYONGYANG, March 21 (KCNA) --', 'Pyongyang', 'KCNA', 3, 21],
    ['Pyongyang, March 21 (KCNA) -- The leader inspected a factory.', 'Pyongyang, March 21 (KCNA) --', 'Pyongyang', 'KCNA', 3, 21],
    ['LONDON, Jan. 5 (Reuters) – Shares fell.', 'LONDON, Jan. 5 (Reuters) –', 'London', 'Reuters', 1, 5],
    ['BEIRUT — Protesters gathered again.', 'BEIRUT —', 'Beirut', null, null, null],
    ['Kyiv, Ukraine (CNN) - Air raid sirens sounded.', 'Kyiv, Ukraine (CNN) -', 'Kyiv', 'CNN', null, null],
    ['NEW YORK, Sept. 3 (Reuters) - Oil prices rose.', 'NEW YORK, Sept. 3 (Reuters) -', 'New York', 'Reuters', 9, 3],
    ['SEOUL, South Korea — Officials said.', 'SEOUL, South Korea —', 'Seoul', null, null, null],
    ['(Reuters) - Shares rose on Monday.', '(Reuters) -', null, 'Reuters', null, null],
  ];
  for (const [text, prefix, place, outlet, month, day] of cases) {
    it(`reads "${prefix}"`, () => {
      const m = matchDateline(text);
      assert.ok(m, `no dateline found in ${text}`);
      assert.equal(text.slice(m.span.start, m.span.end), prefix);
      assert.equal(m.place, place);
      assert.equal(m.outlet, outlet);
      assert.equal(m.month, month);
      assert.equal(m.day, day);
    });
  }

  for (const text of [
    'Officials said - without giving details - that talks would resume.',
    'North Korea fired a missile on Wednesday.',
    'The Kremlin (Moscow) said nothing.',
    'NATO-led forces moved north.',
    'US - China talks resumed.',
    'BREAKING NEWS - Fire at the port.',
    'EXCLUSIVE - Ministers to resign.',
  ]) {
    it(`finds no dateline in "${text}"`, () => assert.equal(matchDateline(text), null));
  }

  it('looks past a title line to the first paragraph, but not into the body', () => {
    const withTitle = 'Missile launch reported\nTOKYO (Kyodo) - Japan protested.';
    assert.equal(findDateline(withTitle, lineParagraphs(withTitle))?.place, 'Tokyo');
    const deep = 'North Korea fired a missile on Wednesday, officials in Seoul said, the third this month.\nTOKYO (Kyodo) - Japan protested.';
    assert.equal(findDateline(deep, lineParagraphs(deep)), null);
  });

  it('looks past a title line of up to twenty words without a full stop, not past a longer one', () => {
    const title = (n: number) => Array.from({ length: n }, (_, k) => (k === 0 ? 'Word' : 'word')).join(' ');
    const twenty = `${title(20)}\nTOKYO (Kyodo) - Japan protested.`;
    assert.equal(findDateline(twenty, lineParagraphs(twenty))?.place, 'Tokyo');
    const longer = `${title(21)}\nTOKYO (Kyodo) - Japan protested.`;
    assert.equal(findDateline(longer, lineParagraphs(longer)), null);
  });

  it('chooses the year that puts the dateline date on or just before the known date', () => {
    assert.equal(datelineDate(11, 29, { year: 2017, month: 11 })?.value, '2017-11-29');
    assert.equal(datelineDate(12, 31, { year: 2018, month: 1 })?.value, '2017-12-31');
    assert.equal(datelineDate(12, 31, { year: 2018 })?.value, '2018-12-31');
  });

  it('gives the dateline city\'s UTC offset at the document date (DST in Kyiv)', () => {
    const text = 'KYIV, July 4 (Reuters) - Officials said the grid held overnight.';
    const summer = onlyDocument(readBytes(Buffer.from(text), 'kyiv.txt', { published: '2023-07-04' }));
    const winter = onlyDocument(readBytes(Buffer.from(text), 'kyiv.txt', { published: '2023-01-04' }));
    assert.equal(summer.dateline?.utcOffset, '+03:00');
    assert.equal(winter.dateline?.utcOffset, '+02:00');
    assert.equal(summer.text, text, 'the dateline stays in the text');
  });

  it('dates the dateline near the publication date, and only near it', () => {
    assert.equal(datelineDayNear(3, 18, '2025-03-21'), '2025-03-18');
    assert.equal(datelineDayNear(12, 30, '2026-01-02'), '2025-12-30', 'a dateline just before new year');
    assert.equal(datelineDayNear(3, 22, '2025-03-21T20:00:00-04:00'), '2025-03-22', 'an Asian dateline a day ahead of a New York page');
    assert.equal(datelineDayNear(1, 5, '2025-03-21'), null, 'two months off: the page date stays the anchor');
    assert.equal(datelineDayNear(2, 30, '2025-03-01'), null, 'no such day');
  });

  it('keeps the filing day on the document when the page is dated later', () => {
    const text = 'SEOUL, March 18 (Reuters) - North Korea fired a missile on Tuesday, the military said.';
    const later = onlyDocument(readBytes(Buffer.from(text), 'seoul.txt', { published: '2025-03-21' }));
    assert.equal(later.dateline?.date, '2025-03-18');
    assert.equal(later.published?.value, '2025-03-21', 'the publication date is not changed');
  });
});
