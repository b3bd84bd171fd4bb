// Groups the stories of a store in a worker thread: grouping reads every document twice and
// compares their summaries (a minute or more at 100,000 documents), and on the server's own
// thread it held every other request. loadStories streams, so the worker holds the summaries
// and one batch of documents, not the whole store.
// The worker opens its own connection to the same file or URL and posts the stories back.
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../store/open.js';
import { loadStories } from '../cli/commands/stories.js';

export interface StoriesWorkerInput {
  db: string;
}

const { db } = workerData as StoriesWorkerInput;
const store = await openStore(db, { mustExist: true });
try {
  parentPort!.postMessage({ ok: true, stories: await loadStories(store) });
} catch (error) {
  parentPort!.postMessage({ ok: false, message: (error as Error).message });
} finally {
  await store.close();
}
