// dateline extract <files…|-> [--published YYYY-MM-DD] [--outlet NAME] [--json]
import { buildPipeline } from '../../annotate/pipeline.js';
import { toContract } from '../../model/contract.js';
import { readPaths, parsePublished } from '../../ingest/index.js';
import { renderReport } from '../report.js';
import { byteSize, parse, usageError } from '../args.js';
import { reportFailures, type Failure } from '../failures.js';
import type { CommandIO } from '../io.js';

export const EXTRACT_USAGE = 'dateline extract <files…|-> [--published YYYY-MM-DD] [--outlet NAME] [--json] [--max-bytes N]';

export async function extractCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parse('extract', argv, {
    published: { type: 'string' }, outlet: { type: 'string' }, json: { type: 'boolean' }, 'max-bytes': { type: 'string' },
  }, EXTRACT_USAGE);
  if (values.help) return io.out(`usage: ${EXTRACT_USAGE}\n`), 0;
  if (positionals.length === 0) throw usageError('extract', 'give at least one file, folder, glob, or - for standard input', EXTRACT_USAGE);
  if (values.published) parsePublished(String(values.published)); // a bad date stops the run before any work
  const pipeline = buildPipeline();
  const failures: Failure[] = [];
  let count = 0;
  for await (const item of readPaths(positionals, {
    published: values.published as string | undefined,
    outlet: values.outlet as string | undefined,
    maxBytes: byteSize(values['max-bytes']),
  })) {
    if (!item.ok) {
      failures.push({ origin: item.origin, diagnostic: item.diagnostic });
      continue;
    }
    const annotated = pipeline.annotate(item.document);
    count++;
    io.out(values.json ? `${JSON.stringify(toContract(annotated))}\n` : `${count > 1 ? '\n' : ''}${renderReport(annotated)}`);
  }
  return reportFailures(io, failures, count, 'extracted');
}
