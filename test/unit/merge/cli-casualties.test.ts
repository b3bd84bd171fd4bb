// End to end: two invented reports of one attack that disagree on the dead, through `dateline ingest`,
// `dateline stories --json` and `dateline story`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { dateline, tempDir } from '../../e2e/cli-helpers.js';

const reports = [
  { id: 'wire-k', outlet: 'Harbour Wire', published: '2025-05-09T07:00:00Z', title: 'Gunmen attack market in northern town',
    text: 'Gunmen attacked a crowded market in the northern town of Dargel on Thursday, killing at least 8 people and wounding 20, police said.' },
  { id: 'paper-l', outlet: 'Morning Ledger', published: '2025-05-09T06:00:00Z', title: 'Market attack in Dargel',
    text: 'Gunmen attacked a crowded market in the northern town of Dargel on Thursday, killing 4 people, a local official said.' },
];

describe('dateline stories: killed figures the outlets disagree on', () => {
  const dir = tempDir();
  const db = path.join(dir, 'attack.db');
  const input = path.join(dir, 'reports.jsonl');
  fs.writeFileSync(input, reports.map((r) => JSON.stringify(r)).join('\n'));
  const ingest = dateline(['ingest', input, '--db', db]);

  it('merges the two reports and lists the killed figures with their evidence', () => {
    assert.equal(ingest.status, 0, ingest.stderr);
    const r = dateline(['stories', '--db', db, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const stories = JSON.parse(r.stdout);
    assert.equal(stories.length, 1);
    assert.equal(stories[0].category, 'attack');
    const killed = stories[0].disagreements.find((d: { field: string }) => d.field === 'killed');
    assert.equal(killed.about, 'number');
    assert.deepEqual(killed.sides.map((s: { value: string }) => s.value).sort(), ['4', '8']);
    const eight = killed.sides.find((s: { value: string }) => s.value === '8');
    assert.equal(eight.evidence[0].document, 'wire-k');
    assert.equal(eight.evidence[0].text, 'killing at least 8 people');
    // The higher count came an hour later: shown, and marked as a toll that rose.
    assert.equal(killed.rising, true);
    const text = dateline(['story', 'wire-k', '--db', db]);
    assert.match(text.stdout, /disagreement on killed \(a rising toll/);
    assert.match(text.stdout, /8: «killing at least 8 people» \(wire-k, police\)/);
  });
});
