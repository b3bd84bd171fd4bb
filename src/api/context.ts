// What every route needs: the store, the write settings, and the stories, grouped once and
// regrouped after a write (grouping reads every document, so it is not done per request).
import { Worker } from 'node:worker_threads';
import type { Story } from '../model/types.js';
import type { Store } from '../store/store.js';
import { loadStories } from '../cli/commands/stories.js';

export interface ApiOptions {
  store: Store;
  /** Writes are allowed only when a token is set. */
  token?: string;
  /** Largest request body and largest ingested document, in bytes. */
  maxBytes?: number;
  /** Folder of the built web UI (index.html and assets); null serves the API alone. */
  webRoot?: string | null;
  logger?: boolean;
  /** The store's file or URL: stories are then grouped in a worker thread, starting when the
   * server starts, and the server answers other requests meanwhile. Without it they are grouped
   * on the server's thread at the first request that needs them. */
  storiesDb?: string;
}

export class StoryCache {
  private pending: Promise<Story[]> | null = null;
  private readonly workers = new Set<Worker>();

  /** With `db` (the store's file or URL) stories are grouped in a worker thread over its own connection. */
  constructor(private readonly store: Store, private readonly db?: string) {}

  all(): Promise<Story[]> {
    this.pending ??= (this.db ? this.inWorker(this.db) : loadStories(this.store)).catch((error: unknown) => {
      this.pending = null;
      throw error;
    });
    return this.pending;
  }

  async get(id: string): Promise<Story | undefined> {
    return (await this.all()).find((s) => s.id === id);
  }

  invalidate(): void {
    this.pending = null;
  }

  /** Stops any grouping still running (the server is closing). */
  async close(): Promise<void> {
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }

  private inWorker(db: string): Promise<Story[]> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./stories-worker.js', import.meta.url), { workerData: { db } });
      this.workers.add(worker);
      let settled = false;
      worker.once('message', (message: { ok: true; stories: Story[] } | { ok: false; message: string }) => {
        settled = true;
        if (message.ok) resolve(message.stories);
        else reject(new Error(`grouping stories failed: ${message.message}`));
      });
      worker.once('error', (error) => {
        settled = true;
        reject(error);
      });
      worker.once('exit', (code) => {
        this.workers.delete(worker);
        if (!settled) reject(new Error(`grouping stories stopped (worker exit code ${code})`));
      });
    });
  }
}

export interface ApiContext {
  store: Store;
  stories: StoryCache;
  token: string | undefined;
  maxBytes: number;
}
