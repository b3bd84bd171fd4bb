import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { groupStories } from '../../../src/merge/stories.js';
import { makeAnnotated } from '../../builders.js';

describe('story grouping', () => {
  it('puts two reports of one event by one actor within days into one story', () => {
    const a = makeAnnotated('a', 'Officials said North Korea fired a missile on Friday.', '2025-03-21');
    const b = makeAnnotated('b', 'Officials said North Korea fired a missile on Friday, a day earlier.', '2025-03-22');
    const stories = groupStories([a, b]);
    assert.equal(stories.length, 1);
    assert.deepEqual(stories[0]!.documents, ['a', 'b']);
    assert.equal(stories[0]!.category, 'weapons_test');
    assert.equal(stories[0]!.firstReported, '2025-03-21');
  });

  it('keeps the same kind of event weeks apart in separate stories', () => {
    const a = makeAnnotated('a', 'Officials said North Korea fired a missile on Friday.', '2025-03-21');
    const b = makeAnnotated('b', 'Officials said North Korea fired a missile on Friday, again.', '2025-05-02');
    assert.equal(groupStories([a, b]).length, 2);
  });

  it('keeps two launches three days apart in separate stories (a second test that week is a second event)', () => {
    const a = makeAnnotated('a', 'Officials said North Korea fired a missile on Friday.', '2025-03-18');
    const b = makeAnnotated('b', 'Officials said North Korea fired a missile on Friday.', '2025-03-21');
    assert.equal(groupStories([a, b]).length, 2);
  });

  it('keeps weapons tests by two different states apart, even on one day in like words', () => {
    const a = makeAnnotated('a', 'Officials said North Korea fired a missile on Friday from its east coast.', '2025-03-21');
    // (the builder's text names North Korea; the layers below say another state did it)
    const iran = (id: string) => {
      const doc = makeAnnotated(id, 'Officials said North Korea fired a missile on Friday, its second launch this month.', '2025-03-21');
      doc.layers.entities = [{ ...doc.layers.entities[0]!, id: 'country:IR', name: 'Iran', country: 'IR' }];
      doc.layers.events[0]!.actors = [{ name: 'Iran', entity: 'country:IR' }];
      return doc;
    };
    assert.equal(groupStories([a, iran('b')]).length, 2);
    // the same two texts with no state named as the doer are one story
    const b = iran('b');
    b.layers.events[0]!.actors = [];
    assert.equal(groupStories([a, b]).length, 1);
  });

  it('keeps unrelated reports apart in a small collection, where the few words they share are all that is kept', () => {
    const texts = [
      'Officials said the port strike in Durban ended after wage talks with dock unions.',
      'Officials said the bridge collapse in Genoa killed nine drivers during heavy rain.',
      'Officials said the copper mine near Lubumbashi reopened under new owners.',
    ];
    const stories = groupStories(texts.map((t, k) => makeAnnotated(`d${k}`, t, '2025-03-21')));
    assert.equal(stories.length, 3);
  });

  it('gives every document a story, even one with no events', () => {
    const stories = groupStories([makeAnnotated('quiet', 'Officials said the talks ended.')]);
    assert.deepEqual(stories.map((s) => s.documents), [['quiet']]);
  });
});

describe('story kind', () => {
  it('is the kind of the first event the first report leads with', () => {
    const doc = makeAnnotated('a', 'Officials said North Korea fired a missile on Friday.', '2025-03-21');
    const later = { ...doc.layers.events[0]!, id: 'e2', category: 'aid_or_transfer' as const, evidence: { ...doc.layers.events[0]!.evidence, start: 40, end: 45 } };
    const extra = { ...later, id: 'e3' };
    doc.layers.events.push(later, extra);
    assert.equal(groupStories([doc])[0]!.category, 'weapons_test');
  });
});
