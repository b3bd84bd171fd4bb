// Reports of one attack that give different numbers of dead (invented reports, whole pipeline).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../../src/annotate/pipeline.js';
import { casualtiesConflict, disagreements } from '../../../src/merge/disagreement.js';
import { makeDocument } from '../../builders.js';

const pipeline = buildPipeline();
const annotate = (id: string, text: string, published = '2025-03-21') => pipeline.annotate(makeDocument(text, { id, published }));

describe('casualty disagreements', () => {
  it('lists the killed figures of two reports that differ, each with its evidence', () => {
    const a = annotate('a', 'Gunmen attacked a bus station in the town on Friday, killing 10 people, police said.');
    const b = annotate('b', 'Gunmen attacked a bus station in the town on Friday, killing 25 people, officials said.');
    const killed = disagreements([a, b], 'attack').find((d) => d.field === 'killed');
    assert.equal(killed?.about, 'number');
    assert.deepEqual(killed!.sides.map((s) => s.value).sort(), ['10', '25']);
    assert.equal(killed!.sides.find((s) => s.value === '25')!.evidence[0]!.text, 'killing 25 people');
    assert.equal(killed!.rising, undefined);
  });

  it('sees no dispute between "at least 12" and a larger count, nor between figures a tenth apart', () => {
    const a = annotate('a', 'Gunmen attacked a bus station in the town on Friday, killing at least 12 people.');
    const b = annotate('b', 'Gunmen attacked a bus station in the town on Friday, killing 20 people.');
    assert.equal(disagreements([a, b], 'attack').find((d) => d.field === 'killed'), undefined);
    assert.equal(casualtiesConflict({ value: 20, minimum: false }, { value: 21, minimum: false }), false);
    assert.equal(casualtiesConflict({ value: 12, minimum: true }, { value: 20, minimum: false }), false);
    assert.equal(casualtiesConflict({ value: 20, minimum: true }, { value: 12, minimum: false }), true);
  });

  it('marks a higher toll in a later report as a rising toll, and still lists both', () => {
    const a = annotate('a', 'Gunmen attacked a bus station in the town on Friday, killing 10 people.', '2025-03-21T08:00:00Z');
    const b = annotate('b', 'Gunmen attacked a bus station in the town on Friday, killing 25 people.', '2025-03-21T18:00:00Z');
    const killed = disagreements([a, b], 'attack').find((d) => d.field === 'killed');
    assert.equal(killed?.rising, true);
    assert.equal(killed!.sides.length, 2);
  });
});
