// dateline story <id> [--db FILE] [--json]: one story with its reports, events, corroboration
// and disagreements, each with its evidence.
import { openStore, defaultDbPath } from '../../store/open.js';
import { DatelineError } from '../../model/diagnostics.js';
import { parse } from '../args.js';
import type { CommandIO } from '../io.js';
import { loadStories, storyJson } from './stories.js';

export const STORY_USAGE = 'dateline story <id> [--db FILE] [--json]';

export async function storyCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parse('story', argv, { db: { type: 'string' }, json: { type: 'boolean' } }, STORY_USAGE);
  if (values.help) return io.out(`usage: ${STORY_USAGE}\n`), 0;
  const id = positionals[0];
  if (!id) throw new DatelineError('DL401', `story: which story? usage: ${STORY_USAGE}`);
  const store = await openStore((values.db as string | undefined) ?? defaultDbPath(), { mustExist: true });
  try {
    const stories = await loadStories(store);
    // A story is also found by one of its documents' ids, since story ids change as reports arrive.
    const story = stories.find((s) => s.id === id) ?? stories.find((s) => s.documents.includes(id));
    if (!story) throw new DatelineError('DL306', `no story "${id}" in the database (try \`dateline stories\`)`);
    if (values.json) {
      io.out(`${JSON.stringify(storyJson(story), null, 1)}\n`);
      return 0;
    }
    const c = story.corroboration;
    io.out(`${story.id} · ${story.category} · ${story.date ?? 'undated'}\n${story.title}\nfirst reported: ${story.firstReported ?? 'unknown'}\n`);
    if (c) io.out(`corroboration: ${c.documents} report(s), ${c.independentReports} independent; ${c.independentVoices} independent voice(s)\n`);
    for (const v of c?.voices ?? []) io.out(`  voice ${v.voice}: ${v.speakers.join('; ')} (in ${v.documents.join(', ')})\n`);
    for (const g of story.duplicates ?? []) io.out(`copies of one text: ${g.join(', ')}\n`);
    io.out('reports:\n');
    for (const s of story.sources) io.out(`  ${s.document} (${s.outlet ?? 'unknown outlet'}, ${s.published ?? 'undated'})\n`);
    io.out('events:\n');
    for (const e of story.events) if (e.category !== 'other') io.out(`  [${e.document} ${e.event}] ${e.category} ${e.date ?? 'undated'}: «${e.evidence}»${e.sources.length ? ` (says ${[...new Set(e.sources)].join('; ')})` : ''}\n`);
    for (const d of story.disagreements ?? []) {
      io.out(`disagreement on ${d.field}${d.rising ? ' (a rising toll: later or updated reports give the higher figures)' : ''}:\n`);
      for (const side of d.sides) for (const ev of side.evidence) io.out(`  ${side.value}: «${ev.text}» (${ev.document}${ev.source ? `, ${ev.source}` : ''})\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
