// One weapons test told by three outlets in their own words (session 13): a Seoul agency citing the
// Joint Chiefs of Staff, Tokyo citing its defence minister, the testing state's own agency a day later.
// They share few words, so only their lead act (one state's test, one news day) joins them. The
// reports are written for this test.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { dateline, tempDir } from '../../e2e/cli-helpers.js';

const reports = [
  { id: 'seoul-a', outlet: 'Harbour Agency', published: '2024-10-31',
    text: 'N. Korea fires ICBM toward East Sea: JCS\n\nSEOUL, Oct. 31 (Harbour) -- North Korea fired an intercontinental ballistic missile toward the East Sea on Thursday, South Korea\'s Joint Chiefs of Staff said.\nThe missile was launched from the Pyongyang area at around 7:10 a.m. and flew about 1,000 kilometers, the JCS said.' },
  { id: 'tokyo-b', outlet: 'Island Press', published: '2024-10-31',
    text: 'North Korea missile flies for record 86 minutes, Japan says\n\nTOKYO (Island) -- A ballistic missile fired by North Korea on Thursday flew for about 86 minutes and reached an altitude of more than 7,000 km, Japan\'s defence minister said.\nThe missile fell outside Japan\'s exclusive economic zone, the minister told reporters.' },
  { id: 'state-c', outlet: 'State Agency', published: '2024-11-01',
    text: 'Leader oversees test-fire of new ICBM Hwasong-19\n\nPyongyang, November 1 (KCNA) -- The Missile Administration conducted a test-fire of the new-type ICBM Hwasong-19 on October 31, the Korean Central News Agency said.\nThe missile flew 1,001.2 km, reaching a maximum altitude of 7,687.5 km, and the test was a success, the agency said.' },
  { id: 'seoul-d', outlet: 'Harbour Agency', published: '2024-11-05',
    text: 'N. Korea fires short-range ballistic missiles: JCS\n\nSEOUL, Nov. 5 (Harbour) -- North Korea fired several short-range ballistic missiles toward the East Sea on Tuesday, the Joint Chiefs of Staff said, five days after it tested a new ICBM.\nThe missiles were launched from the Sariwon area at around 7:30 a.m. and flew about 400 km, the JCS said.' },
];

describe('one test told by three outlets', () => {
  const dir = tempDir();
  const db = path.join(dir, 'tests.db');
  const input = path.join(dir, 'reports.jsonl');
  fs.writeFileSync(input, reports.map((r) => JSON.stringify(r)).join('\n'));
  const ingest = dateline(['ingest', input, '--db', db]);

  it('is one story and one test row, claimed by the testing state and confirmed by two others; the later test stays apart', () => {
    assert.equal(ingest.status, 0, ingest.stderr);
    const rows = JSON.parse(dateline(['tests', '--db', db, '--json']).stdout);
    assert.equal(rows.length, 2, JSON.stringify(rows.map((r: { documents: string[] }) => r.documents)));
    const first = rows.find((r: { date: string }) => r.date === '2024-10-31');
    assert.deepEqual([...first.documents].sort(), ['seoul-a', 'state-c', 'tokyo-b']);
    assert.equal(first.confirmation, 'claimed_and_confirmed');
    assert.equal(first.system.value, 'Hwasong-19');
    // The most specific kind any report gives, whichever came first.
    assert.equal(first.system_type.value, 'intercontinental ballistic missile');
    const later = rows.find((r: { date: string }) => r.date === '2024-11-05');
    assert.deepEqual(later.documents, ['seoul-d']);
  });

  it('reads the Seoul agency\'s unqualified JCS as South Korea\'s, a reduced relative "fired by" as a test, and a date after "Hwasong-19 on"', () => {
    const extract = (id: string) => {
      const r = dateline(['extract', '-', '--published', reports.find((x) => x.id === id)!.published, '--json'], { input: reports.find((x) => x.id === id)!.text });
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout);
    };
    const seoul = extract('seoul-d');
    assert.ok(seoul.entities.some((e: { id: string }) => e.id === 'org:joint-chiefs-of-staff-kr'), JSON.stringify(seoul.entities.map((e: { id: string }) => e.id)));
    assert.ok(!seoul.entities.some((e: { id: string }) => e.id === 'org:joint-chiefs-of-staff-us'));
    const tokyo = extract('tokyo-b');
    assert.equal(tokyo.events[0].category, 'weapons_test');
    const state = extract('state-c');
    assert.equal(state.events.find((e: { category: string }) => e.category === 'weapons_test').date, '2024-10-31');
  });
});
