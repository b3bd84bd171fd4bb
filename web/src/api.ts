// Fetching from the API, and the router: every view has its own address (History API).
import { useEffect, useState } from 'react';

export class ApiFailure extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiFailure(body?.error?.code ?? String(res.status), body?.error?.message ?? res.statusText);
  return body as T;
}

export function useApi<T>(url: string | null): { data: T | null; error: ApiFailure | null; loading: boolean } {
  const [state, setState] = useState<{ data: T | null; error: ApiFailure | null; loading: boolean }>({ data: null, error: null, loading: true });
  useEffect(() => {
    if (!url) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    getJson<T>(url).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: ApiFailure) => live && setState({ data: null, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return state;
}

export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function navigate(to: string): void {
  window.history.pushState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

export function useLocation(): { path: string; params: URLSearchParams } {
  const [loc, setLoc] = useState(() => ({ path: window.location.pathname, search: window.location.search }));
  useEffect(() => {
    const on = () => setLoc({ path: window.location.pathname, search: window.location.search });
    window.addEventListener('popstate', on);
    return () => window.removeEventListener('popstate', on);
  }, []);
  return { path: loc.path, params: new URLSearchParams(loc.search) };
}

/** Only web addresses become links: a javascript: or data: URL from an article stays text. */
export function safeHref(url: string | null | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}
