// The document reader: the clean text with entities, times, attributions and events marked, and
// a side list; ?hl=start-end highlights a span (a claim's sentence) and scrolls to it. The text is
// rendered as React text nodes only, so markup in an article is shown, never run.
import { useEffect, useMemo } from 'react';
import { safeHref, useApi } from '../api';
import { Category, Link, Status, entityHref } from '../common';
import type { AnnotatedDocument } from '../types';

type Kind = 'entity' | 'time' | 'attribution' | 'event' | 'hl';
interface Mark { start: number; end: number; kind: Kind; anchor: string; label: string }

function marksOf(doc: AnnotatedDocument, hl: { start: number; end: number } | null): Mark[] {
  const { entities, times, attributions, events } = doc.layers;
  const marks: Mark[] = [];
  for (const e of entities) e.mentions.forEach((m, i) => marks.push({ start: m.start, end: m.end, kind: 'entity', anchor: `m-${e.id}-${i}`, label: `${e.name} (${e.type})` }));
  for (const t of times) marks.push({ start: t.start, end: t.end, kind: 'time', anchor: `t-${t.id}`, label: `${t.type} ${t.value ?? 'unresolved'}` });
  for (const a of attributions) marks.push({ start: a.content.start, end: a.content.end, kind: 'attribution', anchor: `a-${a.id}`, label: `said by ${a.source?.name ?? 'unknown'}` });
  for (const e of events) marks.push({ start: e.evidence.start, end: e.evidence.end, kind: 'event', anchor: `e-${e.id}`, label: `${e.category} ${e.date ?? ''}` });
  if (hl) marks.push({ ...hl, kind: 'hl', anchor: 'hl', label: 'highlighted evidence' });
  return marks;
}

/** Cuts the text at every mark boundary; each piece carries the marks covering it. */
function segments(text: string, marks: Mark[]) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) if (m.start >= 0 && m.end <= text.length && m.start < m.end) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: { start: number; end: number; marks: Mark[]; anchors: string[] }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = marks.filter((m) => m.start <= start && m.end >= end);
    out.push({ start, end, marks: covering, anchors: covering.filter((m) => m.start === start).map((m) => m.anchor) });
  }
  return out;
}

export function DocumentView({ id, params }: { id: string; params: URLSearchParams }) {
  const { data: doc, error, loading } = useApi<AnnotatedDocument>(`/api/documents/${encodeURIComponent(id)}`);
  const hlParam = /^(\d+)-(\d+)$/.exec(params.get('hl') ?? '');
  const hl = hlParam ? { start: Number(hlParam[1]), end: Number(hlParam[2]) } : null;
  const pieces = useMemo(() => (doc ? segments(doc.document.text, marksOf(doc, hl)) : []), [doc, hl?.start, hl?.end]);
  useEffect(() => {
    if (doc && hl) document.getElementById('anchor-hl')?.scrollIntoView({ block: 'center' });
  }, [doc, hl?.start]);
  const jump = (anchor: string) => document.getElementById(`anchor-${anchor}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (!doc) return <Status loading={loading} error={error} />;
  const d = doc.document;
  const url = safeHref(d.url);
  return (
    <section className="reader">
      <article>
        <h1>{d.title ?? d.id}</h1>
        <p className="muted">{d.outlet ?? 'unknown outlet'} · {d.published?.value ?? 'undated'}{d.byline ? ` · ${d.byline}` : ''}{url ? <> · <a href={url} rel="noopener noreferrer nofollow" target="_blank">original</a></> : d.url ? ` · ${d.url}` : ''} · <a href={`/api/documents/${encodeURIComponent(d.id)}/annotations`}>web annotations</a></p>
        <p className="legend"><span className="k-entity">entity</span> <span className="k-time">time</span> <span className="k-attribution">attribution</span> <span className="k-event">event</span></p>
        <div className="text" data-testid="document-text">
          {pieces.map((p) => {
            const kinds = [...new Set(p.marks.map((m) => m.kind))];
            const words = d.text.slice(p.start, p.end);
            if (!kinds.length && !p.anchors.length) return words;
            return (
              <span key={p.start} className={kinds.map((k) => `k-${k}`).join(' ')} title={p.marks.map((m) => m.label).join(' · ')} id={p.anchors.length ? `anchor-${p.anchors[0]}` : undefined}>
                {p.anchors.slice(1).map((a) => <span key={a} id={`anchor-${a}`} />)}
                {words}
              </span>
            );
          })}
        </div>
      </article>
      <aside>
        <h2>Events ({doc.layers.events.length})</h2>
        <ul>{doc.layers.events.map((e) => <li key={e.id}><button className="linklike" onClick={() => jump(`e-${e.id}`)}><Category name={e.category} /> {e.date ?? 'undated'}</button> {e.actors.map((a) => a.name).join(', ')}{e.targets.length ? ` → ${e.targets.map((a) => a.name).join(', ')}` : ''} <span className="muted">{e.modality}</span></li>)}</ul>
        <h2>Attributions ({doc.layers.attributions.length})</h2>
        <ul>{doc.layers.attributions.map((a) => <li key={a.id}><button className="linklike" onClick={() => jump(`a-${a.id}`)}>{a.source?.name ?? 'unknown source'}</button> <span className="muted">{a.source?.type}{a.source?.anonymous ? ' · unnamed' : ''} · {a.kind}{a.hedged ? ' · hedged' : ''}</span></li>)}</ul>
        <h2>Entities ({doc.layers.entities.length})</h2>
        <ul>{doc.layers.entities.map((e) => <li key={e.id}><Link to={entityHref(e.id)}>{e.name}</Link> <span className="muted">{e.type} · {e.mentions.length}×</span></li>)}</ul>
        <h2>Times ({doc.layers.times.length})</h2>
        <ul>{doc.layers.times.map((t) => <li key={t.id}><button className="linklike" onClick={() => jump(`t-${t.id}`)}>{t.text}</button> <span className="muted">{t.value ?? 'unresolved'}</span></li>)}</ul>
      </aside>
    </section>
  );
}
