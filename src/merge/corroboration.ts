// Corroboration: how many independent reports and voices stand behind a story. Copies of one
// text count once, a reprint of an agency's wire counts as that agency, and a state's media,
// government and military are one voice.
import type { AnnotatedDocument, Corroboration, Entity, SourceType } from '../model/types.js';

const STATE_VOICES: ReadonlySet<SourceType> = new Set(['state_media', 'government', 'military', 'intelligence', 'official', 'anonymous_official']);

/** The wire a report reprints: the agency named in its dateline ("SEOUL, Nov 29 (Reuters) -") when that is not its own outlet. */
export function wireOf(doc: AnnotatedDocument): string | null {
  const wire = doc.document.dateline?.outlet ?? null;
  if (!wire) return null;
  return wire.toLowerCase() === (doc.document.outlet ?? '').toLowerCase() ? null : wire;
}

/** The voice a speaker belongs to: a state (state media, government, military) or itself. */
export function voiceOf(name: string, type: SourceType, entity: Entity | undefined): string {
  if (STATE_VOICES.has(type) && entity?.country) return `state:${entity.country}`;
  return entity ? entity.id : `name:${name.toLowerCase()}`;
}

/**
 * "state media reported" with no outlet named: the voice of the one state whose acts it reports
 * ("North Korea said it had tested …, state media reported" is North Korea speaking).
 */
function unnamedStateMedia(doc: AnnotatedDocument, attribution: string, entities: ReadonlyMap<string, Entity>): string | null {
  const states = new Set<string>();
  for (const e of doc.layers.events) {
    if (!e.attributions.includes(attribution)) continue;
    for (const actor of e.actors) {
      const country = actor.entity ? entities.get(actor.entity)?.country : null;
      if (country) states.add(country);
    }
  }
  return states.size === 1 ? `state:${[...states][0]}` : null;
}

/**
 * A speaker that can be told apart from the others: not an unresolved pronoun ("he", "which"), which is
 * most likely a voice already named, nor a bare figure ("86%" of a poll's respondents).
 */
function identifiable(name: string, entity: string | null): boolean {
  if (entity) return true;
  const words = name.toLowerCase().split(/\s+/);
  return /\p{L}/u.test(name) && !(words.length === 1 && PRONOUNS.has(words[0]!));
}

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'which', 'who', 'that', 'this', 'these', 'those', 'one', 'someone', 'him', 'her', 'them']);

export function corroboration(docs: readonly AnnotatedDocument[], duplicateOf: ReadonlyMap<string, string>): Corroboration {
  const reports = new Set<string>();
  const voices = new Map<string, { speakers: Set<string>; documents: Set<string> }>();
  for (const doc of docs) {
    const id = doc.document.id;
    const wire = wireOf(doc);
    reports.add(wire ? `wire:${wire.toLowerCase()}` : `doc:${duplicateOf.get(id) ?? id}`);
    const entities = new Map(doc.layers.entities.map((e) => [e.id, e]));
    const carriers = new Set(doc.layers.events.filter((e) => e.category !== 'other').flatMap((e) => e.attributions));
    for (const a of doc.layers.attributions) {
      if (!a.source || (carriers.size > 0 && !carriers.has(a.id)) || !identifiable(a.source.name, a.source.entity)) continue;
      const key = a.source.type === 'state_media' && !a.source.entity
        ? unnamedStateMedia(doc, a.id, entities) ?? voiceOf(a.source.name, a.source.type, undefined)
        : voiceOf(a.source.name, a.source.type, a.source.entity ? entities.get(a.source.entity) : undefined);
      const v = voices.get(key) ?? { speakers: new Set(), documents: new Set() };
      v.speakers.add(a.source.name);
      v.documents.add(id);
      voices.set(key, v);
    }
  }
  const list = [...voices].map(([voice, v]) => ({ voice, speakers: [...v.speakers].sort(), documents: [...v.documents].sort() })).sort((a, b) => a.voice.localeCompare(b.voice));
  return { documents: docs.length, independentReports: reports.size, voices: list, independentVoices: list.length };
}
