// Who carried out an attack, when the reports of one story name different parties or a party denies it
// (invented reports, whole pipeline).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../../src/annotate/pipeline.js';
import { disagreements } from '../../../src/merge/disagreement.js';
import { makeDocument } from '../../builders.js';

const pipeline = buildPipeline();
const annotate = (id: string, text: string, published = '2026-03-14') => pipeline.annotate(makeDocument(text, { id, published }));
const attacker = (docs: ReturnType<typeof annotate>[]) => disagreements(docs, 'attack').find((d) => d.about === 'responsibility');

describe('responsibility disputes', () => {
  it('lists the accused on each side and the denial, each with its words and speaker', () => {
    const a = annotate('a', 'Rebels shelled a market in the town on Friday, killing 12 people, the governor said.\n\n'
      + 'The Al-Nour Brigade denied carrying out the attack and blamed the army.');
    const b = annotate('b', 'Shells hit a crowded market in the town on Friday, killing 19 people.\n\n'
      + 'The army accused the Al-Nour Brigade of the shelling.');
    const d = attacker([a, b]);
    assert.ok(d, 'a dispute over who did it');
    assert.equal(d.field, 'attacker');
    const values = d.sides.map((s) => s.value);
    assert.ok(values.includes('not Al-Nour Brigade'), values.join(' | '));
    assert.ok(values.some((v) => /army/.test(v)), values.join(' | '));
    const denial = d.sides.find((s) => s.value === 'not Al-Nour Brigade')!.evidence[0]!;
    assert.match(denial.text, /denied carrying out the attack/);
    // the second report gives its toll in its own voice: the army's accusation after it is not its source
    const killed = disagreements([a, b], 'attack').find((x) => x.field === 'killed')!;
    assert.deepEqual(killed.sides.map((s) => [s.value, s.evidence[0]!.source]), [['12', 'the governor'], ['19', null]]);
  });

  it('sees no dispute when every report names the same attacker', () => {
    const a = annotate('a', 'The Al-Nour Brigade shelled a market in the town on Friday, killing 12 people.');
    const b = annotate('b', 'The army accused the Al-Nour Brigade of shelling a market in the town on Friday.');
    assert.equal(attacker([a, b]), undefined);
  });

  it('leaves stories of other kinds alone', () => {
    const a = annotate('a', 'North Korea fired a ballistic missile into the sea on Friday, the military said.');
    const b = annotate('b', 'Pyongyang denied that it had fired a missile on Friday.');
    assert.equal(disagreements([a, b], 'weapons_test').find((d) => d.about === 'responsibility'), undefined);
  });
});
