// `npm run eval:gold [-- --split dev|test] [--only tempeval,conll,polnear,plover,ecbplus]`: the
// team's shared yardstick (../shared/tools/eval: convert, extract, score) over every public gold
// set, with one line of figures per set. Converted gold, inputs and predictions go to out/eval/,
// which git ignores: several sets are not openly licensed and must never enter the repository.
// Tune on dev; run test only to report.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../src/model/package-root.js';

type Split = 'dev' | 'test';
interface GoldSet {
  name: string;
  /** The converter's split argument; CoNLL-2003 has a test split only here. */
  split(asked: Split): Split;
  report(score: Score): string;
  /** ECB+ is scored on stories, which need an ingest into a store first. */
  stories?: boolean;
}
interface Prf { p: number; r: number; f1: number }
interface Score {
  attribution_content: Prf;
  attribution_full: Prf;
  attribution_content_exact_span?: Prf;
  time_spans?: { relaxed: Prf; strict: Prf; value_accuracy: number; value_f1: number };
  plover?: { type_accuracy: number; actor_accuracy: number; target_accuracy: number; predicted_events_per_document: number };
  ner?: { without_misc: Prf; untyped: Prf; per_type: Record<string, Prf> };
  story_pairs?: Prf;
}

const pct = (x: number | undefined): string => (x === undefined ? 'n/a' : (100 * x).toFixed(1));
const sameSplit = (asked: Split): Split => asked;

const SETS: GoldSet[] = [
  {
    name: 'tempeval', split: sameSplit,
    report: (s) => `relaxed F1 ${pct(s.time_spans?.relaxed.f1)}  strict F1 ${pct(s.time_spans?.strict.f1)}  value acc. ${pct(s.time_spans?.value_accuracy)}  value F1 ${pct(s.time_spans?.value_f1)}`,
  },
  {
    name: 'conll', split: () => 'test',
    report: (s) => `PER/ORG/LOC F1 ${pct(s.ner?.without_misc.f1)}  (PER ${pct(s.ner?.per_type['PER']?.f1)}, ORG ${pct(s.ner?.per_type['ORG']?.f1)}, LOC ${pct(s.ner?.per_type['LOC']?.f1)})  untyped ${pct(s.ner?.untyped.f1)}`,
  },
  {
    name: 'polnear', split: sameSplit,
    report: (s) => `content F1 ${pct(s.attribution_content.f1)}  source+content F1 ${pct(s.attribution_full.f1)}  exact span F1 ${pct(s.attribution_content_exact_span?.f1)}`,
  },
  {
    name: 'plover', split: sameSplit,
    report: (s) => `type acc. ${pct(s.plover?.type_accuracy)}  actor acc. ${pct(s.plover?.actor_accuracy)}  target acc. ${pct(s.plover?.target_accuracy)}  events/doc ${s.plover?.predicted_events_per_document.toFixed(2)}`,
  },
  { name: 'ecbplus', split: sameSplit, stories: true, report: (s) => `story pairs P ${pct(s.story_pairs?.p)}  R ${pct(s.story_pairs?.r)}  F1 ${pct(s.story_pairs?.f1)}` },
];

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

const USAGE = 'usage: npm run eval:gold [-- --split dev|test] [--only tempeval,conll,polnear,plover,ecbplus]';

function main(): void {
  // Anything but the known options stops here, so a mistyped flag never starts a run over the test sets.
  const known = new Set(['--split', '--only']);
  const args = process.argv.slice(2);
  for (let k = 0; k < args.length; k += 2) {
    if (!known.has(args[k]!) || args[k + 1] === undefined) {
      console.log(USAGE);
      process.exitCode = args[k] === '--help' || args[k] === '-h' ? 0 : 2;
      return;
    }
  }
  const root = packageRoot();
  const tools = path.resolve(root, '..', 'shared', 'tools');
  if (!fs.existsSync(path.join(tools, 'score.mjs'))) throw new Error(`the shared yardstick is not at ${tools}`);
  const split = (option('--split') ?? 'dev') as Split;
  if (split !== 'dev' && split !== 'test') throw new Error('--split takes dev or test');
  const only = option('--only')?.split(',');
  const out = path.join(root, 'out', 'eval');
  fs.mkdirSync(out, { recursive: true });
  const cli = path.join(root, 'dist', 'src', 'cli', 'main.js');
  const node = (args: string[], stdout?: string): string => {
    const text = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
    if (stdout) fs.writeFileSync(stdout, text);
    return text;
  };

  console.log(`eval:gold: the shared yardstick, ${split} splits (files in ${path.relative(root, out)}/)`);
  // CoNLL-2003 has only a test split: a dev run leaves it out unless it is asked for by name, so
  // tuning runs do not read a test set by accident.
  const chosen = SETS.filter((s) => (only ? only.includes(s.name) : split === 'test' || s.split('dev') === 'dev'));
  for (const set of chosen) {
    const setSplit = set.split(split);
    const base = path.join(out, `${set.name}-${setSplit}`);
    const started = Date.now();
    node([path.join(tools, 'eval', `${set.name}.mjs`), setSplit, '--input-out', `${base}.input.jsonl`], `${base}.gold.jsonl`);
    const scoreArgs = [path.join(tools, 'score.mjs'), `${base}.gold.jsonl`];
    if (set.stories) {
      const db = `${base}.db`;
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true });
      node([cli, 'ingest', `${base}.input.jsonl`, '--db', db]);
      node([cli, 'stories', '--db', db, '--json'], `${base}.stories.json`);
      node([cli, 'extract', `${base}.input.jsonl`, '--json'], `${base}.pred.jsonl`);
      scoreArgs.push(`${base}.pred.jsonl`, '--stories', `${base}.stories.json`);
    } else {
      node([cli, 'extract', `${base}.input.jsonl`, '--json'], `${base}.pred.jsonl`);
      scoreArgs.push(`${base}.pred.jsonl`);
    }
    const score = JSON.parse(node([...scoreArgs, '--json'])) as Score;
    const label = `${set.name} ${setSplit}`.padEnd(14);
    console.log(`  ${label} ${set.report(score)}   (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
}

main();
