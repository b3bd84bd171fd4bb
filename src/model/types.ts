// The whole data model of Dateline in one file. docs/model.md says the same in prose.
//
// The offset rule: every span is a half-open range [start, end) of UTF-16 code units into
// Document.text, so `text.slice(start, end)` is the evidence. Nothing inferred without words
// behind it (a canonical entity, a resolved date) has a span of its own: it points to mentions.

/** A half-open range of UTF-16 code units into Document.text. */
export interface Span {
  start: number;
  end: number;
}

/** A span with a copy of its words, for readable output. `text === doc.text.slice(start, end)`. */
export interface TextSpan extends Span {
  text: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem recorded as data: stable code (see src/model/diagnostics.ts and docs/errors.md). */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  stage?: string;
  span?: Span;
  /** The file or item the problem belongs to, when it is not the document itself. */
  origin?: string;
}

/** How exactly a published time is known and where it came from. */
export interface PublishedTime {
  /** ISO 8601: YYYY-MM-DD or a full timestamp with offset when known. */
  value: string;
  precision: 'day' | 'minute' | 'second';
  /** Where the date came from: given by the user, a feed item, JSON-LD, a meta tag, a time element, the URL, the dateline line. */
  basis: 'given' | 'input' | 'feed' | 'json-ld' | 'meta' | 'time-element' | 'url' | 'dateline' | 'text';
  /** UTC offset like "+09:00" when the source gave one. */
  utcOffset?: string;
}

export type InputFormat = 'text' | 'html' | 'feed' | 'jsonl';

/** One offset-map segment: clean text [start, end) came from raw HTML bytes [rawStart, rawEnd). */
export interface OffsetMapEntry {
  start: number;
  end: number;
  rawStart: number;
  rawEnd: number;
}

