// The time zone readers of an outlet live in, from the country code of its address (.ca, .com.au): a
// UTC timestamp ("…T00:23:33Z") is then shown on the local calendar day, as the page showed it.
// Countries spanning zones get their most populous one. The language's region (es-ES, en-AU) is not
// used: it is often a template default, and on .com sites it misplaced outlets when measured.
import { formatOffset, readIsoDate, type ReadDate } from '../dates.js';

const ZONE_OF_COUNTRY: Record<string, string> = {
  ca: 'America/Toronto', au: 'Australia/Sydney', nz: 'Pacific/Auckland', uk: 'Europe/London', gb: 'Europe/London', ie: 'Europe/Dublin',
  in: 'Asia/Kolkata', pk: 'Asia/Karachi', bd: 'Asia/Dhaka', lk: 'Asia/Colombo', np: 'Asia/Kathmandu',
  ru: 'Europe/Moscow', ua: 'Europe/Kyiv', de: 'Europe/Berlin', fr: 'Europe/Paris', it: 'Europe/Rome', es: 'Europe/Madrid',
  pt: 'Europe/Lisbon', nl: 'Europe/Amsterdam', be: 'Europe/Brussels', ch: 'Europe/Zurich', at: 'Europe/Vienna', se: 'Europe/Stockholm',
  no: 'Europe/Oslo', dk: 'Europe/Copenhagen', fi: 'Europe/Helsinki', pl: 'Europe/Warsaw', cz: 'Europe/Prague', hu: 'Europe/Budapest',
  ro: 'Europe/Bucharest', gr: 'Europe/Athens', tr: 'Europe/Istanbul', il: 'Asia/Jerusalem', eg: 'Africa/Cairo', sa: 'Asia/Riyadh',
  ae: 'Asia/Dubai', qa: 'Asia/Qatar', jo: 'Asia/Amman', lb: 'Asia/Beirut', ir: 'Asia/Tehran', za: 'Africa/Johannesburg',
  ng: 'Africa/Lagos', ke: 'Africa/Nairobi', gh: 'Africa/Accra', jp: 'Asia/Tokyo', kr: 'Asia/Seoul', cn: 'Asia/Shanghai',
  hk: 'Asia/Hong_Kong', tw: 'Asia/Taipei', sg: 'Asia/Singapore', my: 'Asia/Kuala_Lumpur', ph: 'Asia/Manila', th: 'Asia/Bangkok',
  vn: 'Asia/Ho_Chi_Minh', id: 'Asia/Jakarta', br: 'America/Sao_Paulo', ar: 'America/Argentina/Buenos_Aires', mx: 'America/Mexico_City',
  cl: 'America/Santiago', co: 'America/Bogota', pe: 'America/Lima', ve: 'America/Caracas',
};

/** The IANA zone of the outlet's country from the URL's country-code domain; null when unknown. */
export function localZoneOf(url: string | null | undefined): string | null {
  let host = '';
  try {
    host = url ? new URL(url).hostname.toLowerCase() : '';
  } catch {
    host = '';
  }
  const tld = /\.([a-z]{2})$/.exec(host)?.[1];
  return tld ? ZONE_OF_COUNTRY[tld] ?? null : null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A UTC timestamp restated in `zone`, with that zone's offset at that instant; other dates unchanged. */
export function inLocalZone(d: ReadDate, zone: string): ReadDate {
  if (d.utcOffset !== '+00:00' || d.precision === 'day') return d;
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(zone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(d.instant)).map((p) => [p.type, p.value]));
  const local = Date.UTC(+parts['year']!, +parts['month']! - 1, +parts['day']!, +parts['hour']!, +parts['minute']!, +parts['second']!);
  const minutes = Math.round((local - d.instant) / 60_000);
  const clock = d.precision === 'minute' ? `${parts['hour']}:${parts['minute']}` : `${parts['hour']}:${parts['minute']}:${parts['second']}`;
  return readIsoDate(`${parts['year']}-${parts['month']}-${parts['day']}T${clock}${formatOffset(minutes)}`) ?? d;
}
