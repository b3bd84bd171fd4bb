// Watching feeds: conditional polling with a state file, backoff on errors, OPML lists.
export { watchFeeds, sleepUnlessStopped, type WatchOptions, type WatchDeps, type WatchSummary } from './run.js';
export { pollFeed, type PollResult } from './poll.js';
export { backoffDelay, retryAfterMs, MAX_BACKOFF_MS } from './backoff.js';
export { loadState, saveState, defaultStatePath, type WatchState, type FeedState } from './state.js';
export { readOpml, readOpmlFile } from './opml.js';
