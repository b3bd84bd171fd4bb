// A story's date and its disagreements on date and place come from each report's lead event of the
// story's kind, not from the background events a report also tells (invented reports, whole pipeline).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../../src/annotate/pipeline.js';
import { toStory } from '../../../src/merge/stories.js';
import { disagreements } from '../../../src/merge/disagreement.js';
import { dayNumber, newsDay } from '../../../src/merge/profile.js';
import { makeDocument } from '../../builders.js';

const pipeline = buildPipeline();
const annotate = (id: string, text: string) => pipeline.annotate(makeDocument(text, { id, published: '2025-03-21' }));

const first = annotate('first', 'Rebels shelled the airport in Kharkiv on Friday, the army said. ' +
  'In January, rebels shelled a market in Odesa, killing 30 people, officials said.');
const second = annotate('second', 'Rebels shelled an airport in Ukraine, the ministry said. Officials said the attack caused heavy damage.');

describe('story date and disagreements from the lead events', () => {
  it('dates the story by the reports\' lead events, not by a background event', () => {
    assert.equal(toStory([first, second], new Map()).date, '2025-03-21');
  });

  it('sees no place dispute between two events of one report, nor between a town and its country', () => {
    assert.deepEqual(disagreements([first, second], 'attack').filter((d) => d.about === 'place'), []);
  });

  it('still shows two reports that place the lead event in different towns', () => {
    const other = annotate('other', 'Rebels shelled the airport in Odesa on Friday, the army said.');
    const place = disagreements([first, other], 'attack').find((d) => d.about === 'place');
    assert.deepEqual(place?.sides.map((s) => s.value).sort(), ['Kharkiv', 'Odessa']);
  });
});

describe('a report\'s news day', () => {
  // A long report of a vote whose first dated attack is background, far into the text.
  const filler = ' Diplomats met through the week in closed sessions and argued over the wording of the text.'.repeat(8);
  const vote = annotate('vote', 'The council adopted the aid resolution, with two members abstaining.' + filler +
    ' Rebels shelled the capital on January 7, starting the war.');

  it('is the publication day when the only dated act is long past and told deep in the text', () => {
    assert.equal(newsDay(vote), dayNumber('2025-03-21'));
    assert.equal(toStory([vote], new Map()).date, null);
  });

  it('is the date of an act told in the opening paragraphs, however old', () => {
    const anniversary = annotate('anniversary', 'Rebels shelled the capital on January 7, officials recalled at a ceremony.');
    assert.equal(newsDay(anniversary), dayNumber('2025-01-07'));
  });

  it('is the date of a later act dated in the week before publication', () => {
    const later = annotate('later', 'The council adopted the aid resolution.' + filler + ' Rebels shelled the airport on Thursday.');
    assert.equal(newsDay(later), dayNumber('2025-03-20'));
  });
});
