// Groups the surviving candidates into entities: one per known entity id or per text-only name,
// with stable ids (country:KP, place:geonames:…, org:…, person:<slug>), canonical names, aliases,
// country, speaker kind, role, external ids and coordinates, and mentions sorted by start.
import type { Entity, EntityType, Mention } from '../../model/types.js';
import { slug } from '../../knowledge/names.js';
import type { Candidate } from './candidates.js';

interface Draft {
  entity: Entity;
  order: number;
}

export function buildEntities(text: string, candidates: Candidate[]): Entity[] {
  const drafts = new Map<string, Draft>();
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  // Heads first (mentions that are not links), so linked mentions find their entity.
  for (const c of sorted) if (!c.linkTo) c.entityId = headEntity(c, drafts);
  for (const c of sorted) {
    if (!c.linkTo) continue;
    let head = c.linkTo;
    while (head.linkTo) head = head.linkTo;
    if (head.entityId) c.entityId = head.entityId;
  }
  for (const c of sorted) {
    if (!c.entityId) continue;
    const draft = drafts.get(c.entityId)!;
    const mention: Mention = { start: c.start, end: c.end, text: text.slice(c.start, c.end), entity: c.entityId, kind: c.kind };
    if (c.role) mention.role = c.role;
    draft.entity.mentions.push(mention);
    if (c.role && !draft.entity.role) draft.entity.role = c.role;
    if (c.country && !draft.entity.country) draft.entity.country = c.country;
    if (c.sourceType && (!draft.entity.sourceType || draft.entity.sourceType === 'person')) draft.entity.sourceType = c.sourceType;
    // Every surface used is an alias ("KCNA", "the agency", "Pyongyang" for North Korea's government), pronouns aside.
    if (c.kind !== 'pronoun') addAlias(draft.entity, mention.text);
  }
  return [...drafts.values()].sort((a, b) => a.order - b.order).map((d) => d.entity).filter((e) => e.mentions.length > 0);
}

/** The entity a candidate names by itself (not through a link); creates its draft. Undefined for candidates that name nothing. */
function headEntity(c: Candidate, drafts: Map<string, Draft>): string | undefined {
  if (c.origin === 'role-title') return undefined;
  if (c.known.length === 1) {
    const k = c.known[0]!;
    const asPlace = k.type === 'place';
    const id = k.id;
    if (!drafts.has(id)) {
      const entity: Entity = {
        id,
        name: k.name,
        type: k.type,
        aliases: [...k.aliases],
        country: k.country,
        mentions: [],
      };
      if (k.sourceType && !asPlace) entity.sourceType = k.sourceType;
      if (k.ids) entity.ids = { ...k.ids };
      if (asPlace && k.coordinates) entity.coordinates = { ...k.coordinates };
      drafts.set(id, { entity, order: drafts.size });
    }
    return id;
  }
  const type: EntityType | null = c.type;
  if (!type) return undefined;
  const name = c.name.replace(/['’]s$/, '');
  const id = textEntityId(type, name, c.country ?? null);
  if (!drafts.has(id)) {
    const entity: Entity = { id, name, type, aliases: c.properName ? [c.properName] : [], country: c.country ?? null, mentions: [] };
    if (c.sourceType) entity.sourceType = c.sourceType;
    drafts.set(id, { entity, order: drafts.size });
  }
  return id;
}

const PREFIX: Record<EntityType, string> = { person: 'person', organisation: 'org', country: 'country', place: 'place', group: 'group' };

/** Ids of entities found only in the text: the type and a slug of the name, with the country when known ("org:kp-missile-administration"). */
export function textEntityId(type: EntityType, name: string, country: string | null): string {
  const base = type === 'person' || !country ? slug(name) : slug(`${country} ${name}`);
  return `${PREFIX[type]}:${base}`;
}

function addAlias(entity: Entity, surface: string): void {
  const alias = surface.replace(/\s+/g, ' ').replace(/['’]s$/, '');
  if (alias === entity.name || entity.aliases.includes(alias)) return;
  entity.aliases.push(alias);
}
