// Ids for documents read from the web: the host and path as a slug, so pages of different sites
// with the same file name ("index.html", "rss.xml") do not share an id.
import { idBaseOf } from '../item.js';

const MAX_ID_BASE = 80;

export function urlIdBase(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return idBaseOf(address);
  }
  const host = url.hostname.replace(/^www\./, '');
  const pathPart = url.pathname.replace(/\/+$/, '').replace(/\.[a-z0-9]{1,5}$/i, '');
  const slug = `${host}${pathPart}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  // Long paths keep their end: the article's own slug is there.
  return slug.length <= MAX_ID_BASE ? slug : `${host.replace(/[^a-z0-9]+/gi, '-')}-${slug.slice(-(MAX_ID_BASE - host.length - 1))}`.replace(/-+/g, '-');
}

/** Replaces the file-name id prefix that readBytes gave with the address's slug. */
export function withUrlId(id: string, name: string, address: string): string {
  const base = idBaseOf(name);
  return id.startsWith(base) ? `${urlIdBase(address)}${id.slice(base.length)}` : id;
}
