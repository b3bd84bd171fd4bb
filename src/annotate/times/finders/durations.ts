// Finders for durations ("three years", "for 35 seconds", "two-day", "the past two weeks",
// "recent years") and sets ("every year", "annually", "weekly", "$1 billion a year").
import { MONTHS, SEASONS, UNITS, type Unit, WEEKDAYS } from '../lexicon.js';
import { AMOUNT_PATTERN, parseAmount } from '../numbers.js';
import { durationValue } from '../timex.js';
import { type Rule, capitalisedInside, whole, wordAfter, wordBefore } from './rule.js';

const UNIT_WORDS = '(?:years?|yrs?|months?|weeks?|fortnights?|days?|hours?|minutes?|seconds?|decades?|century|centuries|quarters?|millennium|millennia)';
const SET_CONTEXT_BEFORE = /(?:\d[\d,.]*\s*(?:%|percent|billion|million|thousand|trillion|bn|m|k)?|\b(?:billion|million|thousand|trillion|hundred|dozen|times|twice|once|thrice|percent))\s*$/i;

/** "three years", "the past two weeks", "the first nine months", "two-day", "for 35 seconds", "an hour and a half". */
const amountOfUnits: Rule = {
  name: 'duration',
  pattern: new RegExp(`\\b(?:(the)\\s+(?:(past|last|next|first|previous|coming|following|final|latest|initial|remaining|other|preceding|ensuing)\\s+)?)?(${AMOUNT_PATTERN})(?:\\s+|-)(?:(?:more|additional|extra|straight|consecutive|full|long|trading|business|working|calendar|school)\\s+)?(${UNIT_WORDS})(?:(?:\\s+|-)(old|long))?(\\s+and\\s+a\\s+half)?\\b`, 'gi'),
  build(m, text) {
    const amountText = m[3]!.toLowerCase();
    const unitWord = m[4]!.toLowerCase();
    const unit = UNITS[unitWord] ?? (unitWord.startsWith('yr') ? 'year' : undefined);
    if (!unit) return null;
    const end = m.index + m[0].length;
    const single = /^(an?)$/.test(amountText);
    if (capitalisedInside(text, end - (m[6]?.length ?? 0) - (m[5] ? m[5].length + 1 : 0) - m[4]!.length)) return null; // "60 Minutes", a title
    if (m[5]?.toLowerCase() === 'old') return null; // an age ("a 52-year-old man"), not a time
    if (/^\s+(?:old|of\s+age)\b/i.test(text.slice(end, end + 8))) return null;
    if (unit === 'second' && single) return null; // "a second time"
    if (unit === 'quarter' && (single || wordAfter(text, end) === 'of')) return null; // "a quarter of", "three quarters of the vote"
    if (unit === 'second' && amountText === 'one' && !m[1]) return null;
    let amount = parseAmount(m[3]!);
    if (m[6] && amount !== null) amount += 0.5;
    if (unitWord === 'fortnight' || unitWord === 'fortnights') amount = amount === null ? null : amount * 2;
    // "$1 billion a year", "twice a week": a frequency
    if (single && !m[1] && SET_CONTEXT_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) {
      return whole('rate', m, { kind: 'set', value: durationValue(1, unit), unit });
    }
    if (single && !m[1] && wordBefore(text, m.index) === 'per') return null;
    return whole('duration', m, { kind: 'duration', value: durationValue(amount, unit), unit });
  },
};

/** "recent years", "the coming weeks", "for years", "within hours", "decades-long". */
const vagueUnits: Rule = {
  name: 'vague-duration',
  pattern: /\b(?:(?:the\s+)?(recent|coming|past|next|last|following|ensuing|intervening|early|previous)\s+(years|months|weeks|days|decades|centuries|hours|quarters)\b|\bthe\s+(days|weeks|months|years)\s+ahead\b|(?<=\b(?:for|within|in|after|over|lasted|took|spent)\s{1,10})(years|months|weeks|days|decades|centuries|hours|minutes)\b(?!\s+(?:ago|earlier|later|before|of\s+age|old)\b)|(days?|weeks?|months?|years?|decades?|hours?)-long\b)/gi,
  build(m, text) {
    const word = (m[2] ?? m[3] ?? m[4] ?? m[5])!.toLowerCase();
    const unit = UNITS[word]!;
    if (m[1] && m[1].toLowerCase() === 'last' && wordBefore(text, m.index) !== 'the') return null; // "last days of" needs "the"
    if (m[4] && /^(in)$/.test(wordBefore(text, m.index)) && !/^(hours|days|weeks|months|years|decades)$/.test(word)) return null;
    const plural = word.endsWith('s') || word === 'centuries';
    const value = durationValue(plural ? null : 1, unit);
    return whole('vague-duration', m, { kind: 'duration', value, unit });
  },
};

