// Command-line parsing shared by the subcommands: node's parseArgs, with usage errors as DL401.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DatelineError } from '../model/diagnostics.js';
import { parseByteSize } from '../ingest/index.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parse(command: string, argv: string[], options: Options, usage: string): Parsed {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: values as Parsed['values'], positionals };
  } catch (error) {
    throw new DatelineError('DL401', `dateline ${command}: ${(error as Error).message}\nusage: ${usage}`);
  }
}

export function usageError(command: string, message: string, usage: string): DatelineError {
  return new DatelineError('DL401', `dateline ${command}: ${message}\nusage: ${usage}`);
}

/** A positive whole number from an option, or a usage error. */
export function positiveInt(command: string, name: string, value: string | undefined, usage: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw usageError(command, `--${name} must be a positive whole number, not "${value}"`, usage);
  return n;
}

/** A size like 20000000, 20M or 20MiB from --max-bytes; a bad one is DL117, as for DATELINE_MAX_BYTES. */
export function byteSize(value: string | boolean | undefined): number | undefined {
  if (typeof value !== 'string') return undefined;
  const bytes = parseByteSize(value);
  if (bytes === null) throw new DatelineError('DL117', `--max-bytes "${value}" is not a size: give a positive number of bytes, like 20000000 or 20MiB`);
  return bytes;
}
