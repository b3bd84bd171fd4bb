// Ingest from the page (only when the server allows writes): paste text or upload a file. The
// token is kept for this tab only (sessionStorage) and sent as a Bearer header.
import { useState, type FormEvent } from 'react';
import { getJson, ApiFailure } from '../api';
import { Link, documentHref } from '../common';
import type { Meta } from '../types';

interface Result { documents: { id: string; status: string }[]; failures: { origin: string; code: string; message: string }[] }

export function IngestView({ meta }: { meta: Meta | null }) {
  const [token, setToken] = useState(() => sessionStorage.getItem('dateline-token') ?? '');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [published, setPublished] = useState('');
  const [outlet, setOutlet] = useState('');
  const [title, setTitle] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (meta && !meta.writable) return <p>This server is read-only. Start it with <code>--token</code> (or DATELINE_TOKEN) to ingest from the page.</p>;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setResult(null);
    sessionStorage.setItem('dateline-token', token);
    try {
      const content = file ? await file.text() : text;
      const isHtml = file ? /\.html?$/i.test(file.name) : /^\s*</.test(content);
      const body = { [isHtml ? 'html' : 'text']: content, filename: file?.name, published: published || undefined, outlet: outlet || undefined, title: title || undefined };
      setResult(await getJson<Result>('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) }));
    } catch (err) {
      setError(err instanceof ApiFailure ? `${err.code}: ${err.message}` : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section>
      <h1>Ingest</h1>
      <form className="ingest" onSubmit={submit}>
        <label>Token <input type="password" value={token} onChange={(e) => setToken(e.target.value)} name="token" autoComplete="off" required /></label>
        <label>Article text (or HTML) <textarea value={text} onChange={(e) => setText(e.target.value)} rows={12} name="text" /></label>
        <label>or a file (.txt, .html, .xml feed, .jsonl) <input type="file" name="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} /></label>
        <label>Title <input value={title} onChange={(e) => setTitle(e.target.value)} name="title" /></label>
        <label>Published <input value={published} onChange={(e) => setPublished(e.target.value)} placeholder="YYYY-MM-DD" name="published" /></label>
        <label>Outlet <input value={outlet} onChange={(e) => setOutlet(e.target.value)} name="outlet" /></label>
        <button type="submit" disabled={busy || (!text.trim() && !file)}>{busy ? 'Ingesting…' : 'Ingest'}</button>
      </form>
      {error ? <p className="error" role="alert">{error}</p> : null}
      {result ? (
        <ul className="result">
          {result.documents.map((d) => <li key={d.id}>{d.status}: <Link to={documentHref(d.id)}>{d.id}</Link></li>)}
          {result.failures.map((f) => <li key={f.origin} className="error">{f.code} {f.origin}: {f.message}</li>)}
        </ul>
      ) : null}
    </section>
  );
}
