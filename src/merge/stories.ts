// A first grouping of documents into stories: two documents belong to one story when they
// report an event of the same category with a shared actor, on dates no more than a few days
// apart (or both undated). Candidate pairs come from an index keyed by category and actor, so
// documents are never compared all against all. Near-duplicate detection and conflicts come
// with the events issue.
import { createHash } from 'node:crypto';
import type { AnnotatedDocument, Event, EventCategory, Story, StorySource } from '../model/types.js';

export interface StoryOptions {
  /** Largest gap, in days, between two event dates of one story. */
  maxDaysApart?: number;
}

interface EventRef {
  doc: AnnotatedDocument;
  event: Event;
  day: number | null;
}

/** Days since the epoch for a YYYY-MM-DD date; null for coarser or missing dates. */
function dayNumber(date: string | null): number | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

export function groupStories(docs: AnnotatedDocument[], options: StoryOptions = {}): Story[] {
  const maxDays = options.maxDaysApart ?? 3;
  const byKey = new Map<string, EventRef[]>();
  const uf = new UnionFind();
  for (const doc of docs) {
    uf.find(doc.document.id);
    for (const event of doc.layers.events) {
      if (event.category === 'other') continue;
      for (const actor of event.actors) {
        const key = `${event.category}|${(actor.entity ?? actor.name).toLowerCase()}`;
        const list = byKey.get(key) ?? [];
        list.push({ doc, event, day: dayNumber(event.date) });
        byKey.set(key, list);
      }
    }
  }
  for (const refs of byKey.values()) {
    // Sorted by day, each event needs comparing only with its neighbours inside the window.
    refs.sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity));
    for (let i = 0; i < refs.length; i++) {
      for (let j = i + 1; j < refs.length; j++) {
        const a = refs[i]!;
        const b = refs[j]!;
        if (a.day !== null && b.day !== null && b.day - a.day > maxDays) break;
        if ((a.day === null) !== (b.day === null)) continue;
        if (a.doc.document.id !== b.doc.document.id) uf.union(a.doc.document.id, b.doc.document.id);
      }
    }
  }
  const groups = new Map<string, AnnotatedDocument[]>();
  for (const doc of docs) {
    const root = uf.find(doc.document.id);
    groups.set(root, [...(groups.get(root) ?? []), doc]);
  }
  return [...groups.values()].map(toStory).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
}

function toStory(docs: AnnotatedDocument[]): Story {
  const ids = docs.map((d) => d.document.id).sort();
  const events = docs.flatMap((doc) =>
    doc.layers.events.map((e) => ({
      document: doc.document.id,
      event: e.id,
      category: e.category,
      evidence: e.evidence.text,
      date: e.date,
      sources: e.attributions
        .map((id) => doc.layers.attributions.find((a) => a.id === id)?.source?.name)
        .filter((s): s is string => Boolean(s)),
    })),
  );
  const main = leadCategory(docs);
  const dates = events.filter((e) => e.category === main && e.date).map((e) => e.date!).sort();
  const sources: StorySource[] = docs.map((doc) => ({
    document: doc.document.id,
    outlet: doc.document.outlet,
    published: doc.document.published?.value ?? null,
    speakers: [...new Set(doc.layers.attributions.map((a) => a.source?.name).filter((s): s is string => Boolean(s)))],
  }));
  const published = sources.map((s) => s.published).filter((p): p is string => Boolean(p)).sort();
  const lead = docs.find((d) => d.document.title)?.document.title ?? events.find((e) => e.category === main)?.evidence ?? ids[0]!;
  return {
    id: `story-${createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 12)}`,
    title: lead,
    category: main,
    date: dates[0] ?? null,
    documents: ids,
    events,
    sources,
    firstReported: published[0] ?? null,
  };
}

/**
 * The story's kind: that of the first typed event in the first report, since news leads with
 * the event it is about; failing that, the most frequent one.
 */
function leadCategory(docs: AnnotatedDocument[]): EventCategory {
  const byPublished = [...docs].sort((a, b) => (a.document.published?.value ?? '9999').localeCompare(b.document.published?.value ?? '9999'));
  for (const doc of byPublished) {
    const lead = [...doc.layers.events].sort((a, b) => a.evidence.start - b.evidence.start).find((e) => e.category !== 'other');
    if (lead) return lead.category;
  }
  return 'other';
}
