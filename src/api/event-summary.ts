// An event of a loaded document in the list form the store gives (EventSummary).
import type { AnnotatedDocument, Event } from '../model/types.js';
import type { EventSummary, QueryFilter, Store } from '../store/store.js';

export function eventSummary(doc: AnnotatedDocument, e: Event): EventSummary {
  const d = doc.document;
  return {
    document: d.id, id: e.id, category: e.category, plover: e.plover, date: e.date, time: e.time, place: e.place?.name ?? null, modality: e.modality,
    evidence: { start: e.evidence.start, end: e.evidence.end, text: e.evidence.text }, title: d.title, outlet: d.outlet, published: d.published?.value ?? null,
  };
}

/** The matching events with their full documents, loading each document once (at most `maxDocuments`). */
export async function eventsWithDocuments(store: Store, filter: QueryFilter, limit: number, maxDocuments = 300) {
  const { items } = await store.findEvents(filter, { limit });
  const docs = new Map<string, AnnotatedDocument | null>();
  const out: { summary: EventSummary; event: Event; doc: AnnotatedDocument }[] = [];
  for (const summary of items) {
    if (!docs.has(summary.document)) {
      if (docs.size >= maxDocuments) continue;
      docs.set(summary.document, await store.getDocument(summary.document));
    }
    const doc = docs.get(summary.document);
    const event = doc?.layers.events.find((e) => e.id === summary.id);
    if (doc && event) out.push({ summary, event, doc });
  }
  return out;
}
