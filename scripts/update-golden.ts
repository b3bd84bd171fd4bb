// Rewrites test/golden/*.json from the current extractor: `npm run golden:update`, then review
// the diff. The golden test fails until the files and the extractor agree.
import fs from 'node:fs';
import path from 'node:path';
import { GOLDEN_INPUTS } from '../test/golden/inputs.js';
import { extractGolden } from '../test/golden/extract.js';

for (const input of GOLDEN_INPUTS) {
  const docs = await extractGolden(input);
  const file = path.join('test', 'golden', `${input.name}.json`);
  fs.writeFileSync(file, `${JSON.stringify(docs, null, 1)}\n`);
  console.log(`wrote ${file} (${docs.length} document(s))`);
}
