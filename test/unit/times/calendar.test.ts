import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, easterSunday, isoWeek, nthWeekdayOfMonth, weekdayOf } from '../../../src/annotate/times/calendar.js';
import { parseAmount } from '../../../src/annotate/times/numbers.js';
import { durationValue } from '../../../src/annotate/times/timex.js';

describe('calendar arithmetic', () => {
  it('numbers ISO weeks, including the weeks that cross a year', () => {
    assert.deepEqual(isoWeek({ year: 2025, month: 3, day: 21 }), { year: 2025, week: 12 });
    assert.deepEqual(isoWeek({ year: 2024, month: 12, day: 30 }), { year: 2025, week: 1 });
    assert.deepEqual(isoWeek({ year: 2021, month: 1, day: 3 }), { year: 2020, week: 53 });
  });

  it('knows weekdays, leap days and moving feasts', () => {
    assert.equal(weekdayOf({ year: 2025, month: 3, day: 21 }), 5);
    assert.deepEqual(addDays({ year: 2024, month: 2, day: 28 }, 1), { year: 2024, month: 2, day: 29 });
    assert.deepEqual(easterSunday(2025), { year: 2025, month: 4, day: 20 });
    assert.deepEqual(nthWeekdayOfMonth(2025, 11, 4, 4), { year: 2025, month: 11, day: 27 });
  });
});

describe('amounts and durations', () => {
  it('reads amounts in digits, words and fractions, and vague ones as null', () => {
    assert.equal(parseAmount('twenty four'), 24);
    assert.equal(parseAmount('2 1/2'), 2.5);
    assert.equal(parseAmount('a couple of'), 2);
    assert.equal(parseAmount('one hundred'), 100);
    assert.equal(parseAmount('several'), null);
  });

  it('writes TIMEX3 duration values', () => {
    assert.equal(durationValue(3, 'day'), 'P3D');
    assert.equal(durationValue(2, 'hour'), 'PT2H');
    assert.equal(durationValue(2.5, 'year'), 'P2Y6M');
    assert.equal(durationValue(2, 'decade'), 'P20Y');
    assert.equal(durationValue(null, 'year'), 'PXY');
    assert.equal(durationValue(null, 'minute'), 'PTXM');
  });
});
