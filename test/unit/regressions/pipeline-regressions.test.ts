// One test per misreading found on real-looking text, through the whole pipeline.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../../src/annotate/pipeline.js';
import { makeDocument } from '../../builders.js';

const pipeline = buildPipeline();
const annotate = (text: string, published = '2024-06-12') => pipeline.annotate(makeDocument(text, { published })).layers;

describe('regressions', () => {
  it('does not read "agreed on Tuesday to reopen …" as a statement made to "reopen"', () => {
    const { attributions } = annotate('The foreign ministers of Turkey and Ukraine agreed on Tuesday to reopen a grain corridor through the Black Sea.');
    assert.deepEqual(attributions.map((a) => a.cue.text), []);
  });

  it('does not read a bare condition as what was said ("would respond if …")', () => {
    const { attributions } = annotate('The Kremlin said it would respond if the ships carried weapons.');
    assert.deepEqual(attributions.map((a) => [a.cue.text, a.content.text]), [['said', 'it would respond if the ships carried weapons']]);
  });

  it('dates a criticism by the time in its object ("criticized the agreement on Wednesday, calling it …")', () => {
    const { events } = annotate('Russia criticized the agreement on Wednesday, calling it “a provocation”.');
    assert.equal(events.length, 1);
    assert.equal(events[0]!.category, 'accusation_or_criticism');
    assert.equal(events[0]!.date, '2024-06-12');
  });
});

describe('regressions: events read with the attributions layer', () => {
  it('keeps the object of an attack verb the attributions layer also reads as a cue ("Rebels attacked Ukraine")', () => {
    for (const text of ['Rebels attacked Ukraine on Friday.', 'Rebels attacked Odesa.']) {
      const { events } = annotate(text);
      assert.equal(events[0]?.plover, 'ASSAULT', text);
      assert.equal(events[0]?.targets.length, 1, text);
    }
  });
});

describe('regressions: events of different kinds in neighbouring sentences', () => {
  it('keeps an agentless act of another kind apart from the act told before it ("Protesters gathered … 20 were detained")', () => {
    const { events } = annotate('Protesters gathered outside parliament. The ministry said 20 protesters were detained overnight.');
    assert.deepEqual(events.map((e) => e.plover), ['PROTEST', 'COERCE']);
  });
});

describe('regressions: a meeting told with its past and next instances', () => {
  const text = 'Foreign Minister Park Jin hosted his Chinese counterpart Wang Yi in the southern port city of Busan. ' +
    'It was the first such meeting since 2019. The next meeting is expected to take place in Seoul early next year, officials said.';
  it('dates the meeting by none of them: "since 2019" starts a stretch of time, "the next meeting" is another one', () => {
    const meetings = annotate(text, '2023-11-26').events.filter((e) => e.category === 'visit_or_meeting');
    assert.equal(meetings[0]?.place?.name, 'Busan');
    assert.equal(meetings[0]?.date, null);
  });
});

describe('regressions: names', () => {
  it('reads a capital as the surname of a person named before it ("Valeska Paris … Paris claims")', () => {
    const { attributions } = annotate('Valeska Paris, a former member, has left the group.\nParis claims that she was forced to work for years.');
    assert.equal(attributions.length, 1);
    assert.equal(attributions[0]!.source?.name, 'Valeska Paris');
  });

  it('still reads a capital as its government when no person bears its name ("Paris said")', () => {
    const { attributions } = annotate('Paris said on Monday that it would send more troops.');
    assert.equal(attributions[0]!.source?.name, 'France');
  });
});

describe('regressions: ground taken from someone', () => {
  it('makes whom ground is retaken from the target ("recaptured the palace from the Rapid Support Forces")', () => {
    const { events } = annotate('The army recaptured the palace from the Rapid Support Forces.');
    assert.deepEqual(events.map((e) => e.targets.map((t) => t.name)), [['Rapid Support Forces']]);
  });
});
