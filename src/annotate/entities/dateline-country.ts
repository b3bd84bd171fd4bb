// The country of a wire dateline's city ("SEOUL, Oct. 31 (Yonhap) --" → KR): wire copy names its own
// country's ministries and military without saying whose ("the Defence Ministry said").
import type { Entity } from '../../model/types.js';

/** The country of the first place or country entity mentioned inside the dateline's span, or null. */
export function datelineCountry(entities: readonly Entity[], dateline: { start: number; end: number } | null | undefined): string | null {
  if (!dateline) return null;
  for (const e of entities) {
    if (!e.country || (e.type !== 'place' && e.type !== 'country')) continue;
    if (e.mentions.some((m) => m.start >= dateline.start && m.end <= dateline.end)) return e.country;
  }
  return null;
}
