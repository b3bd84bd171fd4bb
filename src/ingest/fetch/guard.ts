// Resolves a host once, checks every address it has, and pins the connection to a checked one, so
// a second DNS answer (DNS rebinding) cannot send the request somewhere else.
import dns from 'node:dns';
import net from 'node:net';
import type { LookupFunction } from 'node:net';
import { classifyAddress, type AddressClass } from './address.js';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to all its addresses (dns.lookup: the system resolver, /etc/hosts included). */
export type Resolver = (host: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (host) =>
  (await dns.promises.lookup(host, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

export type Checked = { ok: true; pinned: ResolvedAddress } | { ok: false; refused: string } | { ok: false; unresolved: string };

/**
 * The address to connect to for `hostname` (as URL.hostname gives it: IPv6 in brackets). Without
 * allowPrivate, a host with any non-public address is refused: a name that mixes public and
 * private answers is a rebinding trick, not a news site.
 */
export async function checkHost(hostname: string, allowPrivate: boolean, resolve: Resolver = systemResolver, classify: (address: string) => AddressClass | null = classifyAddress): Promise<Checked> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  let addresses: ResolvedAddress[];
  if (net.isIP(bare)) addresses = [{ address: bare, family: net.isIPv6(bare) ? 6 : 4 }];
  else {
    try {
      addresses = await resolve(bare);
    } catch (e) {
      return { ok: false, unresolved: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
    }
    if (addresses.length === 0) return { ok: false, unresolved: 'no address' };
  }
  if (!allowPrivate) {
    for (const a of addresses) {
      const cls = classify(a.address);
      if (cls) return { ok: false, refused: `${bare === a.address ? a.address : `${bare} resolves to ${a.address}`}, a ${cls} address` };
    }
  }
  return { ok: true, pinned: addresses[0]! };
}

/** A lookup for http.request that answers with the checked address whatever name it is asked. */
export function pinnedLookup(pinned: ResolvedAddress): LookupFunction {
  return ((_host: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  }) as unknown as LookupFunction;
}
