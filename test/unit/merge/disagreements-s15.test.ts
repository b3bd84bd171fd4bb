// What a story shows as disagreement, read on real multi-outlet coverage (session 15): the artefacts seen there,
// each on invented reports told in other words (whole pipeline).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../../src/annotate/pipeline.js';
import { disagreements } from '../../../src/merge/disagreement.js';
import { makeDocument } from '../../builders.js';

const pipeline = buildPipeline();
const annotate = (id: string, text: string, published = '2026-03-14') => pipeline.annotate(makeDocument(text, { id, published }));
const about = (docs: ReturnType<typeof annotate>[], what: string, category: Parameters<typeof disagreements>[1] = 'attack') =>
  disagreements(docs, category).find((d) => d.about === what);

describe('responsibility: a contest, not two narrations', () => {
  it('sees no dispute when two reports of one exchange of fire lead with either side', () => {
    const a = annotate('a', 'Armenia shelled border villages on Friday, the defence ministry in Baku said.');
    const b = annotate('b', 'Azerbaijan fired artillery at border posts on Friday, officials in Yerevan said.');
    assert.equal(about([a, b], 'responsibility'), undefined);
  });

  it('shows two parties that blame each other for one attack', () => {
    const a = annotate('a', 'Shells hit a market in the town on Friday. The Sudanese army accused the Rapid Support Forces of the shelling.');
    const b = annotate('b', 'Shells struck a busy market in the town on Friday. The Rapid Support Forces accused the Sudanese army of the shelling.');
    const d = about([a, b], 'responsibility');
    assert.ok(d, 'the mutual blame is a dispute');
    assert.deepEqual(d.sides.map((s) => s.value).sort(), ['Rapid Support Forces', 'Sudan']);
  });

  it('does not take a narrated negation for a denial ("was not killed by")', () => {
    const a = annotate('a', 'Russian forces shelled the town of Kupiansk on Friday, the governor said.');
    const b = annotate('b', 'The mayor of Kupiansk was not killed by the Russian shelling on Friday, his office said.');
    const d = about([a, b], 'responsibility');
    assert.ok(!d || !d.sides.some((s) => s.value.startsWith('not ')), JSON.stringify(d?.sides.map((s) => s.value)));
  });
});

describe('date: the date a report gives in its opening', () => {
  it('does not set an act dated deep in a long report against another report\'s date', () => {
    const a = annotate('a', 'Rebels shelled the airport in the city on Friday, the army said.');
    const b = annotate('b', 'Rebels shelled the airport in the city, the army said.\n\nThe shelling damaged the runway.\n\n'
      + 'Flights were cancelled.\n\nOn Monday, rebels shelled the airport in the city, officials said.');
    assert.equal(about([a, b], 'date'), undefined);
  });

  it('still shows two reports that date the act days apart in their leads', () => {
    const a = annotate('a', 'Rebels shelled the airport in the city on Friday, the army said.');
    const b = annotate('b', 'Rebels shelled the airport in the city on Monday, the army said.');
    assert.ok(about([a, b], 'date'));
  });
});

describe('place: one locality told finer or coarser is no dispute', () => {
  it('a district named with its city', () => {
    const a = annotate('a', 'Rebels shelled a school in Kharkiv on Friday, the army said.');
    const b = annotate('b', 'Rebels shelled a school in Saltivka, a district of Kharkiv, on Friday, officials said.');
    assert.equal(about([a, b], 'place'), undefined);
  });

  it('a street named after its town', () => {
    const a = annotate('a', 'A fire destroyed a supermarket in Banstead on Sunday, police said.');
    const b = annotate('b', 'A fire destroyed a supermarket on Banstead High Street on Sunday, police said.');
    assert.equal(about([a, b], 'place'), undefined);
  });

  it('still shows two towns far apart', () => {
    const a = annotate('a', 'Rebels shelled a school in Kharkiv on Friday, the army said.');
    const b = annotate('b', 'Rebels shelled a school in Odesa on Friday, officials said.');
    assert.ok(about([a, b], 'place'));
  });
});

describe('casualties: like compared with like', () => {
  it('a toll of one group (soldiers) is no rival to a toll of all the dead', () => {
    const a = annotate('a', 'Shelling killed 40 people in the city on Friday, officials said.');
    const b = annotate('b', 'Shelling killed 12 soldiers in the city on Friday, the army said.');
    assert.equal(disagreements([a, b], 'attack').find((d) => d.field === 'killed'), undefined);
  });

  it('a report that also gives the other report\'s figure does not contradict it', () => {
    const a = annotate('a', 'An air strike killed 6 people in the northern town on Friday, medics said. '
      + 'Elsewhere, the shelling of the port killed 25 people on Friday, officials said.');
    const b = annotate('b', 'Shelling of the port killed 25 people on Friday, officials said.');
    assert.equal(disagreements([a, b], 'attack').find((d) => d.field === 'killed'), undefined);
  });

  it('still shows two reports whose tolls of one attack differ', () => {
    const a = annotate('a', 'Shelling killed 12 people in the market on Friday, the governor said.');
    const b = annotate('b', 'Shelling killed 19 people in the market on Friday, medics said.');
    assert.ok(disagreements([a, b], 'attack').find((d) => d.field === 'killed'));
  });
});

describe('claims: success against doubt', () => {
  it('a hedged statement is no doubt, and a negated success word no claim', () => {
    const a = annotate('a', 'North Korea tested a new missile on Friday and the launch was a success, state media said.');
    const b = annotate('b', 'North Korea tested a new missile on Friday; it may have flown about 500 km, officials in Seoul said.');
    const c = annotate('c', 'North Korea tested a new missile on Friday; its earlier tests had not been successful, an analyst said.');
    assert.equal(about([a, b], 'claim', 'weapons_test'), undefined);
    assert.equal(about([b, c], 'claim', 'weapons_test'), undefined);
  });

  it('still shows a success claim against stated doubt', () => {
    const a = annotate('a', 'North Korea tested a new missile on Friday and the launch was a success, state media said.');
    const b = annotate('b', 'North Korea tested a new missile on Friday; officials in Seoul said the launch appeared to have failed.');
    assert.ok(about([a, b], 'claim', 'weapons_test'));
  });
});
