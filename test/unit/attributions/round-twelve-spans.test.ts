// Round 12: where a content starts and ends (exact spans, PARC/PolNeAR conventions).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue } from './helpers.js';

const parc = { extents: 'parc' as const };

describe('a quotation closing on a comma before a speaker clause', () => {
  it('ends the reported clause that holds it', () => {
    const text = 'The librarian said the hall must close because “the roof leaks,” she said.';
    const a = attributionsOf(text, [], parc).find((x) => x.source?.text === 'The librarian');
    assert.ok(a);
    assert.equal(a.content.text, 'the hall must close because “the roof leaks,”');
  });

  it('leaves the repeated pronoun speaker only the quotation after it', () => {
    const text = 'The librarian said the hall must close because “the roof leaks,” she said. “It is not safe.”';
    const as = attributionsOf(text, [], parc);
    assert.deepEqual(as.map((a) => [a.source?.text, a.content.text]), [
      ['The librarian', 'the hall must close because “the roof leaks,”'],
      ['she', '“It is not safe.”'],
    ]);
  });

  it('keeps a quotation followed by a plain noun phrase in the content', () => {
    const a = byCue(attributionsOf('The captain said the ferry was “a museum piece,” a view the crew shares.', [], parc), 'said');
    assert.equal(a.content.text, 'the ferry was “a museum piece,” a view the crew shares');
  });
});

describe('a reported clause opening with a condition', () => {
  it('runs past the comma that closes the condition, even before a clause that reads like a speaker', () => {
    const a = byCue(attributionsOf('Growers worried that if the county delayed the sale, the bank could warn the farmers.', [], parc), 'worried');
    assert.equal(a.content.text, 'that if the county delayed the sale, the bank could warn the farmers');
  });

  it('still stops before a later attribution tail', () => {
    const a = byCue(attributionsOf('The warden said that when the gate opened, it was too narrow, according to the log.', [], parc), 'said');
    assert.equal(a.content.text, 'that when the gate opened, it was too narrow');
  });
});

describe('time words before an occasion noun', () => {
  it('read "at a Tuesday morning briefing in Leeds" as the occasion, before "that"', () => {
    const a = byCue(attributionsOf('The coach said at a Tuesday morning briefing in Leeds that the pitch was flooded.', [], parc), 'said');
    assert.equal(a.content.text, 'that the pitch was flooded');
  });

  it('read "at a Monday news conference" the same way', () => {
    const a = byCue(attributionsOf('The sheriff told reporters at a Monday news conference that the bridge was shut.', [], parc), 'told');
    assert.equal(a.content.text, 'that the bridge was shut');
  });
});

describe('a fronted adverbial before a quotation left of its speaker', () => {
  it('leaves a quotation after "As for …," on its own', () => {
    const a = byCue(attributionsOf('As for cost, “it will be small,” the treasurer said.', [], parc), 'said');
    assert.equal(a.content.text, '“it will be small,”');
  });

  it('leaves a quotation after a fronted time adverbial on its own', () => {
    const a = byCue(attributionsOf('In 2019, “we lost the orchard,” the grower said.', [], parc), 'said');
    assert.equal(a.content.text, '“we lost the orchard,”');
  });

  it('keeps a fronted place phrase', () => {
    const a = byCue(attributionsOf('In the valley, 40 barns were flooded, the survey said.', [], parc), 'said');
    assert.equal(a.content.text, 'In the valley, 40 barns were flooded');
  });

  it('drops "Conversely," like other connectives', () => {
    const a = byCue(attributionsOf('Conversely, most anglers backed the ban, the survey found.', [], parc), 'found');
    assert.equal(a.content.text, 'most anglers backed the ban');
  });
});

