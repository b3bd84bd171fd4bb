import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { dateline, tempDir } from '../../e2e/cli-helpers.js';

const reports = [
  { id: 'wire-a', outlet: 'Coastal Wire', published: '2024-06-12', title: 'North Korea fires two ballistic missiles',
    text: "North Korea fired two short-range ballistic missiles into the sea on Tuesday, South Korea's Joint Chiefs of Staff said.\nThe missiles were launched from the vicinity of Sunan and flew about 600 km before they landed in the sea off the east coast, the Joint Chiefs of Staff said." },
  { id: 'state-b', outlet: 'State Daily', published: '2024-06-12', title: 'Successful test of new tactical ballistic missile',
    text: 'North Korea successfully tested a new Hwasong-11 tactical ballistic missile on Tuesday, the Korean Central News Agency reported.\nThe Korean Central News Agency said the missile flew 900 km.' },
  { id: 'farm-c', outlet: 'Farm News', published: '2024-03-02', title: 'Farmers open a market', text: 'Farmers in Iowa opened a new market on Saturday, the mayor said.' },
];

describe('dateline tests and dateline story', () => {
  const dir = tempDir();
  const db = path.join(dir, 'tests.db');
  const input = path.join(dir, 'reports.jsonl');
  fs.writeFileSync(input, reports.map((r) => JSON.stringify(r)).join('\n'));
  const ingest = dateline(['ingest', input, '--db', db]);

  it('lists one test row from two outlets, each value with its source, claimed and confirmed', () => {
    assert.equal(ingest.status, 0, ingest.stderr);
    const r = dateline(['tests', '--db', db, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const rows = JSON.parse(r.stdout);
    assert.equal(rows.length, 1);
    const row = rows[0];
    assert.equal(row.date, '2024-06-11');
    assert.equal(row.system.value, 'Hwasong-11');
    assert.equal(row.system.document, 'state-b');
    assert.equal(row.launch_site.value, 'Sunan');
    assert.equal(row.launch_site.source, 'Joint Chiefs of Staff');
    assert.equal(row.confirmation, 'claimed_and_confirmed');
    assert.deepEqual([...row.documents].sort(), ['state-b', 'wire-a']);
    const csv = dateline(['tests', '--db', db, '--csv']).stdout.trim().split('\n');
    assert.equal(csv.length, 2);
    assert.ok(csv[0]!.startsWith('story,date,time,system,system_source'));
  });

  it('shows a story by a document id with its corroboration and the distance the outlets disagree on', () => {
    const r = dateline(['story', 'wire-a', '--db', db, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const story = JSON.parse(r.stdout);
    assert.deepEqual(story.documents, ['state-b', 'wire-a']);
    assert.equal(story.corroboration.independent_reports, 2);
    const distance = story.disagreements.find((d: { field: string }) => d.field === 'distance_km');
    assert.deepEqual(distance.sides.map((s: { value: string }) => s.value).sort(), ['600', '900']);
    const text = dateline(['story', story.id, '--db', db]);
    assert.match(text.stdout, /disagreement on distance_km/);
    assert.equal(dateline(['story', 'no-such-story', '--db', db]).status, 1);
  });

  it('keeps one row for one test reported a day apart, and lists the other date; a disputing speaker confirms nothing', () => {
    const dir2 = tempDir();
    const db2 = path.join(dir2, 'tests.db');
    const input2 = path.join(dir2, 'reports.jsonl');
    const dayApart = [
      { id: 'wire-d', outlet: 'Coastal Wire', published: '2024-06-12', title: 'North Korea fires ballistic missile',
        text: "North Korea fired a short-range ballistic missile into the sea on Tuesday, South Korea's Joint Chiefs of Staff said." },
      { id: 'state-e', outlet: 'State Daily', published: '2024-06-12', title: 'Test of new tactical ballistic missile',
        text: 'North Korea tested a new tactical ballistic missile on Monday, the Korean Central News Agency reported, a claim Japan disputed.' },
    ];
    fs.writeFileSync(input2, dayApart.map((r) => JSON.stringify(r)).join('\n'));
    assert.equal(dateline(['ingest', input2, '--db', db2]).status, 0);
    const rows = JSON.parse(dateline(['tests', '--db', db2, '--json']).stdout);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].date, '2024-06-10');
    assert.deepEqual(rows[0].other_dates, ['2024-06-11']);
    assert.ok(!rows[0].confirmed_by.includes('Japan'));
    assert.match(dateline(['tests', '--db', db2]).stdout, /also reported as 2024-06-11/);
  });

  it('lists stories as a JSON array with documents and events', () => {
    const stories = JSON.parse(dateline(['stories', '--db', db, '--json']).stdout);
    assert.equal(stories.length, 2);
    for (const s of stories) assert.ok(s.id && Array.isArray(s.documents) && Array.isArray(s.events));
  });
});
