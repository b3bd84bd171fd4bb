// What a document is about, as one weighted bag of features: its content words (the lead counts
// double, news puts the event first), its entities, the months and years its dates fall in, and
// the kinds of event it reports. Weighted by tf-idf over the documents being merged, so that the
// names and words peculiar to one event count most.
import { datelineCountry } from '../annotate/entities/dateline-country.js';
import type { AnnotatedDocument } from '../model/types.js';
import type { DocumentSummary } from './summary.js';

export interface Profile {
  /** Feature ids, strongest first (the first ones are the blocking keys), only the strongest kept. */
  features: Int32Array;
  /** Their weights, L2-normalised. */
  weights: Float64Array;
  /** Day number (days since the epoch) of the event the document leads with, else of publication. */
  day: number | null;
  /** The year of the first date the text spells out with its year, when there is one. */
  era: number | null;
  /** The kind of the document's lead act and who did it (countries, or entities without one). */
  lead?: LeadAct | null;
  /**
   * The part of the document's whole weight its kept features hold (1 when nothing was dropped):
   * the cosine of two profiles times both shares is their cosine over everything they say.
   */
  share?: number;
  /** The kind of the first typed event the document tells, or null when it tells none. */
  kind?: string | null;
  /** Its headline and lead as a set of features (ascending ids) weighted by idf, L2-normalised. */
  opening?: Opening;
}

export interface Opening {
  features: Int32Array;
  weights: Float64Array;
}

export interface LeadAct {
  category: string;
  actors: string[];
}

/**
 * Kinds of act whose doing state tells two events apart ("North Korea fired a missile" is not "Iran
 * launched a rocket"). Not attacks: outlets covering an exchange of fire lead with either side
 * (ECB+ dev fell from 83.9 to 83.3 with attacks in, 72.8 with every kind and any doer).
 */
const DOER_CATEGORIES = new Set(['weapons_test', 'military_exercise']);

/** The document's first act of a kind that names its doers, with the doers' countries (or entity ids). */
export function leadAct(doc: AnnotatedDocument): LeadAct | null {
  // Only states: a person or a unit is named one way by one outlet and another way by the next. (A state's own
  // government or military body counts as the state: "the Missile Administration conducted a test-fire".)
  // An unqualified body speaks for the dateline city's country ("PYONGYANG (KCNA) — the Missile Administration …").
  const home = datelineCountry(doc.layers.entities, doc.document.dateline?.span);
  const states = new Map<string, string>();
  for (const e of doc.layers.entities) {
    if (e.type === 'country' && e.country) states.set(e.id, e.country);
    else if (e.type === 'organisation' && (e.sourceType === 'government' || e.sourceType === 'military') && (e.country ?? home)) states.set(e.id, (e.country ?? home)!);
  }
  const lead = [...doc.layers.events]
    .filter((e) => DOER_CATEGORIES.has(e.category) && e.modality !== 'negated' && e.actors.some((a) => a.entity && states.has(a.entity)))
    .sort((a, b) => a.evidence.start - b.evidence.start)[0];
  if (!lead) return null;
  return { category: lead.category, actors: [...new Set(lead.actors.flatMap((a) => (a.entity && states.has(a.entity) ? [states.get(a.entity)!] : [])))].sort() };
}

/** The kind of the document's first typed event: a news report tells the act it is news of first. */
export function leadKind(doc: AnnotatedDocument): string | null {
  let first: AnnotatedDocument['layers']['events'][number] | null = null;
  for (const e of doc.layers.events) if (e.category !== 'other' && (first === null || e.evidence.start < first.evidence.start)) first = e;
  return first?.category ?? null;
}

export interface ProfileOptions {
  /** Features kept per document. */
  keep?: number;
  /** Characters from the start that count as the lead. */
  leadChars?: number;
  /** Weight of an entity relative to a word (per mention, up to four mentions). */
  entityWeight?: number;
  /**
   * The clusterer's lead test (off by default, see ClusterOptions): above 0, documents are summarized with their
   * openings and first typed events' kinds, which only that test reads.
   */
  eventThreshold?: number;
}

/** Days since the epoch for a value starting YYYY-MM-DD; null otherwise. */
export function dayNumber(value: string | null | undefined): number | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const key = value.slice(0, 10);
  let day = DAYS.get(key);
  if (day === undefined) {
    // (a merge of 100,000 reports asks for the same few hundred days millions of times)
    if (DAYS.size >= 4096) DAYS.clear();
    const t = Date.parse(`${key}T00:00:00Z`);
    day = Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
    DAYS.set(key, day);
  }
  return day;
}

const DAYS = new Map<string, number | null>();

/**
 * The day a document's news happened: its first typed event's date when that event is told in the opening
 * paragraphs or in the week before publication, else its publication day. An act dated long before, deep in
 * the text, is background ("the attack on October 7 that started the war" in a report of a December vote).
 */
export function newsDay(doc: AnnotatedDocument): number | null {
  const published = dayNumber(doc.document.published?.value);
  let leadStart = Infinity;
  let leadDay: number | null = null;
  for (const e of doc.layers.events) {
    if (e.category === 'other' || !e.date || e.evidence.start >= leadStart) continue;
    const day = dayNumber(e.date);
    if (day === null || !newsAt(doc, e, published)) continue;
    leadStart = e.evidence.start;
    leadDay = day;
  }
  return leadDay ?? published;
}

