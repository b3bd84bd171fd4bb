// Finders for named calendar periods: weekdays, months, seasons, quarters and halves, years,
// decades, centuries and holidays. They say what the words fix; placing a name without a year on
// the calendar (backwards or forwards from the publication date) is resolve.ts's job.
import type { Placement } from '../candidate.js';
import { quarterOf } from '../calendar.js';
import { MONTHS, MONTH_PATTERN, ORDINALS, SEASONS, WEEKDAYS } from '../lexicon.js';
import { type Rule, candidate, whole, wordAfter, wordBefore } from './rule.js';

const placementOf = (word: string | undefined): Placement => {
  switch (word?.toLowerCase().replace(/\s+/g, ' ')) {
    case 'last': case 'past': case 'this past': case 'previous': return 'last';
    case 'next': case 'coming': case 'this coming': return 'next';
    case 'this': return 'this';
    default: return 'tense';
  }
};
const YEAR = '((?:1[6-9]|20)\\d{2})';

/** "Thursday", "last Friday", "Thursday's" (the TIMEX3 stops before 's), "Friday morning"; "Mondays" is a set. */
const weekday: Rule = {
  name: 'weekday',
  needs: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays'],
  pattern: /\b(?:([Tt]his\s+past|[Tt]his\s+coming|[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(s)?(?:(['’]s)\b|\s+(morning|afternoon|evening|night)(s)?\b)?/g,
  build(m, text) {
    // a name that opens with a weekday: "the Sunday Times", "Saturday Night Live", "Monday Night Football"
    if (!m[1] && !m[3] && !m[4] && weekdayOpensName(text, m.index, m.index + m[0].length)) return null;
    const day = WEEKDAYS[m[2]!.toLowerCase()]!;
    const part = m[5] ? ({ morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' } as const)[m[5] as 'morning'] : undefined;
    if (m[3] || m[6]) {
      if (m[1]) return null;
      return whole('weekday-set', m, { kind: 'set', value: `XXXX-WXX-${day}${part ? 'T' + part : ''}`, unit: 'week' });
    }
    const end = m.index + m[0].length - (m[4]?.length ?? 0);
    return candidate('weekday', m.index, end, { kind: 'date', weekday: day, placement: placementOf(m[1]), partOfDay: part });
  },
};

/** "the Sunday Times" (the + weekday + a capitalised word), "Saturday Night Live" (+ Night/Morning + a capitalised word). */
function weekdayOpensName(text: string, start: number, end: number): boolean {
  const after = /^ (\p{Lu}\p{L}+)(?: (\p{Lu}\p{L}+))?/u.exec(text.slice(end, end + 40));
  if (!after) return false;
  if (/^(?:Night|Morning|Evening)$/.test(after[1]!)) return after[2] !== undefined;
  // after "the" only: "on Friday President Biden said" is a date before a name
  return /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) && !/^(?:Night|Morning|Evening|Afternoon)$/.test(after[1]!);
}

/** Words before a bare "May" that make it the month rather than the modal verb. */
const MONTH_CONTEXT = new Set(['in', 'since', 'by', 'until', 'till', 'through', 'from', 'during', 'of', 'before', 'after', 'early',
  'late', 'mid', 'mid-', 'and', 'or', 'to', 'between', 'last', 'next', 'this', 'that', 'each', 'every', 'throughout', 'on', 'the']);

/** A month name on its own or with its year: "in January", "June 2019", "January this year", "July last year". */
const monthName: Rule = {
  name: 'month',
  needs: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  pattern: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his)\\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?:(?:\\s+of)?\\s+(this|last|next)\\s+year\\b|,?\\s+(?:of\\s+)?${YEAR}\\b(?![.,:]\\d))?`, 'g'),
  build(m, text) {
    const end = m.index + m[0].length;
    const hasYear = Boolean(m[3] || m[4]);
    // "March 20" and "20 March" are chrono's: a bare month here would only be a piece of them.
    if (!hasYear && /^\s+\d{1,2}(?:st|nd|rd|th)?\b(?![\d:])/.test(text.slice(end, end + 8))) return null;
    if (!m[1] && !hasYear) {
      const before = wordBefore(text, m.index);
      if (/^\d{1,2}$/.test(before)) return null;
      if (m[2] === 'May' && !MONTH_CONTEXT.has(before)) return null;
    }
    const month = MONTHS[m[2]!.toLowerCase()]!;
    const yearOffset = m[3] ? ({ this: 0, last: -1, next: 1 } as const)[m[3] as 'this'] : undefined;
    return whole('month', m, { kind: 'month', month, year: m[4] ? Number(m[4]) : undefined, yearOffset, placement: placementOf(m[1]) });
  },
};

const SEASON_CONTEXT = new Set(['in', 'into', 'for', 'during', 'by', 'until', 'till', 'since', 'over', 'through', 'throughout', 'this', 'that',
  'last', 'next', 'early', 'late', 'mid', 'before', 'after', 'from', 'each', 'every']);

/** "last fall", "this summer", "the spring of 2019", "in winter"; not the verb "fall" or "the fall of Rome". */
const season: Rule = {
  name: 'season',
  needs: ['spring', 'summer', 'autumn', 'fall', 'winter'],
  pattern: new RegExp(`\\b(?:([Tt]his\\s+past|[Tt]his\\s+coming|[Ll]ast|[Nn]ext|[Tt]his|[Tt]he)\\s+)?(?:(early|late|mid)[\\s-]+)?([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\\b(?:\\s+(?:of\\s+)?${YEAR}\\b)?`, 'g'),
  build(m, text) {
    const end = m.index + m[0].length;
    const year = m[4] ? Number(m[4]) : undefined;
    if (!year) {
      const prefix = m[1]?.toLowerCase();
      const bare = !prefix || prefix === 'the';
      if (bare && !m[2] && !SEASON_CONTEXT.has(wordBefore(text, m.index))) return null;
      // "the fall of Rome", "a fall in prices"; but "last fall in his home" is the season
      if (bare && ['of', 'in', 'on', 'from'].includes(wordAfter(text, end))) return null;
    }
    const name = SEASONS[m[3]!.toLowerCase()]!;
    return whole('season', m, { kind: 'season', season: name, year, placement: placementOf(m[1]) });
  },
};

/** "the third quarter", "third-quarter", "next year's first quarter", "the first half of 2024", "the quarter", "the latest quarter". */
const quarter: Rule = {
  name: 'quarter',
  needs: ['quarter', 'half'],
  pattern: new RegExp(`\\b(?:(the|this|last|next|its|their)\\s+)?(?:(year[-\\s](?:ago|earlier)|comparable\\s+year-ago)\\s+)?(?:((?:this|last|next)\\s+year['’]s|${YEAR.slice(1, -1)}(?:['’]s)?)\\s+)?(?:(fiscal|calendar)[\\s-]+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th|final|latest|current|previous|past|most\\s+recent|recent)[\\s-]+)?(?:(fiscal)[\\s-]+)?(quarter|half)\\b(?![-\\s]+(?:century|hour|mile|point|final)s?\\b)(?:\\s+(?:of\\s+)?(?:(?:fiscal\\s+)?${YEAR}\\b|(this|last|next)\\s+year\\b))?(?=(?:\\s+(?:ended|ending)\\s+(${MONTH_PATTERN}))?)`, 'gi'),
  build(m, text) {
    const determiner = m[1]?.toLowerCase();
    const yearAgo = Boolean(m[2]);
    const yearWords = m[3]?.toLowerCase();
    const fiscal = m[4]?.toLowerCase() === 'fiscal' || Boolean(m[6]);
    const descriptor = m[5]?.toLowerCase().replace(/\s+/g, ' ');
    const isHalf = m[7]!.toLowerCase() === 'half';
    const end = m.index + m[0].length;
    let ordinal = descriptor ? (ORDINALS[descriptor] ?? { '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 }[descriptor] ?? (descriptor === 'final' ? (isHalf ? 2 : 4) : undefined)) : undefined;
    if (isHalf && (!ordinal || ordinal > 2)) return null;
    if (!determiner && !yearWords && !descriptor && !yearAgo) return null;
    if (!m[8] && !m[9] && ordinal === undefined && wordAfter(text, end) === 'of') return null; // "a quarter of the vote"
    if (ordinal === undefined && determiner && !['the', 'this', 'last', 'next'].includes(determiner) && !descriptor) return null;
    // "the quarter ended Sept. 30": the calendar quarter holding most of it (its middle month), so a
    // quarter ended July 31 (May to July) is the second. (An optional lookahead never captures, hence `(?=(…)?)`.)
    if (ordinal === undefined && !isHalf && !fiscal && m[10]) ordinal = quarterOf(((MONTHS[m[10].toLowerCase().replace('.', '')]! + 10) % 12) + 1);
    let year: number | undefined = m[8] ? Number(m[8]) : undefined;
    let yearOffset: number | undefined;
    if (yearWords) {
      const y = /^\d{4}/.exec(yearWords);
      if (y) year = Number(y[0]); else yearOffset = ({ this: 0, last: -1, next: 1 } as const)[yearWords.split(/\s/)[0] as 'this'];
    }
    if (m[9]) yearOffset = ({ this: 0, last: -1, next: 1 } as const)[m[9].toLowerCase() as 'this'];
    let placement: Placement = 'tense';
    if (ordinal === undefined) {
      if (descriptor === 'current' || determiner === 'this') placement = 'this';
      else if (descriptor === 'previous' || descriptor === 'past' || determiner === 'last') placement = 'last';
      else if (determiner === 'next') placement = 'next';
    }
    // the words "its"/"their" are not part of the TimeML extent: start at the period words
    const start = determiner === 'its' || determiner === 'their' ? m.index + m[0].indexOf(' ') + 1 : m.index;
    const latest = ordinal === undefined && (descriptor === 'latest' || descriptor === 'most recent' || descriptor === 'recent');
    return { rule: 'quarter', start, end, meaning: { kind: 'quarter', quarter: isHalf ? undefined : ordinal, half: isHalf ? ordinal : undefined, year, yearOffset, placement, yearAgo, fiscal, latest, current: descriptor === 'current' } };
  },
};

/** "Q3", "Q3 2024", "3Q". */
const quarterCode: Rule = {
  name: 'quarter-code',
  pattern: /\b(?:Q([1-4])|([1-4])Q)(?:\s*['’]?((?:19|20)?\d{2}))?\b/g,
  build(m) {
    const q = Number(m[1] ?? m[2]);
    let year = m[3] ? Number(m[3]) : undefined;
    if (year !== undefined && year < 100) year += 2000;
    return whole('quarter-code', m, { kind: 'quarter', quarter: q, year, placement: 'tense' });
  },
};

/** Words before a four-digit number that make it an amount, not a year. */
const NOT_YEAR_BEFORE = new Set(['about', 'around', 'nearly', 'almost', 'some', 'over', 'than', 'approximately', 'roughly', 'only',
  'just', 'least', 'most', 'no.', 'number', 'page', 'pages', 'flight', 'route', 'room', 'model', 'version', 'highway', 'interstate',
  'resolution', 'code', 'no', 'under', 'exceeding', 'exceeded', 'top', 'topped', 'additional', 'extra', 'another', 'estimated', 'est.']);
/** Words after a four-digit number that make it an amount. */
const NOT_YEAR_AFTER = new Set(['people', 'persons', 'men', 'women', 'children', 'troops', 'soldiers', 'police', 'officers', 'workers',
  'employees', 'jobs', 'units', 'cars', 'vehicles', 'homes', 'houses', 'votes', 'voters', 'tons', 'tonnes', 'kilometres', 'kilometers',
  'km', 'miles', 'feet', 'ft', 'meters', 'metres', 'm', 'yards', 'dollars', 'euros', 'pounds', 'yen', 'yuan', 'won', 'rupees', 'shares',
  'points', 'barrels', 'acres', 'hectares', 'square', 'members', 'students', 'residents', 'refugees', 'civilians', 'casualties', 'deaths',
  'cases', 'patients', 'pages', 'words', 'rounds', 'missiles', 'rockets', 'drones', 'tanks', 'planes', 'aircraft', 'ships', 'companies',
  'firms', 'hours', 'minutes', 'seconds', 'days', 'weeks', 'months', 'years', 'percent', '%', 'kg', 'kilograms', 'lb', 'calories', 'mph',
  'km/h', 'rpm', 'gmt', 'utc', 'hrs', 'hours', 'gb', 'mb', 'mw', 'megawatts', 'fighters', 'militants', 'protesters', 'prisoners',
  'detainees', 'delegates', 'seats', 'bombs', 'shells', 'weapons', 'guns', 'rifles', 'items', 'pieces', 'copies', 'tickets', 'fans',
  'spectators', 'sq', 'degrees', 'households', 'families', 'villages', 'towns', 'sites', 'schools', 'hospitals', 'beds', 'samples']);

/** "in 2019", "since 1950", "fiscal 1989", "the year 2000", "FY2024". */
const year: Rule = {
  name: 'year',
  pattern: new RegExp(`(?<![\\d$£€#.,/:'’]|\\d-)\\b(?:([Ff]iscal(?:\\s+[Yy]ear)?|[Tt]he\\s+year|[Cc]alendar(?:\\s+year)?)\\s+)?${YEAR}\\b(?![.,:]\\d|%|-\\d|\\/\\d|s\\b|\\s*(?:percent|per\\s+cent)\\b)`, 'g'),
  build(m, text) {
    const end = m.index + m[0].length;
    // "the 1990's" is the decade rule's; "2019's election" is a year
    if (/^['’]s\b/.test(text.slice(end, end + 3)) && m[2]!.endsWith('0') && wordBefore(text, m.index) === 'the') return null;
    if (!m[1]) {
      if (NOT_YEAR_BEFORE.has(wordBefore(text, m.index))) return null;
      if (NOT_YEAR_AFTER.has(wordAfter(text, m.index + m[0].length))) return null;
    }
    return whole('year', m, { kind: 'year', year: Number(m[2]) });
  },
};

const fiscalCode: Rule = {
  name: 'fiscal-code',
  needs: ['fy'],
  pattern: /\bFY\s?['’]?(\d{4}|\d{2})\b/g,
  build(m) {
    const y = Number(m[1]);
    return whole('fiscal-code', m, { kind: 'year', year: y < 100 ? 2000 + y : y });
  },
};

const TENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const DIGITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

/** Years in words, as broadcast transcripts write them: "nineteen ninety-six". */
const spelledYear: Rule = {
  name: 'spelled-year',
  needs: ['nineteen'],
  pattern: /\b[Nn]ineteen[\s-](ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?\b/g,
  build(m) {
    return whole('spelled-year', m, { kind: 'year', year: 1900 + TENS[m[1]!]! + (m[2] ? DIGITS[m[2]]! : 0) });
  },
};

/** "the 1990s", "the mid-1980s", "the '90s". */
const decade: Rule = {
  name: 'decade',
  pattern: /\b(?:[Tt]he\s+)?(?:(?:early|late|mid)[\s-]+)?(?:((?:1[0-9]|20)\d)0['’]?s|['’](\d)0s)\b/g,
  build(m) {
    const value = m[1] ? Number(m[1]) : (Number(m[2]) >= 3 ? 190 : 200) + Number(m[2]);
    return whole('decade', m, { kind: 'decade', decade: value });
  },
};

const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

/** "the nineties", "the nineteen-eighties" (with "the": "in their forties" is an age). */
const decadeWord: Rule = {
  name: 'decade-word',
  needs: ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
  pattern: /\b[Tt]he\s+(?:(?:early|late|mid)[\s-]+)?(?:nineteen[\s-]?)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/g,
  build(m) {
    return whole('decade-word', m, { kind: 'decade', decade: 190 + DECADE_WORDS[m[1]!]! });
  },
};

/** "the year two thousand", "in two thousand and one". */
const spelledMillennialYear: Rule = {
  name: 'spelled-year',
  needs: ['thousand'],
  pattern: /\b(?:[Tt]he\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(one|two|three|four|five|six|seven|eight|nine|ten))?|(?<=\b(?:in|since|by|until)\s{1,10})two\s+thousand\s+(?:and\s+)?(one|two|three|four|five|six|seven|eight|nine|ten))\b/g,
  build(m) {
    const unit = m[1] ?? m[2];
    return whole('spelled-year', m, { kind: 'year', year: 2000 + (unit ? (DIGITS[unit] ?? 10) : 0) });
  },
};

/** "the latest period", "that quarter", "the same period a year ago": the quarter under discussion. */
const periodInQuestion: Rule = {
  name: 'period-in-question',
  needs: ['period', 'quarter'],
  pattern: /\b(?:the|that)\s+(?:(latest|same|comparable|corresponding|most\s+recent|current|(?:1[6-9]|20)\d{2})\s+)?(period|quarter)\b(?:\s+(?:(?:of\s+)?last\s+year|a\s+year\s+(?:ago|earlier)))?/gi,
  build(m) {
    const descriptor = m[1]?.toLowerCase();
    const isPeriod = m[2]!.toLowerCase() === 'period';
    if (isPeriod && !descriptor) return null;
    if (descriptor && /^\d{4}$/.test(descriptor)) return whole('period-in-question', m, { kind: 'quarter', year: Number(descriptor), placement: 'tense' });
    if (!isPeriod && !m[0].toLowerCase().startsWith('that') && !/\s(?:last|a)\s/i.test(m[0])) return null; // "the quarter": the quarter rule
    const yearAgo = /\s(?:last|a)\s+year/i.test(m[0]);
    return whole('period-in-question', m, { kind: 'quarter', placement: 'tense', yearAgo });
  },
};

/** "the 20th century", "the nineteenth century", "this century", "last century". */
const century: Rule = {
  name: 'century',
  needs: ['century'],
  pattern: /\b(?:(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(\d{1,2})(?:st|nd|rd|th)|(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-]first)|(this|last|next))[\s-]+century\b/gi,
  build(m) {
    if (m[3]) return whole('century', m, { kind: 'century', century: 0, offset: ({ this: 0, last: -1, next: 1 } as const)[m[3].toLowerCase() as 'this'] });
    const ordinal = m[1] ? Number(m[1]) : ORDINALS[m[2]!.toLowerCase().replace(/\s+/, '-')];
    if (!ordinal || ordinal > 30) return null;
    return whole('century', m, { kind: 'century', century: ordinal - 1 });
  },
};

/** Holidays that fix a day: "Christmas", "New Year's Day", "Thanksgiving", "Easter". */
const holiday: Rule = {
  name: 'holiday',
  needs: ['christmas', 'year', 'thanksgiving', 'easter', 'friday', 'halloween', 'valentine'],
  pattern: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his)\\s+)?(Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year['’]s(?:\\s+(?:Day|Eve))?|Thanksgiving(?:\\s+Day)?|Easter(?:\\s+(?:Sunday|Monday))?|Good\\s+Friday|Halloween|Valentine['’]s\\s+Day)\\b(?:,?\\s+${YEAR}\\b)?`, 'g'),
  build(m, text) {
    const name = m[2]!.toLowerCase().replace(/\s+/g, ' ').replace('’', "'");
    const after = wordAfter(text, m.index + m[0].length);
    if (name === 'christmas' && ['island', 'tree', 'trees'].includes(after)) return null;
    if (name === "new year's" && after !== 'day' && after !== 'eve') {
      // "New Year's" alone is the day; "New Year's resolutions" is not a date
      if (/^[a-z]/.test(after) && !['holiday', 'holidays'].includes(after)) return null;
    }
    return whole('holiday', m, { kind: 'holiday', name: name.replace(/ sunday$/, ''), year: m[3] ? Number(m[3]) : undefined, placement: placementOf(m[1]) });
  },
};

export const CALENDAR_NAME_RULES: readonly Rule[] = [weekday, monthName, season, quarter, quarterCode, periodInQuestion, year, fiscalCode, spelledYear,
  spelledMillennialYear, decade, decadeWord, century, holiday];

