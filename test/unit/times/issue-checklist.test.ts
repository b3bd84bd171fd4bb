// The behaviours the times issue asks for, one test each, on sentences written for these tests.
// Published Friday 2025-03-21 unless a test says otherwise.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './annotate.js';

const SEOUL_DATELINE = { dateline: { span: { start: 0, end: 0 }, place: 'Seoul', outlet: null, utcOffset: '+09:00' } };

describe('placing names without a year by the tense of their clause', () => {
  it('reads weekdays and months backwards in a past-tense report and forwards in a future clause', () => {
    const a = annotate('The minister met the envoy on Tuesday and will meet him again on Monday.');
    assert.equal(a.value('Tuesday'), '2025-03-18');
    assert.equal(a.value('Monday'), '2025-03-24');
    assert.equal(annotate('The plant closed in October.').value('October'), '2024-10');
    assert.equal(annotate('The plant will reopen in October.').value('October'), '2025-10');
  });

  it('reads a deadline after "until" forwards even in a past-tense clause', () => {
    assert.equal(annotate('The court postponed the hearing until Tuesday morning.').value('Tuesday morning'), '2025-03-25TMO');
    assert.equal(annotate('Officials gave the owners until 9 a.m. Monday to leave.').value('9 a.m. Monday'), '2025-03-24T09:00');
  });

  it('reads "Until Thursday, …" at the start of a sentence backwards', () => {
    assert.equal(annotate('Until Thursday, the police had not named a suspect.').value('Thursday'), '2025-03-20');
  });

  it('reads a future seen from a finished past ("had been due to expire Friday") backwards', () => {
    assert.equal(annotate('The offer, extended on Monday, had been due to expire Friday evening.', '2025-03-24').value('Friday evening'), '2025-03-21TEV');
    assert.equal(annotate('The bid had been scheduled to expire at midnight Friday.', '2025-03-24').value('midnight Friday'), '2025-03-21T24:00');
  });

  it('does not let a participle that describes a noun set the tense ("markets untouched by")', () => {
    assert.equal(annotate('The airline will add flights by August in search of markets untouched by the crisis.').value('August'), '2025-08');
  });

  it('reads a modal passive with an adverb ("would still be held") as future', () => {
    assert.equal(annotate('A ceremony would still be held on April 24 and 25.').value('April 24'), '2025-04-24');
  });

  it('reads a present passive ("when the case is heard in May") as scheduled, so forwards', () => {
    assert.equal(annotate('The family may lose custody when the case is heard in May.').value('May'), '2025-05');
  });

  it('reads a state after "is" ("is prepared to") as no tense at all', () => {
    assert.equal(annotate('The move follows Tuesday’s statement by the firm that it is prepared to bid.').value('Tuesday'), '2025-03-18');
  });

  it('takes a day of the year just gone over one a year ahead, whatever the tense says', () => {
    // a past clause still takes a deadline a few weeks ahead ...
    assert.equal(annotate('The ministry said the work must end by April 10.').value('April 10'), '2025-04-10');
    // ... but not a day ten months ahead when the same day lies two months back
    assert.equal(annotate('In the fiscal year ended Jan. 31, the company reported a profit.', '2025-10-31').value('Jan. 31'), '2025-01-31');
    // and a future clause read a day late names the day just gone, not next year's
    assert.equal(annotate('The agency ordered officials to return the boy by Jan. 14.', '2025-01-15').value('Jan. 14'), '2025-01-14');
  });

  it('places a day of the year with no tense cue in the past unless the future one is clearly nearer', () => {
    assert.equal(annotate('The index is near its record high set on Aug. 6.', '2025-02-06').value('Aug. 6'), '2024-08-06');
  });
});

