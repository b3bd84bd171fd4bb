// W3C Web Annotations (https://www.w3.org/TR/annotation-model/) for the evidence spans of a
// document: each entity mention, time, attribution and event becomes an annotation whose target
// is the document with a TextPositionSelector (the offsets) and a TextQuoteSelector (the words
// with a little context), so the evidence can be found again in another copy of the text.
import type { AnnotatedDocument, Span } from '../../model/types.js';

const CONTEXT = 32;

export function documentIri(doc: AnnotatedDocument): string {
  return doc.document.url ?? `urn:dateline:document:${encodeURIComponent(doc.document.id)}`;
}

function target(doc: AnnotatedDocument, span: Span) {
  const text = doc.document.text;
  return {
    source: documentIri(doc),
    selector: [
      { type: 'TextPositionSelector', start: span.start, end: span.end },
      { type: 'TextQuoteSelector', exact: text.slice(span.start, span.end), prefix: text.slice(Math.max(0, span.start - CONTEXT), span.start), suffix: text.slice(span.end, span.end + CONTEXT) },
    ],
  };
}

function body(value: string, purpose: 'tagging' | 'describing' | 'identifying' | 'classifying') {
  return { type: 'TextualBody', value, purpose, format: 'text/plain' };
}

export function webAnnotations(doc: AnnotatedDocument, base: string) {
  const id = (kind: string, local: string) => `${base}/api/documents/${encodeURIComponent(doc.document.id)}/annotations#${kind}-${encodeURIComponent(local)}`;
  const items: Record<string, unknown>[] = [];
  const { entities, times, attributions, events } = doc.layers;
  for (const e of entities) {
    e.mentions.forEach((m, i) => items.push({
      id: id('mention', `${e.id}-${i}`), type: 'Annotation', motivation: 'identifying',
      body: [body(e.name, 'identifying'), body(e.type, 'classifying')], target: target(doc, m),
    }));
  }
  for (const t of times) {
    items.push({ id: id('time', t.id), type: 'Annotation', motivation: 'tagging', body: [body(t.value ?? 'unresolved', 'tagging'), body(t.type, 'classifying')], target: target(doc, t) });
  }
  for (const a of attributions) {
    const who = a.source ? `${a.source.name} (${a.source.type})` : 'unknown source';
    items.push({ id: id('attribution', a.id), type: 'Annotation', motivation: 'describing', body: [body(`${who} ${a.kind}${a.hedged ? ', hedged' : ''}`, 'describing')], target: target(doc, a.content) });
  }
  for (const e of events) {
    const parts = [`${e.category} (${e.plover})`, e.date ? `on ${e.date}` : null, e.actors.length ? `by ${e.actors.map((p) => p.name).join(', ')}` : null, e.modality];
    items.push({ id: id('event', e.id), type: 'Annotation', motivation: 'describing', body: [body(parts.filter(Boolean).join(' '), 'describing'), body(e.category, 'classifying')], target: target(doc, e.evidence) });
  }
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${base}/api/documents/${encodeURIComponent(doc.document.id)}/annotations`,
    type: 'AnnotationPage',
    partOf: { type: 'AnnotationCollection', label: `Dateline evidence for ${doc.document.title ?? doc.document.id}` },
    items,
  };
}
