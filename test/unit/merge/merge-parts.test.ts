import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { estimateJaccard, lshCandidates, shingles, signature } from '../../../src/merge/minhash.js';
import { nearDuplicateGroups } from '../../../src/merge/near-duplicates.js';
import { candidatePairs } from '../../../src/merge/blocking.js';
import type { Profile } from '../../../src/merge/profile.js';
import { corroboration, voiceOf } from '../../../src/merge/corroboration.js';
import { disagreements } from '../../../src/merge/disagreement.js';
import { makeAnnotated } from '../../builders.js';

const wire = 'The central bank raised its main interest rate by a quarter point on Wednesday, citing stubborn inflation in services and a tight labour market, and signalled that further increases could follow later this year.';

describe('MinHash', () => {
  it('estimates a high Jaccard for a lightly edited copy and a low one for another text', () => {
    const a = signature(shingles(wire));
    const copy = signature(shingles(`${wire} Markets fell after the announcement.`));
    const other = signature(shingles('Heavy rain flooded several villages in the north, and rescuers evacuated hundreds of families overnight.'));
    assert.ok(estimateJaccard(a, copy) > 0.6);
    assert.ok(estimateJaccard(a, other) < 0.2);
  });

  it('finds copies through LSH bands and groups them', () => {
    const texts = [wire, 'Heavy rain flooded several villages in the north overnight.', `${wire} (Reporting by a staff writer.)`];
    assert.ok(lshCandidates(texts.map((t) => signature(shingles(t)))).some(([i, j]) => i === 0 && j === 2));
    assert.deepEqual(nearDuplicateGroups(texts), [[0, 2]]);
  });
});

describe('blocking', () => {
  const FLOOD = 1;
  const PLACE = 2;
  const ELECTION = 3;
  const STORM = 4;
  const profile = (top: number[], day: number | null): Profile => ({ features: Int32Array.from(top), weights: new Float64Array(top.length).fill(1), day, era: null });

  it('pairs only documents that share a strong feature', () => {
    const pairs = candidatePairs([profile([FLOOD, PLACE], 1), profile([FLOOD], 2), profile([ELECTION], 1)]);
    assert.deepEqual(pairs, [[0, 1]]);
  });

  it('compares each document only with its nearest neighbours by day inside a block', () => {
    const many = Array.from({ length: 10 }, (_, i) => profile([STORM], i));
    const pairs = candidatePairs(many, { window: 2 });
    assert.equal(pairs.length, 9 + 8);
    assert.ok(!pairs.some(([i, j]) => j - i > 2));
  });

  it('lists a pair once even when the two documents share several blocks', () => {
    assert.deepEqual(candidatePairs([profile([FLOOD, PLACE, STORM], 1), profile([STORM, FLOOD, PLACE], 1)]), [[0, 1]]);
  });

  it('skips a block that more documents share than the bound, so a common feature adds no work', () => {
    const common = Array.from({ length: 30 }, (_, i) => profile([STORM, 100 + Math.floor(i / 2)], i));
    const bounded = candidatePairs(common, { maxBlock: 20 });
    // Only the pairs that share their own feature are left; the 30-member STORM block is skipped.
    assert.deepEqual(bounded, Array.from({ length: 15 }, (_, k) => [2 * k, 2 * k + 1]));
    assert.ok(candidatePairs(common, { maxBlock: 30 }).length > bounded.length);
  });
});

describe('corroboration', () => {
  it('counts a state media outlet and its government as one voice', () => {
    const kp = { id: 'country:KP', name: 'North Korea', type: 'country' as const, aliases: [], country: 'KP', mentions: [] };
    const agency = { ...kp, id: 'org:agency', name: 'State Agency', type: 'organisation' as const };
    assert.equal(voiceOf('State Agency', 'state_media', agency), voiceOf('North Korea', 'government', kp));
    assert.notEqual(voiceOf('An analyst', 'expert', undefined), 'state:KP');
  });

  it('counts unnamed "state media" as the voice of the state whose acts it reports', () => {
    const a = makeAnnotated('a');
    a.layers.attributions[0]!.source = { ...a.layers.attributions[0]!.source!, name: 'state media', type: 'state_media', entity: null };
    const result = corroboration([a], new Map());
    assert.deepEqual(result.voices.map((v) => v.voice), ['state:KP']);
  });

  it('counts no unresolved pronoun or bare figure as a voice of its own', () => {
    const voicesOf = (name: string) => {
      const a = makeAnnotated('a');
      a.layers.attributions[0]!.source = { ...a.layers.attributions[0]!.source!, name, type: 'unknown', entity: null };
      return corroboration([a], new Map()).voices.map((v) => v.voice);
    };
    assert.deepEqual(voicesOf('he'), []);
    assert.deepEqual(voicesOf('86%'), []);
    assert.deepEqual(voicesOf('aid groups'), ['name:aid groups']);
  });

  it('counts copies of one text and reprints of one wire as one report', () => {
    const a = makeAnnotated('a');
    const b = makeAnnotated('b');
    const c = makeAnnotated('c');
    const d = makeAnnotated('d');
    c.document.dateline = { span: { start: 0, end: 0 }, place: null, outlet: 'Reuters' };
    d.document.dateline = { span: { start: 0, end: 0 }, place: null, outlet: 'Reuters' };
    d.document.outlet = 'Daily Paper';
    const result = corroboration([a, b, c, d], new Map([['a', 'a'], ['b', 'a']]));
    assert.equal(result.documents, 4);
    assert.equal(result.independentReports, 2);
    assert.equal(result.independentVoices, 1);
  });
});

describe('disagreement', () => {
  it('shows both dates when reports of one event are more than a day apart, each with its evidence', () => {
    const a = makeAnnotated('a', 'Officials said North Korea fired a missile on Friday.', '2025-03-21');
    const b = makeAnnotated('b', 'Officials said North Korea fired a missile on Friday.', '2025-03-28');
    const found = disagreements([a, b], 'weapons_test');
    const date = found.find((d) => d.about === 'date')!;
    assert.deepEqual(date.sides.map((s) => s.value).sort(), ['2025-03-21', '2025-03-28']);
    assert.equal(date.sides[0]!.evidence[0]!.text, 'Friday');
  });

  it('finds no disagreement when the reports agree', () => {
    const a = makeAnnotated('a', 'Officials said North Korea fired a missile on Friday.', '2025-03-21');
    const b = makeAnnotated('b', 'Officials said North Korea fired a missile on Friday.', '2025-03-21');
    assert.deepEqual(disagreements([a, b], 'weapons_test'), []);
  });
});