type DatedPassage = Pick<AnnotatedDocument['layers']['events'][number], 'date' | 'evidence'>;

/** An event a report is news of: told in its opening paragraphs, dated in the week before it came out, or in a report without a date. */
export function isNewsOf(doc: AnnotatedDocument, event: DatedPassage): boolean {
  return newsAt(doc, event, dayNumber(doc.document.published?.value));
}

function newsAt(doc: AnnotatedDocument, event: DatedPassage, published: number | null): boolean {
  if (published === null || !event.date || event.evidence.start < LEAD_CHARACTERS) return true;
  const day = dayNumber(event.date);
  // A month or a year: news when the report came out in it ("earlier this month").
  if (day === null) return doc.document.published!.value.startsWith(event.date);
  return day >= published - 7 && day <= published + 1;
}

/** How far into a text its opening reaches, in characters: about a headline and a lead sentence. */
const LEAD_CHARACTERS = 300;

/** The year the text dates itself to: the year its dates written out with their year ("May 3, 2013", "in 2008") name most, the first on a tie. */
export function textEra(doc: AnnotatedDocument): number | null {
  const counts = new Map<number, number>();
  const dated = [...doc.layers.times]
    .filter((t) => t.type === 'DATE' && t.value && /^\d{4}/.test(t.value) && !t.inferred.includes('year'))
    .sort((a, b) => a.start - b.start);
  for (const t of dated) {
    const y = Number(t.value!.slice(0, 4));
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, c] of counts) if (best === null || c > counts.get(best)!) best = y;
  return best;
}

/** Document frequencies of features over summaries (indexed by feature id). */
export function documentFrequencies(summaries: readonly { features: Int32Array }[], featureCount: number): Int32Array {
  const df = new Int32Array(featureCount);
  for (const s of summaries) for (const f of s.features) df[f]!++;
  return df;
}

/** The document's strongest features by tf-idf, ties broken by feature name. */
export function buildProfile(summary: DocumentSummary, df: Int32Array, total: number, names: readonly string[], options: ProfileOptions = {}): Profile {
  const keep = options.keep ?? 40;
  const { features: all, counts } = summary;
  const score = new Float64Array(all.length);
  let candidates: number[] = [];
  // The weight of everything the document says, kept or not: a feature in no other document links
  // nothing and is dropped, but a text whose shared words are a small part of it is not like another.
  let wholeSquares = 0;
  for (let k = 0; k < all.length; k++) {
    const d = df[all[k]!] || 1;
    const idf = Math.log((total + 1) / d);
    // A feature every document has tells documents nothing apart.
    if (idf <= 0) continue;
    const weight = (1 + Math.log(counts[k]!)) * idf;
    wholeSquares += weight * weight;
    if (d <= 1 && total > 1) continue;
    score[k] = weight;
    candidates.push(k);
  }
  // Only features scoring at least the keep-th best can be kept: a numeric sort finds that score.
  if (candidates.length > keep) {
    const cut = Float64Array.from(candidates, (k) => score[k]!).sort()[candidates.length - keep]!;
    candidates = candidates.filter((k) => score[k]! >= cut);
  }
  candidates.sort((a, b) => score[b]! - score[a]! || (names[all[a]!]! < names[all[b]!]! ? -1 : 1));
  const kept = candidates.slice(0, keep);
  const features = Int32Array.from(kept, (k) => all[k]!);
  const weights = Float64Array.from(kept, (k) => score[k]!);
  let sum = 0;
  for (const w of weights) sum += w * w;
  const norm = Math.sqrt(sum) || 1;
  for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
  const share = wholeSquares > 0 ? Math.min(1, Math.sqrt(sum / wholeSquares)) : 1;
  return { features, weights, day: summary.day, era: summary.era, lead: summary.lead, share, kind: summary.leadKind, opening: summary.opening ? openingOf(summary.opening, df, total) : undefined };
}

/**
 * The headline-and-lead features weighted by idf, each counted once (a lead is a sentence or two). Words no
 * other lead or text has are kept: what one lead says and the other does not makes two leads unlike.
 */
function openingOf(ids: Int32Array, df: Int32Array, total: number): Opening {
  const features: number[] = [];
  const weights: number[] = [];
  let sum = 0;
  for (const f of ids) {
    const d = df[f] || 1;
    const idf = Math.log((total + 1) / d);
    if (idf <= 0) continue;
    features.push(f);
    weights.push(idf);
    sum += idf * idf;
  }
  const norm = Math.sqrt(sum) || 1;
  return { features: Int32Array.from(features), weights: Float64Array.from(weights, (w) => w / norm) };
}

/** Cosine of two openings (both in ascending feature order). */
export function openingCosine(a: Opening, b: Opening): number {
  let dot = 0;
  for (let x = 0, y = 0; x < a.features.length && y < b.features.length; ) {
    const fa = a.features[x]!;
    const fb = b.features[y]!;
    if (fa === fb) dot += a.weights[x++]! * b.weights[y++]!;
    else if (fa < fb) x++;
    else y++;
  }
  return dot;
}
