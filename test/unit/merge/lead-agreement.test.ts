import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { groupStories } from '../../../src/merge/stories.js';
import { clusterProfiles } from '../../../src/merge/cluster.js';
import type { Opening, Profile } from '../../../src/merge/profile.js';
import { makeAnnotated } from '../../builders.js';

// Two reports from one conflict: alike in their background paragraph, unlike in the act they lead with.
const background =
  'The fighting in the Varnian hill country began in the spring, when Sotho rebels seized the Varnian river towns. Varnian aid convoys have been stopped at the Kessel bridge for weeks. Sotho rebels hold the bridge, and the camps near Lamira are full.';
const vote =
  'The regional council voted on Tuesday to open a second aid corridor, with two of its eleven members abstaining and the chair calling the decision overdue after months of delay, argument and failed drafts at the council table.\n' + background;
const toll =
  'More than 900 people have now died, hospital staff in the northern clinics reported, and doctors warned that shortages of blood, fuel and clean water would push the toll higher within days unless supplies arrive.\n' + background;
// Earlier reports that share the leads' words, so that those words are not the only ones each report keeps.
const earlier = [
  makeAnnotated('vote0', 'The regional council voted to delay a new fishing quota, with two members abstaining and the chair calling the decision overdue after months of argument and failed drafts at the table.', '2025-02-03'),
  makeAnnotated('toll0', 'Hospital staff reported that the toll from the floods had risen, and doctors warned of shortages of blood, fuel and clean water in the northern clinics unless supplies arrive within days.', '2025-01-10'),
];

const opening = (features: number[]): Opening => ({ features: Int32Array.from(features), weights: new Float64Array(features.length).fill(1 / Math.sqrt(features.length)) });
/** A profile whose two documents score `shared` on one feature and differ on another. */
const profile = (own: number, shared: number, kind: string | null, lead: number[]): Profile => ({
  features: Int32Array.from([1, own]),
  weights: Float64Array.from([Math.sqrt(shared), Math.sqrt(1 - shared)]),
  day: 100,
  era: null,
  lead: null,
  share: 1,
  kind,
  opening: opening(lead),
});

describe('stories of one event, not one topic', () => {
  it('keeps apart two reports of one conflict that lead with different acts (a council vote, a death toll)', () => {
    const docs = [makeAnnotated('vote', vote, '2025-03-18'), makeAnnotated('toll', toll, '2025-03-18'), ...earlier];
    // (an option, off by default: see docs/stages.md, Merging, session 12)
    const apart = groupStories(docs, { eventThreshold: 0.45, openingThreshold: 0.06 }).map((s) => s.documents);
    assert.ok(!apart.some((d) => d.includes('vote') && d.includes('toll')), JSON.stringify(apart));
    // (their texts alone are alike enough: without the lead test they are one story)
    const together = groupStories(docs, { eventThreshold: 0 }).map((s) => s.documents);
    assert.ok(together.some((d) => d.includes('vote') && d.includes('toll')), JSON.stringify(together));
  });

  it('joins weakly alike reports whose leads tell one act of one kind', () => {
    const clusters = clusterProfiles([profile(2, 0.35, 'agreement', [5, 6, 7]), profile(3, 0.35, 'agreement', [5, 6, 8])], [], { threshold: 0.25, eventThreshold: 0.45, openingThreshold: 0.06 });
    assert.deepEqual(clusters, [[0, 1]]);
  });

  it('keeps weakly alike reports apart when their first acts are of different kinds, or their leads share nothing', () => {
    const options = { threshold: 0.25, eventThreshold: 0.45, openingThreshold: 0.06 };
    assert.equal(clusterProfiles([profile(2, 0.35, 'agreement', [5, 6, 7]), profile(3, 0.35, 'attack', [5, 6, 8])], [], options).length, 2);
    assert.equal(clusterProfiles([profile(2, 0.35, 'agreement', [5, 6, 7]), profile(3, 0.35, 'agreement', [8, 9])], [], options).length, 2);
    // a pair alike enough joins whatever its leads say
    assert.equal(clusterProfiles([profile(2, 0.6, 'agreement', [5, 6, 7]), profile(3, 0.6, 'attack', [8, 9])], [], options).length, 1);
  });
});