describe('words after a quotation that go on with the object', () => {
  it('keeps "in" with a plain noun phrase in the content', () => {
    const a = byCue(attributionsOf('The economist cited “supply shocks” in coastal towns that depend on fishing.', [], parc), 'cited');
    assert.equal(a.content.text, '“supply shocks” in coastal towns that depend on fishing');
  });

  it('keeps "as" with a noun phrase in the content', () => {
    const a = byCue(attributionsOf('Each tenant specified “weekly” as the cleaning schedule.', [], parc), 'specified');
    assert.equal(a.content.text, '“weekly” as the cleaning schedule');
  });

  it('still leaves the occasion of the saying out', () => {
    const a = byCue(attributionsOf('The coach said “we are ready” at the town hall.', [], parc), 'said');
    assert.equal(a.content.text, '“we are ready”');
    const b = byCue(attributionsOf('The coach said “we are ready” as he left.', [], parc), 'said');
    assert.equal(b.content.text, '“we are ready”');
  });
});

describe('a comma inside the closing quotation mark', () => {
  it('ends the content before a contrasting clause', () => {
    const a = byCue(attributionsOf('Most parents said the canteen is “clean enough to reopen,” while a few said the same of the gym.', [], parc), 'said');
    assert.equal(a.content.text, 'the canteen is “clean enough to reopen,”');
  });

  it('ends the content before an attribution tail', () => {
    const a = byCue(attributionsOf('The warden said the wall was “not sound,” according to the log.', [], parc), 'said');
    assert.equal(a.content.text, 'the wall was “not sound,”');
  });
});

describe('a dateline opening the paragraph', () => {
  it('is not part of the content before the speaker', () => {
    const a = byCue(attributionsOf('LISBON ― The tram fare rise is unfair to pensioners, unions said on Monday.', [], parc), 'said');
    assert.equal(a.content.text, 'The tram fare rise is unfair to pensioners');
  });

  it('reads a dateline with a state and a double hyphen', () => {
    const a = byCue(attributionsOf('SANTA FE, N.M. -- The dam is sound, the engineer said.', [], parc), 'said');
    assert.equal(a.content.text, 'The dam is sound');
  });

  it('leaves a capitalised name with a dash insert later in the paragraph alone', () => {
    const a = byCue(attributionsOf('The dam is sound. UNESCO - the agency - is wrong, the engineer said.', [], parc), 'said');
    assert.equal(a.content.text, 'UNESCO - the agency - is wrong');
  });
});

describe('a bracket around the whole sentence', () => {
  it('is not the content\'s closing bracket', () => {
    const a = byCue(attributionsOf('(Engineers say the ramp is safe.)', [], parc), 'say');
    assert.equal(a.content.text, 'the ramp is safe');
  });

  it('keeps a bracket the content opens', () => {
    const a = byCue(attributionsOf('Engineers say the ramp is safe (and wide).', [], parc), 'say');
    assert.equal(a.content.text, 'the ramp is safe (and wide)');
  });
});

describe('"that" before a quotation', () => {
  it('belongs to the content without a comma too', () => {
    const a = byCue(attributionsOf('The museum says on its website that “the west wing is closed.”', [], parc), 'says');
    assert.equal(a.content.text, 'that “the west wing is closed.”');
  });

  it('stays out under inner extents', () => {
    const a = byCue(attributionsOf('The museum says on its website that “the west wing is closed.”'), 'says');
    assert.equal(a.content.text, 'the west wing is closed.');
  });
});

describe('a base form after a singular name-headed subject', () => {
  it('is a noun inside the subject, not the cue ("The Oregon state auditor says")', () => {
    const as = attributionsOf('The Oregon state auditor says the fund lost money.', [], parc);
    assert.deepEqual(as.map((a) => [a.cue.text, a.content.text]), [['says', 'the fund lost money']]);
  });

  it('reads "A Harbour Board report published in May found that" the same way', () => {
    const a = byCue(attributionsOf('A Harbour Board report published in May found that the pier was unsafe.', [], parc), 'found');
    assert.equal(a.content.text, 'that the pier was unsafe');
  });

  it('still reads a plural name with a base form as a verb', () => {
    const a = byCue(attributionsOf('The Greens say the tax is dead.', [], parc), 'say');
    assert.equal(a.content.text, 'the tax is dead');
  });
});
