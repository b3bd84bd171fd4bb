// The page frame and the routes. Each view has its own address, so it can be linked and reloaded.
import { useState, type FormEvent } from 'react';
import { navigate, query, useApi, useLocation } from './api';
import { Link } from './common';
import type { Meta } from './types';
import { TimelineView } from './views/timeline';
import { StoryView } from './views/story';
import { EntityView } from './views/entity';
import { DocumentView } from './views/document';
import { MapView } from './views/map';
import { TestsView } from './views/tests';
import { SearchView } from './views/search';
import { IngestView } from './views/ingest';
import { DocumentsView, EntitiesView } from './views/lists';

function route(path: string, params: URLSearchParams, meta: Meta | null) {
  const [, section, ...rest] = path.split('/');
  const id = rest.length ? decodeURIComponent(rest.join('/')) : null;
  switch (section) {
    case '': return <TimelineView params={params} meta={meta} />;
    case 'stories': return id ? <StoryView id={id} /> : <TimelineView params={params} meta={meta} />;
    case 'entities': return id ? <EntityView id={id} /> : <EntitiesView params={params} />;
    case 'documents': return id ? <DocumentView id={id} params={params} /> : <DocumentsView params={params} />;
    case 'map': return <MapView params={params} meta={meta} />;
    case 'tests': return <TestsView />;
    case 'search': return <SearchView q={params.get('q') ?? ''} />;
    case 'ingest': return <IngestView meta={meta} />;
    default: return <p className="error">No page at {path}. <Link to="/">Go to the timeline</Link>.</p>;
  }
}

export function App() {
  const { path, params } = useLocation();
  const { data: meta } = useApi<Meta>('/api/meta');
  const [q, setQ] = useState(params.get('q') ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (q.trim()) navigate(`/search${query({ q: q.trim() })}`);
  };
  const section = path.split('/')[1] ?? '';
  const nav = (to: string, label: string, name: string) => <Link to={to} className={section === name ? 'active' : undefined}>{label}</Link>;
  return (
    <>
      <header>
        <Link to="/" className="brand">Dateline</Link>
        <nav>
          {nav('/', 'Timeline', '')}
          {nav('/map', 'Map', 'map')}
          {nav('/tests', 'Weapons tests', 'tests')}
          {nav('/entities', 'Entities', 'entities')}
          {nav('/documents', 'Documents', 'documents')}
          {meta?.writable ? nav('/ingest', 'Ingest', 'ingest') : null}
        </nav>
        <form onSubmit={submit} role="search">
          <input type="search" name="q" placeholder="Search sentences…" value={q} onChange={(e) => setQ(e.target.value)} aria-label="search" />
        </form>
      </header>
      <main>{route(path, params, meta)}</main>
      <footer className="muted">{meta ? `${meta.stats.documents} documents · ${meta.stats.events} events · ${meta.stats.attributions} attributions · ${meta.writable ? 'writes enabled' : 'read-only'}` : ''} · <a href="/api/docs">API</a></footer>
    </>
  );
}
