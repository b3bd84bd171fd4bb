// The JSON of CONTRACT.md (`dateline extract --json`), made from an annotated document. The
// schema is src/model/contract.schema.json; test/unit/model/golden.test.ts checks golden outputs
// against it and against the offset rule.
import type { AnnotatedDocument, Attribution, Casualties, Casualty, Entity, Event, EventParticipant, Mention, EvidencedValue, TimeExpression, WeaponsTest } from './types.js';

export interface ContractSpan {
  start: number;
  end: number;
  text: string;
}

export interface ContractDocument {
  id: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  published_basis: string | null;
  text: string;
  entities: unknown[];
  times: unknown[];
  attributions: unknown[];
  events: unknown[];
  diagnostics: unknown[];
  stages: string[];
}

export function toContract(annotated: AnnotatedDocument): ContractDocument {
  const { document: doc, layers } = annotated;
  const attributionIndex = new Map(layers.attributions.map((a, i) => [a.id, i]));
  return {
    id: doc.id,
    url: doc.url,
    title: doc.title,
    outlet: doc.outlet,
    published: doc.published?.value ?? null,
    published_basis: doc.published?.basis ?? null,
    text: doc.text,
    entities: layers.entities.map(entityJson),
    times: layers.times.map(timeJson),
    attributions: layers.attributions.map(attributionJson),
    events: layers.events.filter(isReportedEvent).map((e) => eventJson(e, layers.attributions, attributionIndex, doc.text)),
    diagnostics: doc.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, stage: d.stage ?? null, ...(d.span ? { start: d.span.start, end: d.span.end } : {}) })),
    stages: annotated.stages,
  };
}

/**
 * An act told as not done ("the United States is not preventing people from leaving", "did not attack the convoy") is
 * no event the report states; the events layer keeps it with its modality, the contract leaves it out. A refusal
 * (REJECT, which a negated cooperative act becomes: "will not accept more refugees") is an event.
 */
function isReportedEvent(e: Event): boolean {
  return e.modality !== 'negated' || e.plover === 'REJECT';
}

function entityJson(e: Entity) {
  return {
    id: e.id,
    name: e.name,
    // An armed or militant group is an organisation in every NER scheme the checks read (CoNLL,
    // OntoNotes, ACE); Dateline's finer kind stays in `subtype` (and in the API's own entity type).
    type: e.type === 'group' ? 'organisation' : e.type,
    subtype: e.type === 'group' ? 'armed_group' : null,
    aliases: e.aliases,
    country: e.country,
    source_type: e.sourceType ?? null,
    role: e.role ?? null,
    ids: e.ids ?? {},
    coordinates: e.coordinates ?? null,
    // Names go in `mentions` (what NER scores count); words that only refer to the entity
    // (pronouns, "the agency", demonyms such as "North Korean") go in `references`.
    mentions: e.mentions.filter((m) => NAMING_KINDS.has(m.kind)).map(mentionJson),
    references: e.mentions.filter((m) => !NAMING_KINDS.has(m.kind)).map(mentionJson),
  };
}

const NAMING_KINDS = new Set<Mention['kind']>(['name', 'alias', 'acronym', 'capital', 'surname']);

function mentionJson(m: Mention) {
  return { start: m.start, end: m.end, text: m.text, kind: m.kind, ...(m.role ? { role: m.role } : {}) };
}

function timeJson(t: TimeExpression) {
  return {
    id: t.id, start: t.start, end: t.end, text: t.text, type: t.type, value: t.value,
    granularity: t.granularity, anchor: t.anchor, inferred: t.inferred, ...(t.utcOffset ? { utc_offset: t.utcOffset } : {}),
  };
}

function attributionJson(a: Attribution) {
  return {
    id: a.id,
    source: a.source ? { text: a.source.text, name: a.source.name, entity: a.source.entity, start: a.source.start, end: a.source.end, type: a.source.type, anonymous: a.source.anonymous ?? false } : null,
    cue: { text: a.cue.text, start: a.cue.start, end: a.cue.end },
    channel: a.channel ? { name: a.channel.name, entity: a.channel.entity } : null,
    content: { text: a.content.text, start: a.content.start, end: a.content.end },
    // content said in pieces: all of them in text order, `content` being the first
    ...(a.pieces ? { content_pieces: a.pieces.map((p) => ({ text: p.text, start: p.start, end: p.end })) } : {}),
    kind: a.kind,
    hedged: a.hedged,
    hedges: a.hedges.map((h) => ({ text: h.text, start: h.start, end: h.end })),
  };
}

/** A participant by its canonical name, plus the words the document names it with ("Hungarian" for Hungary). */
function participantJson(p: EventParticipant, text: string) {
  return { name: p.name, entity: p.entity, ...(p.span ? { text: text.slice(p.span.start, p.span.end) } : {}) };
}

function eventJson(e: Event, attributions: Attribution[], index: Map<string, number>, text: string) {
  const carriers = e.attributions.map((id) => attributions[index.get(id) ?? -1]).filter((a): a is Attribution => a !== undefined);
  return {
    id: e.id,
    category: e.category,
    type: e.plover,
    plover: e.plover,
    mode: e.mode,
    context: e.context,
    trigger: { text: e.trigger.text, start: e.trigger.start, end: e.trigger.end },
    actors: e.actors.map((p) => participantJson(p, text)),
    targets: e.targets.map((p) => participantJson(p, text)),
    date: e.date,
    time: e.time,
    place: e.place ? participantJson(e.place, text) : null,
    evidence: { text: e.evidence.text, start: e.evidence.start, end: e.evidence.end },
    modality: e.modality,
    hedged: e.modality === 'hedged',
    attributed_to: carriers.map((a) => a.id),
    sources: carriers.map((a) => a.source?.name ?? null).filter((s): s is string => s !== null),
    ...(e.weaponsTest ? { weapons_test: weaponsTestJson(e.weaponsTest) } : {}),
    ...(e.casualties ? { casualties: casualtiesJson(e.casualties) } : {}),
  };
}

function evidencedJson<T>(v: EvidencedValue<T> | null) {
  return v ? { value: v.value, evidence: { text: v.evidence.text, start: v.evidence.start, end: v.evidence.end }, source: v.source } : null;
}

/** The weapons-test attributes (events of category weapons_test), each value with its evidence and speaker. */
function weaponsTestJson(w: WeaponsTest) {
  return {
    system: evidencedJson(w.system), system_type: evidencedJson(w.systemType), launch_site: evidencedJson(w.launchSite),
    landing_area: evidencedJson(w.landingArea), apogee_km: evidencedJson(w.apogeeKm), distance_km: evidencedJson(w.distanceKm),
    count: evidencedJson(w.count), outcome: evidencedJson(w.outcome),
    confirmation: { status: w.confirmation.status, claimed_by: w.confirmation.claimedBy, confirmed_by: w.confirmation.confirmedBy, reported_by: w.confirmation.reportedBy },
  };
}

/** The casualty figures (attacks and riots): each number with `minimum` ("at least 12"), its evidence and speaker. */
function casualtiesJson(c: Casualties) {
  const figure = (v: Casualty | null) => (v ? Object.assign({}, evidencedJson(v)!, { minimum: v.minimum }) : null);
  return { killed: figure(c.killed), injured: figure(c.injured) };
}
