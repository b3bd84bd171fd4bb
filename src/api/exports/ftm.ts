// FollowTheMoney entities (the model Aleph reads; https://followthemoney.tech/explorer/):
// the document as an Article, people and organisations as Person / Organization, places as
// Address, each event as an Event involving its actors and targets, and a Documentation entity
// linking the article to each entity it mentions. Ids are stable hashes so re-exports update.
import { createHash } from 'node:crypto';
import type { AnnotatedDocument, Entity } from '../../model/types.js';

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const ftmId = (...parts: string[]) => `dl-${createHash('sha1').update(parts.join('\u0000')).digest('hex')}`;

const SCHEMA: Record<Entity['type'], string> = { person: 'Person', organisation: 'Organization', group: 'Organization', country: 'LegalEntity', place: 'Address' };

function props(values: Record<string, (string | null | undefined)[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(values)) {
    const kept = v.filter((x): x is string => typeof x === 'string' && x.length > 0);
    if (kept.length) out[k] = kept;
  }
  return out;
}

export function entityFtmId(entity: Entity): string {
  // Knowledge-base ids ("country:KP", "person:kim-jong-un") are stable across documents.
  return ftmId('entity', entity.id);
}

export function toFtm(annotated: AnnotatedDocument): FtmEntity[] {
  const doc = annotated.document;
  const articleId = ftmId('article', doc.id);
  const out: FtmEntity[] = [{
    id: articleId, schema: 'Article',
    properties: props({ title: [doc.title ?? doc.id], bodyText: [doc.text], publishedAt: [doc.published?.value], sourceUrl: [doc.url], publisher: [doc.outlet], author: [doc.byline], language: [doc.language] }),
  }];
  const ids = new Map<string, string>();
  for (const e of annotated.layers.entities) {
    const id = entityFtmId(e);
    ids.set(e.id, id);
    const country = e.country?.toLowerCase();
    const properties = e.type === 'place'
      ? props({ full: [e.name], country: [country], latitude: [e.coordinates?.lat.toString()], longitude: [e.coordinates?.lon.toString()] })
      : props({ name: [e.name], alias: e.aliases, country: [country], wikidataId: [e.ids?.wikidata] });
    out.push({ id, schema: SCHEMA[e.type], properties });
    out.push({ id: ftmId('documentation', doc.id, e.id), schema: 'Documentation', properties: props({ document: [articleId], entity: [id], role: ['mentioned'] }) });
  }
  for (const ev of annotated.layers.events) {
    const involved = [...ev.actors, ...ev.targets].map((p) => (p.entity ? ids.get(p.entity) : undefined));
    out.push({
      id: ftmId('event', doc.id, ev.id), schema: 'Event',
      properties: props({
        name: [`${ev.category.replace(/_/g, ' ')}: ${ev.evidence.text.slice(0, 200)}`], summary: [ev.evidence.text], date: [ev.date],
        location: [ev.place?.name], involved, organizer: ev.actors.map((p) => (p.entity ? ids.get(p.entity) : undefined)),
        proof: [articleId], sourceUrl: [doc.url],
      }),
    });
  }
  return out;
}
