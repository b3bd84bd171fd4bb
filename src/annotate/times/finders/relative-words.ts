// Finders for dates named relative to the publication date ("yesterday", "last week", "earlier this
// month", "three days ago") or to the last date the text mentioned ("that day", "the next morning",
// "two days earlier"), and for parts of the day ("at dawn", "overnight", "this morning").
import { PARTS_OF_DAY, type PartOfDay, UNITS, type Unit } from '../lexicon.js';
import { AMOUNT_PATTERN, parseAmount } from '../numbers.js';
import { type Rule, candidate, capitalisedInside, whole, wordAfter, wordBefore } from './rule.js';

const part = (word: string | undefined): PartOfDay | undefined => (word ? PARTS_OF_DAY[word.toLowerCase()] : undefined);

/** "today", "yesterday", "tomorrow", "tonight", "yesterday morning", "later yesterday", "the day before yesterday". */
const dayWord: Rule = {
  name: 'day-word',
  needs: ['today', 'yesterday', 'tomorrow', 'tonight'],
  pattern: /\b(?:(?:earlier|later|early|late)\s+)?(?:the\s+day\s+(before|after)\s+)?(today|yesterday|tomorrow|tonight)\b(?:\s+(morning|afternoon|evening|night)\b)?/gi,
  build(m, text) {
    const word = m[2]!.toLowerCase();
    const wordStart = m.index + m[0].toLowerCase().indexOf(word);
    if (capitalisedInside(text, wordStart)) return null; // "USA Today", a programme name
    let offset = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[word as 'today'];
    if (m[1]) offset += m[1].toLowerCase() === 'before' ? -1 : 1;
    const partOfDay = word === 'tonight' ? 'NI' : part(m[3]);
    return whole('day-word', m, { kind: 'relative', unit: 'day', offset, partOfDay });
  },
};

/** "this morning", "last night", "this evening". */
const thisPartOfDay: Rule = {
  name: 'this-part-of-day',
  needs: ['morning', 'afternoon', 'evening', 'night'],
  pattern: /\b(?:(?:earlier|later|early|late)\s+)?(this|last)\s+(morning|afternoon|evening|night)\b/gi,
  build(m) {
    const offset = m[1]!.toLowerCase() === 'last' ? -1 : 0;
    return whole('this-part-of-day', m, { kind: 'relative', unit: 'day', offset, partOfDay: part(m[2]) });
  },
};

/** "overnight": the night of the publication date, as TimeBank writes it (the night just past, in a morning report). */
const overnight: Rule = {
  name: 'overnight',
  needs: ['overnight'],
  pattern: /\bovernight\b/gi,
  build(m) {
    return whole('overnight', m, { kind: 'relative', unit: 'day', offset: 0, partOfDay: 'NI' });
  },
};

/**
 * "last year", "this week", "next month", "earlier this month", "early next year", "this past weekend",
 * "the past year" (TimeBank reads it as last year, a date, not a duration; "the past two years" is one).
 */
const relativeUnit: Rule = {
  name: 'relative-unit',
  needs: ['year', 'month', 'week', 'weekend', 'decade'],
  pattern: /\b(?:(?:earlier|later|early|late)\s+)?(?:(the)\s+)?(this\s+past|this\s+coming|this|last|next|past|coming|current|latest)\s+(?:fiscal\s+)?(year|month|week|weekend|decade)\b/gi,
  build(m, text) {
    const the = Boolean(m[1]);
    const which = m[2]!.toLowerCase().replace(/\s+/g, ' ');
    const unit = m[3]!.toLowerCase() as 'year' | 'month' | 'week' | 'weekend' | 'decade';
    if (capitalisedInside(text, m.index + m[0].length - m[3]!.length)) return null; // "This Week", a programme
    if (which === 'latest') return the && unit === 'year' ? whole('relative-unit', m, { kind: 'relative', unit, offset: -1 }) : null;
    if (the && (which === 'this past' || which === 'this coming' || which === 'this')) return null;
    // "The next year, they released …" tells on from the last date mentioned (the contextual rule); only a
    // period word before it ("over the next year", "in the next month") makes it the time after now.
    if (the && which === 'next' && (unit === 'year' || unit === 'month') && !PERIOD_CONTEXT.has(wordBefore(text, m.index)?.toLowerCase() ?? '')) return null;
    const offset = which === 'this' || which === 'current' ? 0 : which === 'last' || which === 'past' || which === 'this past' ? -1 : 1;
    return whole('relative-unit', m, { kind: 'relative', unit, offset });
  },
};

