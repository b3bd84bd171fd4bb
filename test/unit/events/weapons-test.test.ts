import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findSystemName, findSystemType, systemTypeValue } from '../../../src/annotate/events/weapons-test/system.js';
import { findLandingArea, findLaunchSite } from '../../../src/annotate/events/weapons-test/places.js';
import { findApogee, findCount, findDistance, findOutcome } from '../../../src/annotate/events/weapons-test/flight.js';
import { confirmationOf } from '../../../src/annotate/events/weapons-test/confirmation.js';

const at = (text: string, start = 10) => ({ start, text });

describe('weapons-test attributes', () => {
  it('reads a system name with its number, and its kind with the most specific term', () => {
    const p = at('The army said it launched a Hwasong-18 intercontinental ballistic missile on Monday.');
    assert.equal(findSystemName(p)?.text, 'Hwasong-18');
    const kind = findSystemType(p)!;
    assert.equal(systemTypeValue(kind), 'intercontinental ballistic missile');
    assert.equal(p.text.slice(kind.start - 10, kind.end - 10), kind.text);
  });

  it('reads an unknown family name when a missile word follows it', () => {
    assert.equal(findSystemName(at('It tested the Sky-7 cruise missile.'))?.text, 'Sky-7');
  });

  it('reads the launch site after "from the vicinity of" and after "fired from"', () => {
    assert.equal(findLaunchSite(at('Two missiles were launched from the vicinity of Sunan around noon.'))?.text, 'Sunan');
    assert.equal(findLaunchSite(at('The rocket was fired from Sohae Satellite Launching Station, officials said.'))?.text, 'Sohae Satellite Launching Station');
  });

  it('reads where it came down', () => {
    assert.equal(findLandingArea(at('The missile landed in the sea off the east coast, the ministry said.'))?.text, 'in the sea off the east coast');
    assert.equal(findLandingArea(at('The agency said the warheads hit their targets in the Bay of Bengal.'))?.text, 'in the Bay of Bengal');
  });

  it('reads apogee and distance in kilometres, converting miles', () => {
    const p = at('The missile flew about 1,000 km and reached an altitude of 2,000 km before splashing down.');
    assert.equal(findDistance(p)?.km, 1000);
    assert.equal(findApogee(p)?.km, 2000);
    assert.equal(findDistance(at('It travelled 620 miles.'))?.km, 998);
  });

  it('does not take an altitude for a distance', () => {
    assert.equal(findDistance(at('It flew to an altitude of 50 km.')), null);
  });

  it('counts what was fired, in words or digits', () => {
    assert.equal(findCount(at('The military fired two short-range ballistic missiles.'))?.count, 2);
    assert.equal(findCount(at('It launched 3 rockets.'))?.count, 3);
    assert.equal(findCount(at('One of the missiles failed.')), null);
    // A count of tests held, or of launchers, is no count of missiles fired in one test.
    assert.equal(findCount(at('The state has held some 90 cruise missile tests in the past year.')), null);
    assert.equal(findCount(at('It moved four missile launchers to the coast.')), null);
    assert.equal(findCount(at('It fired two missiles from three launchers.'))?.count, 2);
  });

  it('reads failure with its timing, and success', () => {
    const failed = findOutcome(at('The missile failed after 35 seconds of flight.'))!;
    assert.equal(failed.value, 'failure');
    assert.equal(failed.span.text, 'failed after 35 seconds');
    assert.equal(findOutcome(at('It exploded shortly after launch.'))?.value, 'failure');
    assert.equal(findOutcome(at('The agency said the test was successful.'))?.value, 'success');
    assert.equal(findOutcome(at('The agency failed to say where it landed.')), null);
  });
});

describe('confirmation status', () => {
  it('is claimed when only the testing state speaks, confirmed when only another state military does, both when both', () => {
    const kcna = { name: 'State agency', type: 'state_media' as const, country: 'KP' };
    const jcs = { name: 'Joint staff', type: 'military' as const, country: 'KR' };
    const expert = { name: 'An analyst', type: 'expert' as const, country: 'KR' };
    assert.equal(confirmationOf([kcna], 'KP').status, 'claimed');
    assert.equal(confirmationOf([jcs], 'KP').status, 'confirmed');
    assert.equal(confirmationOf([kcna, jcs, expert], 'KP').status, 'claimed_and_confirmed');
    assert.equal(confirmationOf([expert], 'KP').status, 'reported');
    assert.equal(confirmationOf([], 'KP').status, 'unattributed');
  });
});
