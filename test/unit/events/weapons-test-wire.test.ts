// Weapons tests as other states' wire copy tells them (session 13): system names without a number,
// the dateline country's own unqualified ministry, and a test's own flight told with harm verbs.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findSystemName } from '../../../src/annotate/events/weapons-test/system.js';
import { findLaunchSite, findLandingArea } from '../../../src/annotate/events/weapons-test/places.js';
import { findCount, findDistance, findOutcome } from '../../../src/annotate/events/weapons-test/flight.js';
import { dateline } from '../../e2e/cli-helpers.js';

const at = (text: string, start = 0) => ({ start, text });

describe('weapons-test finders on names and flights without numbers', () => {
  it('reads family names that stand alone, with roman numerals, and unknown names before the kind', () => {
    assert.equal(findSystemName(at('The navy fired a Bulava from a submarine.'))?.text, 'Bulava');
    assert.equal(findSystemName(at('It launched an unarmed Minuteman III from the base.'))?.text, 'Minuteman III');
    assert.equal(findSystemName(at('The army tested its Thunderbolt cruise missile.'))?.text, 'Thunderbolt');
    assert.equal(findSystemName(at('Crews fired two Falcon missiles.'))?.text, 'Falcon');
    assert.equal(findSystemName(at('It unveiled the Condor weapon system.'))?.text, 'Condor');
    assert.equal(findSystemName(at('The new missile, named Tempest, was shown.'))?.text, 'Tempest');
  });

  it('does not take whose or which missile for its name', () => {
    assert.equal(findSystemName(at('It fired a North Korean ballistic missile.')), null);
    assert.equal(findSystemName(at('Officials said the Iranian missile fell short.')), null);
    assert.equal(findSystemName(at('The Pentagon missile test went ahead.')), null);
    // "Arrow" is an everyday word: only with its number is it a system.
    assert.equal(findSystemName(at('The arrow pointed to the Arrow launcher.')), null);
  });

  it('reads a launch site after a clock time, a landing before "shortly", a target range distance, a count with a name', () => {
    assert.equal(findLaunchSite(at('The missile was launched at 6:40 a.m. from near Kusong, the ministry said.'))?.text, 'Kusong');
    assert.equal(findLandingArea(at('The rocket crashed into the sea shortly after launch.'))?.text, 'into the sea');
    assert.equal(findDistance(at('The warhead hit a target at the test range about 2,400 km away.'))?.km, 2400);
    assert.equal(findDistance(at('The base, about 30 km away from the city, was quiet.')), null);
    assert.equal(findCount(at('Submarines also fired two Falcon missiles.'))?.count, 2);
    assert.equal(findLaunchSite(at('They were launched from near the port city of Haeju, the army said.'))?.text, 'Haeju');
    assert.equal(findLandingArea(at('It fired two missiles into the sea off its west coast on Monday.'))?.text, 'into the sea off its west coast');
  });

  it('reads an ended flight as a failure', () => {
    assert.equal(findOutcome(at('The flight was terminated after an anomaly.'))?.value, 'failure');
    assert.equal(findOutcome(at('The rocket lost thrust after stage separation.'))?.value, 'failure');
  });
});

function testsOf(text: string, published: string) {
  const r = dateline(['extract', '-', '--published', published, '--json'], { input: text });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout).events as { category: string; evidence: { text: string }; actors: { name: string }[]; weapons_test?: Record<string, any> }[];
}

