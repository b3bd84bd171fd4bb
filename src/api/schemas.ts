// Request and response schemas of the HTTP API, in zod. Fastify validates requests and
// serializes responses with them, and the OpenAPI document at /api/docs is generated from them.
// Annotation objects are loose: fields other stages add later (weapons-test attributes) pass through.
import { z } from 'zod';
import { EVENT_CATEGORIES } from '../model/types.js';

export const SOURCE_TYPES = [
  'state_media', 'news_agency', 'media', 'government', 'military', 'intelligence', 'expert', 'official',
  'anonymous_official', 'person', 'organisation', 'group', 'unknown',
] as const;

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(50).describe('items per page (1–1000)'),
  offset: z.coerce.number().int().min(0).default(0).describe('items to skip'),
});

export const filterQuery = pageQuery.extend({
  from: isoDate.optional().describe('first date (events: event date; documents, attributions: publication date)'),
  to: isoDate.optional().describe('last date, inclusive'),
  entity: z.string().min(1).max(300).optional().describe('entity id ("country:KP") or exact canonical name'),
  category: z.enum(EVENT_CATEGORIES as unknown as [string, ...string[]]).optional().describe('event category'),
  source_type: z.enum(SOURCE_TYPES).optional().describe('kind of speaker of the attribution carrying it'),
  anonymous: z.enum(['true', 'false']).optional().describe('attributions only: unnamed speakers ("a U.S. official") or named ones'),
  outlet: z.string().min(1).max(300).optional(),
  document: z.string().min(1).max(300).optional().describe('one document id'),
});
export type FilterQuery = z.infer<typeof filterQuery>;

export const idParams = z.object({ id: z.string().min(1).max(500) });

export const textSpan = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
const span = z.object({ start: z.number().int(), end: z.number().int() });

export const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), status: z.number().int() }),
});

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), items: z.array(item) });

export const documentSummary = z.object({
  id: z.string(), title: z.string().nullable(), outlet: z.string().nullable(), url: z.string().nullable(), published: z.string().nullable(),
  words: z.number(), entities: z.number(), times: z.number(), attributions: z.number(), events: z.number(), diagnostics: z.number(),
});

export const eventSummary = z.object({
  document: z.string(), id: z.string(), category: z.string(), plover: z.string(), date: z.string().nullable(), time: z.string().nullable(),
  place: z.string().nullable(), modality: z.string(), evidence: textSpan, title: z.string().nullable(), outlet: z.string().nullable(), published: z.string().nullable(),
});

export const attributionSummary = z.object({
  document: z.string(), id: z.string(), source: z.string().nullable(), sourceEntity: z.string().nullable(), sourceType: z.string().nullable(),
  anonymous: z.boolean().nullable().describe('the speaker is unnamed; null for documents stored before this was recorded'),
  kind: z.string(), hedged: z.boolean(), channel: z.string().nullable(), cue: textSpan, content: textSpan,
  title: z.string().nullable(), outlet: z.string().nullable(), published: z.string().nullable(),
});

export const entitySummary = z.object({
  id: z.string(), name: z.string(), type: z.string(), country: z.string().nullable(), documents: z.number(), mentions: z.number(),
});

const participant = z.looseObject({ name: z.string(), entity: z.string().nullable(), span: span.optional() });

export const annotatedDocument = z.object({
  document: z.looseObject({
    id: z.string(), url: z.string().nullable(), outlet: z.string().nullable(), title: z.string().nullable(), byline: z.string().nullable(),
    published: z.looseObject({ value: z.string(), precision: z.string(), basis: z.string() }).nullable(),
    language: z.string(), text: z.string(), paragraphs: z.array(span), diagnostics: z.array(z.looseObject({ code: z.string(), severity: z.string(), message: z.string() })),
  }),
  layers: z.looseObject({
    sentences: z.array(z.looseObject({ start: z.number(), end: z.number(), index: z.number(), paragraph: z.number() })),
    entities: z.array(z.looseObject({
      id: z.string(), name: z.string(), type: z.string(), country: z.string().nullable(),
      mentions: z.array(z.looseObject({ start: z.number(), end: z.number(), text: z.string(), entity: z.string(), kind: z.string() })),
    })),
    times: z.array(z.looseObject({ id: z.string(), start: z.number(), end: z.number(), text: z.string(), type: z.string(), value: z.string().nullable() })),
    attributions: z.array(z.looseObject({
      id: z.string(), source: z.looseObject({ start: z.number(), end: z.number(), text: z.string(), name: z.string(), entity: z.string().nullable(), type: z.string() }).nullable(),
      cue: textSpan, content: textSpan, kind: z.string(), hedged: z.boolean(), sentence: z.number(),
    })),
    events: z.array(z.looseObject({
      id: z.string(), category: z.string(), plover: z.string(), trigger: textSpan, evidence: textSpan, actors: z.array(participant), targets: z.array(participant),
      date: z.string().nullable(), place: participant.nullable(), modality: z.string(), attributions: z.array(z.string()), sentence: z.number(),
    })),
  }),
  stages: z.array(z.string()),
});

