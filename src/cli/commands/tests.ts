// dateline tests [--db FILE] [--csv|--json]: one row per weapons test across the stored
// stories, in the columns of the arms-control missile-test databases, each value with its source.
import { openStore, defaultDbPath } from '../../store/open.js';
import { TEST_ATTRIBUTES, type SourcedValue, type TestRow } from '../../merge/weapons-tests.js';
import { parse } from '../args.js';
import type { CommandIO } from '../io.js';
import { loadTestRows } from './stories.js';

export const TESTS_USAGE = 'dateline tests [--db FILE] [--csv|--json]';

const COLUMNS: Record<(typeof TEST_ATTRIBUTES)[number], string> = {
  system: 'system', systemType: 'system_type', launchSite: 'launch_site', landingArea: 'landing_area',
  apogeeKm: 'apogee_km', distanceKm: 'distance_km', count: 'number_fired', outcome: 'outcome',
};

const sourceOf = (v: SourcedValue) => `${v.document}${v.source ? `: ${v.source}` : ''}`;

function rowJson(r: TestRow) {
  const values = Object.fromEntries(TEST_ATTRIBUTES.map((a) => [COLUMNS[a], r.attributes[a]]));
  return { story: r.story, date: r.date, other_dates: r.otherDates, time: r.time, ...values, confirmation: r.confirmation, claimed_by: r.claimedBy, confirmed_by: r.confirmedBy, documents: r.documents };
}

const csvCell = (s: string | number | null | undefined) => {
  const t = s === null || s === undefined ? '' : String(s);
  return /[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
};

export async function testsCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parse('tests', argv, { db: { type: 'string' }, json: { type: 'boolean' }, csv: { type: 'boolean' } }, TESTS_USAGE);
  if (values.help) return io.out(`usage: ${TESTS_USAGE}\n`), 0;
  const store = await openStore((values.db as string | undefined) ?? defaultDbPath(), { mustExist: true });
  try {
    // Streamed: only the documents of stories that report a weapons test are read twice.
    const rows = await loadTestRows(store);
    if (values.json) {
      io.out(`${JSON.stringify(rows.map(rowJson), null, 1)}\n`);
      return 0;
    }
    if (values.csv) {
      const header = ['story', 'date', 'time', ...TEST_ATTRIBUTES.flatMap((a) => [COLUMNS[a], `${COLUMNS[a]}_source`]), 'confirmation', 'claimed_by', 'confirmed_by', 'documents', 'other_dates'];
      io.out(`${header.join(',')}\n`);
      for (const r of rows) {
        const cells = [r.story, r.date, r.time?.value ?? null, ...TEST_ATTRIBUTES.flatMap((a) => { const v = r.attributes[a]; return v ? [v.value, sourceOf(v)] : [null, null]; }), r.confirmation, r.claimedBy.join('; '), r.confirmedBy.join('; '), r.documents.join('; '), r.otherDates.join('; ')];
        io.out(`${cells.map(csvCell).join(',')}\n`);
      }
      return 0;
    }
    if (rows.length === 0) io.out('no weapons tests found\n');
    for (const r of rows) {
      io.out(`${r.date ?? 'undated'}${r.time ? ` ${r.time.value}` : ''}${r.otherDates.length ? ` (also reported as ${r.otherDates.join(', ')})` : ''} · ${r.confirmation}${r.claimedBy.length ? ` · claimed by ${r.claimedBy.join('; ')}` : ''}${r.confirmedBy.length ? ` · confirmed by ${r.confirmedBy.join('; ')}` : ''} · ${r.story}\n`);
      for (const a of TEST_ATTRIBUTES) {
        const v = r.attributes[a];
        if (v) io.out(`  ${COLUMNS[a].padEnd(13)} ${v.value}  «${v.evidence}» (${sourceOf(v)})\n`);
      }
      io.out(`  reports       ${r.documents.join(', ')}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
