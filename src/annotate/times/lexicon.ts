// Word lists for English time expressions. SOURCE: general English (month, weekday, season and
// number names; the calendar units), with the TIMEX3 codes of the TimeML Annotation Guidelines
// 1.2.1 (Saurí et al. 2006, §2.2.1.3: SP/SU/FA/WI seasons, MO/MI/AF/EV/NI/DT parts of day) and the
// fixed-date holidays of the Gregorian calendar. No word here comes from an evaluation corpus.

export type Unit = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second' | 'decade' | 'century' | 'millennium';
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** Month names and their usual news abbreviations, lower-cased, to month numbers. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
export const MONTH_FULL_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** ISO weekday numbers: Monday 1 … Sunday 7. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const SEASONS: Readonly<Record<string, Season>> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

/** Parts of the day and the TIMEX3 code each maps to. */
export const PARTS_OF_DAY: Readonly<Record<string, PartOfDay>> = {
  morning: 'MO', dawn: 'MO', daybreak: 'MO', sunrise: 'MO', 'first light': 'MO',
  afternoon: 'AF', 'mid-afternoon': 'AF', midafternoon: 'AF',
  evening: 'EV', dusk: 'EV', sunset: 'EV', nightfall: 'EV', twilight: 'EV',
  night: 'NI', overnight: 'NI', 'late night': 'NI',
  daytime: 'DT', midday: 'MI',
};

/** Calendar units, singular and plural, lower-cased. */
export const UNITS: Readonly<Record<string, Unit>> = {
  year: 'year', years: 'year', yr: 'year', yrs: 'year', month: 'month', months: 'month', week: 'week', weeks: 'week',
  fortnight: 'week', fortnights: 'week', day: 'day', days: 'day', hour: 'hour', hours: 'hour', minute: 'minute', minutes: 'minute',
  second: 'second', seconds: 'second', decade: 'decade', decades: 'decade', century: 'century', centuries: 'century',
  quarter: 'quarter', quarters: 'quarter', millennium: 'millennium', millennia: 'millennium',
};

/** Number words, including the indefinite article ("a year" is one year). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000, dozen: 12, couple: 2,
};

/** Ordinal words for quarters, halves, centuries and days of the month. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
};

/** Holidays with a fixed Gregorian date (month, day). Moving feasts are computed in calendar.ts. */
export const FIXED_HOLIDAYS: Readonly<Record<string, [number, number]>> = {
  "new year's day": [1, 1], "new year's eve": [12, 31], 'christmas': [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24],
  'boxing day': [12, 26], "valentine's day": [2, 14], 'halloween': [10, 31], 'independence day': [7, 4], 'july fourth': [7, 4],
  'fourth of july': [7, 4], 'veterans day': [11, 11], 'armistice day': [11, 11], 'bastille day': [7, 14], 'may day': [5, 1],
};

/** Regex source of a month name or abbreviation, capitalised as news writes it. */
export const MONTH_PATTERN = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
export const WEEKDAY_PATTERN = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
