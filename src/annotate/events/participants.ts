// Refiner: entity mentions to event participants. Demonyms and capitals stand for their country
// ("North Korean soldiers", "Pyongyang criticized"); a person with a state role brings the state
// along ("Russia's Security Council Secretary Sergei Shoigu" → Shoigu and Russia).
import type { Entity, EventParticipant } from '../../model/types.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { DocView, MentionRef } from './view.js';

const STATE_ORGANS = new Set(['government', 'military', 'intelligence']);
const STATE_SPEAKERS = new Set(['government', 'military', 'intelligence', 'official', 'anonymous_official']);

export interface ParticipantResolver {
  /** The participants a mention stands for (one, or a person and their state). */
  forMention(ref: MentionRef): EventParticipant[];
  /** The country a place or capital mention belongs to, as a participant, if known. */
  countryOfPlace(ref: MentionRef): EventParticipant | null;
}

export function participantResolver(_view: DocView, entities: readonly Entity[], knowledge: Knowledge | null): ParticipantResolver {
  const countryByCode = new Map<string, Entity>();
  for (const e of entities) if (e.type === 'country' && e.country && !countryByCode.has(e.country)) countryByCode.set(e.country, e);
  const countryParticipant = (code: string | null): EventParticipant | null => {
    if (!code) return null;
    const inDoc = countryByCode.get(code);
    if (inDoc) return { name: inDoc.name, entity: inDoc.id };
    const known = knowledge?.byId(`country:${code}`);
    return known ? { name: known.name, entity: known.id } : null;
  };
  const capitalCountry = (ref: MentionRef): EventParticipant | null => {
    if (ref.entity.type === 'country') return null;
    if (ref.entity.type !== 'place' && ref.mention.kind !== 'capital') return null;
    const known = knowledge?.capitalOf(ref.entity.name) ?? knowledge?.capitalOf(ref.mention.text);
    if (known) return countryParticipant(known.country) ?? { name: known.name, entity: known.id };
    return null;
  };
  return {
    forMention(ref) {
      const span = { start: ref.mention.start, end: ref.mention.end };
      const capital = capitalCountry(ref);
      if (capital) return [Object.assign({}, capital, { span })];
      const self: EventParticipant = { name: ref.entity.name, entity: ref.entity.id, span };
      if (ref.entity.type === 'person' && ref.entity.country && hasStateRole(ref)) {
        const country = countryParticipant(ref.entity.country);
        if (country) return [self, country];
      }
      // "Ukraine's General Staff", "Russia's defence ministry": an organ of a state acts for the state too
      if (ref.entity.type === 'organisation' && ref.entity.country && ref.entity.sourceType && STATE_ORGANS.has(ref.entity.sourceType)) {
        const country = countryParticipant(ref.entity.country);
        if (country && country.entity !== ref.entity.id) return [self, country];
      }
      return [self];
    },
    countryOfPlace(ref) {
      if (ref.entity.type === 'country') return { name: ref.entity.name, entity: ref.entity.id };
      if (ref.entity.type !== 'place') return null;
      return capitalCountry(ref) ?? countryParticipant(ref.entity.country);
    },
  };
}

function hasStateRole(ref: MentionRef): boolean {
  if (ref.mention.role || ref.entity.role) return ref.entity.sourceType === undefined || STATE_SPEAKERS.has(ref.entity.sourceType) || ref.entity.sourceType === 'person';
  return ref.entity.sourceType !== undefined && STATE_SPEAKERS.has(ref.entity.sourceType);
}

/** Adds participants not yet present (by entity id, else by name). */
export function addParticipants(list: EventParticipant[], more: readonly EventParticipant[]): void {
  for (const p of more) {
    if (list.some((q) => (p.entity && q.entity === p.entity) || q.name === p.name)) continue;
    list.push(p);
  }
}