const FREQUENCY: Readonly<Record<string, [string, Unit]>> = {
  daily: ['P1D', 'day'], weekly: ['P1W', 'week'], monthly: ['P1M', 'month'], yearly: ['P1Y', 'year'], annually: ['P1Y', 'year'],
  hourly: ['PT1H', 'hour'], nightly: ['P1D', 'day'], quarterly: ['P3M', 'month'], biweekly: ['P2W', 'week'], 'bi-weekly': ['P2W', 'week'],
  fortnightly: ['P2W', 'week'], biannually: ['P6M', 'month'], semiannually: ['P6M', 'month'], 'semi-annually': ['P6M', 'month'],
  'twice-yearly': ['P6M', 'month'], 'twice-weekly': ['P1W', 'week'], 'twice-daily': ['P1D', 'day'],
};

/** "daily", "weekly", "annually". */
const frequencyAdverb: Rule = {
  name: 'frequency',
  needs: ['daily', 'weekly', 'monthly', 'yearly', 'annually', 'hourly', 'nightly', 'quarterly', 'biweekly', 'bi', 'fortnightly', 'biannually', 'semiannually', 'semi', 'twice'],
  pattern: /\b(daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|bi-?weekly|fortnightly|biannually|semi-?annually|twice-(?:yearly|weekly|daily))\b/gi,
  build(m, text) {
    const word = m[1]!.toLowerCase();
    // "quarterly dividend", "quarterly results": an adjective of reports, rarely a time
    if (word === 'quarterly' && /^\s+[a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return null;
    if (capitalisedInside(text, m.index)) return null; // "Breitbart News Daily", a name
    const [value, unit] = FREQUENCY[word]!;
    return whole('frequency', m, { kind: 'set', value, unit });
  },
};

const SET_PARTS: Readonly<Record<string, string>> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' };

/** "every year", "each July", "every Monday", "every two weeks", "every other day", "per year". */
const everyUnit: Rule = {
  name: 'every',
  needs: ['every', 'each', 'per'],
  pattern: new RegExp(`\\b(every|each|per)\\s+(?:(other)\\s+)?(?:(${AMOUNT_PATTERN})\\s+)?(${UNIT_WORDS}|annum|morning|afternoon|evening|night|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter)\\b`, 'gi'),
  build(m, text) {
    const word = m[4]!;
    const lower = word.toLowerCase();
    const end = m.index + m[0].length;
    if (wordAfter(text, end) === 'of') return null; // "each of the past three years"
    if (m[1]!.toLowerCase() === 'each' && m[3]) return null;
    const weekday = WEEKDAYS[lower];
    if (weekday && word[0] === word[0]!.toUpperCase()) return whole('every', m, { kind: 'set', value: `XXXX-WXX-${weekday}`, unit: 'week' });
    const month = MONTHS[lower];
    if (month && lower.length > 3 && word[0] === word[0]!.toUpperCase()) return whole('every', m, { kind: 'set', value: `XXXX-${String(month).padStart(2, '0')}`, unit: 'year' });
    const season = SEASONS[lower];
    if (season) return whole('every', m, { kind: 'set', value: `XXXX-${season}`, unit: 'year' });
    if (SET_PARTS[lower]) return whole('every', m, { kind: 'set', value: `XXXX-XX-XX${SET_PARTS[lower]}`, unit: 'day' });
    if (lower === 'weekend') return whole('every', m, { kind: 'set', value: 'XXXX-WXX-WE', unit: 'week' });
    const unit: Unit | undefined = lower === 'annum' ? 'year' : UNITS[lower];
    if (!unit) return null;
    let amount = m[3] ? parseAmount(m[3]) : 1;
    if (m[2]) amount = 2;
    return whole('every', m, { kind: 'set', value: durationValue(amount ?? 1, unit), unit });
  },
};

export const DURATION_RULES: readonly Rule[] = [amountOfUnits, vagueUnits, frequencyAdverb, everyUnit];

