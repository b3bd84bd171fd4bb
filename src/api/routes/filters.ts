// Query parameters (snake_case on the wire) → the store's filter and page options.
import type { EventCategory, SourceType } from '../../model/types.js';
import type { QueryFilter } from '../../store/store.js';
import type { FilterQuery } from '../schemas.js';

export function toFilter(q: Partial<FilterQuery>): QueryFilter {
  const f: QueryFilter = {};
  if (q.from) f.from = q.from;
  if (q.to) f.to = q.to;
  if (q.entity) f.entity = q.entity;
  if (q.category) f.category = q.category as EventCategory;
  if (q.source_type) f.sourceType = q.source_type as SourceType;
  if (q.anonymous) f.anonymous = q.anonymous === 'true';
  if (q.outlet) f.outlet = q.outlet;
  if (q.document) f.document = q.document;
  return f;
}
