import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './annotate.js';

// Published Friday 2025-03-21 unless a test says otherwise.
describe('weekdays in news reports', () => {
  it('resolves a weekday backwards from the publication date in a past-tense report', () => {
    assert.equal(annotate('The army said it tested a new rocket on Thursday.').value('Thursday'), '2025-03-20');
    assert.equal(annotate('Rescuers reached the village on Monday.').value('Monday'), '2025-03-17');
  });

  it('reads the publication weekday as the same day ("on Friday" in a Friday report is today)', () => {
    assert.equal(annotate('The minister arrived in the capital on Friday.').value('Friday'), '2025-03-21');
  });

  it('resolves a weekday forwards when its clause is about the future', () => {
    assert.equal(annotate('The two leaders will meet on Monday.').value('Monday'), '2025-03-24');
    assert.equal(annotate('The vote is scheduled to take place on Tuesday.').value('Tuesday'), '2025-03-25');
    assert.equal(annotate('Talks are expected to resume on Wednesday.').value('Wednesday'), '2025-03-26');
    assert.equal(annotate("The envoy is set to fly to the region on Sunday.").value('Sunday'), '2025-03-23');
  });

  it('prefers the tense of the clause the weekday is in over a speech verb in another clause', () => {
    assert.equal(annotate('The council will vote on Monday, a spokesman said.').value('Monday'), '2025-03-24');
    assert.equal(annotate('A spokesman said on Wednesday that the council will vote soon.').value('Wednesday'), '2025-03-19');
  });

  it('follows "last", "next" and "this" before a weekday', () => {
    const a = annotate('The ship docked last Friday and will sail next Monday.');
    assert.equal(a.value('last Friday'), '2025-03-14');
    assert.equal(a.value('next Monday'), '2025-03-24');
    assert.equal(annotate('The summit opens this Wednesday.').value('this Wednesday'), '2025-03-19');
  });

  it('resolves a possessive weekday and keeps the possessive out of the span', () => {
    const a = annotate('Engineers studied data from Thursday’s launch.');
    assert.equal(a.value('Thursday'), '2025-03-20');
    assert.deepEqual(a.texts(), ['Thursday']);
  });

  it('joins a clock time to its day, with the approximator, as one TIME', () => {
    const a = annotate('The blast happened around 9 AM on Thursday, police said.');
    const t = a.time('around 9 AM on Thursday');
    assert.equal(t.type, 'TIME');
    assert.equal(t.value, '2025-03-20T09:00');
    assert.equal(t.granularity, 'minute');
  });

  it('puts a bare clock time on the day of the event, not on the day a statement was made', () => {
    const a = annotate('The navy fired two rockets on Tuesday, the ministry said Thursday. They were launched around 4 p.m. from the coast.');
    assert.equal(a.value('Thursday'), '2025-03-20');
    assert.equal(a.value('around 4 p.m.'), '2025-03-18T16:00');
    const b = annotate('The ministry announced on Thursday that the plant reopened. Workers arrived at 6 a.m.');
    // no event day is named (Thursday dates the announcement): the publication day, TempEval's convention
    assert.equal(b.value('6 a.m.'), '2025-03-21T06:00');
  });

  it('looks back a paragraph (three sentences) for the day a bare clock time is on, no further', () => {
    const text = 'A strong earthquake struck the province on Monday afternoon, officials said. ' +
      'The quake was centred near the coast, the survey said. Most of the dead were pupils, an official said. ' +
      'The quake hit around 1:21 p.m.';
    assert.equal(annotate(text).value('around 1:21 p.m.'), '2025-03-17T13:21');
    const far = 'Protests began on Monday. One. Two. Three. Police made arrests at 6 p.m.';
    assert.equal(annotate(far).value('6 p.m.'), '2025-03-21T18:00');
  });

  it('gives a weekday with a part of day the TIMEX3 part-of-day code', () => {
    assert.equal(annotate('Shelling resumed Thursday morning.').value('Thursday morning'), '2025-03-20TMO');
    assert.equal(annotate('Crowds gathered Wednesday night.').value('Wednesday night'), '2025-03-19TNI');
  });
});

