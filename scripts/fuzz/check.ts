// One fuzz input through ingest and the pipeline, in process, as `extract` runs it. A finding is
// anything a user must never see: a thrown error, a failure without a known code, or an offset
// that does not hold (text.slice(start, end) !== text) on a document that was extracted.
import { readBytes } from '../../src/ingest/index.js';
import type { Pipeline } from '../../src/annotate/pipeline.js';
import { toContract } from '../../src/model/contract.js';
import { offsetViolations } from '../../src/model/offsets.js';
import { CODES } from '../../src/model/diagnostics.js';
import type { FuzzInput } from './generate.js';

export interface CheckResult {
  documents: number;
  failures: number;
  codes: string[];
  /** Empty when the input was handled as it must be. */
  findings: string[];
}

const known = (code: string) => Object.hasOwn(CODES, code);

export function checkInput(pipeline: Pipeline, input: FuzzInput): CheckResult {
  const result: CheckResult = { documents: 0, failures: 0, codes: [], findings: [] };
  let items;
  try {
    items = readBytes(input.bytes, input.name);
  } catch (error) {
    result.findings.push(`readBytes threw: ${(error as Error).stack ?? String(error)}`);
    return result;
  }
  for (const item of items) {
    if (!item.ok) {
      result.failures++;
      result.codes.push(item.diagnostic.code);
      if (!known(item.diagnostic.code)) result.findings.push(`failure without a known code: ${JSON.stringify(item.diagnostic)}`);
      continue;
    }
    result.documents++;
    try {
      const annotated = pipeline.annotate(item.document);
      const contract = toContract(annotated);
      JSON.stringify(contract);
      for (const v of offsetViolations(contract as unknown as { text: string }).slice(0, 3)) {
        result.findings.push(`offset violation at ${v.path}: [${v.start}, ${v.end}) is ${JSON.stringify(v.found.slice(0, 60))}, not ${JSON.stringify(v.expected.slice(0, 60))}`);
      }
      const length = item.document.text.length;
      for (const s of annotated.layers.sentences) {
        if (!(s.start >= 0 && s.start <= s.end && s.end <= length)) result.findings.push(`sentence ${s.index} out of bounds: [${s.start}, ${s.end}) in ${length}`);
      }
      for (const d of annotated.document.diagnostics) {
        result.codes.push(d.code);
        if (!known(d.code)) result.findings.push(`diagnostic without a known code: ${JSON.stringify(d)}`);
      }
    } catch (error) {
      result.findings.push(`pipeline threw: ${(error as Error).stack ?? String(error)}`);
    }
  }
  return result;
}
