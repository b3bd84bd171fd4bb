// The ingest layer: inputs (text, HTML, feeds, JSON lines; files, globs, directories, standard
// input) → Documents with one immutable clean text each. See docs/ for the policies.
export type { IngestItem } from './item.js';
export type { IngestOptions } from './options.js';
export { DEFAULT_MAX_BYTES, parseByteSize, resolveMaxBytes } from './options.js';
export { readBytes } from './read-bytes.js';
export { readPaths } from './paths.js';
export { parsePublished } from './dates.js';
export { detectFormat } from './detect-format.js';
export { matchDateline, findDateline, type DatelineMatch } from './dateline.js';