describe('months, weeks and years relative to the publication date', () => {
  it('resolves a month name without a year backwards in a past-tense report', () => {
    assert.equal(annotate('The factory closed in January.').value('January'), '2025-01');
  });

  it('resolves a month name forwards when the clause is about the future', () => {
    assert.equal(annotate('The company plans to open a second plant in June.').value('June'), '2025-06');
    assert.equal(annotate('Elections will be held in February.').value('February'), '2026-02');
  });

  it('keeps a month at month granularity, never a day', () => {
    const t = annotate('The deal was signed in January.').time('January');
    assert.equal(t.granularity, 'month');
    assert.deepEqual(t.inferred, ['year']);
  });

  it('places a month and day without a year nearest the publication date', () => {
    assert.equal(annotate('The deadline is April 2.').value('April 2'), '2025-04-02');
    assert.equal(annotate('Fighting broke out on Nov. 30.').value('Nov. 30'), '2024-11-30');
  });

  it('resolves "earlier this month", "last month", "last year", "this week" and "next year"', () => {
    const a = annotate('Earlier this month the envoy visited; last month he wrote, last year he resigned, this week he spoke, and next year he retires.');
    assert.equal(a.value('Earlier this month'), '2025-03');
    assert.equal(a.value('last month'), '2025-02');
    assert.equal(a.value('last year'), '2024');
    assert.equal(a.value('this week'), '2025-W12');
    assert.equal(a.value('next year'), '2026');
  });

  it('resolves "today", "yesterday", "tomorrow" and "tonight"', () => {
    const a = annotate('Today the court ruled; yesterday it heard the case; tomorrow it rests, and tonight the crowd will march.');
    assert.equal(a.value('Today'), '2025-03-21');
    assert.equal(a.value('yesterday'), '2025-03-20');
    assert.equal(a.value('tomorrow'), '2025-03-22');
    assert.equal(a.value('tonight'), '2025-03-21TNI');
  });

  it('counts "ago" from the publication date at the unit of the amount', () => {
    const a = annotate('He left three days ago, moved a week ago and married two years ago.');
    assert.equal(a.value('three days ago'), '2025-03-18');
    assert.equal(a.value('a week ago'), '2025-W11');
    assert.equal(a.value('two years ago'), '2023');
  });

  it('counts "two days earlier" from the day named just before it, and leaves it an amount otherwise', () => {
    const a = annotate('The rocket was launched on Thursday. Two days earlier, crews had fuelled it.');
    assert.equal(a.value('Two days earlier'), '2025-03-18');
    const b = annotate('Crews had fuelled it two days earlier.');
    assert.equal(b.time('two days earlier').type, 'DURATION');
    assert.equal(b.value('two days earlier'), 'P2D');
  });

  it('resolves seasons and quarters', () => {
    const a = annotate('Sales fell in the third quarter and during the summer; last fall was better and results are due in the first quarter of 2026.');
    assert.equal(a.value('the third quarter'), '2024-Q3');
    assert.equal(a.value('the summer'), '2024-SU');
    assert.equal(a.value('last fall'), '2024-FA');
    assert.equal(a.value('the first quarter of 2026'), '2026-Q1');
  });

  it('reads "a year earlier" as the same quarter a year before while a quarter is discussed', () => {
    const a = annotate('Profit rose in the fourth quarter of 2024. It was lower a year earlier.');
    assert.equal(a.value('a year earlier'), '2023-Q4');
  });
});

describe('without a publication date', () => {
  it('still resolves absolute dates', () => {
    const a = annotate('The treaty was signed on March 3, 2019, and revised in 2021.', null);
    assert.equal(a.value('March 3, 2019'), '2019-03-03');
    assert.equal(a.value('2021'), '2021');
  });

  it('leaves relative expressions null with a DL202 info diagnostic', () => {
    const a = annotate('The minister resigned on Thursday and left last week.', null);
    assert.equal(a.value('Thursday'), null);
    assert.equal(a.value('last week'), null);
    assert.equal(a.time('Thursday').anchor, null);
    const codes = a.diagnostics.map((d) => [d.code, d.severity, d.stage]);
    assert.deepEqual(codes, [['DL202', 'info', 'times'], ['DL202', 'info', 'times']]);
    assert.deepEqual(a.diagnostics[0]!.span, { start: a.time('Thursday').start, end: a.time('Thursday').end });
  });

  it('leaves "that day" null when the text names no day before it', () => {
    const a = annotate('Markets fell sharply that day.');
    assert.equal(a.value('that day'), null);
    assert.equal(a.diagnostics[0]?.code, 'DL202');
  });

  it('resolves "that day" to the day the text named before it', () => {
    assert.equal(annotate('Troops crossed the river on March 3, 2019. Markets fell that day.').value('that day'), '2019-03-03');
  });
});

