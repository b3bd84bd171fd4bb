// Events by place for the map: events whose place resolves to an entity with coordinates become
// points; a place that is a country counts for that country's shape.
import countries from 'i18n-iso-countries';
import type { QueryFilter, Store } from '../store/store.js';
import type { EventSummary } from '../store/store.js';
import { eventsWithDocuments } from './event-summary.js';

export async function mapData(store: Store, filter: QueryFilter) {
  const points = new Map<string, { name: string; entity: string | null; lat: number; lon: number; events: EventSummary[] }>();
  const byCountry = new Map<string, { code: string; numeric: string | null; name: string; events: number }>();
  let unplaced = 0;
  for (const { summary, event, doc } of await eventsWithDocuments(store, filter, 2000)) {
    const place = event.place;
    const entity = place?.entity ? doc.layers.entities.find((e) => e.id === place.entity) : undefined;
    if (place && entity?.coordinates) {
      const key = entity.id;
      const point = points.get(key) ?? { name: entity.name, entity: entity.id, lat: entity.coordinates.lat, lon: entity.coordinates.lon, events: [] };
      point.events.push(summary);
      points.set(key, point);
    } else if (entity?.type === 'country' && entity.country) {
      // world-atlas keys its shapes by the ISO 3166-1 numeric code.
      const c = byCountry.get(entity.country) ?? { code: entity.country, numeric: countries.alpha2ToNumeric(entity.country) ?? null, name: entity.name, events: 0 };
      c.events++;
      byCountry.set(entity.country, c);
    } else {
      unplaced++;
    }
  }
  return { places: [...points.values()], countries: [...byCountry.values()], unplaced };
}
