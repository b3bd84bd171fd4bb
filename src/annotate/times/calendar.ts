// Calendar arithmetic on plain year/month/day numbers (proleptic Gregorian, via UTC Date so no
// time zone leaks in), and the TIMEX3 forms of dates, weeks, quarters and clock times.

export interface YMD {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const formatYear = (year: number): string => (year < 0 ? '-' : '') + pad(Math.abs(year), 4);
export const formatMonth = (year: number, month: number): string => `${formatYear(year)}-${pad(month)}`;
export const formatDay = (d: YMD): string => `${formatMonth(d.year, d.month)}-${pad(d.day)}`;
export const formatClock = (hour: number, minute: number): string => `${pad(hour)}:${pad(minute)}`;

function toUtc(d: YMD): Date {
  const date = new Date(Date.UTC(2000, d.month - 1, d.day));
  date.setUTCFullYear(d.year);
  return date;
}
const fromUtc = (date: Date): YMD => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });

export function isValidDay(d: YMD): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= daysInMonth(d.year, d.month);
}
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_LENGTHS[month - 1]!;
}

export function addDays(d: YMD, n: number): YMD {
  const date = toUtc(d);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekdayOf(d: YMD): number {
  const w = toUtc(d).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Days from a to b (b - a). */
export function daysBetween(a: YMD, b: YMD): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

export function compareDays(a: YMD, b: YMD): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The ISO 8601 week (year and week number) a day falls in. */
export function isoWeek(d: YMD): { year: number; week: number } {
  const thursday = addDays(d, 4 - weekdayOf(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}
export const formatWeek = (w: { year: number; week: number }): string => `${formatYear(w.year)}-W${pad(w.week)}`;

export const quarterOf = (month: number): number => Math.floor((month - 1) / 3) + 1;

/** Easter Sunday (Anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): YMD {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The n-th given weekday of a month (n = -1: the last one), e.g. US Thanksgiving = 4th Thursday of November. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): YMD {
  if (n > 0) {
    const first = { year, month, day: 1 };
    const offset = (weekday - weekdayOf(first) + 7) % 7;
    return { year, month, day: 1 + offset + (n - 1) * 7 };
  }
  const last = { year, month, day: daysInMonth(year, month) };
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}

/** UTC offset in minutes to "+09:00" form. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
