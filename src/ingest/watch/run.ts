// The watch loop: polls every feed when it is due, saves the state after each item, sleeps until
// the next feed is due, and ends cleanly after the current item when asked to stop.
import type { Document } from '../../model/types.js';
import type { Failure } from '../../cli/failures.js';
import type { PutStatus } from '../../store/store.js';
import type { UrlOptions } from '../fetch/read-url.js';
import { pollFeed, type PollResult } from './poll.js';
import { feedState, loadState, saveState } from './state.js';

export interface WatchOptions extends UrlOptions {
  everyMs: number;
  /** Poll each feed once and return; a feed backing off after errors waits for its retry time. */
  once: boolean;
  statePath: string;
}

export interface WatchDeps {
  store(doc: Document): Promise<PutStatus>;
  report(line: string): void;
  stop: AbortSignal;
  now?: () => number;
  random?: () => number;
  /** Waits, or returns early when `stop` fires. */
  sleep?: (ms: number, stop: AbortSignal) => Promise<void>;
}

export interface WatchSummary {
  polls: number;
  counts: Record<PutStatus, number>;
  /** Feeds whose last poll failed, and items that could not be read. */
  failures: Failure[];
}

export function sleepUnlessStopped(ms: number, stop: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (stop.aborted) return resolve();
    const done = (): void => { clearTimeout(timer); stop.removeEventListener('abort', done); resolve(); };
    const timer = setTimeout(done, ms);
    stop.addEventListener('abort', done, { once: true });
  });
}

function describe(url: string, r: PollResult, nextPoll: string | undefined): string {
  if (r.outcome === 'not-modified') return `${url}: not modified`;
  const c = r.counts;
  const counts = `${c.inserted} new, ${c.updated} updated, ${c.unchanged} unchanged, ${r.failures.length} failed`;
  if (r.outcome === 'failed') return `${url}: ${r.failures[0]!.diagnostic.code} ${r.failures[0]!.diagnostic.message}; next try at ${nextPoll}`;
  return `${url}: ${counts}${r.outcome === 'stopped' ? ' (stopped)' : ''}`;
}

export async function watchFeeds(urls: string[], options: WatchOptions, deps: WatchDeps): Promise<WatchSummary> {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? sleepUnlessStopped;
  const { state, warning } = loadState(options.statePath);
  if (warning) deps.report(`${warning.code} ${warning.message}`);
  const summary: WatchSummary = { polls: 0, counts: { inserted: 0, updated: 0, unchanged: 0 }, failures: [] };
  const failing = new Map<string, Failure>();
  const save = (): void => saveState(options.statePath, state);

  while (!deps.stop.aborted) {
    for (const url of urls) {
      if (deps.stop.aborted) break;
      const feed = feedState(state, url);
      const due = !feed.nextPoll || Date.parse(feed.nextPoll) <= now() || (options.once && feed.failures === 0);
      if (!due) {
        if (options.once) deps.report(`${url}: backing off after ${feed.failures} failure(s); next try at ${feed.nextPoll}`);
        continue;
      }
      const result = await pollFeed(url, feed, options.everyMs, options, {
        store: deps.store, saved: save, stopping: () => deps.stop.aborted, now, ...(deps.random ? { random: deps.random } : {}),
      });
      save();
      summary.polls++;
      for (const k of Object.keys(summary.counts) as PutStatus[]) summary.counts[k] += result.counts[k];
      if (result.outcome === 'failed') failing.set(url, result.failures[0]!);
      else {
        failing.delete(url);
        summary.failures.push(...result.failures);
      }
      deps.report(describe(url, result, feed.nextPoll));
      for (const f of result.outcome === 'failed' ? [] : result.failures) deps.report(`  ${f.origin}: ${f.diagnostic.code} ${f.diagnostic.message}`);
    }
    if (options.once || deps.stop.aborted) break;
    const next = Math.min(...urls.map((u) => Date.parse(feedState(state, u).nextPoll ?? '') || now()));
    await sleep(Math.max(0, next - now()), deps.stop);
  }
  summary.failures.unshift(...failing.values());
  return summary;
}
