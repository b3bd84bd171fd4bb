// One streamed ingest, as `dateline ingest FILE --db DB` runs it (the same ingestPaths), in its own
// process so its peak RSS is its own: prints {documents, seconds, peakRssMiB} as JSON.
import { ingestPaths } from '../../src/cli/commands/ingest.js';
import { openStore } from '../../src/store/open.js';

const [file, db] = process.argv.slice(2);
const store = await openStore(db!);
const started = performance.now();
const quiet = { out: () => undefined, err: () => undefined, interactive: false };
const { counts, failures } = await ingestPaths(store, [file!], {}, quiet);
const seconds = (performance.now() - started) / 1000;
await store.close();
const documents = counts.inserted + counts.updated + counts.unchanged;
process.stdout.write(JSON.stringify({ documents, failed: failures.length, seconds, peakRssMiB: process.resourceUsage().maxRSS / 1024 }) + '\n');