const PERIOD_CONTEXT = new Set(['for', 'in', 'during', 'throughout', 'over', 'through', 'into', 'by', 'until', 'till']);
const PERIOD_PART = /(?:end|beginning|start|rest|middle|half|part|remainder|close|course|balance|months|weeks|days|quarter|quarters)\s+of\s+$/i;

/** "for the year", "later in the week", "the end of the month"; "the year ended June 30" is a duration. */
const thePeriod: Rule = {
  name: 'the-period',
  needs: ['year', 'month', 'week', 'weekend', 'day'],
  pattern: /\bthe\s+(?:(full|fiscal|calendar|whole|entire)\s+)?(year|month|week|weekend|day)\b(?!-)/gi,
  build(m, text) {
    const described = Boolean(m[1]);
    const unit = m[2]!.toLowerCase() as 'year' | 'month' | 'week' | 'weekend' | 'day';
    const end = m.index + m[0].length;
    const after = wordAfter(text, end);
    const before = wordBefore(text, m.index);
    if (after === 'before' || after === 'after' || /^\d/.test(after)) return null;
    if (unit === 'day') {
      // "later in the day", "the rest of the day": the day the text is about
      const lead = text.slice(Math.max(0, m.index - 24), m.index);
      if (described || !/(?:(?:earlier|later|early|late)\s+in|(?:end|rest|course|middle)\s+of)\s+$/i.test(lead)) return null;
      return whole('the-period', m, { kind: 'contextual', unit: 'day', offset: 0 });
    }
    if (unit === 'weekend') {
      return whole('the-weekend', m, { kind: 'weekend', placement: 'tense' });
    }
    if (['ended', 'ending', 'ends', 'to'].includes(after)) {
      return whole('the-period', m, { kind: 'duration', value: { year: 'P1Y', month: 'P1M', week: 'P1W' }[unit], unit });
    }
    const possessive = /^['’]s\b/.test(text.slice(end, end + 3)); // "the week's most active session"
    if (!described && !possessive && !PERIOD_CONTEXT.has(before) && !PERIOD_PART.test(text.slice(Math.max(0, m.index - 30), m.index))) return null;
    return whole('the-period', m, { kind: 'relative', unit, offset: 0 });
  },
};

/** "that day", "the same day", "the next morning", "the following year", "later that day": counted from the last date mentioned. */
const contextual: Rule = {
  name: 'contextual',
  needs: ['day', 'morning', 'afternoon', 'evening', 'night', 'month', 'year'],
  pattern: /\b(?:(?:earlier|later|early|late)\s+)?(that\s+same|that|the\s+same|the\s+next|the\s+following|the\s+previous|the\s+preceding|the\s+prior)\s+(day|morning|afternoon|evening|night|month|year)\b/gi,
  build(m, text) {
    const which = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const word = m[2]!.toLowerCase();
    if (which === 'that' && wordAfter(text, m.index + m[0].length) === 'of') return null; // "that day of mourning"
    const offset = which === 'the next' || which === 'the following' ? 1 : which === 'the previous' || which === 'the preceding' || which === 'the prior' ? -1 : 0;
    const partOfDay = part(word);
    const unit = partOfDay ? 'day' : (word as 'day' | 'month' | 'year');
    return whole('contextual', m, { kind: 'contextual', unit, offset, partOfDay });
  },
};

/** "the day before", "the day after", "a week earlier" read as a whole ("the night before"): counted from the last date mentioned. */
const theDayBefore: Rule = {
  name: 'day-before',
  needs: ['before', 'after'],
  pattern: /\bthe\s+(day|night|month|year)\s+(before|after)\b/gi,
  build(m, text) {
    // "the day before the vote": TimeML marks the phrase but it is anchored to the event, not to a date we know
    const next = wordAfter(text, m.index + m[0].length);
    if (next && /^[a-z]/i.test(next) && !['and', 'but', 'or', 'when', 'as'].includes(next.toLowerCase())) return null;
    const word = m[1]!.toLowerCase();
    const offset = m[2]!.toLowerCase() === 'after' ? 1 : -1;
    const partOfDay = part(word);
    const unit = partOfDay ? 'day' : (word as 'day' | 'month' | 'year');
    return whole('day-before', m, { kind: 'contextual', unit, offset, partOfDay });
  },
};

const UNIT_WORDS = '(?:years?|months?|weeks?|fortnights?|days?|hours?|minutes?|seconds?|decades?|century|centuries|quarters?)';

/** "three days ago", "a year earlier", "two weeks later", "a month from now"; "years ago" is PAST_REF. */
const shift: Rule = {
  name: 'shift',
  needs: ['ago', 'earlier', 'later', 'before', 'after', 'now', 'hence', 'previously', 'back'],
  pattern: new RegExp(`\\b(${AMOUNT_PATTERN})[\\s-]+(${UNIT_WORDS})(?:\\s+or\\s+so)?\\s+(ago|earlier|later|before|after|from\\s+now|hence|previously|back)\\b`, 'gi'),
  build(m, text) {
    const unit = UNITS[m[2]!.toLowerCase()] as Unit;
    const amountText = m[1]!;
    if (/^an?$/i.test(amountText) && unit === 'second') return null;
    const amount = parseAmount(amountText);
    const word = m[3]!.toLowerCase().replace(/\s+/g, ' ');
    const end = m.index + m[0].length;
    if ((word === 'before' || word === 'after') && /^\s*[\p{L}\p{N}$]/u.test(text.slice(end, end + 3))) {
      // "two days before the vote": the anchor is an event, not a date; the amount is a duration
      return null;
    }
    const sign = word === 'later' || word === 'after' || word === 'from now' || word === 'hence' ? 1 : -1;
    const from = word === 'ago' || word === 'from now' || word === 'hence' || word === 'back' ? 'anchor' : 'context';
    if (amount === null) return whole('shift', m, { kind: 'ref', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' });
    return whole('shift', m, { kind: 'shift', unit, amount, sign, from });
  },
};

/** "years ago", "months earlier": a time in the past the text does not fix. */
const vagueAgo: Rule = {
  name: 'vague-ago',
  needs: ['ago', 'earlier', 'before'],
  pattern: /\b(years|months|weeks|days|decades|moments|hours|minutes)\s+(?:ago|earlier|before(?!\s+[\p{L}\p{N}]))\b/giu,
  build(m, text) {
    const before = wordBefore(text, m.index);
    if (/^\d|^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|some|many|couple|dozen)$/.test(before)) return null;
    return whole('vague-ago', m, { kind: 'ref', value: 'PAST_REF' });
  },
};

/** "year-earlier", "the year-ago quarter", "the year-earlier period": a year before the period in question. */
const yearEarlier: Rule = {
  name: 'year-earlier',
  needs: ['earlier', 'ago'],
  pattern: /\b(?:the\s+)?(?:comparable\s+|same\s+)?year-(?:earlier|ago)(?:\s+(?:quarter|period|month|week|nine\s+months|six\s+months))?\b/gi,
  build(m) {
    return whole('year-earlier', m, { kind: 'shift', unit: 'year', amount: 1, sign: -1, from: 'context' });
  },
};

/** "year-end", "by year end", "year's end": the last day of the year, placed by tense. */
const yearEnd: Rule = {
  name: 'year-end',
  needs: ['end'],
  pattern: /\b(?:the\s+)?(?:year[-\s]end|year['’]s\s+end)\b/gi,
  build(m) {
    return whole('year-end', m, { kind: 'date', month: 12, day: 31, placement: 'tense' });
  },
};

/** "the past" on its own (longer "the past two weeks" wins over it): PAST_REF; "the near term": FUTURE_REF. */
const thePast: Rule = {
  name: 'the-past',
  needs: ['past', 'term'],
  pattern: /\bthe\s+past\b|\bthe\s+(?:near|short)\s+term\b/gi,
  build(m) {
    return whole('the-past', m, { kind: 'ref', value: /past$/i.test(m[0]) ? 'PAST_REF' : 'FUTURE_REF' });
  },
};

/** "for a while", "for some time", "in a long time": a duration the text does not measure. */
const aWhile: Rule = {
  name: 'a-while',
  needs: ['while', 'time'],
  pattern: /(?<=\b(?:for|in|after|within|over)\s{1,10})(?:a\s+(?:long\s+|short\s+|little\s+)?while|some\s+time|a\s+long\s+time|a\s+short\s+time)\b/gi,
  build(m) {
    return whole('a-while', m, { kind: 'duration', value: 'PXX', unit: null });
  },
};

/** "0735 GMT", "1300 UTC": the wires' clock times in a named zone. */
const zonedClock: Rule = {
  name: 'zoned-clock',
  needs: ['gmt', 'utc'],
  pattern: /\b([01]\d|2[0-3])([0-5]\d)\s+(?:GMT|UTC)\b/g,
  build(m) {
    return whole('zoned-clock', m, { kind: 'clock', clock: { hour: Number(m[1]), minute: Number(m[2]), utcOffsetMinutes: 0 } });
  },
};

/** "at dawn", "before midnight", "by noon", "the morning", "mid-afternoon". */
const partOfDay: Rule = {
  name: 'part-of-day',
  needs: ['dawn', 'dusk', 'daybreak', 'sunrise', 'sunset', 'nightfall', 'midnight', 'noon', 'midday', 'first', 'morning', 'afternoon', 'evening', 'mid', 'midmorning', 'midafternoon'],
  pattern: /\b(?:at|before|after|by|until|till|around|from|since|toward|towards|near|past)\s+(dawn|dusk|daybreak|sunrise|sunset|nightfall|midnight|noon|midday|first\s+light)\b|\b(?:(?:early|late)\s+in\s+)?the\s+(morning|afternoon|evening)\b|\bmid[-\s]?(morning|afternoon|day)\b|\b(midnight|noon)(?=\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|yesterday)\b)/gi,
  build(m, text) {
    const end = m.index + m[0].length;
    if (m[1]) {
      const word = m[1].toLowerCase().replace(/\s+/g, ' ');
      const start = end - m[1].length;
      if (capitalisedInside(text, start)) return null; // "High Noon"
      if (word === 'midnight') return candidate('part-of-day', start, end, { kind: 'clock', clock: { hour: 24, minute: 0 } });
      if (word === 'noon' || word === 'midday') return candidate('part-of-day', start, end, { kind: 'clock', clock: { hour: 12, minute: 0 } });
      return candidate('part-of-day', start, end, { kind: 'clock', partOfDay: PARTS_OF_DAY[word] ?? 'MO' });
    }
    if (m[2]) {
      if (['of', 'before', 'after', 'when', 'that'].includes(wordAfter(text, end))) return null;
      const start = m.index + m[0].toLowerCase().indexOf('the ');
      return candidate('part-of-day', start, end, { kind: 'clock', partOfDay: part(m[2])! });
    }
    if (m[4]) {
      if (capitalisedInside(text, m.index)) return null;
      return whole('part-of-day', m, { kind: 'clock', clock: { hour: m[4].toLowerCase() === 'noon' ? 12 : 24, minute: 0 } });
    }
    const word = m[3]!.toLowerCase();
    return whole('part-of-day', m, { kind: 'clock', partOfDay: word === 'day' ? 'MI' : part(word)! });
  },
};

/** "in the early hours (of Thursday)", "the small hours": the night before dawn, a part of the day and not a duration. */
const earlyHours: Rule = {
  name: 'early-hours',
  needs: ['hours'],
  pattern: /\bthe\s+(?:early|small|wee)\s+hours\b/gi,
  build(m) {
    return whole('early-hours', m, { kind: 'clock', partOfDay: 'NI' });
  },
};

export const RELATIVE_RULES: readonly Rule[] = [dayWord, thisPartOfDay, overnight, relativeUnit, thePeriod, contextual, theDayBefore, shift, vagueAgo, yearEarlier, yearEnd,
  thePast, aWhile, zonedClock, partOfDay, earlyHours];

