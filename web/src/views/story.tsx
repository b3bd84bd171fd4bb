// A story: its sources and whether each is independent, where the reports disagree (date, place,
// numbers, claims: each side with its evidence), and per event type the claims of each document with
// its sentence (linked to the sentence highlighted in the document), agreeing or not.
import { useApi } from '../api';
import { Category, Evidence, Link, Status, documentHref } from '../common';
import type { TextSpan } from '../types';

interface Disagreement {
  about: string;
  field: string;
  rising?: boolean;
  sides: { value: string; evidence: { document: string; text: string; start: number; end: number; source: string | null }[] }[];
}

interface StoryDetail {
  story: { id: string; title: string; category: string; date: string | null; firstReported: string | null; documents: string[]; disagreements?: Disagreement[] };
  sources: { document: string; title: string | null; outlet: string | null; published: string | null; speakers: string[]; cites: string[]; independent: boolean }[];
  claims: { category: string; agree: boolean; differences: string[]; reports: { document: string; event: string; date: string | null; modality: string; evidence: TextSpan; sentence: { start: number; end: number }; sources: string[]; outlet: string | null }[] }[];
}

export function StoryView({ id }: { id: string }) {
  const { data, error, loading } = useApi<StoryDetail>(`/api/stories/${encodeURIComponent(id)}`);
  if (!data) return <Status loading={loading} error={error} />;
  const { story, sources, claims } = data;
  return (
    <section>
      <h1>{story.title}</h1>
      <p><Category name={story.category} /> <span className="muted">{story.date ?? 'undated'} · first reported {story.firstReported ?? 'unknown'} · {story.documents.length} document(s)</span></p>
      <h2>Sources</h2>
      <table>
        <thead><tr><th>document</th><th>outlet</th><th>published</th><th>speakers</th><th>cites</th><th>independent</th></tr></thead>
        <tbody>{sources.map((s) => (
          <tr key={s.document}>
            <td><Link to={documentHref(s.document)}>{s.title ?? s.document}</Link></td><td>{s.outlet ?? '—'}</td><td>{s.published ?? '—'}</td>
            <td>{s.speakers.slice(0, 8).join('; ')}</td><td>{s.cites.join('; ') || '—'}</td>
            <td className={s.independent ? 'yes' : 'no'}>{s.independent ? 'yes' : 'no (cites another source of this story or shares its outlet)'}</td>
          </tr>
        ))}</tbody>
      </table>
      {story.disagreements && story.disagreements.length > 0 ? (
        <>
          <h2>Where the reports disagree</h2>
          {story.disagreements.map((d) => (
            <div key={`${d.about}/${d.field}`} className="disagreement">
              <h3>{d.field}{d.rising ? <span className="muted"> (a rising toll: later or updated reports give the higher figures)</span> : null}</h3>
              <ul>{d.sides.map((side) => (
                <li key={side.value}><strong>{side.value}</strong>: {side.evidence.map((e, k) => (
                  <span key={`${e.document}/${e.start}`}>{k > 0 ? '; ' : ''}<Evidence document={e.document} span={e} /><span className="muted"> ({e.document}{e.source ? `, ${e.source}` : ''})</span></span>
                ))}</li>
              ))}</ul>
            </div>
          ))}
        </>
      ) : null}
      <h2>Claims</h2>
      {claims.map((c) => (
        <div key={c.category} className="claim">
          <h3><Category name={c.category} /> {c.reports.length > 1 ? (c.agree ? <span className="yes">sources agree</span> : c.differences.length ? <span className="no">sources differ: {c.differences.join('; ')}</span> : null) : <span className="muted">one report</span>}</h3>
          <ul>{c.reports.map((r) => (
            <li key={`${r.document}/${r.event}`}>
              <Link to={documentHref(r.document, r.sentence)} className="evidence">«{r.evidence.text}»</Link>
              <span className="muted"> — {r.outlet ?? r.document}, {r.date ?? 'undated'}, {r.modality}{r.sources.length ? `, according to ${r.sources.join('; ')}` : ''}</span>
            </li>
          ))}</ul>
        </div>
      ))}
    </section>
  );
}
