// The weapons-test table (what `dateline tests` lists): each weapons_test event with its actors,
// the sources that carry it, and whatever test attributes the events stage added (optional:
// those fields are passed through as they are).
import type { Event } from '../model/types.js';
import type { QueryFilter, Store } from '../store/store.js';
import { eventsWithDocuments } from './event-summary.js';

const EVENT_FIELDS = new Set([
  'id', 'category', 'plover', 'mode', 'context', 'trigger', 'evidence', 'actors', 'targets', 'date', 'time', 'timeRef', 'place',
  'modality', 'attributions', 'sentence', 'mentions',
]);

export async function weaponsTests(store: Store, filter: QueryFilter, limit: number) {
  const rows = await eventsWithDocuments(store, { ...filter, category: 'weapons_test' }, limit);
  return rows.map(({ summary, event, doc }) => {
    const sources = event.attributions
      .map((id) => doc.layers.attributions.find((a) => a.id === id)?.source)
      .filter((s): s is NonNullable<typeof s> => Boolean(s))
      .map((s) => ({ name: s.name, type: s.type }));
    const unique = [...new Map(sources.map((s) => [`${s.name}|${s.type}`, s])).values()];
    return { event: summary, actors: event.actors.map((a) => a.name), sources: unique, attributes: extraFields(event) };
  });
}

function extraFields(event: Event): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (event.mode) out.mode = event.mode;
  for (const [key, value] of Object.entries(event)) if (!EVENT_FIELDS.has(key) && value !== undefined && value !== null) out[key] = value;
  return out;
}
