// dateline demo [--db FILE]: ingests the bundled examples and prints what Dateline found.
import path from 'node:path';
import fs from 'node:fs';
import { openStore } from '../../store/open.js';
import { packageRoot } from '../../model/package-root.js';
import { ingestPaths } from './ingest.js';
import { loadStories } from './stories.js';
import { parse } from '../args.js';
import type { CommandIO } from '../io.js';

export const DEMO_USAGE = 'dateline demo [--db FILE]';

export async function demoCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parse('demo', argv, { db: { type: 'string' } }, DEMO_USAGE);
  if (values.help) return io.out(`usage: ${DEMO_USAGE}\n`), 0;
  const examples = path.join(packageRoot(), 'examples');
  const db = (values.db as string | undefined) ?? 'dateline-demo.db';
  const store = await openStore(db);
  try {
    // The example article has no date of its own: its user gives it, as CONTRACT.md describes.
    const seed = await ingestPaths(store, [path.join(examples, 'seed-article.txt')], { published: '2025-03-21' }, io);
    const rest = fs.readdirSync(examples).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(examples, f));
    const more = await ingestPaths(store, rest, {}, io);
    const failures = [...seed.failures, ...more.failures];
    const stats = await store.stats();
    const out: string[] = [];
    out.push(`Dateline demo: the bundled examples (${path.relative(process.cwd(), examples) || examples}) in ${db}`);
    out.push(`  ${stats.documents} documents · ${stats.sentences} sentences · ${stats.entities} distinct entities (${stats.mentions} mentions) · ${stats.times} dates · ${stats.attributions} attributions · ${stats.events} events`);
    out.push('', 'Documents');
    for (const d of await store.listDocuments()) {
      out.push(`  ${d.id.padEnd(22)} ${(d.published ?? 'undated').slice(0, 10)}  ${String(d.words).padStart(5)} words  ${String(d.attributions).padStart(3)} attributions  ${String(d.events).padStart(3)} events  ${d.title ?? ''}`);
    }
    out.push('', 'Most mentioned entities');
    for (const e of await store.topEntities(12)) out.push(`  ${e.name} (${e.type}): ${e.mentions} mentions in ${e.documents} document(s)`);
    out.push('', 'Events by date');
    for (const e of await store.eventsByDate()) out.push(`  ${(e.date ?? 'no date').padEnd(10)}  ${e.category.padEnd(24)} ${e.count}`);
    out.push('', 'Attributions by source');
    for (const a of (await store.attributionsBySource()).slice(0, 20)) out.push(`  ${a.source} [${a.type}]: ${a.count}`);
    out.push('', 'Stories');
    for (const s of await loadStories(store)) {
      if (s.documents.length < 2 && s.category === 'other') continue;
      out.push(`  ${s.id} ${s.category} ${s.date ?? 'undated'}: ${s.documents.join(', ')}`);
    }
    out.push('', `Next: dateline show seed-article --db ${db} · dateline search missile --db ${db} · dateline stories --db ${db}`);
    io.out(`${out.join('\n')}\n`);
    if (failures.length) {
      for (const f of failures) io.err(`  ${f.origin}: ${f.diagnostic.code} ${f.diagnostic.message}\n`);
      return 1;
    }
    return 0;
  } finally {
    await store.close();
  }
}
