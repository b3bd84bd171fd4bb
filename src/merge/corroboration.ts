// Corroboration: how many independent reports and voices stand behind a story. Copies of one
// text count once, a reprint of an agency's wire counts as that agency, and a state's media,
// government and military are one voice.
import type { AnnotatedDocument, Corroboration, Entity, SourceType } from '../model/types.js';
import { UnionFind } from './union-find.js';

const STATE_VOICES: ReadonlySet<SourceType> = new Set(['state_media', 'government', 'military', 'intelligence', 'official', 'anonymous_official']);

/** The wire a report reprints: the agency named in its dateline ("SEOUL, Nov 29 (Reuters) -") when that is not its own outlet. */
export function wireOf(doc: AnnotatedDocument): string | null {
  const wire = doc.document.dateline?.outlet ?? null;
  if (!wire) return null;
  return wire.toLowerCase() === (doc.document.outlet ?? '').toLowerCase() ? null : wire;
}

/** The voice a speaker belongs to: a state (state media, government, military) or itself. */
export function voiceOf(name: string, type: SourceType, entity: Entity | undefined): string {
  // A country that speaks is its government ("Egypt said"), whatever kind the speaker was given.
  if ((STATE_VOICES.has(type) || entity?.type === 'country') && entity?.country) return `state:${entity.country}`;
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
  return /\p{L}/u.test(name) && !(words.length === 1 && PRONOUNS.has(words[0]!)) && !MISREAD_CLAUSE.test(name) && !AUTHORLESS_TEXT.test(name.charAt(0).toLowerCase() + name.slice(1));
}

/**
 * A speaker is named by a noun phrase: words that open with a preposition or a gerund ("on hearing of her death",
 * "including those in …", "saying he screened …") are a clause misread as a speaker.
 */
const MISREAD_CLAUSE = /^(?:on|in|at|for|from|with|without|including|during|after|before|about|by|to|into|over|under|upon|while|when|as|if|than)\s|^\p{Ll}\w*ing\b/u;
/**
 * A text whose author is not named is no voice of its own: "the statement", "the letter", "autopsy results", "a November
 * resolution" come from a speaker already counted, or from the outlet. Named ones stay ("a statement from Waitrose").
 */
const AUTHORLESS_TEXT = /^(?:(?:the|a|an|this|that|its|their|his|her|some|several)\s+)?(?:[\p{Ll}\d-]+\s+|[A-Z][a-z]+\s+(?=(?:draft|resolution)\b))*(?:statement|report|reports|letter|message|information|records?|results?|estimates?|summary|standings|resolution|draft(?: resolution)?|constitution|footage|video|data|figures|documents?|testimony|charges|evidence)$/u;

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
  const list = joinNamesakes([...voices].map(([voice, v]) => ({ voice, speakers: [...v.speakers].sort(), documents: [...v.documents].sort() }))).sort((a, b) => a.voice.localeCompare(b.voice));
  return { documents: docs.length, independentReports: reports.size, voices: list, independentVoices: list.length };
}

type Voice = { voice: string; speakers: string[]; documents: string[] };

/**
 * One speaker named differently across the reports of a story is one voice: the same name resolved to different kinds
 * ("SEACOM" as a name, an organisation and a person), a name without its article ("police", "the police"), and a name
 * inside one longer name only, when it is resolved to a person or a body ("Gaskin", "Inspector Dave Gaskin"; "Barack
 * Obama", "President-elect Barack Obama"; "the Post", "The Washington Post"). A short name inside two different longer ones ("Williams": "Makaeo Williams",
 * "Jim Williams") stays apart. States are already one voice each.
 */
function joinNamesakes(voices: Voice[]): Voice[] {
  const names = voices.map((v) => v.voice.startsWith('state:') ? [] : v.speakers.map(nameWords).filter((w) => w.length > 0));
  const uf = new UnionFind(voices.length);
  const key = new Map<string, number>();
  names.forEach((list, i) => {
    for (const w of list) {
      const k = w.join(' ');
      const j = key.get(k);
      if (j === undefined) key.set(k, i);
      else uf.union(i, j);
    }
  });
  names.forEach((list, i) => {
    // Only a name resolved to a person or body is looked for in longer names: "officials", "a source" or "police" may be
    // anyone's, and a place is not a speaker's name.
    if (/^(?:name|place):/.test(voices[i]!.voice)) return;
    for (const w of list) {
      // the longer names holding every word of this one, and the longest of them: one such name, or names inside each other
      const holders = names.flatMap((other, j) => j === i ? [] : other.filter((o) => holds(o, w)).map((o) => ({ j, o })));
      if (holders.length === 0) continue;
      const longest = holders.filter((h) => !holders.some((g) => g.o.length > h.o.length && h.o.every((x) => g.o.includes(x))));
      if (new Set(longest.map((h) => h.o.join(' '))).size !== 1) continue;
      for (const h of holders) uf.union(i, h.j);
    }
  });
  return uf.groups().map((g) => {
    const members = g.map((i) => voices[i]!);
    const first = members.find((m) => !m.voice.startsWith('name:')) ?? members[0]!;
    return {
      voice: first.voice,
      speakers: [...new Set(members.flatMap((m) => m.speakers))].sort(),
      documents: [...new Set(members.flatMap((m) => m.documents))].sort(),
    };
  });
}

/**
 * A longer name (at most five words: a name with a title or first name, not a clause) holds a shorter one: it ends or
 * begins with it ("Gaskin" in "Dave Gaskin", "Indianapolis" in "Indianapolis Colts"), or has all its words (a title
 * kept, a first name added: "Inspector Gaskin", "Inspector Dave Gaskin").
 */
function holds(long: readonly string[], short: readonly string[]): boolean {
  if (long.length <= short.length || long.length > 5 || !short.every((x) => long.includes(x))) return false;
  const at = (from: number) => short.every((x, k) => long[from + k] === x);
  return at(0) || at(long.length - short.length) || short.length > 1;
}

/** A speaker's name as lower-case words without articles, possessive endings and punctuation. */
function nameWords(name: string): string[] {
  return name.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w && !ARTICLES.has(w));
}

const ARTICLES = new Set(['the', 'a', 'an']);
