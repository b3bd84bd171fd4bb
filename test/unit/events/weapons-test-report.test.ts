// Weapons-test rows from whole reports (through `dateline extract`): a sentence that names no test
// of its own describes the last test named before it, and a test told without its doer belongs to
// the state whose other tests the report names.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dateline } from '../../e2e/cli-helpers.js';

const REPORT = [
  'North Korea fired an intercontinental ballistic missile toward the sea on Thursday, the Joint Chiefs of Staff said.',
  'The missile, launched from the Sunan area, flew about 1,000 kilometers, reaching a maximum altitude of over 7,000 km before falling into waters off the east coast, Japan\'s defense ministry said.',
  'In a separate launch in May, a satellite rocket exploded shortly after liftoff, North Korea acknowledged.',
].join('\n');

function tests(): { date: string | null; weapons_test: Record<string, any> }[] {
  const r = dateline(['extract', '-', '--published', '2024-10-31', '--json'], { input: REPORT });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout).events.filter((e: { category: string }) => e.category === 'weapons_test');
}

describe('weapons tests in a report with more than one test', () => {
  it('takes site, distance, apogee and landing area from the sentence after the test', () => {
    const thursday = tests().find((e) => e.date === '2024-10-31');
    assert.ok(thursday);
    const w = thursday.weapons_test;
    assert.equal(w.launch_site?.value, 'Sunan area');
    assert.equal(w.distance_km?.value, 1000);
    assert.equal(w.apogee_km?.value, 7000);
    assert.match(w.landing_area?.value ?? '', /waters off the east coast/);
  });

  it('reads a test with no doer as the report\'s testing state\'s: its acknowledgement is a claim', () => {
    const may = tests().find((e) => e.date === '2024-05');
    assert.ok(may);
    assert.deepEqual(may.weapons_test.confirmation.claimed_by, ['North Korea']);
    assert.deepEqual(may.weapons_test.confirmation.confirmed_by, []);
  });
});
