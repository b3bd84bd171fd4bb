// Events by place, drawn offline: country shapes from world-atlas (bundled), projected with
// d3-geo; no tiles and no network. Countries where events happened are shaded; places with
// coordinates are dots; choosing one lists its events.
import { useMemo, useState } from 'react';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json';
import { query, useApi } from '../api';
import { Category, Evidence, Status } from '../common';
import type { EventSummary, Meta } from '../types';
import { Filters, filterParams } from './filters';

interface MapData {
  places: { name: string; entity: string | null; lat: number; lon: number; events: EventSummary[] }[];
  countries: { code: string; numeric: string | null; name: string; events: number }[];
  unplaced: number;
}

const W = 960;
const H = 500;

export function MapView({ params, meta }: { params: URLSearchParams; meta: Meta | null }) {
  const { data, error, loading } = useApi<MapData>(`/api/map${query(filterParams(params))}`);
  const [chosen, setChosen] = useState<string | null>(null);
  const { shapes, projection } = useMemo(() => {
    const topo = world as unknown as Parameters<typeof feature>[0] & { objects: { countries: Parameters<typeof feature>[1] } };
    const shapes = feature(topo, topo.objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>;
    const projection = geoNaturalEarth1().fitSize([W, H], shapes);
    return { shapes, projection };
  }, []);
  const path = geoPath(projection);
  const counts = new Map((data?.countries ?? []).map((c) => [c.numeric, c]));
  const place = data?.places.find((p) => p.name === chosen);
  return (
    <section>
      <h1>Map of events</h1>
      <Filters params={params} meta={meta} path="/map" />
      <Status loading={loading} error={error} />
      <svg viewBox={`0 0 ${W} ${H}`} className="map" role="img" aria-label="world map of events">
        {shapes.features.map((f, i) => {
          const c = counts.get(String(f.id));
          return <path key={i} d={path(f) ?? ''} className={c ? 'country has-events' : 'country'}><title>{c ? `${c.name}: ${c.events} event(s)` : f.properties?.name ?? ''}</title></path>;
        })}
        {data?.places.map((p) => {
          const xy = projection([p.lon, p.lat]);
          return xy ? <circle key={p.name} cx={xy[0]} cy={xy[1]} r={4 + Math.min(8, p.events.length)} className="place" onClick={() => setChosen(p.name)}><title>{`${p.name}: ${p.events.length} event(s)`}</title></circle> : null;
        })}
      </svg>
      <p className="muted">{data ? `${data.places.length} places with coordinates, ${data.countries.length} countries, ${data.unplaced} events without a known place` : ''}</p>
      <ul className="places">{data?.places.map((p) => <li key={p.name}><button className="linklike" onClick={() => setChosen(p.name)}>{p.name}</button> ({p.events.length})</li>)}</ul>
      {place ? (
        <div><h2>{place.name}</h2><ul>{place.events.map((e) => <li key={`${e.document}/${e.id}`}><Category name={e.category} /> {e.date ?? 'undated'} <Evidence document={e.document} span={e.evidence} /></li>)}</ul></div>
      ) : null}
    </section>
  );
}
