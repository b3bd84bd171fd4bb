import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { GOLDEN_INPUTS } from '../../golden/inputs.js';
import { extractGolden } from '../../golden/extract.js';
import { offsetViolations } from '../../../src/model/offsets.js';

const schema = JSON.parse(fs.readFileSync(path.join('src', 'model', 'contract.schema.json'), 'utf8'));
const validate = new Ajv.default({ allErrors: true, strict: false }).compile(schema);

describe('golden outputs', () => {
  for (const input of GOLDEN_INPUTS) {
    const file = path.join('test', 'golden', `${input.name}.json`);
    const golden = JSON.parse(fs.readFileSync(file, 'utf8')) as { id: string; text: string }[];

    it(`${input.name}: every document validates against the CONTRACT schema`, () => {
      assert.ok(golden.length > 0);
      for (const doc of golden) assert.ok(validate(doc), `${file} ${doc.id}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    });

    it(`${input.name}: every span satisfies text.slice(start, end) === span text`, () => {
      for (const doc of golden) assert.deepEqual(offsetViolations(doc), [], `${file} ${doc.id}`);
    });

    it(`${input.name}: the extractor still produces the golden output (npm run golden:update, then review the diff)`, async () => {
      const now = JSON.parse(JSON.stringify(await extractGolden(input)));
      assert.deepEqual(now, golden);
    });
  }
});

describe('the offset check', () => {
  it('finds a span whose text does not match the document', () => {
    const bad = { text: 'North Korea fired.', entities: [{ mentions: [{ start: 0, end: 5, text: 'South' }] }] };
    assert.equal(offsetViolations(bad).length, 1);
    assert.equal(offsetViolations({ text: 'North', x: [{ start: 0, end: 5, text: 'North' }] }).length, 0);
  });
});
