// A story as its page shows it: each source with what it cites (so a reader can tell
// independent reports from copies of one wire story), and the claims: per event category, each
// document's report with its sentence, and where the reports differ (date, modality, and the story's
// disagreements on place, numbers and claims).
import type { AnnotatedDocument, Story } from '../model/types.js';

const MEDIA_TYPES = new Set(['news_agency', 'media', 'state_media']);

export function storyDetail(story: Story, docs: AnnotatedDocument[]) {
  const byId = new Map(docs.map((d) => [d.document.id, d]));
  const outlets = new Set(docs.map((d) => d.document.outlet?.toLowerCase()).filter(Boolean));
  const sources = story.sources.map((src) => {
    const doc = byId.get(src.document);
    const cites = new Set<string>();
    for (const a of doc?.layers.attributions ?? []) {
      if (a.channel) cites.add(a.channel.name);
      if (a.source && MEDIA_TYPES.has(a.source.type)) cites.add(a.source.name);
    }
    const own = src.outlet?.toLowerCase();
    const citesOthers = [...cites].some((c) => c.toLowerCase() !== own && outlets.has(c.toLowerCase()));
    const sameOutlet = docs.filter((d) => own && d.document.outlet?.toLowerCase() === own).length > 1;
    return {
      document: src.document, title: doc?.document.title ?? null, outlet: src.outlet, published: src.published, speakers: src.speakers,
      cites: [...cites].sort(), independent: !citesOthers && !sameOutlet,
    };
  });

  const reportsByCategory = new Map<string, ReturnType<typeof report>[]>();
  for (const doc of docs) {
    for (const event of doc.layers.events) {
      if (event.category === 'other') continue;
      const list = reportsByCategory.get(event.category) ?? [];
      list.push(report(doc, event.id));
      reportsByCategory.set(event.category, list);
    }
  }
  const claims = [...reportsByCategory].map(([category, reports]) => {
    const differences: string[] = [];
    const dates = new Set(reports.map((r) => r.date).filter(Boolean));
    if (dates.size > 1) differences.push(`date: ${[...dates].sort().join(' vs ')}`);
    const modalities = new Set(reports.map((r) => r.modality));
    if (modalities.size > 1) differences.push(`modality: ${[...modalities].sort().join(' vs ')}`);
    // the story's own disagreements (place, numbers, claims) are about its main kind of event
    if (category === story.category) {
      for (const d of story.disagreements ?? []) if (d.about !== 'date') differences.push(`${d.field}: ${d.sides.map((x) => x.value).join(' vs ')}`);
    }
    const documents = new Set(reports.map((r) => r.document));
    return { category, agree: documents.size > 1 && differences.length === 0, differences, reports };
  });
  claims.sort((a, b) => (a.category === story.category ? -1 : b.category === story.category ? 1 : b.reports.length - a.reports.length));
  return { story, sources, claims };
}

function report(doc: AnnotatedDocument, eventId: string) {
  const event = doc.layers.events.find((e) => e.id === eventId)!;
  const sentence = doc.layers.sentences.find((s) => s.index === event.sentence) ?? event.evidence;
  const sources = event.attributions
    .map((id) => doc.layers.attributions.find((a) => a.id === id)?.source?.name)
    .filter((s): s is string => Boolean(s));
  return {
    document: doc.document.id, event: event.id, date: event.date, modality: event.modality,
    evidence: { start: event.evidence.start, end: event.evidence.end, text: event.evidence.text },
    sentence: { start: sentence.start, end: sentence.end }, sources, outlet: doc.document.outlet,
  };
}
