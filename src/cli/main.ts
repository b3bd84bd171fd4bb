#!/usr/bin/env node
// The `dateline` command: picks the subcommand, runs it, and turns errors into clear messages
// with their code and a non-zero exit.
import { DatelineError } from '../model/diagnostics.js';
import { processIO, type CommandIO } from './io.js';
import { extractCommand, EXTRACT_USAGE } from './commands/extract.js';
import { ingestCommand, INGEST_USAGE } from './commands/ingest.js';
import { searchCommand, SEARCH_USAGE } from './commands/search.js';
import { showCommand, SHOW_USAGE } from './commands/show.js';
import { storiesCommand, STORIES_USAGE } from './commands/stories.js';
import { demoCommand, DEMO_USAGE } from './commands/demo.js';
import { storyCommand, STORY_USAGE } from './commands/story.js';
import { testsCommand, TESTS_USAGE } from './commands/tests.js';

type Command = (argv: string[], io: CommandIO) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string; about: string }> = {
  extract: { run: extractCommand, usage: EXTRACT_USAGE, about: 'print who said what, events and dates of documents (CONTRACT.md JSON with --json)' },
  ingest: { run: ingestCommand, usage: INGEST_USAGE, about: 'read, annotate and store documents in a SQLite file' },
  search: { run: searchCommand, usage: SEARCH_USAGE, about: 'full-text search over stored sentences' },
  show: { run: showCommand, usage: SHOW_USAGE, about: 'a stored document with its annotations marked' },
  stories: { run: storiesCommand, usage: STORIES_USAGE, about: 'stored documents grouped into stories by shared events' },
  story: { run: storyCommand, usage: STORY_USAGE, about: 'one story: its reports, corroboration and disagreements' },
  tests: { run: testsCommand, usage: TESTS_USAGE, about: 'weapons tests across stories, one row each, every value with its source' },
  demo: { run: demoCommand, usage: DEMO_USAGE, about: 'ingest the bundled examples and print a summary' },
  worker: { run: (argv, io) => import('./commands/worker.js').then((m) => m.workerCommand(argv, io)), usage: 'dateline worker --db postgres://… [--concurrency N] [--batch N] [--drain]', about: 'take ingest jobs from the PostgreSQL queue (dateline ingest --queue) and store them' },
  watch: { run: (argv, io) => import('./commands/watch.js').then((m) => m.watchCommand(argv, io)), usage: 'dateline watch <feed URLs or OPML files…> [--every 15m] [--once] [--db FILE] [--state FILE] [--allow-private-addresses]', about: 'poll feeds and store their new items (conditional requests, backoff, state kept between runs)' },
  serve: { run: (argv, io) => import('./commands/serve.js').then((m) => m.serveCommand(argv, io)), usage: 'dateline serve [--db FILE] [--port N] [--host ADDR] [--token T] [--max-bytes N]', about: 'HTTP API and web UI over a database (read-only unless started with a token)' },
};

function help(): string {
  const lines = ['dateline: a sourced record of who did what to whom, when, where, and who says so', '', 'commands:'];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(8)} ${c.about}`, `           ${c.usage}`);
  lines.push('', 'The database defaults to ./dateline.db (or $DATELINE_DB). Error codes: docs/errors.md.');
  return lines.join('\n') + '\n';
}

export async function main(argv: string[], io: CommandIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(help());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.out('dateline 0.1.0\n');
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`DL401 dateline: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof DatelineError) {
      io.err(`${error.code} ${error.message}\n`);
      return error.code === 'DL401' ? 2 : 1;
    }
    throw error;
  }
}

/** Commands that store what they read: a closed output pipe must not cut their work short. */
const STORING_COMMANDS = new Set(['ingest', 'watch', 'worker', 'serve', 'demo']);

// "dateline extract … | head": a reader that closed the pipe wants no more output. Commands that
// only print stop quietly, as Unix tools do; commands that store go on without printing. Either
// way no unhandled EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  if (!STORING_COMMANDS.has(process.argv[2] ?? '')) process.exit(0);
  processIO.out = () => undefined;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`dateline: unexpected error (a bug; please report it with the input): ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 70;
  },
);
