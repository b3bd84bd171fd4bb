// The plain lists: documents and entities, paged through the address (?offset=).
import { useState } from 'react';
import { navigate, query, useApi } from '../api';
import { Link, Pager, Status, documentHref, entityHref } from '../common';
import type { DocumentSummary, EntitySummary, Page } from '../types';

const LIMIT = 50;

export function DocumentsView({ params }: { params: URLSearchParams }) {
  const offset = Number(params.get('offset') ?? 0) || 0;
  const { data, error, loading } = useApi<Page<DocumentSummary>>(`/api/documents${query({ limit: LIMIT, offset, outlet: params.get('outlet'), entity: params.get('entity') })}`);
  return (
    <section>
      <h1>Documents</h1>
      <Status loading={loading} error={error} />
      <table>
        <thead><tr><th>title</th><th>outlet</th><th>published</th><th>words</th><th>events</th><th>attributions</th></tr></thead>
        <tbody>{data?.items.map((d) => <tr key={d.id}><td><Link to={documentHref(d.id)}>{d.title ?? d.id}</Link></td><td>{d.outlet ?? '—'}</td><td>{d.published ?? '—'}</td><td>{d.words}</td><td>{d.events}</td><td>{d.attributions}</td></tr>)}</tbody>
      </table>
      {data ? <Pager total={data.total} limit={LIMIT} offset={offset} onPage={(o) => navigate(`/documents${query({ ...Object.fromEntries(params), offset: o })}`)} /> : null}
    </section>
  );
}

export function EntitiesView({ params }: { params: URLSearchParams }) {
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [q, setQ] = useState(params.get('q') ?? '');
  const type = params.get('type') ?? '';
  const { data, error, loading } = useApi<Page<EntitySummary>>(`/api/entities${query({ limit: LIMIT, offset, q: params.get('q'), type })}`);
  return (
    <section>
      <h1>Entities</h1>
      <form className="filters" onSubmit={(e) => { e.preventDefault(); navigate(`/entities${query({ q, type })}`); }}>
        <label>Name starts with <input value={q} onChange={(e) => setQ(e.target.value)} name="q" /></label>
        <label>Type <select value={type} onChange={(e) => navigate(`/entities${query({ q, type: e.target.value })}`)}>
          <option value="">all</option>{['person', 'organisation', 'country', 'place', 'group'].map((t) => <option key={t}>{t}</option>)}
        </select></label>
        <button type="submit">Find</button>
      </form>
      <Status loading={loading} error={error} />
      <table>
        <thead><tr><th>name</th><th>type</th><th>country</th><th>documents</th><th>mentions</th></tr></thead>
        <tbody>{data?.items.map((e) => <tr key={e.id}><td><Link to={entityHref(e.id)}>{e.name}</Link></td><td>{e.type}</td><td>{e.country ?? ''}</td><td>{e.documents}</td><td>{e.mentions}</td></tr>)}</tbody>
      </table>
      {data ? <Pager total={data.total} limit={LIMIT} offset={offset} onPage={(o) => navigate(`/entities${query({ q: params.get('q'), type, offset: o })}`)} /> : null}
    </section>
  );
}
