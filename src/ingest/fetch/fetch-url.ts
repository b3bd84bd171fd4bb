// One address → its bytes, final address and headers, or a coded diagnostic; never throws. Each
// hop (the first request and every redirect) is checked against the address guard and pinned to
// the address that was checked; one time limit covers the whole chain.
import http from 'node:http';
import https from 'node:https';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { diagnostic, type DiagnosticCode } from '../../model/diagnostics.js';
import type { Diagnostic } from '../../model/types.js';
import { sizeText } from '../options.js';
import type { AddressClass } from './address.js';
import { readBody, TooLargeError } from './body.js';
import { checkHost, pinnedLookup, systemResolver, type Resolver } from './guard.js';

export const USER_AGENT = 'Dateline/0.1 (news reader; +https://github.com/dateline)';
export const DEFAULT_TIMEOUT_MS = 30_000;
export const MAX_REDIRECTS = 5;
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

export interface FetchOptions {
  /** Allow private, loopback and link-local addresses (CLI --allow-private-addresses). */
  allowPrivate?: boolean;
  /** Body size limit in bytes, after decompression. */
  maxBytes: number;
  /** Total time for the request and its redirects. */
  timeoutMs?: number;
  maxRedirects?: number;
  /** Extra request headers (If-None-Match, If-Modified-Since). */
  headers?: Record<string, string>;
  /** Host resolver; tests give one that maps names to loopback. */
  resolve?: Resolver;
  /** Which addresses are not public; tests replace it to let one loopback address stand for the internet. */
  classify?: (address: string) => AddressClass | null;
  /** Stops the fetch from outside (SIGINT). */
  signal?: AbortSignal;
}

export type FetchResult =
  | { ok: true; status: number; url: string; contentType: string | null; headers: IncomingHttpHeaders; bytes: Uint8Array }
  | { ok: false; url: string; status?: number; headers?: IncomingHttpHeaders; diagnostic: Diagnostic };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

class FetchFailure extends Error {
  constructor(readonly code: DiagnosticCode, message: string, readonly status?: number, readonly headers?: IncomingHttpHeaders) {
    super(message);
  }
}

/** Parses an address; only http and https are fetched. */
export function parseHttpUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Sends one GET to a checked, pinned address; resolves when the response headers arrive. */
function request(url: URL, options: FetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  return (async () => {
    const checked = await checkHost(url.hostname, options.allowPrivate ?? false, options.resolve ?? systemResolver, options.classify);
    if (!checked.ok) {
      if ('refused' in checked) throw new FetchFailure('DL120', `${url.href} was refused: ${checked.refused}; Dateline only fetches public addresses unless --allow-private-addresses is given`);
      throw new FetchFailure('DL124', `${url.hostname} could not be resolved (${checked.unresolved}); check the address and the network`);
    }
    signal.throwIfAborted();
    const client = url.protocol === 'https:' ? https : http;
    return await new Promise<IncomingMessage>((resolve, reject) => {
      const req = client.request(url, {
        method: 'GET', signal, lookup: pinnedLookup(checked.pinned), agent: false,
        headers: { 'User-Agent': USER_AGENT, Accept: ACCEPT, 'Accept-Encoding': 'gzip, deflate, br', ...options.headers },
      }, resolve);
      req.on('error', reject);
      req.end();
    });
  })();
}

function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

function failed(url: string, e: unknown, timedOut: boolean, maxBytes: number, timeoutMs: number): FetchResult {
  let code: DiagnosticCode;
  let message: string;
  let status: number | undefined;
  let headers: IncomingHttpHeaders | undefined;
  if (e instanceof FetchFailure) ({ code, message, status, headers } = e);
  else if (timedOut) {
    code = 'DL122';
    message = `${url} did not answer within ${timeoutMs / 1000} s; retry later or raise --timeout`;
  } else if (e instanceof TooLargeError) {
    code = 'DL105';
    message = `${url} is ${e.known ? '' : 'more than '}${sizeText(e.known ? e.size : maxBytes)}, over the limit of ${sizeText(maxBytes)}; raise it with --max-bytes`;
  } else {
    code = 'DL124';
    const err = e as NodeJS.ErrnoException;
    message = `${url} could not be fetched (${err.code ?? err.name ?? 'error'}: ${err.message}); check the address and the network`;
  }
  return { ok: false, url, ...(status !== undefined ? { status } : {}), ...(headers ? { headers } : {}), diagnostic: diagnostic(code, message, { stage: 'fetch', origin: url }) };
}

export async function fetchUrl(address: string, options: FetchOptions): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  let url = parseHttpUrl(address);
  if (!url) {
    return { ok: false, url: address, diagnostic: diagnostic('DL119', `${address} is not an http or https address; give a full URL such as https://example.com/story.html`, { stage: 'fetch', origin: address }) };
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, timeoutMs);
  const stop = (): void => controller.abort();
  options.signal?.addEventListener('abort', stop, { once: true });
  const chain: string[] = [url.href];
  try {
    for (;;) {
      // DNS cannot be cancelled, so the wait races the time limit rather than trusting it to end.
      const res = await Promise.race([request(url, options, controller.signal), whenAborted(controller.signal)]);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (REDIRECTS.has(status) && location) {
        res.resume();
        const next = parseHttpUrl(new URL(location, url).href);
        if (!next) throw new FetchFailure('DL121', `${url.href} redirected to ${location}, which is not an http or https address`, status);
        if (chain.length > maxRedirects) throw new FetchFailure('DL121', `${address} redirected more than ${maxRedirects} times (${chain.join(' → ')} → …); give the final address`, status);
        url = next;
        chain.push(url.href);
        continue;
      }
      if (status === 304) {
        res.resume();
        return { ok: true, status, url: url.href, contentType: null, headers: res.headers, bytes: new Uint8Array(0) };
      }
      if (status < 200 || status > 299) {
        res.resume();
        throw new FetchFailure('DL123', `${url.href} answered HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`, status, res.headers);
      }
      const bytes = await readBody(res, options.maxBytes);
      return { ok: true, status, url: url.href, contentType: res.headers['content-type'] ?? null, headers: res.headers, bytes };
    }
  } catch (e) {
    return failed(url.href, e, timedOut, options.maxBytes, timeoutMs);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', stop);
  }
}
