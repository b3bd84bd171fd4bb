// An entity's page: the events it did and suffered, what it said and what was said of it, in
// the documents that mention it (the most recent few hundred, so a page stays quick).
import type { Store } from '../store/store.js';
import { eventSummary } from './event-summary.js';

const MAX_DOCUMENTS = 200;

export async function entityDetail(store: Store, id: string) {
  const entity = await store.getEntity(id);
  if (!entity) return null;
  const documents = await store.findDocuments({ entity: id }, { limit: MAX_DOCUMENTS });
  const asActor = [];
  const asTarget = [];
  for (const summary of documents.items) {
    const doc = await store.getDocument(summary.id);
    if (!doc) continue;
    for (const e of doc.layers.events) {
      if (e.actors.some((p) => p.entity === id)) asActor.push(eventSummary(doc, e));
      if (e.targets.some((p) => p.entity === id)) asTarget.push(eventSummary(doc, e));
    }
  }
  const attributions = (await store.findAttributions({ entity: id }, { limit: 500 })).items;
  const isSpeaker = (a: (typeof attributions)[number]) => a.sourceEntity === id || (a.sourceEntity === null && a.source === entity.name);
  return {
    entity,
    asActor,
    asTarget,
    said: attributions.filter(isSpeaker),
    saidOf: attributions.filter((a) => !isSpeaker(a)),
    documents: documents.items,
  };
}
