// An entity: its events as actor and as target, what it said, and what was said of it.
import { useApi } from '../api';
import { Category, Evidence, Link, Status, documentHref } from '../common';
import type { AttributionSummary, DocumentSummary, EntitySummary, EventSummary } from '../types';

interface EntityDetail { entity: EntitySummary; asActor: EventSummary[]; asTarget: EventSummary[]; said: AttributionSummary[]; saidOf: AttributionSummary[]; documents: DocumentSummary[] }

function Events({ items }: { items: EventSummary[] }) {
  if (!items.length) return <p className="muted">none</p>;
  return <ul>{items.map((e) => <li key={`${e.document}/${e.id}`}><Category name={e.category} /> <span className="muted">{e.date ?? 'undated'}</span> <Evidence document={e.document} span={e.evidence} /></li>)}</ul>;
}

function Said({ items }: { items: AttributionSummary[] }) {
  if (!items.length) return <p className="muted">none</p>;
  return <ul>{items.map((a) => <li key={`${a.document}/${a.id}`}><strong>{a.source ?? 'unknown'}</strong> <span className="muted">({a.sourceType ?? 'unknown'}{a.anonymous ? ', unnamed' : ''}{a.hedged ? ', hedged' : ''})</span> {a.cue.text}: <Evidence document={a.document} span={a.content} /></li>)}</ul>;
}

export function EntityView({ id }: { id: string }) {
  const { data, error, loading } = useApi<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`);
  if (!data) return <Status loading={loading} error={error} />;
  const { entity } = data;
  return (
    <section>
      <h1>{entity.name}</h1>
      <p className="muted">{entity.type}{entity.country ? ` · ${entity.country}` : ''} · {entity.mentions} mentions in {entity.documents} document(s) · id {entity.id}</p>
      <p><Link to={`/?entity=${encodeURIComponent(entity.id)}`}>Its events on the timeline</Link></p>
      <h2>Events as actor ({data.asActor.length})</h2><Events items={data.asActor} />
      <h2>Events as target ({data.asTarget.length})</h2><Events items={data.asTarget} />
      <h2>What it said ({data.said.length})</h2><Said items={data.said} />
      <h2>What was said of it ({data.saidOf.length})</h2><Said items={data.saidOf} />
      <h2>Documents</h2>
      <ul>{data.documents.map((d) => <li key={d.id}><Link to={documentHref(d.id)}>{d.title ?? d.id}</Link> <span className="muted">{d.outlet ?? ''} {d.published ?? ''}</span></li>)}</ul>
    </section>
  );
}
