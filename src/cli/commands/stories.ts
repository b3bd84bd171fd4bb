// dateline stories [--db FILE] [--json]
import { openStore, defaultDbPath } from '../../store/open.js';
import { streamStories, type DocumentSource } from '../../merge/stream-stories.js';
import { testRowOrder, weaponsTestRows, type TestRow } from '../../merge/weapons-tests.js';
import type { AnnotatedDocument, Story } from '../../model/types.js';
import type { Store } from '../../store/store.js';
import { parse } from '../args.js';
import type { CommandIO } from '../io.js';

export const STORIES_USAGE = 'dateline stories [--db FILE] [--json]';

/** Every stored document in memory: for small stores only (see loadStories for large ones). */
export async function loadDocuments(store: Store): Promise<AnnotatedDocument[]> {
  const docs: AnnotatedDocument[] = [];
  for await (const doc of store.eachDocument()) docs.push(doc);
  return docs;
}

/**
 * The stories of every stored document, the same as groupStories(await loadDocuments(store)),
 * without holding every document: summaries first, then each cluster's documents read again.
 */
export async function loadStories(store: Store): Promise<Story[]> {
  return streamStories(storeSource(store));
}

/**
 * The weapons-test rows of every stored story, the same as weaponsTestRows over all stories and
 * documents, reading again only the documents of stories that report a test, one story at a time.
 */
export async function loadTestRows(store: Store): Promise<TestRow[]> {
  const rows: TestRow[] = [];
  for (const story of await loadStories(store)) {
    if (!story.events.some((e) => e.category === 'weapons_test')) continue;
    const docs = await store.getDocuments(story.documents);
    rows.push(...weaponsTestRows([story], new Map(docs.map((d) => [d.document.id, d]))));
  }
  return rows.sort(testRowOrder);
}

/** A store as the two passes of streamStories read it: in eachDocument's order, then by id. */
export function storeSource(store: Store): DocumentSource {
  return {
    each: () => store.eachDocument(),
    fetch: (ids) => store.getDocuments(ids),
  };
}

export function storyJson(s: Story) {
  return {
    id: s.id, title: s.title, category: s.category, date: s.date, first_reported: s.firstReported, documents: s.documents,
    sources: s.sources, events: s.events, duplicates: s.duplicates ?? [],
    corroboration: s.corroboration
      ? { documents: s.corroboration.documents, independent_reports: s.corroboration.independentReports, independent_voices: s.corroboration.independentVoices, voices: s.corroboration.voices }
      : null,
    disagreements: s.disagreements ?? [],
  };
}

export async function storiesCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parse('stories', argv, { db: { type: 'string' }, json: { type: 'boolean' } }, STORIES_USAGE);
  if (values.help) return io.out(`usage: ${STORIES_USAGE}\n`), 0;
  const store = await openStore((values.db as string | undefined) ?? defaultDbPath(), { mustExist: true });
  try {
    const stories = await loadStories(store);
    if (values.json) {
      io.out(`${JSON.stringify(stories.map(storyJson), null, 1)}\n`);
      return 0;
    }
    for (const s of stories) {
      const c = s.corroboration;
      const support = c ? ` · ${c.independentReports} independent report(s), ${c.independentVoices} voice(s)` : '';
      const disputes = s.disagreements?.length ? ` · disputed: ${s.disagreements.map((d) => d.field).join(', ')}` : '';
      io.out(`${s.id} · ${s.category} · ${s.date ?? 'undated'} · ${s.documents.length} document(s)${support}${disputes}\n  ${s.title}\n`);
      for (const src of s.sources) io.out(`    ${src.document} (${src.outlet ?? 'unknown outlet'}, ${src.published ?? 'undated'})${src.speakers.length ? ` · speakers: ${src.speakers.slice(0, 6).join('; ')}` : ''}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
