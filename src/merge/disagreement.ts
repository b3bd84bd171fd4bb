// Disagreement: where the reports of one story differ on the date, the place, the numbers of a
// weapons test, or a claim (a success claim against doubt), each side with its evidence.
import type { AnnotatedDocument, Disagreement, DisagreementSide, Event, EventCategory, EvidencedValue, WeaponsTest } from '../model/types.js';

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

  const dates = new Sides();
  const places = new Sides();
  for (const { doc, event } of lead) {
    const timeRef = event.timeRef ? doc.layers.times.find((t) => t.id === event.timeRef) : undefined;
    if (event.date && event.date.length === 10) dates.add(event.date, sideOf(doc, event, timeRef ?? event.evidence, speaker(doc, event)));
    if (event.place) places.add(event.place.name, sideOf(doc, event, event.place.span ? { ...event.place.span, text: doc.document.text.slice(event.place.span.start, event.place.span.end) } : event.evidence, speaker(doc, event)));
  }
  // Dates a day apart are often one event told across time zones; only a larger gap is a disagreement.
  const days = [...dates.byValue.keys()].map((d) => Date.parse(d) / 86_400_000);
  if (days.length > 1 && Math.max(...days) - Math.min(...days) > 1) out.push({ about: 'date', field: 'event date', sides: dates.toSides() });
  if (places.byValue.size > 1) out.push({ about: 'place', field: 'event place', sides: places.toSides() });

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

function snake(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
