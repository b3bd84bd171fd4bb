import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './annotate.js';

describe('calendar names the news rules find', () => {
  it('finds bare years after a preposition or as a modifier', () => {
    const a = annotate('He was jailed in 2019, has lived abroad since 1950 and survived the 1987 crash.');
    assert.deepEqual(a.times.map((t) => [t.text, t.value, t.granularity]), [['2019', '2019', 'year'], ['1950', '1950', 'year'], ['1987', '1987', 'year']]);
  });

  it('writes a decade as TIMEX3 does (199 for the 1990s) and keeps its determiner and modifier', () => {
    const a = annotate('The dispute began in the 1990s and flared in the mid-1980s.');
    assert.equal(a.value('the 1990s'), '199');
    assert.equal(a.value('the mid-1980s'), '198');
    assert.equal(a.time('the 1990s').granularity, 'decade');
  });

  it('finds quarters, halves and fiscal years', () => {
    const a = annotate('Revenue grew in the first half of 2024, fell in the fourth quarter of 2023 and will rise in fiscal 2026.');
    assert.equal(a.value('the first half of 2024'), '2024-H1');
    assert.equal(a.value('the fourth quarter of 2023'), '2023-Q4');
    assert.equal(a.value('fiscal 2026'), '2026');
  });

  it('reads a quarter adjective without its article ("the third-quarter results")', () => {
    assert.deepEqual(annotate('The firm posted the third-quarter results of 2024.').texts(), ['third-quarter', '2024']);
  });

  it('finds centuries and holidays', () => {
    const a = annotate('The church dates from the 12th century and was full on Christmas Day, 2024.');
    assert.equal(a.value('the 12th century'), '11');
    assert.equal(a.value('Christmas Day, 2024'), '2024-12-25');
  });

  it('reads written-out dates and clock times through chrono-node', () => {
    const a = annotate('The accord of Aug. 7, 1998, took effect on 2025-03-20 at 10:35 a.m.');
    assert.equal(a.value('Aug. 7, 1998'), '1998-08-07');
    assert.equal(a.value('2025-03-20 at 10:35 a.m.'), '2025-03-20T10:35');
  });

  it('ends a clock time in a zone gloss at its closing bracket ("10am (07:00 GMT) on Monday")', () => {
    const a = annotate('Sirens sounded at 9:45am (06:45 GMT) and again at 10am (07:00 GMT) on Monday.');
    assert.deepEqual(a.texts(), ['9:45am', '06:45 GMT', '10am', '07:00 GMT', 'Monday']);
  });

  it('splits a date range into its two ends', () => {
    const a = annotate('Shares were bought from Aug. 26 to Oct. 20, 2024.');
    assert.deepEqual(a.texts(), ['Aug. 26', 'Oct. 20, 2024']);
  });
});

describe('durations and sets', () => {
  it('writes durations as TIMEX3 periods', () => {
    const a = annotate('The siege lasted three years; the engine fired for 35 seconds in a two-day test that took 5 1/2 hours over the past two weeks.');
    assert.equal(a.value('three years'), 'P3Y');
    assert.equal(a.value('35 seconds'), 'PT35S');
    assert.equal(a.value('two-day'), 'P2D');
    assert.equal(a.value('5 1/2 hours'), 'PT5H30M');
    assert.equal(a.value('the past two weeks'), 'P2W');
    assert.equal(a.time('three years').type, 'DURATION');
  });

  it('writes a duration it cannot count with X', () => {
    const a = annotate('The war went on for years and aid arrived within a few days.');
    assert.equal(a.value('years'), 'PXY');
    assert.equal(a.value('a few days'), 'PXD');
  });

  it('keeps an approximator in the extent ("about five hours")', () => {
    assert.equal(annotate('The meeting lasted about five hours.').value('about five hours'), 'PT5H');
  });

  it('writes sets: "every year", "annually", "weekly", "every Monday", "$1 billion a year"', () => {
    const a = annotate('The fair is held every year, fees are paid annually, the paper comes out weekly, markets open every Monday and imports cost $1 billion a year.');
    assert.deepEqual(a.times.map((t) => [t.text, t.type, t.value]), [
      ['every year', 'SET', 'P1Y'], ['annually', 'SET', 'P1Y'], ['weekly', 'SET', 'P1W'], ['every Monday', 'SET', 'XXXX-WXX-1'], ['a year', 'SET', 'P1Y'],
    ]);
  });
});

describe('parts of the day and reference points', () => {
  it('writes parts of the day as TIMEX3 codes on the day they belong to', () => {
    const a = annotate('Troops moved at dawn, fired overnight and regrouped this morning.');
    assert.equal(a.value('dawn'), '2025-03-21TMO');
    assert.equal(a.value('overnight'), '2025-03-21TNI');
    assert.equal(a.value('this morning'), '2025-03-21TMO');
    assert.equal(a.time('dawn').type, 'TIME');
    assert.equal(a.time('dawn').granularity, 'part-of-day');
  });

  it('writes noon and midnight as clock times', () => {
    const a = annotate('The ceasefire began at noon on Tuesday and ended at midnight Wednesday.');
    assert.equal(a.value('noon on Tuesday'), '2025-03-18T12:00');
    assert.equal(a.value('midnight Wednesday'), '2025-03-19T24:00');
  });

  it('writes "now", "recently" and "in the future" as TimeML reference points', () => {
    const a = annotate('The border is now closed; it was recently reinforced and may reopen in the future.');
    assert.equal(a.value('now'), 'PRESENT_REF');
    assert.equal(a.value('recently'), 'PAST_REF');
    assert.equal(a.value('the future'), 'FUTURE_REF');
  });
});

describe('rules after a preposition, with the white space between bounded', () => {
  it('still find "for a while", "for years" and "in two thousand and one" across a few spaces', () => {
    const a = annotate('The plant stayed shut for  a while, the dispute lasted  years, and the park opened in  two thousand and one.');
    assert.deepEqual(a.texts(), ['a while', 'years', 'two thousand and one']);
  });

  it('read a long run of spaces without those rules firing inside it', () => {
    const a = annotate(`The talks went on for${' '.repeat(5_000)}a while.`);
    assert.deepEqual(a.texts(), []);
  });
});
