// Builds a document and the layers the events stage reads, by hand: sentences and tokens from the
// sentence stage, entities, times and attributions from short specs, so the event tests do not move
// when the other annotators change.
import assert from 'node:assert/strict';
import type { Attribution, Document, Entity, EntityType, Event, Layers, MentionKind, TimeExpression } from '../../../src/model/types.js';
import { sentenceStage } from '../../../src/annotate/sentences/stage.js';
import { eventStage } from '../../../src/annotate/events/stage.js';
import { createKnowledge, type Knowledge } from '../../../src/knowledge/knowledge.js';

/** A tiny knowledge base: a few countries with their capitals. */
export const KNOWLEDGE: Knowledge = createKnowledge({
  version: 1,
  sources: ['test'],
  entities: [
    ['KP', 'North Korea'], ['KR', 'South Korea'], ['RU', 'Russia'], ['UA', 'Ukraine'], ['JP', 'Japan'], ['US', 'United States'],
    ['BY', 'Belarus'], ['DE', 'Germany'], ['IR', 'Iran'], ['IL', 'Israel'], ['FI', 'Finland'], ['TD', 'Chad'],
  ].map(([code, name]) => ({ id: `country:${code}`, name: name!, type: 'country' as const, aliases: [], country: code! })),
  places: [],
  capitals: { Pyongyang: 'country:KP', Seoul: 'country:KR', Moscow: 'country:RU', Kyiv: 'country:UA', Tokyo: 'country:JP' },
  roles: [],
});

/** An entity and the surface forms that mention it: [text, kind] (every occurrence of the text is a mention). */
export interface EntitySpec {
  id: string;
  name: string;
  type: EntityType;
  country?: string;
  role?: string;
  forms: [string, MentionKind][];
}

export interface TimeSpec {
  text: string;
  value: string;
  type?: TimeExpression['type'];
}

export interface AttributionSpec {
  cue: string;
  content: string;
  source?: string;
  hedged?: boolean;
}

export interface Annotated {
  text: string;
  events: Event[];
  layers: Layers;
}

export function annotate(text: string, spec: { entities?: EntitySpec[]; times?: TimeSpec[]; attributions?: AttributionSpec[]; published?: string } = {}): Annotated {
  const document = makeDocument(text, spec.published ?? '2025-03-21');
  const { sentences, tokens } = sentenceStage().run({ document, layers: {} });
  const entities = (spec.entities ?? []).map((e) => entity(text, e));
  const times = (spec.times ?? []).map((t, i) => time(text, t, i));
  const attributions = (spec.attributions ?? []).map((a, i) => attribution(text, a, i));
  const layers: Layers = { sentences, tokens, entities, times, attributions, events: [] };
  const { events } = eventStage(KNOWLEDGE).run({ document, layers });
  layers.events = events;
  assertOffsets(text, events);
  return { text, events, layers };
}

export function makeDocument(text: string, published: string | null): Document {
  const paragraphs = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({ start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  return {
    id: 'test', url: null, outlet: null, title: null, byline: null,
    published: published ? { value: published, precision: 'day', basis: 'given' } : null,
    language: 'en', text, paragraphs, dateline: null,
    origin: { format: 'text', path: null, contentHash: '', rawHash: '', encoding: 'utf-8' }, diagnostics: [],
  };
}

function occurrences(text: string, surface: string, required = true): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) found.push(at);
  if (required) assert.ok(found.length > 0, `"${surface}" is not in the test text`);
  return found;
}

function entity(text: string, e: EntitySpec): Entity {
  // Longer forms first, and a shorter form inside a longer one ("Russia" in "Russian") is not a mention of its own.
  const forms = [...e.forms].sort((a, b) => b[0].length - a[0].length);
  const taken: [number, number][] = [];
  const mentions = forms.flatMap(([surface, kind]) => occurrences(text, surface, false).filter((start) => {
    if (taken.some(([s, t]) => start >= s && start < t) || /\p{L}/u.test(text[start + surface.length] ?? '')) return false;
    taken.push([start, start + surface.length]);
    return true;
  }).map((start) => ({
    start, end: start + surface.length, text: surface, entity: e.id, kind, ...(e.role ? { role: e.role } : {}),
  })));
  assert.ok(mentions.length > 0, `no form of ${e.name} is in the test text`);
  return {
    id: e.id, name: e.name, type: e.type, aliases: [], country: e.country ?? null, mentions,
    ...(e.role ? { role: e.role, sourceType: 'government' as const } : {}),
  };
}

function time(text: string, t: TimeSpec, i: number): TimeExpression {
  const start = occurrences(text, t.text)[0]!;
  return {
    id: `t${i + 1}`, start, end: start + t.text.length, text: t.text, type: t.type ?? (t.value.includes('T') ? 'TIME' : 'DATE'),
    value: t.value, granularity: 'day', anchor: '2025-03-21', inferred: [],
  };
}

function attribution(text: string, a: AttributionSpec, i: number): Attribution {
  const cue = occurrences(text, a.cue)[0]!;
  const content = occurrences(text, a.content)[0]!;
  const source = a.source ? occurrences(text, a.source)[0]! : null;
  return {
    id: `a${i + 1}`,
    source: a.source && source !== null ? { start: source, end: source + a.source.length, text: a.source, name: a.source, entity: null, type: 'unknown' } : null,
    cue: { start: cue, end: cue + a.cue.length, text: a.cue },
    content: { start: content, end: content + a.content.length, text: a.content },
    channel: null, kind: 'indirect', hedged: a.hedged ?? false, hedges: [], sentence: 0,
  };
}

/** The offset rule, for every span an event carries. */
export function assertOffsets(text: string, events: readonly Event[]): void {
  for (const e of events) {
    for (const span of [e.trigger, e.evidence, ...(e.mentions ?? [])]) assert.equal(text.slice(span.start, span.end), span.text);
    for (const p of [...e.actors, ...e.targets, ...(e.place ? [e.place] : [])]) {
      if (p.span) assert.ok(p.span.start >= 0 && p.span.end <= text.length && p.span.start < p.span.end);
    }
  }
}

export const country = (code: string, name: string, ...forms: [string, MentionKind][]): EntitySpec => ({ id: `country:${code}`, name, type: 'country', country: code, forms });
export const person = (id: string, name: string, forms: [string, MentionKind][], extra: { country?: string; role?: string } = {}): EntitySpec => ({ id: `person:${id}`, name, type: 'person', forms, ...extra });
export const names = (list: readonly { name: string }[]): string[] => list.map((p) => p.name);
