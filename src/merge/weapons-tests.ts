// One row per weapons test across stories, as arms-control databases keep them: the reports of
// one story that give the same test date make one row, and so do reports a day apart that no
// single report tells apart (one test told across time zones, or one outlet's slip: the row keeps
// the date most reports give and lists the others); each attribute is taken from the first report
// that gives it (earliest published), with that report and speaker as its source; the
// confirmation status combines everyone who vouches for the test in any report.
import type { AnnotatedDocument, ConfirmationStatus, EvidencedValue, Story, WeaponsTest } from '../model/types.js';
import { SYSTEM_TYPES } from '../knowledge/lexicons/events/weapon-systems.js';

// The long kind each abbreviation stands for, so that "ICBM" ranks with "intercontinental ballistic missile".
const SPELLED_OUT: Record<string, string> = {
  ICBM: 'intercontinental ballistic missile', IRBM: 'intermediate-range ballistic missile', MRBM: 'medium-range ballistic missile',
  SRBM: 'short-range ballistic missile', SLBM: 'submarine-launched ballistic missile', SLCM: 'cruise missile', SAM: 'surface-to-air missile',
};
const kindRank = (kind: string): number => {
  const k = SYSTEM_TYPES.indexOf(SPELLED_OUT[kind] ?? kind);
  return k < 0 ? SYSTEM_TYPES.length : k;
};
/** Whether kind `a` says more than kind `b` (the lexicon lists kinds most specific first). */
const moreSpecificKind = (a: string, b: string): boolean => kindRank(a) < kindRank(b);

export interface SourcedValue {
  value: string | number;
  document: string;
  evidence: string;
  start: number;
  end: number;
  source: string | null;
}

export const TEST_ATTRIBUTES = ['system', 'systemType', 'launchSite', 'landingArea', 'apogeeKm', 'distanceKm', 'count', 'outcome'] as const;
export type TestAttribute = (typeof TEST_ATTRIBUTES)[number];

export interface TestRow {
  story: string;
  date: string | null;
  /** Other dates reports give for this test (a day off the row's date). */
  otherDates: string[];
  time: SourcedValue | null;
  attributes: Record<TestAttribute, SourcedValue | null>;
  confirmation: ConfirmationStatus;
  claimedBy: string[];
  confirmedBy: string[];
  documents: string[];
}

export function weaponsTestRows(stories: readonly Story[], docs: ReadonlyMap<string, AnnotatedDocument>): TestRow[] {
  const rows: TestRow[] = [];
  for (const story of stories) {
    const reports = story.documents
      .map((id) => docs.get(id))
      .filter((d): d is AnnotatedDocument => d !== undefined)
      .sort((a, b) => (a.document.published?.value ?? '9999').localeCompare(b.document.published?.value ?? '9999') || a.document.id.localeCompare(b.document.id));
    const byDate = new Map<string, TestRow>();
    for (const doc of reports) {
      for (const event of doc.layers.events) {
        if (event.category !== 'weapons_test' || !event.weaponsTest) continue;
        // A test without a date of its own is taken to be the story's test.
        const date = event.date ?? story.date;
        const key = date ?? '';
        let row = byDate.get(key);
        if (!row) {
          row = { story: story.id, date, otherDates: [], time: null, attributes: Object.fromEntries(TEST_ATTRIBUTES.map((a) => [a, null])) as TestRow['attributes'], confirmation: 'unattributed', claimedBy: [], confirmedBy: [], documents: [] };
          byDate.set(key, row);
        }
        if (!row.documents.includes(doc.document.id)) row.documents.push(doc.document.id);
        const w: WeaponsTest = event.weaponsTest;
        for (const attr of TEST_ATTRIBUTES) {
          const v = w[attr] as EvidencedValue<string | number> | null;
          // (The kind is the most specific one any report gives: Japan's "ballistic missile" is Seoul's "ICBM".)
          if (v && (!row.attributes[attr] || (attr === 'systemType' && moreSpecificKind(String(v.value), String(row.attributes[attr]!.value))))) {
            row.attributes[attr] = { value: v.value, document: doc.document.id, evidence: v.evidence.text, start: v.evidence.start, end: v.evidence.end, source: v.source };
          }
        }
        if (event.time && !row.time) {
          const t = event.timeRef ? doc.layers.times.find((x) => x.id === event.timeRef) : undefined;
          row.time = { value: event.time, document: doc.document.id, evidence: t?.text ?? event.evidence.text, start: t?.start ?? event.evidence.start, end: t?.end ?? event.evidence.end, source: null };
        }
        row.claimedBy = union(row.claimedBy, w.confirmation.claimedBy);
        row.confirmedBy = union(row.confirmedBy, w.confirmation.confirmedBy);
        if (w.confirmation.status === 'reported' && row.confirmation === 'unattributed') row.confirmation = 'reported';
      }
    }
    for (const row of foldDayApart([...byDate.values()])) {
      if (row.claimedBy.length && row.confirmedBy.length) row.confirmation = 'claimed_and_confirmed';
      else if (row.claimedBy.length) row.confirmation = 'claimed';
      else if (row.confirmedBy.length) row.confirmation = 'confirmed';
      rows.push(row);
    }
  }
  return rows.sort(testRowOrder);
}

/**
 * Rows a day apart with no report in common become one row (a report that gives both dates tells
 * two tests apart). The row most reports back keeps its date; the other dates are listed.
 */
function foldDayApart(rows: TestRow[]): TestRow[] {
  const ordered = [...rows].sort((a, b) => b.documents.length - a.documents.length || (a.date ?? '').localeCompare(b.date ?? ''));
  const kept: TestRow[] = [];
  for (const row of ordered) {
    const into = kept.find((k) => dayApart(k.date, row.date) && !k.documents.some((d) => row.documents.includes(d)));
    if (!into) { kept.push(row); continue; }
    into.otherDates = union(union(into.otherDates, [row.date!]), row.otherDates);
    into.documents = union(into.documents, row.documents);
    for (const attr of TEST_ATTRIBUTES) into.attributes[attr] ??= row.attributes[attr];
    into.time ??= row.time;
    into.claimedBy = union(into.claimedBy, row.claimedBy);
    into.confirmedBy = union(into.confirmedBy, row.confirmedBy);
    if (row.confirmation === 'reported' && into.confirmation === 'unattributed') into.confirmation = 'reported';
  }
  return kept;
}

/** Two calendar days one day apart (not the same day, not months or years). */
function dayApart(a: string | null, b: string | null): boolean {
  if (!a || !b || a.length !== 10 || b.length !== 10 || a === b) return false;
  return Math.abs(Date.parse(a) - Date.parse(b)) === 86_400_000;
}

/** Rows in order of their date, then story. */
export function testRowOrder(a: TestRow, b: TestRow): number {
  return (a.date ?? '').localeCompare(b.date ?? '') || a.story.localeCompare(b.story);
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}
