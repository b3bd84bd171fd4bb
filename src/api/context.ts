// What every route needs: the store, the write settings, and the stories, grouped once and
// regrouped after a write (grouping reads every document, so it is not done per request).
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
}

export class StoryCache {
  private pending: Promise<Story[]> | null = null;
  constructor(private readonly store: Store) {}

  all(): Promise<Story[]> {
    this.pending ??= loadStories(this.store).catch((error: unknown) => {
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
}

export interface ApiContext {
  store: Store;
  stories: StoryCache;
  token: string | undefined;
  maxBytes: number;
}
