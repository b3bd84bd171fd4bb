// Runs ingest and the pipeline over one golden input, as `dateline extract --json` does.
import { readPaths } from '../../src/ingest/index.js';
import { buildPipeline } from '../../src/annotate/pipeline.js';
import { toContract, type ContractDocument } from '../../src/model/contract.js';
import type { GoldenInput } from './inputs.js';

export async function extractGolden(input: GoldenInput): Promise<ContractDocument[]> {
  const pipeline = buildPipeline();
  const out: ContractDocument[] = [];
  for await (const item of readPaths([input.path], input.published ? { published: input.published } : {})) {
    if (!item.ok) throw new Error(`golden input ${input.path} failed: ${item.diagnostic.message}`);
    out.push(toContract(pipeline.annotate(item.document)));
  }
  return out;
}