describe('relative periods', () => {
  it('resolves "earlier this month", "last month", "last year", "this week", "the past year"', () => {
    const a = annotate('Earlier this month the army withdrew; last month it advanced, and last year it lost ground. This week it regrouped after the past year of fighting.');
    assert.equal(a.value('Earlier this month'), '2025-03');
    assert.equal(a.value('last month'), '2025-02');
    assert.equal(a.value('last year'), '2024');
    assert.equal(a.value('This week'), '2025-W12');
    assert.equal(a.value('the past year'), '2024');
  });

  it('resolves bare years and decades', () => {
    const a = annotate('The dam was built in 1962, rebuilt in the 1990s and cracked in the early 2000s.');
    assert.equal(a.value('1962'), '1962');
    assert.equal(a.time('1962').granularity, 'year');
    assert.equal(a.value('the 1990s'), '199');
    assert.equal(a.value('the early 2000s'), '200');
  });

  it('keeps durations and sets apart from dates', () => {
    const a = annotate('The strike lasted two weeks; talks are held every month and the union meets weekly.');
    assert.deepEqual(a.times.map((t) => [t.text, t.type, t.value]), [
      ['two weeks', 'DURATION', 'P2W'], ['every month', 'SET', 'P1M'], ['weekly', 'SET', 'P1W'],
    ]);
  });

  it('splits an interval into its two ends, each with its own granularity', () => {
    const a = annotate('Voting runs from March 3 to March 5, 2025, and counting from April to June.');
    assert.equal(a.value('March 3'), '2025-03-03');
    assert.equal(a.value('March 5, 2025'), '2025-03-05');
    assert.equal(a.time('April').granularity, 'month');
    assert.equal(a.value('June'), '2025-06');
  });

  it('keeps the granularity the words give: a month stays a month, a year a year', () => {
    const a = annotate('Prices rose in February and fell in 2023.');
    assert.deepEqual([a.time('February').value, a.time('February').granularity], ['2025-02', 'month']);
    assert.deepEqual([a.time('2023').value, a.time('2023').granularity], ['2023', 'year']);
  });

  it('leaves a date the text does not fix null, never the publication date', () => {
    const a = annotate('Officials said the convoy left that morning.');
    assert.equal(a.value('that morning'), null);
    assert.equal(annotate('Rebels attacked on Sunday.', null).value('Sunday'), null);
  });
});

describe('quarters in earnings reports', () => {
  it('reads "the quarter ended Sept. 30" as the quarter that date closes', () => {
    assert.equal(annotate('Sales rose 9% in the quarter ended Sept. 30.', '2025-10-28').value('the quarter'), '2025-Q3');
    // a quarter ended July 31 runs May to July: mostly the second calendar quarter
    assert.equal(annotate('Net fell in the quarter ended July 31.', '2025-10-28').value('the quarter'), '2025-Q2');
  });

  it('reads "the latest quarter" as one that has ended, not a coming quarter the text mentioned', () => {
    const a = annotate('The storm will lead to a fourth-quarter charge. Earnings fell 59% in the latest quarter.', '2025-11-02');
    assert.equal(a.value('fourth-quarter'), '2025-Q4');
    assert.equal(a.value('the latest quarter'), '2025-Q3');
  });

  it('reads "the current quarter" from the publication date, and "this quarter" as the quarter discussed', () => {
    assert.equal(annotate('Profit rose in the third quarter. Orders in the current quarter began well.', '2025-10-26').value('the current quarter'), '2025-Q4');
    assert.equal(annotate('Profit fell in the third quarter. This quarter’s loss includes charges.', '2025-11-01').value('This quarter'), '2025-Q3');
  });
});

describe('times of day', () => {
  it('joins "around 9 AM" to its day and gives it the dateline\'s UTC offset', () => {
    const t = annotate('The blast happened around 9 AM on Thursday.', '2025-03-21', SEOUL_DATELINE).time('around 9 AM on Thursday');
    assert.equal(t.value, '2025-03-20T09:00');
    assert.equal(t.utcOffset, '+09:00');
  });

  it('gives "at dawn" the part-of-day code and the dateline\'s UTC offset, else the metadata\'s', () => {
    const t = annotate('Troops crossed the border at dawn.', '2025-03-21', SEOUL_DATELINE).time('dawn');
    assert.equal(t.value, '2025-03-21TMO');
    assert.equal(t.utcOffset, '+09:00');
    assert.equal(annotate('Troops crossed the border at dawn.', '2025-03-21T06:00:00+02:00').time('dawn').utcOffset, '+02:00');
    assert.equal(annotate('Troops crossed the border at dawn.').time('dawn').utcOffset, undefined);
  });
});
