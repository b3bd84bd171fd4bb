// Overlapping entity candidates: the longer span wins, then the better rank; shouted untyped runs give way.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { removeOverlaps } from '../../../src/annotate/entities/refine-overlaps.js';
import type { Candidate } from '../../../src/annotate/entities/candidates.js';

const candidate = (name: string, start: number, rank = 1, extra: Partial<Candidate> = {}): Candidate =>
  ({ name, start, end: start + name.length, tokenStart: start, tokenEnd: start + name.split(' ').length, rank, origin: 'knowledge', type: 'place', known: [], ...extra }) as unknown as Candidate;

describe('removeOverlaps', () => {
  it('keeps the longer of two overlapping spans and every span that overlaps none', () => {
    const kept = removeOverlaps([candidate('North Korea', 30), candidate('Institute for North Korea Studies', 16), candidate('Seoul', 60)]);
    assert.deepEqual(kept.map((c) => c.name), ['Institute for North Korea Studies', 'Seoul']);
  });

  it('at equal length keeps the better-ranked one', () => {
    const kept = removeOverlaps([candidate('Paris', 0, 2), candidate('Paris', 0, 1, { type: 'person' })]);
    assert.equal(kept.length, 1);
    assert.equal(kept[0]!.rank, 1);
  });

  it('lets a shouted run no cue typed give way to the known name inside it', () => {
    const shouted = candidate('JAPAN GET LUCKY WIN', 0, 1, { origin: 'pattern', type: null } as Partial<Candidate>);
    const kept = removeOverlaps([shouted, candidate('JAPAN', 0)]);
    assert.deepEqual(kept.map((c) => c.name), ['JAPAN']);
  });

  it('keeps the same spans as comparing every pair, on many candidates', () => {
    const many: Candidate[] = [];
    for (let i = 0; i < 3000; i++) many.push(candidate('Name'.padEnd(4 + (i % 7), 'x'), (i * 37) % 20_000, 1 + (i % 3)));
    const naive = (() => {
      const ordered = [...many].sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
      const kept: Candidate[] = [];
      for (const c of ordered) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
      return kept.sort((a, b) => a.start - b.start);
    })();
    assert.deepEqual(removeOverlaps(many), naive);
  });
});
