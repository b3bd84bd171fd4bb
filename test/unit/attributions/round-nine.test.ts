import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue, ENTITIES } from './helpers.js';

describe('a base form after "and" before a plain noun', () => {
  it('reads "and state law" as part of the content, not a second statement', () => {
    const a = byCue(attributionsOf('The letter says the parish broke federal and state law by selling the land.'), 'says');
    assert.equal(a.content.text, 'the parish broke federal and state law by selling the land');
  });

  it('still reads a base form with a complement as the speaker\'s second verb', () => {
    const as = attributionsOf('They will say the count was fair and state that the ballots were secure.');
    assert.equal(byCue(as, 'say').content.text, 'the count was fair');
    assert.equal(byCue(as, 'state').content.text, 'the ballots were secure');
  });
});

describe('a listener opened by a possessive name', () => {
  it('reads the noun phrase after the possessive into the listener, not the content', () => {
    const a = byCue(attributionsOf('The senator told Reuters\'s weekly newsmaker series it is clear that the levy failed.', [ENTITIES.reuters!]), 'told');
    assert.equal(a.content.text, 'it is clear that the levy failed');
  });

  it('leaves a listener without a possessive as it was', () => {
    const a = byCue(attributionsOf('The senator told Reuters it is clear that the levy failed.', [ENTITIES.reuters!]), 'told');
    assert.equal(a.content.text, 'it is clear that the levy failed');
  });
});

describe('a relative clause with its own speaker', () => {
  it('ends the content before ", which he said …"', () => {
    const as = attributionsOf('Witnesses said the driver had nothing in his hands, which he said were at his side when he was stopped.');
    const outer = as.find((a) => a.source?.text === 'Witnesses')!;
    assert.equal(outer.content.text, 'the driver had nothing in his hands');
  });

  it('keeps a relative clause with no verb of saying in the content', () => {
    const a = byCue(attributionsOf('Officials said the driver had a cut on his hand, which he got from the broken glass.'), 'said');
    assert.equal(a.content.text, 'the driver had a cut on his hand, which he got from the broken glass');
  });
});

describe('a programme in quotation marks after a possessive listener', () => {
  it('reads the programme into the listener and the that-clause as the content', () => {
    const a = byCue(attributionsOf('The minister tells Reuters\'s “Morning Brief” on Friday that the inquiry remains open.', [ENTITIES.reuters!]), 'tells');
    assert.equal(a.content.text, 'the inquiry remains open');
  });
});

describe('an inverted speaker after an auxiliary', () => {
  it('reads no speaker after "have urged"', () => {
    const as = attributionsOf('Supporters, including the teachers, have urged Kim Jong Un to keep the library open.', [ENTITIES.kim!]);
    assert.ok(!as.some((a) => a.source?.text.startsWith('Kim Jong Un')), JSON.stringify(as.map((a) => a.source?.text)));
  });

  it('still reads one after a bare verb', () => {
    const a = byCue(attributionsOf('The library will stay open, said Kim Jong Un.', [ENTITIES.kim!]), 'said');
    assert.equal(a.source?.text, 'Kim Jong Un');
  });
});

describe('"as" before a speaker whose verb has its own content', () => {
  it('reads "as she called for …" with the object as the content', () => {
    const a = byCue(attributionsOf('The hall fell silent as she called for the repeal of the curfew.'), 'called for');
    assert.equal(a.content.text, 'the repeal of the curfew');
  });

  it('keeps the parenthetical "as X predicted" with the content before it', () => {
    const a = byCue(attributionsOf('Rents rose sharply as the analysts had predicted.'), 'predicted');
    assert.equal(a.content.text, 'Rents rose sharply');
  });
});

describe('a quotation left open before a paragraph with another kind of mark', () => {
  it('does not run a straight quotation on into a curly one', () => {
    const text = 'The columnist writes:\n\n"The first time the ferry sank, the village was asleep.\n\n“Nobody heard a thing,” the harbour master said.';
    const a = byCue(attributionsOf(text), 'said');
    assert.equal(a.content.text, 'Nobody heard a thing');
  });

  it('still runs a curly quotation on into a paragraph re-opened with a curly mark', () => {
    const text = '“The ferry was late,” the harbour master said. “It always is.\n\n“Nobody minds,” he added.';
    const a = byCue(attributionsOf(text), 'added');
    assert.ok(a.content.text.startsWith('It always is.'), a.content.text);
  });
});

describe('a free relative "what X says …"', () => {
  it('ends the clause at the first conjunction', () => {
    const a = byCue(attributionsOf('The gap between what the mayor says the levy would raise and what it would raise is wide.'), 'says');
    assert.equal(a.content.text, 'the levy would raise');
  });

  it('ends the clause at the first comma', () => {
    const a = byCue(attributionsOf('The gap between what the mayor says the levy would raise, and what it would raise, is wide.'), 'says');
    assert.equal(a.content.text, 'the levy would raise');
  });
});
