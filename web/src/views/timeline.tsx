// The timeline: events on a zoomable time axis (wheel or buttons to zoom, drag to pan), one row
// per event type, and the stories below; filtered by entity, type and source type.
import { useMemo, useRef, useState, type PointerEvent, type WheelEvent } from 'react';
import { navigate, query, useApi } from '../api';
import { Category, Link, Status, documentHref, storyHref } from '../common';
import type { EventSummary, Meta, Page, StorySummary } from '../types';
import { Filters, filterParams } from './filters';

const DAY = 86_400_000;
const W = 1000;
const LEFT = 150;
const ROW = 26;

function dateMs(date: string): number {
  const [y, m = '01', d = '01'] = date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

function label(ms: number, span: number): string {
  const iso = new Date(ms).toISOString();
  return span > 3 * 365 * DAY ? iso.slice(0, 4) : span > 60 * DAY ? iso.slice(0, 7) : iso.slice(0, 10);
}

export function TimelineView({ params, meta }: { params: URLSearchParams; meta: Meta | null }) {
  const filters = filterParams(params);
  const events = useApi<Page<EventSummary>>(`/api/events${query({ ...filters, limit: 1000 })}`);
  const stories = useApi<Page<StorySummary>>(`/api/stories${query({ ...filters, source_type: null, limit: 200 })}`);
  const dated = useMemo(() => (events.data?.items ?? []).filter((e) => e.date).map((e) => ({ e, t: dateMs(e.date!) })), [events.data]);
  const full = useMemo<[number, number]>(() => {
    if (!dated.length) return [Date.UTC(2000, 0, 1), Date.UTC(2030, 0, 1)];
    const ts = dated.map((d) => d.t);
    const lo = Math.min(...ts);
    const hi = Math.max(...ts);
    const pad = Math.max((hi - lo) * 0.05, 15 * DAY);
    return [lo - pad, hi + pad];
  }, [dated]);
  const [view, setView] = useState<[number, number] | null>(null);
  const [t0, t1] = view ?? full;
  const drag = useRef<{ x: number; view: [number, number] } | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const categories = [...new Set(dated.map((d) => d.e.category))].sort();
  const height = Math.max(1, categories.length) * ROW + 30;
  const x = (t: number) => LEFT + ((t - t0) / (t1 - t0)) * (W - LEFT - 10);
  const zoom = (factor: number, at = (t0 + t1) / 2) => setView([at - (at - t0) * factor, at + (t1 - at) * factor]);
  const toTime = (clientX: number) => {
    const box = svg.current!.getBoundingClientRect();
    const px = ((clientX - box.left) / box.width) * W;
    return t0 + ((px - LEFT) / (W - LEFT - 10)) * (t1 - t0);
  };
  const onWheel = (e: WheelEvent) => zoom(e.deltaY > 0 ? 1.25 : 0.8, toTime(e.clientX));
  const onDown = (e: PointerEvent) => { drag.current = { x: e.clientX, view: [t0, t1] }; };
  const onMove = (e: PointerEvent) => {
    if (!drag.current) return;
    const box = svg.current!.getBoundingClientRect();
    const dt = ((e.clientX - drag.current.x) / box.width) * W / (W - LEFT - 10) * (drag.current.view[1] - drag.current.view[0]);
    setView([drag.current.view[0] - dt, drag.current.view[1] - dt]);
  };
  const ticks = Array.from({ length: 7 }, (_, i) => t0 + ((t1 - t0) * i) / 6);
  const inView = dated.filter((d) => d.t >= t0 && d.t <= t1);
  const undated = (events.data?.items.length ?? 0) - dated.length;

  return (
    <section>
      <h1>Timeline</h1>
      <Filters params={params} meta={meta} path="/" />
      <Status loading={events.loading} error={events.error} />
      <div className="zoom">
        <button onClick={() => zoom(0.5)} aria-label="zoom in">+</button>
        <button onClick={() => zoom(2)} aria-label="zoom out">-</button>
        <button onClick={() => setView(null)}>whole range</button>
        <span className="muted">{inView.length} of {events.data?.total ?? 0} events shown{undated > 0 ? ` (${undated} undated, listed below)` : ''}; wheel to zoom, drag to pan</span>
      </div>
      <svg ref={svg} className="timeline" viewBox={`0 0 ${W} ${height}`} onWheel={onWheel} onPointerDown={onDown} onPointerMove={onMove}
        onPointerUp={() => { drag.current = null; }} onPointerLeave={() => { drag.current = null; }} role="img" aria-label="events on a time axis">
        {ticks.map((t) => <g key={t}><line x1={x(t)} x2={x(t)} y1={0} y2={height - 20} className="tick" /><text x={x(t)} y={height - 5} textAnchor="middle" className="axis">{label(t, t1 - t0)}</text></g>)}
        {categories.map((c, i) => <text key={c} x={4} y={i * ROW + 18} className="row-label">{c.replace(/_/g, ' ')}</text>)}
        {inView.map(({ e, t }) => (
          <circle key={`${e.document}/${e.id}`} cx={x(t)} cy={categories.indexOf(e.category) * ROW + 14} r={6} className={`dot cat-${e.category}`}
            onClick={() => navigate(documentHref(e.document, e.evidence))}>
            <title>{`${e.date} · ${e.category} · ${e.evidence.text}`}</title>
          </circle>
        ))}
      </svg>
      <h2>Stories</h2>
      <Status loading={stories.loading} error={stories.error} />
      <ul className="stories">
        {stories.data?.items.map((s) => (
          <li key={s.id}>
            <Link to={storyHref(s.id)}>{s.title}</Link> <Category name={s.category} />
            <span className="muted"> {s.date ?? 'undated'} · {s.sources} source{s.sources === 1 ? '' : 's'} · {s.events} events</span>
          </li>
        ))}
      </ul>
      {undated > 0 ? (
        <details><summary>Undated events ({undated})</summary><ul>
          {events.data?.items.filter((e) => !e.date).map((e) => <li key={`${e.document}/${e.id}`}><Category name={e.category} /> <Link to={documentHref(e.document, e.evidence)}>{e.evidence.text}</Link></li>)}
        </ul></details>
      ) : null}
    </section>
  );
}
