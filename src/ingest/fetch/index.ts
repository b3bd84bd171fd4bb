// Reading from the web: the address guard, the fetcher, and addresses → ingest items.
export { classifyAddress, type AddressClass } from './address.js';
export { checkHost, systemResolver, type Resolver, type ResolvedAddress } from './guard.js';
export { fetchUrl, parseHttpUrl, USER_AGENT, DEFAULT_TIMEOUT_MS, MAX_REDIRECTS, type FetchOptions, type FetchResult } from './fetch-url.js';
export { readUrl, itemsFromResponse, isUrlArgument, fetchOptionsOf, type UrlOptions, type Fetched } from './read-url.js';
export { readInputs } from './inputs.js';
export { urlIdBase } from './url-id.js';
export { parseDuration, durationFlag, urlFlags } from './flags.js';
