// Well-known dateline cities → IANA time zone, to give clock times in wire reports a UTC offset.
// A small hand-kept table of capitals and news hubs; the knowledge layer may replace it later.
export const DATELINE_ZONES: Readonly<Record<string, string>> = {
  seoul: 'Asia/Seoul', busan: 'Asia/Seoul', incheon: 'Asia/Seoul', panmunjom: 'Asia/Seoul', pyongyang: 'Asia/Pyongyang', tokyo: 'Asia/Tokyo', beijing: 'Asia/Shanghai', shanghai: 'Asia/Shanghai',
  'hong kong': 'Asia/Hong_Kong', taipei: 'Asia/Taipei', ulaanbaatar: 'Asia/Ulaanbaatar', manila: 'Asia/Manila',
  hanoi: 'Asia/Bangkok', bangkok: 'Asia/Bangkok', jakarta: 'Asia/Jakarta', singapore: 'Asia/Singapore',
  'kuala lumpur': 'Asia/Kuala_Lumpur', 'new delhi': 'Asia/Kolkata', islamabad: 'Asia/Karachi', kabul: 'Asia/Kabul',
  tehran: 'Asia/Tehran', baghdad: 'Asia/Baghdad', riyadh: 'Asia/Riyadh', dubai: 'Asia/Dubai', doha: 'Asia/Qatar',
  amman: 'Asia/Amman', damascus: 'Asia/Damascus', beirut: 'Asia/Beirut', jerusalem: 'Asia/Jerusalem', 'tel aviv': 'Asia/Jerusalem',
  gaza: 'Asia/Gaza', ankara: 'Europe/Istanbul', istanbul: 'Europe/Istanbul', cairo: 'Africa/Cairo', moscow: 'Europe/Moscow',
  vladivostok: 'Asia/Vladivostok', kyiv: 'Europe/Kyiv', kiev: 'Europe/Kyiv', minsk: 'Europe/Minsk', tbilisi: 'Asia/Tbilisi',
  warsaw: 'Europe/Warsaw', berlin: 'Europe/Berlin', paris: 'Europe/Paris', brussels: 'Europe/Brussels', london: 'Europe/London',
  rome: 'Europe/Rome', madrid: 'Europe/Madrid', vienna: 'Europe/Vienna', geneva: 'Europe/Zurich', stockholm: 'Europe/Stockholm',
  washington: 'America/New_York', 'new york': 'America/New_York', 'united nations': 'America/New_York', ottawa: 'America/Toronto',
  'mexico city': 'America/Mexico_City', havana: 'America/Havana', caracas: 'America/Caracas', brasilia: 'America/Sao_Paulo',
  'buenos aires': 'America/Argentina/Buenos_Aires', nairobi: 'Africa/Nairobi', lagos: 'Africa/Lagos', johannesburg: 'Africa/Johannesburg',
  'addis ababa': 'Africa/Addis_Ababa', khartoum: 'Africa/Khartoum', tripoli: 'Africa/Tripoli', kinshasa: 'Africa/Kinshasa',
  canberra: 'Australia/Sydney', sydney: 'Australia/Sydney', wellington: 'Pacific/Auckland',
};

/** "+09:00" for a zone at an instant, from the platform's time zone data (so DST and history are right). */
export function zoneOffset(zone: string, at: number): string | null {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(at))
      .find((p) => p.type === 'timeZoneName')?.value;
    if (!part) return null;
    if (part === 'GMT') return '+00:00';
    const m = /^GMT([+-])(\d{1,2})(?::(\d{2}))?$/.exec(part);
    return m ? `${m[1]}${m[2]!.padStart(2, '0')}:${m[3] ?? '00'}` : null;
  } catch {
    return null;
  }
}

/** The zone's offset when it is the same all year (no DST), else null: used when no date is known. */
export function fixedOffset(zone: string, year: number): string | null {
  const jan = zoneOffset(zone, Date.UTC(year, 0, 15));
  const jul = zoneOffset(zone, Date.UTC(year, 6, 15));
  return jan !== null && jan === jul ? jan : null;
}