/** One news document: one immutable clean text plus metadata. */
export interface Document {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  byline: string | null;
  published: PublishedTime | null;
  language: string;
  /** The clean text. Paragraphs are separated by "\n\n" where the source had paragraph breaks. */
  text: string;
  /** Where in `text` each paragraph is. */
  paragraphs: Span[];
  /**
   * The place-and-date line at the start of a wire report ("SEOUL, Nov 29 (Reuters) -"), when there is one.
   * `date` is its day on the calendar (YYYY-MM-DD) when it names one near the publication date: the day the
   * story was filed, which relative dates ("on Tuesday", "yesterday") count from.
   */
  dateline: { span: Span; place: string | null; outlet: string | null; utcOffset?: string; date?: string } | null;
  origin: {
    format: InputFormat;
    /** File path, or "-" for standard input; with the item index for feeds and JSON lines. */
    path: string | null;
    item?: number;
    /** sha256 of the clean text, hex: the key that makes ingest idempotent. */
    contentHash: string;
    /** sha256 of the raw bytes read. */
    rawHash: string;
    encoding: string;
    /** For HTML: clean-text ranges mapped back to the raw HTML (character offsets into the decoded raw string). */
    offsetMap?: OffsetMapEntry[];
  };
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------- annotations

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'symbol';

export interface Token extends Span {
  kind: TokenKind;
  sentence: number;
}

export type EntityType = 'person' | 'organisation' | 'country' | 'place' | 'group';

/** What kind of speaker an entity is, as attribution needs it. */
export type SourceType =
  | 'state_media'
  | 'news_agency'
  | 'media'
  | 'government'
  | 'military'
  | 'intelligence'
  | 'expert'
  | 'official'
  | 'anonymous_official'
  | 'person'
  | 'organisation'
  | 'group'
  | 'unknown';

export type MentionKind = 'name' | 'alias' | 'acronym' | 'demonym' | 'capital' | 'nominal' | 'pronoun' | 'surname';

export interface Mention extends TextSpan {
  entity: string;
  kind: MentionKind;
  /** A title or role found with this mention ("Security Council Secretary"). */
  role?: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** ISO 3166-1 alpha-2 of the country the entity belongs to or is. */
  country: string | null;
  /** Speaker kind for attributions, from the knowledge base or the role. */
  sourceType?: SourceType;
  role?: string;
  ids?: { wikidata?: string; iso?: string; geonames?: number };
  coordinates?: { lat: number; lon: number };
  mentions: Mention[];
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type Granularity = 'decade' | 'year' | 'quarter' | 'month' | 'week' | 'day' | 'part-of-day' | 'minute' | 'second';

export interface TimeExpression extends TextSpan {
  id: string;
  type: TimeType;
  /** TIMEX3-style value: 2025-03-20, 2025-03, 2024, 2025-03-20T09:00, 2025-W12, P3D; null when the text does not fix it. */
  value: string | null;
  granularity: Granularity | null;
  /** The reference time the value was resolved against (the publication date, usually). */
  anchor: string | null;
  /** Which parts came from the reference time rather than the words ("year", "month", ...). */
  inferred: string[];
  /** For times of day (clock times and parts of day), the UTC offset from the words, the dateline or the metadata, when known. */
  utcOffset?: string;
}

export interface AttributionSource extends TextSpan {
  /** Canonical name: the entity's name when resolved, otherwise the span text. */
  name: string;
  entity: string | null;
  type: SourceType;
  /** An unnamed speaker ("a U.S. official", "sources familiar with …", "on condition of anonymity"). */
  anonymous?: boolean;
}

export interface Attribution {
  id: string;
  source: AttributionSource | null;
  cue: TextSpan;
  content: TextSpan;
  /**
   * A statement said in several pieces with the speaker's words between them ("“A,” he said. “B”",
   * "A, he said, B"): every piece in text order; `content` is the first. Absent for one piece.
   */
  pieces?: TextSpan[];
  /** The outlet the statement was made to or through ("told Reuters", "as reported by Yonhap"). */
  channel: { name: string; entity: string | null; span?: Span } | null;
  kind: 'direct' | 'indirect' | 'mixed';
  hedged: boolean;
  /** The words that hedge ("could", "highly likely", "reportedly"). */
  hedges: TextSpan[];
  sentence: number;
}

export type EventCategory =
  | 'weapons_test'
  | 'military_exercise'
  | 'deployment'
  | 'visit_or_meeting'
  | 'agreement'
  | 'aid_or_transfer'
  | 'accusation_or_criticism'
  | 'threat'
  | 'sanction'
  | 'attack'
  | 'other';

export const EVENT_CATEGORIES: readonly EventCategory[] = [
  'weapons_test', 'military_exercise', 'deployment', 'visit_or_meeting', 'agreement', 'aid_or_transfer',
  'accusation_or_criticism', 'threat', 'sanction', 'attack', 'other',
];

export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

export const PLOVER_TYPES: readonly PloverType[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

export interface EventParticipant {
  name: string;
  entity: string | null;
  span?: Span;
}

export type Modality = 'asserted' | 'hedged' | 'negated' | 'planned';

export interface Event {
  id: string;
  category: EventCategory;
  plover: PloverType;
  mode: string | null;
  context: string[];
  trigger: TextSpan;
  evidence: TextSpan;
  actors: EventParticipant[];
  targets: EventParticipant[];
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when the text does not fix it. */
  date: string | null;
  /** Local time of day "HH:MM" when the text gives one. */
  time: string | null;
  /** The time expression the date came from. */
  timeRef: string | null;
  place: EventParticipant | null;
  modality: Modality;
  /** Ids of the attributions that carry the event. */
  attributions: string[];
  sentence: number;
  /** Other passages of the document that report the same event ("the test", "Thursday's launch"), merged into this one. */
  mentions?: TextSpan[];
  /** For weapons tests: the attributes arms-control databases record, each with its evidence. */
  weaponsTest?: WeaponsTest;
  /** For attacks and riots: the numbers of people killed and injured the report gives, each with its evidence. */
  casualties?: Casualties;
}

/** A value read from the text, with the words it was read from and who said them. */
export interface EvidencedValue<T = string> {
  value: T;
  evidence: TextSpan;
  /** The speaker of the attribution whose content holds the evidence, when there is one. */
  source: string | null;
}

/** A number of people killed or injured. `minimum` when told as a floor ("at least 12", "more than 30"). */
export interface Casualty extends EvidencedValue<number> {
  minimum: boolean;
}

/** The casualty figures of one event; null where the report gives none. */
export interface Casualties {
  killed: Casualty | null;
  injured: Casualty | null;
}

/** Who vouches for a test: the testing state's own media or government (claimed), another state's military or government (confirmed), both, or neither. */
export type ConfirmationStatus = 'claimed' | 'confirmed' | 'claimed_and_confirmed' | 'reported' | 'unattributed';

export interface WeaponsTest {
  /** The system's name ("Hwasong-15", "KN-23"). */
  system: EvidencedValue | null;
  /** What kind of system ("intercontinental ballistic missile", "anti-aircraft missile system"). */
  systemType: EvidencedValue | null;
  launchSite: EvidencedValue | null;
  landingArea: EvidencedValue | null;
  /** Highest altitude reached, in kilometres. */
  apogeeKm: EvidencedValue<number> | null;
  /** Distance flown, in kilometres. */
  distanceKm: EvidencedValue<number> | null;
  /** How many were fired. */
  count: EvidencedValue<number> | null;
  outcome: EvidencedValue<'success' | 'failure'> | null;
  confirmation: { status: ConfirmationStatus; claimedBy: string[]; confirmedBy: string[]; reportedBy: string[] };
}

/** Everything the annotators add to a document. A stage fills some of these layers. */
export interface Layers {
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  times: TimeExpression[];
  attributions: Attribution[];
  events: Event[];
}

export type LayerName = keyof Layers;

/** A document with the layers the pipeline produced and which stage versions produced them. */
export interface AnnotatedDocument {
  document: Document;
  layers: Layers;
  /** name@version of each stage that ran, in order. */
  stages: string[];
}

// ---------------------------------------------------------------- stories (across documents)

export interface StorySource {
  document: string;
  outlet: string | null;
  published: string | null;
  /** The speakers in this document who carry the story's events. */
  speakers: string[];
}

export interface Story {
  id: string;
  title: string;
  category: EventCategory;
  date: string | null;
  documents: string[];
  events: { document: string; event: string; category: EventCategory; evidence: string; date: string | null; sources: string[] }[];
  sources: StorySource[];
  firstReported: string | null;
  /** Groups of documents that are copies of one text (syndicated wire copies). */
  duplicates?: string[][];
  corroboration?: Corroboration;
  disagreements?: Disagreement[];
}

export interface Corroboration {
  documents: number;
  /** Reports after copies of one text and reprints of one agency's wire count once. */
  independentReports: number;
  /** The distinct voices behind the story: state media and the government it speaks for are one. */
  voices: { voice: string; speakers: string[]; documents: string[] }[];
  independentVoices: number;
}

/** One side of a disagreement: a value and where it is said. */
export interface DisagreementSide {
  value: string;
  evidence: { document: string; event?: string; text: string; start: number; end: number; source: string | null }[];
}

export interface Disagreement {
  about: 'date' | 'place' | 'number' | 'system' | 'outcome' | 'claim' | 'responsibility';
  /** What is disputed ("distance_km", "event date"). */
  field: string;
  sides: DisagreementSide[];
  /**
   * For casualty figures: the higher figures come from later reports or are told as a rise ("the death
   * toll rose to 15"): most likely a toll that grew as news came in rather than a contradiction.
   */
  rising?: boolean;
}