describe('anchor and UTC offset', () => {
  it('records the publication date used as the anchor and which parts were inferred', () => {
    const t = annotate('The envoy arrived on Thursday.').time('Thursday');
    assert.equal(t.anchor, '2025-03-21');
    assert.deepEqual(t.inferred, ['year', 'month', 'day']);
    const absolute = annotate('He was born on May 4, 1950.').time('May 4, 1950');
    assert.equal(absolute.anchor, null);
    assert.deepEqual(absolute.inferred, []);
  });

  it('takes the local date of a published timestamp as the anchor', () => {
    assert.equal(annotate('The ministry spoke on Friday.', '2025-03-21T23:30:00+09:00').value('Friday'), '2025-03-21');
  });

  it('gives clock times the UTC offset of the dateline, else of the published timestamp', () => {
    const withDateline = annotate('The launch came at 7:40 a.m. on Thursday.', '2025-03-21', {
      dateline: { span: { start: 0, end: 0 }, place: 'Seoul', outlet: null, utcOffset: '+09:00' },
    });
    assert.equal(withDateline.time('7:40 a.m. on Thursday').utcOffset, '+09:00');
    assert.equal(annotate('The launch came at 7:40 a.m. on Thursday.', '2025-03-21T10:00:00-05:00').time('7:40 a.m. on Thursday').utcOffset, '-05:00');
    assert.equal(annotate('The launch came at 7:40 a.m. on Thursday.').time('7:40 a.m. on Thursday').utcOffset, undefined);
    assert.equal(annotate('Polls closed at 8 p.m. EST on Tuesday.').time('8 p.m. EST on Tuesday').utcOffset, '-05:00');
  });

  it('gives no UTC offset to dates without a clock time', () => {
    assert.equal(annotate('The launch came on Thursday.', '2025-03-21T10:00:00-05:00').time('Thursday').utcOffset, undefined);
  });
});

describe('the dateline day as the anchor', () => {
  // Filed on Tuesday 2025-03-18 (the dateline), the page dated Friday 2025-03-21.
  const filedTuesday = (text: string) => annotate(text, '2025-03-21', {
    dateline: { span: { start: 0, end: 0 }, place: 'Seoul', outlet: 'Reuters', date: '2025-03-18' },
  });

  it('counts weekdays and "yesterday" from the day the story was filed, not the page date', () => {
    assert.equal(filedTuesday('The army said it tested a new rocket on Monday.').value('Monday'), '2025-03-17');
    assert.equal(filedTuesday('The army said it tested a new rocket on Thursday.').value('Thursday'), '2025-03-13');
    assert.equal(filedTuesday('Talks will resume on Thursday.').value('Thursday'), '2025-03-20');
    assert.equal(filedTuesday('The envoy arrived yesterday.').value('yesterday'), '2025-03-17');
  });

  it('uses the publication date when the dateline names no day', () => {
    const a = annotate('The army said it tested a new rocket on Thursday.', '2025-03-21', {
      dateline: { span: { start: 0, end: 0 }, place: 'Seoul', outlet: 'Reuters' },
    });
    assert.equal(a.value('Thursday'), '2025-03-20');
  });
});

describe('a date that names an act like an adjective', () => {
  it('takes the date nearest the report, not the tense of a verb around it', () => {
    // Published 2025-03-21: "Jan. 9" is the past January, though the clause looks ahead.
    assert.equal(annotate('The talks will go on until the prisoners taken in its Jan. 9 raid are freed.').value('Jan. 9'), '2025-01-09');
    assert.equal(annotate('Officials will meet after the April 2 vote.').value('April 2'), '2025-04-02');
  });

  it('still follows the clause when the date is an adverbial ("on Jan. 9")', () => {
    assert.equal(annotate('The talks will resume on Jan. 9.').value('Jan. 9'), '2026-01-09');
  });
});

