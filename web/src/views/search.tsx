// Full-text search over sentences; each hit opens the document with the sentence highlighted.
import { query, useApi } from '../api';
import { Link, Status, documentHref } from '../common';

interface Hit { document: string; sentence: number; start: number; end: number; text: string; highlighted: string; title: string | null; published: string | null }

/** The FTS highlight marks [[word]]; shown as <mark> elements built by React, never as HTML. */
function Highlighted({ text }: { text: string }) {
  return <>{text.split(/(\[\[.*?\]\])/).map((part, i) => (part.startsWith('[[') && part.endsWith(']]') ? <mark key={i}>{part.slice(2, -2)}</mark> : part))}</>;
}

export function SearchView({ q }: { q: string }) {
  const { data, error, loading } = useApi<{ items: Hit[] }>(q ? `/api/search${query({ q, limit: 100 })}` : null);
  return (
    <section>
      <h1>Search{q ? `: ${q}` : ''}</h1>
      {!q ? <p className="muted">Type words in the search box above.</p> : <Status loading={loading} error={error} />}
      {data ? <p className="muted">{data.items.length} sentence(s)</p> : null}
      <ol className="hits">{data?.items.map((h) => (
        <li key={`${h.document}/${h.sentence}`}>
          <Link to={documentHref(h.document, h)}>{h.title ?? h.document}</Link> <span className="muted">{h.published ?? ''} · sentence {h.sentence + 1}</span>
          <p><Highlighted text={h.highlighted} /></p>
        </li>
      ))}</ol>
    </section>
  );
}
