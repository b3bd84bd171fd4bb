// Small pieces every view uses: in-app links, loading and error states, evidence links.
import type { MouseEvent, ReactNode } from 'react';
import { navigate, type ApiFailure } from './api';

export function Link({ to, children, className, title }: { to: string; children: ReactNode; className?: string; title?: string }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={onClick} className={className} title={title}>{children}</a>;
}

export const documentHref = (id: string, span?: { start: number; end: number }) =>
  `/documents/${encodeURIComponent(id)}${span ? `?hl=${span.start}-${span.end}` : ''}`;
export const entityHref = (id: string) => `/entities/${encodeURIComponent(id)}`;
export const storyHref = (id: string) => `/stories/${encodeURIComponent(id)}`;

export function Status({ loading, error }: { loading?: boolean; error?: ApiFailure | null }) {
  if (error) return <p className="error" role="alert">{error.code}: {error.message}</p>;
  if (loading) return <p className="muted">Loading…</p>;
  return null;
}

export function Category({ name }: { name: string }) {
  return <span className={`tag cat-${name}`}>{name.replace(/_/g, ' ')}</span>;
}

/** A piece of evidence: the words, linked to their place in the document. */
export function Evidence({ document, span }: { document: string; span: { start: number; end: number; text: string } }) {
  return <Link to={documentHref(document, span)} className="evidence" title="show in the document">«{span.text}»</Link>;
}

export function Pager({ total, limit, offset, onPage }: { total: number; limit: number; offset: number; onPage: (offset: number) => void }) {
  if (total <= limit) return null;
  return (
    <div className="pager">
      <button disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>← previous</button>
      <span>{offset + 1}–{Math.min(total, offset + limit)} of {total}</span>
      <button disabled={offset + limit >= total} onClick={() => onPage(offset + limit)}>next →</button>
    </div>
  );
}
