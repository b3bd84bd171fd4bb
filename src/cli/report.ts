// Readable reports for people: `extract` without --json, and `show`. Every fact is printed with
// the sentence it came from, so it can be checked by eye.
import type { AnnotatedDocument, Attribution, Event, Sentence, Span, TimeExpression } from '../model/types.js';
import { lineColumn } from '../model/text.js';

const ENTITY_TAG: Record<string, string> = { person: 'PER', organisation: 'ORG', country: 'CTRY', place: 'LOC', group: 'GRP' };

function sentenceOf(sentences: Sentence[], span: Span): Sentence | undefined {
  return sentences.find((s) => s.start <= span.start && span.start < s.end) ?? sentences.find((s) => s.start >= span.start);
}

/** The sentence holding `span`, with the span wrapped in «…». */
function inSentence(text: string, sentences: Sentence[], span: Span): string {
  const s = sentenceOf(sentences, span);
  if (!s) return `«${text.slice(span.start, span.end)}»`;
  const from = Math.min(s.start, span.start);
  const to = Math.max(s.end, span.end);
  return `${text.slice(from, span.start)}«${text.slice(span.start, span.end)}»${text.slice(span.end, to)}`;
}

function where(text: string, span: Span): string {
  const { line, column } = lineColumn(text, span.start);
  return `${line}:${column}`;
}

function header(doc: AnnotatedDocument): string {
  const d = doc.document;
  const l = doc.layers;
  const published = d.published ? `${d.published.value} (${d.published.basis})` : 'unknown';
  return [
    `${d.id}${d.title ? ` — ${d.title}` : ''}`,
    `  outlet ${d.outlet ?? '—'} · published ${published}${d.url ? ` · ${d.url}` : ''}`,
    `  ${l.sentences.length} sentences · ${l.entities.length} entities · ${l.times.length} times · ${l.attributions.length} attributions · ${l.events.length} events`,
  ].join('\n');
}

function attributionLines(doc: AnnotatedDocument, a: Attribution, n: number): string[] {
  const text = doc.document.text;
  const source = a.source ? `${a.source.name} [${a.source.type}]` : '(no source)';
  const channel = a.channel ? ` via ${a.channel.name}` : '';
  const hedge = a.hedged ? ` · hedged (${a.hedges.map((h) => h.text).join(', ')})` : '';
  return [
    `  ${n}. ${source}${channel} — "${a.cue.text}" · ${a.kind}${hedge}`,
    `     says: ${a.content.text}`,
    `     at ${where(text, a.content)}: ${inSentence(text, doc.layers.sentences, a.content)}`,
  ];
}

function eventLines(doc: AnnotatedDocument, e: Event, n: number): string[] {
  const text = doc.document.text;
  const names = (ps: { name: string }[]) => (ps.length ? ps.map((p) => p.name).join(', ') : '—');
  const when = e.date ? `${e.date}${e.time ? ` ${e.time}` : ''}` : 'date not given';
  const sources = e.attributions
    .map((id) => doc.layers.attributions.find((a) => a.id === id)?.source?.name)
    .filter((s): s is string => Boolean(s));
  return [
    `  ${n}. ${e.category} (${e.plover}${e.mode ? `, ${e.mode}` : ''}) · ${when} · ${e.modality}`,
    `     who: ${names(e.actors)} → ${names(e.targets)}${e.place ? ` · where: ${e.place.name}` : ''}${sources.length ? ` · says: ${sources.join(', ')}` : ''}`,
    `     at ${where(text, e.evidence)}: ${inSentence(text, doc.layers.sentences, e.evidence)}`,
  ];
}

function timeLines(doc: AnnotatedDocument, t: TimeExpression, n: number): string[] {
  const text = doc.document.text;
  return [
    `  ${n}. "${t.text}" → ${t.value ?? 'not fixed by the text'} (${t.type}${t.granularity ? `, ${t.granularity}` : ''}${t.anchor ? `, from ${t.anchor}` : ''})`,
    `     at ${where(text, t)}: ${inSentence(text, doc.layers.sentences, t)}`,
  ];
}

/** `dateline extract` without --json. */
export function renderReport(doc: AnnotatedDocument): string {
  const l = doc.layers;
  const out = [header(doc), ''];
  out.push(`Attributions (${l.attributions.length})`);
  l.attributions.forEach((a, i) => out.push(...attributionLines(doc, a, i + 1)));
  out.push('', `Events (${l.events.length})`);
  l.events.forEach((e, i) => out.push(...eventLines(doc, e, i + 1)));
  out.push('', `Dates (${l.times.length})`);
  l.times.forEach((t, i) => out.push(...timeLines(doc, t, i + 1)));
  const problems = doc.document.diagnostics.filter((d) => d.severity !== 'info');
  if (problems.length) {
    out.push('', `Problems (${problems.length})`);
    for (const d of problems) out.push(`  ${d.code} ${d.severity}: ${d.message}`);
  }
  return out.join('\n') + '\n';
}

interface Mark extends Span {
  open: string;
  close: string;
}

/** The clean text with entity mentions [text|TYPE] and times {text|value} marked inline. */
function markInline(doc: AnnotatedDocument, from: number, to: number): string {
  const text = doc.document.text;
  const marks: Mark[] = [];
  for (const e of doc.layers.entities) {
    for (const m of e.mentions) marks.push({ start: m.start, end: m.end, open: '[', close: `|${ENTITY_TAG[e.type] ?? e.type}${m.text === e.name ? '' : ` ${e.name}`}]` });
  }
  for (const t of doc.layers.times) marks.push({ start: t.start, end: t.end, open: '{', close: `|${t.value ?? '?'}}` });
  // Overlapping marks cannot nest cleanly: keep the earliest, then the longest.
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = from;
  for (const m of marks) {
    if (m.start < at || m.start < from || m.end > to) continue;
    out += text.slice(at, m.start) + m.open + text.slice(m.start, m.end) + m.close;
    at = m.end;
  }
  return out + text.slice(at, to);
}

/** `dateline show`: every sentence with its marks, then what was said and what happened in it. */
export function renderMarked(doc: AnnotatedDocument): string {
  const out = [header(doc), ''];
  const { sentences, attributions, events } = doc.layers;
  for (const s of sentences) {
    out.push(`${String(s.index + 1).padStart(4)} │ ${markInline(doc, s.start, s.end)}`);
    for (const a of attributions.filter((x) => x.sentence === s.index)) {
      out.push(`     │   ↳ says: ${a.source?.name ?? '(no source)'}${a.channel ? ` via ${a.channel.name}` : ''} "${a.cue.text}" → ${a.content.text}`);
    }
    for (const e of events.filter((x) => x.sentence === s.index)) {
      out.push(`     │   ↳ event: ${e.category} ${e.date ?? ''} ${e.actors.map((p) => p.name).join(', ')} — ${e.evidence.text}`);
    }
  }
  return out.join('\n') + '\n';
}