describe('"the next year" in a narrative', () => {
  it('counts "the next year" and "the next month" on from the last date told, as "the following year" does', () => {
    const a = annotate('The rebels seized the port in August 2014. The next year, they freed two sailors.');
    assert.equal(a.value('The next year'), '2015');
    const b = annotate('The rebels seized the port in August 2014. The next month, they freed two sailors.');
    assert.equal(b.value('The next month'), '2014-09');
  });

  it('keeps a period after now with "over", "in" or "within" before it, and counts from now when nothing was told before', () => {
    assert.equal(annotate('Prices will rise over the next year, the bank said.').value('the next year'), '2026');
    assert.equal(annotate('He said the next month would be hard for the farmers.').value('the next month'), '2025-04');
  });
});

describe('months told together', () => {
  it('lends a year the words give to the other months of a range or list', () => {
    const a = annotate('The games will take place in July-August 2027, the council said.');
    assert.equal(a.value('July'), '2027-07');
    const b = annotate('Visitors spent 9 billion euros from March to May 2019, a study found.');
    assert.equal(b.value('March'), '2019-03');
  });

  it('places the months of one list by one tense, the first month\'s', () => {
    const a = annotate('It will be a busy season, especially August, September and October, he said.', '2020-04-02');
    assert.deepEqual(['August', 'September', 'October'].map((m) => a.value(m)), ['2020-08', '2020-09', '2020-10']);
  });

  it('reads a range forwards in time across the new year', () => {
    const past = annotate('Between November and August, the plant exported a million tonnes.', '2023-12-21');
    assert.deepEqual([past.value('November'), past.value('August')], ['2022-11', '2023-08']);
    const future = annotate('The festival will run from December to February.', '2023-11-10');
    assert.deepEqual([future.value('December'), future.value('February')], ['2023-12', '2024-02']);
  });
});

describe('past clauses and acts that are over', () => {
  it('reads short regular pasts ("died", "sued") as past, so a month is not put next year', () => {
    assert.equal(annotate('She died in March, at the age of 91.', '2023-12-20').value('March'), '2023-03');
    assert.equal(annotate('In April, investors sued the makers of the game.', '2023-12-20').value('April'), '2023-04');
  });

  it('reads "but until April, there was no …" as looking back, not as a deadline', () => {
    assert.equal(annotate('But until April, there was no legal way to buy the drug.', '2023-12-20').value('April'), '2023-04');
    assert.equal(annotate('The deadline was postponed until April.', '2023-12-20').value('April'), '2024-04');
  });

  it('puts the day of an act that is over ("its Oct. 7 attack", "the January 6 riot") on or before the report', () => {
    const a = annotate('The hostages taken during its Oct. 7 cross-border attack are still held.', '2024-09-20');
    assert.equal(a.value('Oct. 7'), '2023-10-07');
    assert.equal(annotate('The court said he had engaged in the January 6 riot.', '2023-12-20').value('January 6'), '2023-01-06');
    assert.equal(annotate('The Dec. 20 bombing killed four people, police said.', '2023-12-20').value('Dec. 20'), '2023-12-20');
    // a date that names an act still ahead keeps the nearest day
    assert.equal(annotate('Officials prepared for the Jan. 15 vote.', '2023-12-20').value('Jan. 15'), '2024-01-15');
  });
});

describe('names that open with a weekday', () => {
  it('reads "the Sunday Times" and "Saturday Night Live" as names, not days, and keeps real days beside names', () => {
    assert.deepEqual(annotate('The minister told the Sunday Times that the talks had failed.').texts(), []);
    assert.deepEqual(annotate('The show was mocked on Saturday Night Live.').texts(), []);
    assert.deepEqual(annotate('On Friday President Lorne said the talks had failed.').texts(), ['Friday']);
    assert.deepEqual(annotate('The rebels attacked on Sunday night, the army said.').texts(), ['Sunday night']);
  });
});

describe('days told again and days glossed', () => {
  it('keeps the year a month and day were first given when the report tells them again', () => {
    const a = annotate('Officials listened to the July 25 call. "I feared at the time of the call on July 25 how it would play," she said.', '2019-11-19');
    assert.deepEqual(a.times.map((t) => t.value), ['2019-07-25', '2019-07-25']);
  });

  it('gives a weekday the date in brackets after it when the two agree', () => {
    const a = annotate('The leaders met the chief executives on Thursday (Nov 16) and spoke again later.', '2023-12-20');
    assert.equal(a.value('Thursday'), '2023-11-16');
  });
});
