// Session 13 readings (lead, invented sentences): exercise names are no doers, a simple past after a
// word that can modify is a verb, weapon words before unit nouns name units, "the storm" is weather,
// and whose arrest it is is who was arrested.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../../src/annotate/pipeline.js';
import { makeDocument } from '../../builders.js';

const pipeline = buildPipeline();
const eventsOf = (text: string) => pipeline.annotate(makeDocument(text, { id: 't', published: '2024-05-23' })).layers.events;
const show = (text: string) => JSON.stringify(eventsOf(text).map((e) => [e.category, e.trigger.text, e.actors.map((a) => a.name), e.targets.map((a) => a.name)]));

describe('military exercises', () => {
  it('does not take the exercise\'s name for a doer', () => {
    const annual = eventsOf('Norland and Estria began their annual Iron Harbour military exercise on Monday.');
    assert.equal(annual[0]?.category, 'military_exercise', show('x'));
    assert.ok(!annual[0]!.actors.some((a) => /Iron Harbour/.test(a.name)), show('Norland and Estria began their annual Iron Harbour military exercise on Monday.'));
    const coded = eventsOf('The army started joint drills code-named Steel Gate on Thursday.');
    assert.ok(!coded.some((e) => e.actors.some((a) => /Steel Gate/.test(a.name))));
  });

  it('keeps a capital that holds the exercise as its doer', () => {
    const events = eventsOf('Moscow launched military exercises near the border on Thursday.');
    assert.ok(events.some((e) => e.category === 'military_exercise' && e.actors.length > 0), show('Moscow launched military exercises near the border on Thursday.'));
  });

  it('reads "The military began drills" with the military as doer', () => {
    const events = eventsOf('The military began drills near the coast on Thursday.');
    assert.equal(events[0]?.trigger.text, 'began drills', show('The military began drills near the coast on Thursday.'));
    assert.deepEqual(events[0]!.actors.map((a) => a.name), ['military']);
  });
});

describe('nouns that name no attack, and whose act it is', () => {
  it('reads "rocket force" as a unit and "the storm" as weather', () => {
    assert.deepEqual(eventsOf('The army, navy and rocket force were taking part.').filter((e) => e.category === 'attack'), []);
    assert.deepEqual(eventsOf('The storm caused one death in the north on Friday.').filter((e) => e.category === 'attack'), []);
    assert.equal(eventsOf('Troops stormed the town on Friday.')[0]?.category, 'attack');
  });

  it('makes the owner of an arrest or a conviction its target, not its doer', () => {
    const text = 'Following the journalist\'s arrest, police in the capital searched her office, the newspaper said.';
    for (const e of eventsOf(text)) assert.ok(!e.actors.some((a) => /journalist/.test(a.name)), show(text));
    const invasion = eventsOf("Russia's invasion of Ukraine began in 2022.");
    assert.deepEqual(invasion[0]?.actors.map((a) => a.name), ['Russia']);
  });
});