describe('weapons tests in wire reports from the testing state', () => {
  it('takes the dateline country\'s unqualified ministry as the testing state\'s voice: a claim, not a report', () => {
    const events = testsOf([
      'Vietnam tests new missile',
      'HANOI (Wire) — Vietnam test-fired a Tempest ballistic missile on Tuesday, the Defence Ministry said.',
    ].join('\n'), '2024-05-08').filter((e) => e.category === 'weapons_test');
    assert.ok(events.length > 0);
    const main = events.find((e) => e.weapons_test?.confirmation.claimed_by.length)!;
    assert.ok(main, JSON.stringify(events.map((e) => e.weapons_test?.confirmation)));
  });

  it('reads the tested weapon destroyed in a test as the test, and a warhead hitting its target at the range as no attack', () => {
    const events = testsOf([
      'The air force destroyed an unarmed ballistic missile over the ocean on Monday after an anomaly during a test launch, the command said.',
      'In an earlier test, the missile\'s warhead hit its target at the test range, officials said.',
    ].join('\n'), '2024-05-08');
    assert.equal(events.filter((e) => e.category === 'attack').length, 0, JSON.stringify(events.map((e) => [e.category, e.evidence.text])));
    const test = events.find((e) => e.category === 'weapons_test' && /destroyed/.test(e.evidence.text));
    assert.ok(test);
    assert.equal(test.weapons_test?.outcome?.value, 'failure');
  });

  it('still reads a rocket that hits a town as an attack', () => {
    const events = testsOf('Rockets launched from the border hit the town of Ardmore on Monday, killing two people, police said.', '2024-05-08');
    assert.ok(events.some((e) => e.category === 'attack'), JSON.stringify(events.map((e) => [e.category, e.evidence.text])));
  });

  it('reads a nuclear test with its kind, the bomb it set off as that test, and a target as no act', () => {
    const events = testsOf('Arland conducted its third nuclear test on Sunday, state media said, claiming it had detonated a bomb small enough for a missile warhead.', '2024-05-08');
    assert.deepEqual(events.map((e) => e.category), ['weapons_test'], JSON.stringify(events.map((e) => [e.category, e.evidence.text])));
    assert.equal(events[0]!.weapons_test?.system_type?.value, 'nuclear test');
    const glide = testsOf('Arland launched a hypersonic glide vehicle in May that sped towards its target, the newspaper said.', '2024-05-08');
    assert.deepEqual(glide.map((e) => e.category), ['weapons_test']);
  });

  it('joins a launch told again with "the missiles" to the test told before, wherever it names its site', () => {
    const events = testsOf([
      'North Korea fired several cruise missiles into the sea off its east coast on Sunday, the military said.',
      'The missiles were launched around 8 a.m. from near the port city of Haeju, the military said.',
    ].join('\n'), '2024-01-28').filter((e) => e.category === 'weapons_test');
    assert.equal(events.length, 1);
    assert.equal(events[0]!.weapons_test?.launch_site?.value, 'Haeju');
  });

  it('gives a person speaking in a report filed elsewhere no dateline country', () => {
    const events = testsOf([
      'LONDON (Wire) — Arland tested a hypersonic missile in August, the newspaper reported.',
      'Spokesman Ivo Tran said the launch was a routine test of a spacecraft.',
    ].join('\n'), '2024-10-17').filter((e) => e.category === 'weapons_test');
    assert.ok(events.length > 0);
    for (const e of events) assert.deepEqual(e.weapons_test?.confirmation.confirmed_by, []);
  });

  it('reads a weapon that flies as no act of its own', () => {
    const events = testsOf('Arland fired a ballistic missile on Monday, the army said.\nThe missile flew 1,000 km for 600 seconds, the army said.', '2024-05-08');
    assert.deepEqual(events.map((e) => e.category), ['weapons_test'], JSON.stringify(events.map((e) => [e.category, e.evidence.text])));
    assert.equal(events[0]!.weapons_test?.distance_km?.value, 1000);
  });

  it('dates a launch whose weapon is described as "believed to be" something, and keeps its lead as the main report', () => {
    const events = testsOf([
      'North Korea launched a missile believed to be a new hypersonic weapon toward the sea on Monday, the military said.',
      'Intelligence officers were analysing the launch for more details, it said.',
    ].join('\n'), '2025-01-06').filter((e) => e.category === 'weapons_test');
    assert.equal(events.length, 1, JSON.stringify(events.map((e) => e.evidence.text)));
    assert.match(events[0]!.evidence.text, /^North Korea launched/);
    assert.equal((events[0] as unknown as { date: string }).date, '2025-01-06');
  });

  it('reads a glide vehicle that flies, and a mock target struck, as parts of the test', () => {
    const events = testsOf([
      'Arland test-fired a new hypersonic missile on Monday, the army said.',
      'The glide vehicle flew 1,500 km and struck a mock target in the desert, the army said.',
    ].join('\n'), '2025-01-06');
    assert.deepEqual(events.map((e) => e.category), ['weapons_test'], JSON.stringify(events.map((e) => [e.category, e.evidence.text])));
    assert.equal(findCount(at('A frigate fired two Falcon hypersonic cruise missiles.'))?.count, 2);
  });
});
