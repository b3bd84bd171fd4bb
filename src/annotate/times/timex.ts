// TIMEX3 value forms that do not need a calendar: durations (TimeML Annotation Guidelines 1.2.1,
// §2.2.1.3: "P3D", "PT2H", "P2Y6M"; X for an unspecified amount, "PXY"; E, C, L for decades, centuries
// and millennia of unspecified number, as TimeBank writes them: "PXE").
import type { Unit } from './lexicon.js';

/** TIMEX3 duration value for an amount of a unit; a null amount is vague ("PXY"). */
export function durationValue(amount: number | null, unit: Unit): string {
  const time = unit === 'hour' || unit === 'minute' || unit === 'second';
  const code = { year: 'Y', quarter: 'Q', month: 'M', week: 'W', day: 'D', hour: 'H', minute: 'M', second: 'S', decade: 'E', century: 'C', millennium: 'L' }[unit];
  if (amount === null) return `P${time ? 'T' : ''}X${code}`;
  if (unit === 'decade') return `P${trim(amount * 10)}Y`;
  if (unit === 'century') return `P${trim(amount * 100)}Y`;
  if (unit === 'millennium') return `P${trim(amount * 1000)}Y`;
  const whole = Math.floor(amount);
  const fraction = amount - whole;
  if (fraction === 0) return `P${time ? 'T' : ''}${whole}${code}`;
  // "2 1/2 years" is P2Y6M: the fraction goes to the next smaller unit when it divides evenly
  const smaller: Partial<Record<Unit, [string, number]>> = { year: ['M', 12], month: ['D', 30], week: ['D', 7], day: ['H', 24], hour: ['M', 60], minute: ['S', 60] };
  const next = smaller[unit];
  if (next && Number.isInteger(fraction * next[1])) {
    const rest = `${fraction * next[1]}${next[0]}`;
    if (unit === 'day') return `P${whole ? whole + 'D' : ''}T${rest}`;
    return `P${time ? 'T' : ''}${whole ? whole + code : ''}${rest}`;
  }
  return `P${time ? 'T' : ''}${trim(amount)}${code}`;
}
const trim = (n: number): string => String(Math.round(n * 1000) / 1000);

