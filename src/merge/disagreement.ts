// Disagreement: where the reports of one story differ on the date, the place, the numbers of a
// weapons test, the numbers killed and injured, a claim (a success claim against doubt), or who
// carried out an attack (responsibility.ts), each side with its evidence.
import { casualtiesConflict } from '../annotate/events/casualties.js';
import { responsibilityDispute } from './responsibility.js';
import { isNewsOf } from './profile.js';
import { loadKnowledge } from '../knowledge/knowledge.js';
import type { AnnotatedDocument, Casualties, Casualty, Disagreement, DisagreementSide, Event, EventCategory, EvidencedValue, WeaponsTest } from '../model/types.js';

export { casualtiesConflict };

type Side = DisagreementSide['evidence'][number];

class Sides {
  readonly byValue = new Map<string, Side[]>();
  add(value: string, side: Side): void {
    const list = this.byValue.get(value) ?? [];
    if (!list.some((s) => s.document === side.document && s.start === side.start)) list.push(side);
    this.byValue.set(value, list);
  }
  toSides(): DisagreementSide[] {
    return [...this.byValue].map(([value, evidence]) => ({ value, evidence }));
  }
}

const NUMERIC: (keyof WeaponsTest)[] = ['apogeeKm', 'distanceKm', 'count'];
const NAMED: (keyof WeaponsTest)[] = ['system', 'outcome'];

const POSITIVE = /\b(?:success(?:ful(?:ly)?)?|reliable|accurate(?:ly)?|precise(?:ly)?|hit (?:the|its) target|perfect(?:ly)?|proved|confirmed)\b/i;
const DOUBT = /\b(?:doubt(?:s|ful|ed)?|sceptical|skeptical|unclear|question(?:ed|able)?|exaggerat\w*|unproven|unverified|failed|failure|may not|could not|cannot be verified|propaganda)\b/i;

