// The weapons-test table (`dateline tests`): each test with date, actors, place, its sources and
// whatever test attributes the extractor found.
import { useApi } from '../api';
import { Evidence, Status } from '../common';
import type { EventSummary } from '../types';

interface TestRow { event: EventSummary; actors: string[]; sources: { name: string; type: string }[]; attributes: Record<string, unknown> }

const show = (v: unknown) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v));

export function TestsView() {
  const { data, error, loading } = useApi<{ items: TestRow[] }>('/api/tests?limit=1000');
  return (
    <section>
      <h1>Weapons tests</h1>
      <Status loading={loading} error={error} />
      <table>
        <thead><tr><th>date</th><th>time</th><th>actors</th><th>place</th><th>what</th><th>attributes</th><th>sources</th><th>modality</th></tr></thead>
        <tbody>{data?.items.map((t) => (
          <tr key={`${t.event.document}/${t.event.id}`}>
            <td>{t.event.date ?? '—'}</td><td>{t.event.time ?? ''}</td><td>{t.actors.join(', ')}</td><td>{t.event.place ?? ''}</td>
            <td><Evidence document={t.event.document} span={t.event.evidence} /></td>
            <td>{Object.entries(t.attributes).map(([k, v]) => <div key={k}><span className="muted">{k}:</span> {show(v)}</div>)}</td>
            <td>{t.sources.map((s) => `${s.name} (${s.type})`).join('; ') || '—'}</td><td>{t.event.modality}</td>
          </tr>
        ))}</tbody>
      </table>
      {data && !data.items.length ? <p className="muted">No weapons tests in this database.</p> : null}
    </section>
  );
}
