// Inputs that failed are listed together at the end, each with its reason, and make the exit
// code non-zero; the good ones were processed all the same.
import type { Diagnostic } from '../model/types.js';
import type { CommandIO } from './io.js';

export interface Failure {
  origin: string;
  diagnostic: Diagnostic;
}

export function reportFailures(io: CommandIO, failures: Failure[], done: number, verb: string): number {
  if (failures.length === 0) return 0;
  io.err(`\n${failures.length} input(s) failed (${done} ${verb}):\n`);
  for (const f of failures) io.err(`  ${f.origin}: ${f.diagnostic.code} ${f.diagnostic.message}\n`);
  io.err('DL402 some inputs failed; the others were processed\n');
  return 1;
}
