// The API's response shapes, as the views use them (the zod schemas in src/api/schemas.ts are the reference).
export interface TextSpan { start: number; end: number; text: string }
export interface Page<T> { total: number; limit: number; offset: number; items: T[] }
export interface EventSummary {
  document: string; id: string; category: string; plover: string; date: string | null; time: string | null; place: string | null;
  modality: string; evidence: TextSpan; title: string | null; outlet: string | null; published: string | null;
}
export interface AttributionSummary {
  document: string; id: string; source: string | null; sourceEntity: string | null; sourceType: string | null; anonymous: boolean | null; kind: string; hedged: boolean;
  channel: string | null; cue: TextSpan; content: TextSpan; title: string | null; outlet: string | null; published: string | null;
}
export interface EntitySummary { id: string; name: string; type: string; country: string | null; documents: number; mentions: number }
export interface DocumentSummary { id: string; title: string | null; outlet: string | null; url: string | null; published: string | null; words: number; events: number; attributions: number; entities: number }
export interface StorySummary { id: string; title: string; category: string; date: string | null; firstReported: string | null; documents: string[]; events: number; sources: number }
export interface Meta { version: string; writable: boolean; maxBytes: number; stats: Record<string, number>; categories: string[]; sourceTypes: string[] }
export interface Participant { name: string; entity: string | null }
export interface AnnotatedDocument {
  document: { id: string; url: string | null; outlet: string | null; title: string | null; byline: string | null; published: { value: string } | null; text: string };
  layers: {
    sentences: { start: number; end: number; index: number }[];
    entities: { id: string; name: string; type: string; mentions: (TextSpan & { entity: string })[] }[];
    times: (TextSpan & { id: string; value: string | null; type: string })[];
    attributions: { id: string; source: (TextSpan & { name: string; entity: string | null; type: string; anonymous?: boolean }) | null; cue: TextSpan; content: TextSpan; kind: string; hedged: boolean }[];
    events: { id: string; category: string; plover: string; evidence: TextSpan; actors: Participant[]; targets: Participant[]; date: string | null; modality: string; place: Participant | null }[];
  };
}
