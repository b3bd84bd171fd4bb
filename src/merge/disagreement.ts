// Disagreement: where the reports of one story differ on the date, the place, the numbers of a
// weapons test, the numbers killed and injured, a claim (a success claim against doubt), or who
// carried out an attack (responsibility.ts), each side with its evidence.
import { casualtiesConflict } from '../annotate/events/casualties.js';
import { responsibilityDispute } from './responsibility.js';
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
  const placeCountry = new Map<string, { country: string | null; isCountry: boolean }>();
  for (const doc of docs) {
    const own = lead.filter((x) => x.doc === doc).map((x) => x.event);
    const dated = own.find((e) => e.date && e.date.length === 10);
    if (dated) {
      const timeRef = dated.timeRef ? doc.layers.times.find((t) => t.id === dated.timeRef) : undefined;
      dates.add(dated.date!, sideOf(doc, dated, timeRef ?? dated.evidence, speaker(doc, dated)));
    }
    const placed = own.find((e) => e.place);
    if (placed?.place) {
      const place = placed.place;
      const entity = place.entity ? doc.layers.entities.find((x) => x.id === place.entity) : undefined;
      if (!placeCountry.has(place.name)) placeCountry.set(place.name, { country: entity?.country ?? null, isCountry: entity?.type === 'country' });
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
      if (DOUBT.test(a.content.text) || a.hedged) claims.add('doubted', side);
      else if (POSITIVE.test(a.content.text)) claims.add('claimed', side);
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
    const figures: { figure: Casualty; told: string; published: string | null }[] = [];
    for (const doc of docs) {
      const event = lead.find((e) => doc.layers.events.includes(e) && e.casualties?.[field]);
      const figure = event?.casualties?.[field];
      if (!event || !figure) continue;
      // The words just before the figure too: "bringing the death toll to 15".
      const told = doc.document.text.slice(Math.max(0, figure.evidence.start - 30), figure.evidence.end);
      figures.push({ figure, told, published: doc.document.published?.value ?? null });
      // Who gives the figure: the speaker whose statement holds it, else the outlet itself (null), not a speaker of
      // another mention merged into the event, such as an accuser's "accused X of the shelling".
      sides.add(String(figure.value), sideOf(doc, event, figure.evidence, figure.source ?? null));
    }
    if (!figures.some((a) => figures.some((b) => casualtiesConflict(a.figure, b.figure)))) continue;
    const d: Disagreement = { about: 'number', field, sides: sides.toSides() };
    if (tollRose(figures)) d.rising = true;
    out.push(d);
  }
  return out;
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

/** Places differ unless one holds the other: a town and its country ("Khartoum", "Sudan") are one place told finer or coarser. */
function placesDiffer(names: readonly string[], where: ReadonlyMap<string, { country: string | null; isCountry: boolean }>): boolean {
  const within = (a: string, b: string): boolean => {
    const x = where.get(a), y = where.get(b);
    return !!x && !!y && y.isCountry && !x.isCountry && x.country !== null && x.country === y.country;
  };
  return names.some((a) => names.some((b) => a !== b && !within(a, b) && !within(b, a)));
}

function snake(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