/** A success word under a negation: "have not been successful", "was never accurate", "isn't reliable". */
const NEGATED_POSITIVE = /(?:\b(?:not|never|no|nor|hardly)|n't)\s+(?:\w+\s+){0,2}(?:success(?:ful(?:ly)?)?|reliable|accurate(?:ly)?|precise(?:ly)?|hit (?:the|its) target|perfect(?:ly)?|proved|confirmed)\b/i;

/** The paragraphs, from 0, that open a report: its headline or lead and the paragraph after. */
const OPENING_PARAGRAPHS = 1;

/** Numbers differ when they are more than a tenth apart. */
function differ(a: number, b: number): boolean {
  return Math.abs(a - b) > 0.1 * Math.max(Math.abs(a), Math.abs(b));
}

export function disagreements(docs: readonly AnnotatedDocument[], category: EventCategory): Disagreement[] {
  const out: Disagreement[] = [];
  const lead = docs.flatMap((doc) => doc.layers.events.filter((e) => e.category === category && category !== 'other').map((event) => ({ doc, event })));
  const sideOf = (doc: AnnotatedDocument, event: Event, span: { start: number; end: number; text: string }, source: string | null = null): Side => ({
    document: doc.document.id, event: event.id, text: span.text, start: span.start, end: span.end, source,
  });
  const speaker = (doc: AnnotatedDocument, event: Event) => doc.layers.attributions.find((a) => event.attributions.includes(a.id))?.source?.name ?? null;

  // Date and place: each report's first event of the story's kind that gives one (a report leads with its story's
  // event); the other events of a report are other acts, whose dates and places differ without any dispute.
  const dates = new Sides();
  const places = new Sides();
  const placeCountry = new Map<string, PlaceInfo>();
  for (const doc of docs) {
    // Acts the report is news of: an act dated long before and told deep in it is background (as for the story's date).
    const own = lead.filter((x) => x.doc === doc && isNewsOf(doc, x.event)).map((x) => x.event);
    // A report dates the story's act in its opening paragraphs; an act dated deep in a long report (a live page, a
    // roundup of a war) is one of the other acts it tells, whose date is no rival to another report's.
    const dated = own.find((e) => e.date && e.date.length === 10 && (doc.layers.sentences[e.sentence]?.paragraph ?? 0) <= OPENING_PARAGRAPHS);
    if (dated) {
      const timeRef = dated.timeRef ? doc.layers.times.find((t) => t.id === dated.timeRef) : undefined;
      dates.add(dated.date!, sideOf(doc, dated, timeRef ?? dated.evidence, speaker(doc, dated)));
    }
    // A nationality is no place: "a Thai fishing boat" does not put the act in Thailand.
    const placed = own.find((e) => e.place && !isDemonym(doc, e.place));
    if (placed?.place) {
      const place = placed.place;
      const entity = place.entity ? doc.layers.entities.find((x) => x.id === place.entity) : undefined;
      const info = placeCountry.get(place.name) ?? { entities: new Set<string>(), country: entity?.country ?? null, isCountry: entity?.type === 'country', coordinates: entity?.coordinates ?? null, beside: new Set<string>() };
      if (place.entity) info.entities.add(place.entity);
      for (const name of placesBeside(doc, place.span ?? placed.evidence)) info.beside.add(name);
      placeCountry.set(place.name, info);
      places.add(place.name, sideOf(doc, placed, place.span ? { ...place.span, text: doc.document.text.slice(place.span.start, place.span.end) } : placed.evidence, speaker(doc, placed)));
    }
  }
  // Dates a day apart are often one event told across time zones; only a larger gap is a disagreement.
  const days = [...dates.byValue.keys()].map((d) => Date.parse(d) / 86_400_000);
  if (days.length > 1 && Math.max(...days) - Math.min(...days) > 1) out.push({ about: 'date', field: 'event date', sides: dates.toSides() });
  if (placesDiffer([...places.byValue.keys()], placeCountry)) out.push({ about: 'place', field: 'event place', sides: places.toSides() });

  for (const field of [...NUMERIC, ...NAMED]) {
    const sides = new Sides();
    for (const { doc, event } of lead) {
      const v = event.weaponsTest?.[field] as EvidencedValue<string | number> | null | undefined;
      if (v && typeof v === 'object' && 'value' in v) sides.add(String(v.value), sideOf(doc, event, v.evidence, v.source));
    }
    const values = [...sides.byValue.keys()];
    const numeric = NUMERIC.includes(field);
    const conflict = numeric ? values.some((a) => values.some((b) => differ(Number(a), Number(b)))) : new Set(values.map((v) => v.toLowerCase())).size > 1;
    if (values.length > 1 && conflict) out.push({ about: numeric ? 'number' : field === 'system' ? 'system' : 'outcome', field: snake(field), sides: sides.toSides() });
  }

  out.push(...casualtyDisagreements(docs, lead.map((x) => x.event), sideOf));
  const responsibility = category === 'attack' ? responsibilityDispute(docs, lead, speaker) : null;
  if (responsibility) out.push(responsibility);

  // A claim against doubt: statements about the story's events that praise it, and others that doubt it.
  const claims = new Sides();
  for (const { doc, event } of lead) {
    for (const a of doc.layers.attributions) {
      if (!a.source) continue;
      const near = event.attributions.includes(a.id) || Math.abs(a.sentence - event.sentence) <= 1 || (event.mentions ?? []).some((m) => m.start >= a.content.start && m.end <= a.content.end);
      if (!near) continue;
      const side = { document: doc.document.id, event: event.id, text: a.content.text, start: a.content.start, end: a.content.end, source: a.source.name };
      // A hedged statement is no doubt of a claim ("doing this may affect usability"), and a success word negated
      // is no claim of success ("they have not been successful").
      if (DOUBT.test(a.content.text)) claims.add('doubted', side);
      else if (POSITIVE.test(a.content.text) && !NEGATED_POSITIVE.test(a.content.text)) claims.add('claimed', side);
    }
  }
  if (claims.byValue.has('claimed') && claims.byValue.has('doubted')) out.push({ about: 'claim', field: 'claim', sides: claims.toSides() });
  return out;
}

const RISE = /\b(?:rose|risen|rising|climbed|jumped|increased|grew|reached|now stands|mounted|has hit|bringing|brought)\b/i;

/**
 * Killed and injured: each report's first lead event that gives the figure. Two figures conflict when they are
 * more than a tenth apart, unless the lower one is a floor ("at least 12" fits 15). A conflict lists every
 * figure, marked `rising` when the higher figures come from later reports or are told as a rise ("the
 * death toll rose to 15"): a toll that grew is still shown, since users want each count and who gave it.
 */
function casualtyDisagreements(
  docs: readonly AnnotatedDocument[], lead: readonly Event[],
  sideOf: (doc: AnnotatedDocument, event: Event, span: { start: number; end: number; text: string }, source: string | null) => Side,
): Disagreement[] {
  const out: Disagreement[] = [];
  for (const field of ['killed', 'injured'] as (keyof Casualties)[]) {
    const sides = new Sides();
    const figures: { figure: Casualty; told: string; published: string | null; also: Casualty[] }[] = [];
    for (const doc of docs) {
      // A toll of a background act ("the October 7 attack, which killed some 1,200 people", told deep in a report on
      // the war's toll) is another act's count, as it is for the story's date.
      const event = lead.find((e) => doc.layers.events.includes(e) && e.casualties?.[field] && isNewsOf(doc, e));
      const figure = event?.casualties?.[field];
      if (!event || !figure) continue;
      // The words just before the figure too: "bringing the death toll to 15".
      const told = doc.document.text.slice(Math.max(0, figure.evidence.start - 30), figure.evidence.end);
      const also = lead.filter((e) => doc.layers.events.includes(e) && isNewsOf(doc, e)).map((e) => e.casualties?.[field]).filter((c): c is Casualty => !!c);
      figures.push({ figure, told, published: doc.document.published?.value ?? null, also });
      // Who gives the figure: the speaker whose statement holds it, else the outlet itself (null), not a speaker of
      // another mention merged into the event, such as an accuser's "accused X of the shelling".
      sides.add(String(figure.value), sideOf(doc, event, figure.evidence, figure.source ?? null));
    }
    // Two reports contradict each other only if neither also gives the other's figure: a report that tells the
    // other's count too tells several acts, or a toll and a part of it, and agrees.
    const gives = (x: { also: Casualty[] }, f: Casualty) => x.also.some((c) => sameCount(c, f) && !casualtiesConflict(c, f));
    if (!figures.some((a) => figures.some((b) => sameCount(a.figure, b.figure) && casualtiesConflict(a.figure, b.figure) && !gives(a, b.figure) && !gives(b, a.figure)))) continue;
    const d: Disagreement = { about: 'number', field, sides: sides.toSides() };
    if (tollRose(figures)) d.rising = true;
    out.push(d);
  }
  return out;
}


/** People counted by their role: a toll of soldiers, doctors or children counts a part of the dead, not all of them. */
const GROUP = /^(?:soldiers?|troops?|servicem[ae]n|officers?|police(?:m[ae]n|wom[ae]n)?|policemen|militants?|fighters?|insurgents?|rebels?|gunm[ae]n|doctors?|medics?|nurses?|paramedics?|health workers?|aid workers?|journalists?|reporters?|children|child|kids?|minors?|babies|women|woman|students?|pupils?|workers?|employees?|staff|firefighters?|rescuers?|hostages?|prisoners?|detainees?|pilgrims?|worshippers?|civilians?|passengers?|crew|sailors?|miners?|guards?|attackers?|suspects?|members?)$/i;

/** The group a figure counts: the first noun after its number ("at least 200 doctors" → doctors), or null for everyone. */
function countedGroup(figure: Casualty): string | null {
  const m = /(?:\d[\d,.]*|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores?|hundreds?|thousands?))\s+((?:[\w'-]+(?:\s+|$)){0,4})/i.exec(figure.evidence.text);
  if (!m) return null;
  for (const w of m[1]!.trim().split(/\s+/)) {
    const word = w.toLowerCase().replace(/[^a-z-]/g, '');
    if (GROUP.test(word)) return word.replace(/(?:m[ae]n|wom[ae]n)$/, 'person').replace(/(?:ren|s)$/, '');
    if (/^(?:people|persons?|palestinians|israelis|others?|dead|lives|bodies)$/.test(word)) return null;
  }
  return null;
}

/** Two figures count the same people unless one counts a role group the other does not ("29 soldiers" against "50,000 wounded"). */
function sameCount(a: Casualty, b: Casualty): boolean {
  return countedGroup(a) === countedGroup(b);
}

/**
 * The figures read as a toll that grew: every higher figure is told as a rise, or the reports, in the order
 * they were published, never give a lower figure after a higher one and the highest came last.
 */
function tollRose(figures: readonly { figure: Casualty; told: string; published: string | null }[]): boolean {
  const low = Math.min(...figures.map((f) => f.figure.value));
  if (figures.filter((f) => f.figure.value > low).every((f) => RISE.test(f.told))) return true;
  if (figures.some((f) => f.published === null)) return false;
  const ordered = [...figures].sort((a, b) => Date.parse(a.published!) - Date.parse(b.published!));
  for (let i = 1; i < ordered.length; i++) {
    const [before, after] = [ordered[i - 1]!, ordered[i]!];
    if (after.figure.value < before.figure.value) return false;
    if (after.figure.value > before.figure.value && Date.parse(after.published!) <= Date.parse(before.published!)) return false;
  }
  return true;
}

interface PlaceInfo {
  entities: Set<string>;
  country: string | null;
  isCountry: boolean;
  coordinates: { lat: number; lon: number } | null;
  /** Places the reports that give this one name in its sentence ("in Richmond Hill, Queens"), lower-cased names and entity ids. */
  beside: Set<string>;
}

/** Two places this close are one locality told finer or coarser (a district and its city), not a dispute. */
const NEAR_KM = 30;

/**
 * Places differ unless they can be one place told finer or coarser: the same entity (a capital standing for its
 * country and the country), a town and its country, one name inside the other ("Banstead High Street", "Banstead"),
 * a place named beside the other in a report's sentence ("East Flatbush, Brooklyn"), or two points under 30 km apart.
 */
function placesDiffer(names: readonly string[], where: ReadonlyMap<string, PlaceInfo>): boolean {
  const one = (a: string, b: string): boolean => {
    const x = where.get(a), y = where.get(b);
    if (!x || !y) return false;
    if ([...x.entities].some((e) => y.entities.has(e))) return true;
    if (y.isCountry && !x.isCountry && x.country !== null && x.country === y.country) return true;
    if (x.isCountry && !y.isCountry && y.country !== null && y.country === x.country) return true;
    if (wordsWithin(a, b) || wordsWithin(b, a)) return true;
    const named = (info: PlaceInfo, name: string, other: PlaceInfo) => [...other.entities].some((e) => info.beside.has(e)) || [...info.beside].some((n) => wordsWithin(name, n));
    if (named(x, b, y) || named(y, a, x)) return true;
    return !!x.coordinates && !!y.coordinates && kilometres(x.coordinates, y.coordinates) < NEAR_KM;
  };
  return names.some((a) => names.some((b) => a !== b && !one(a, b)));
}

/** Every word of `a` is a word of `b` ("Exarchia" in "Exarchia district"). */
function wordsWithin(a: string, b: string): boolean {
  const words = (t: string) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const wb = new Set(words(b));
  const wa = words(a);
  return wa.length > 0 && wa.every((w) => wb.has(w));
}

/**
 * The places and countries a report names in the sentence of a place mention or in its first sentence, its headline
 * ("Hit-and-run in Richmond Hill, Queens"; "Wellington supermarket fire. A fire destroyed a supermarket in Somerset").
 */
function placesBeside(doc: AnnotatedDocument, span: { start: number; end: number }): string[] {
  const sentence = doc.layers.sentences.find((s) => s.start <= span.start && span.start < s.end) ?? span;
  const headline = doc.layers.sentences[0] ?? sentence;
  const within = (m: { start: number; end: number }, s: { start: number; end: number }) => m.start >= s.start && m.end <= s.end;
  const inside = (m: { start: number; end: number }) => within(m, sentence) || within(m, headline);
  const out: string[] = [];
  for (const e of doc.layers.entities) {
    if (e.type !== 'place' && e.type !== 'country') continue;
    if (!e.mentions.some((m) => inside(m) && !(m.start === span.start && m.end === span.end))) continue;
    out.push(e.id, e.name.toLowerCase(), ...e.aliases.map((a) => a.toLowerCase()));
  }
  return out;
}

/** The place is only a nationality word ("a Thai fishing trawler", "Greek"). */
function isDemonym(doc: AnnotatedDocument, place: NonNullable<Event['place']>): boolean {
  const span = place.span;
  if (!span) return false;
  const text = doc.document.text.slice(span.start, span.end);
  if (doc.layers.entities.some((e) => e.mentions.some((m) => m.kind === 'demonym' && m.start === span.start && m.end === span.end))) return true;
  const country = loadKnowledge().lookupDemonym(text);
  return !!country && country.name.toLowerCase() !== text.toLowerCase();
}

function kilometres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function snake(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
