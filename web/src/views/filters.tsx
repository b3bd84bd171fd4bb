// Filter controls kept in the address (entity, category, source type), so a filtered view can be linked.
import { useState } from 'react';
import { navigate, query } from '../api';
import type { Meta } from '../types';

export function Filters({ params, meta, path }: { params: URLSearchParams; meta: Meta | null; path: string }) {
  const [entity, setEntity] = useState(params.get('entity') ?? '');
  const set = (changes: Record<string, string>) => {
    const next: Record<string, string> = Object.fromEntries(params.entries());
    Object.assign(next, changes);
    navigate(`${path}${query(next)}`);
  };
  return (
    <form className="filters" onSubmit={(e) => { e.preventDefault(); set({ entity }); }}>
      <label>Entity <input value={entity} onChange={(e) => setEntity(e.target.value)} placeholder="North Korea or country:KP" name="entity" /></label>
      <label>Type <select value={params.get('category') ?? ''} onChange={(e) => set({ category: e.target.value })} name="category">
        <option value="">all</option>
        {meta?.categories.map((c) => <option key={c} value={c}>{c.replace(/_/g, ' ')}</option>)}
      </select></label>
      <label>Source type <select value={params.get('source_type') ?? ''} onChange={(e) => set({ source_type: e.target.value })} name="source_type">
        <option value="">all</option>
        {meta?.sourceTypes.map((c) => <option key={c} value={c}>{c.replace(/_/g, ' ')}</option>)}
      </select></label>
      <button type="submit">Apply</button>
      {[...params.keys()].length ? <button type="button" onClick={() => { setEntity(''); navigate(path); }}>Clear</button> : null}
    </form>
  );
}

export const filterParams = (params: URLSearchParams) => ({
  entity: params.get('entity'), category: params.get('category'), source_type: params.get('source_type'), from: params.get('from'), to: params.get('to'),
});