const storyEvent = z.looseObject({
  document: z.string(), event: z.string(), category: z.string(), evidence: z.string(), date: z.string().nullable(), sources: z.array(z.string()),
});

export const storySummary = z.looseObject({
  id: z.string(), title: z.string(), category: z.string(), date: z.string().nullable(), firstReported: z.string().nullable(),
  documents: z.array(z.string()), events: z.number().int(), sources: z.number().int(),
});

const claimReport = z.object({
  document: z.string(), event: z.string(), date: z.string().nullable(), modality: z.string(), evidence: textSpan, sentence: span,
  sources: z.array(z.string()), outlet: z.string().nullable(),
});

export const storyDetail = z.object({
  story: z.looseObject({ id: z.string(), title: z.string(), category: z.string(), date: z.string().nullable(), firstReported: z.string().nullable(), documents: z.array(z.string()), events: z.array(storyEvent) }),
  sources: z.array(z.object({
    document: z.string(), title: z.string().nullable(), outlet: z.string().nullable(), published: z.string().nullable(), speakers: z.array(z.string()),
    cites: z.array(z.string()), independent: z.boolean(),
  })),
  claims: z.array(z.object({ category: z.string(), agree: z.boolean(), differences: z.array(z.string()), reports: z.array(claimReport) })),
});

export const entityDetail = z.object({
  entity: entitySummary,
  asActor: z.array(eventSummary),
  asTarget: z.array(eventSummary),
  said: z.array(attributionSummary),
  saidOf: z.array(attributionSummary),
  documents: z.array(documentSummary),
});

export const searchHit = z.object({
  document: z.string(), sentence: z.number(), start: z.number(), end: z.number(), text: z.string(), highlighted: z.string(),
  title: z.string().nullable(), published: z.string().nullable(),
});

export const mapData = z.object({
  places: z.array(z.object({ name: z.string(), entity: z.string().nullable(), lat: z.number(), lon: z.number(), events: z.array(eventSummary) })),
  countries: z.array(z.object({ code: z.string(), numeric: z.string().nullable(), name: z.string(), events: z.number() })),
  unplaced: z.number().int(),
});

export const weaponsTest = z.object({
  event: eventSummary,
  actors: z.array(z.string()),
  sources: z.array(z.object({ name: z.string(), type: z.string() })),
  attributes: z.record(z.string(), z.unknown()),
});

export const ingestBody = z.object({
  text: z.string().optional().describe('plain text of the article (or a feed / JSON lines when filename says so)'),
  html: z.string().optional().describe('an HTML page; the article is extracted from it'),
  filename: z.string().max(300).optional().describe('the uploaded file name: its extension picks the reader, its stem the id'),
  id: z.string().regex(/^[\w.:-]{1,200}$/).optional(),
  title: z.string().max(1000).optional(),
  url: z.string().url().optional(),
  published: z.string().max(40).optional(),
  outlet: z.string().max(300).optional(),
}).refine((b) => (b.text === undefined) !== (b.html === undefined), { message: 'give exactly one of "text" and "html"' });

export const ingestResult = z.object({
  documents: z.array(z.object({ id: z.string(), status: z.enum(['inserted', 'updated', 'unchanged']), sameAs: z.string().optional() })),
  failures: z.array(z.object({ origin: z.string(), code: z.string(), message: z.string() })),
});

export const meta = z.object({
  version: z.string(), writable: z.boolean(), maxBytes: z.number(),
  stats: z.object({ documents: z.number(), sentences: z.number(), entities: z.number(), mentions: z.number(), times: z.number(), attributions: z.number(), events: z.number(), diagnostics: z.number() }),
  categories: z.array(z.string()), sourceTypes: z.array(z.string()),
});
