import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, type EntitySpec } from './helpers.js';

const SMITH: EntitySpec = { name: 'Dana Smith', type: 'person', forms: ['Dana Smith'] };

// Session 10: predictions that are no statement made.

describe('a speech act under a modal inside another speaker\'s statement', () => {
  it('is the outer speaker\'s prediction, not a statement made', () => {
    const as = attributionsOf('Aides say the governor will announce a new housing plan on Friday.');
    assert.deepEqual(as.map((a) => a.cue.text), ['say']);
  });

  it('drops a hypothetical act with words between the modal and the verb', () => {
    const as = attributionsOf('The minister said the country would formally declare its intention to leave the pact.');
    assert.deepEqual(as.map((a) => a.cue.text), ['said']);
  });

  it('keeps a speech act that was made', () => {
    const as = attributionsOf('Aides say the governor announced a new housing plan on Friday.');
    assert.deepEqual(as.map((a) => a.cue.text).sort(), ['announced', 'say']);
  });
});

describe('a verb of saying done by a thing inside another speaker\'s statement', () => {
  it('is evidence the outer speaker cites: "experts say it underscores …"', () => {
    const as = attributionsOf('Analysts say it underscores the bank\'s resolve to raise rates again.');
    assert.deepEqual(as.map((a) => a.cue.text), ['say']);
  });

  it('keeps the act when a person does it', () => {
    const as = attributionsOf('Analysts say the governor underscored the need to raise rates again.');
    assert.deepEqual(as.map((a) => a.cue.text).sort(), ['say', 'underscored']);
  });
});

describe('a speaker read after its cue that cannot be one', () => {
  it('is no clause: "…, complained that …" names no speaker after the verb', () => {
    const as = attributionsOf('The plan sets a floor, named after Jane Smith, the retired banker, complained that she paid less tax than her driver.');
    assert.ok(!as.some((a) => /^that\b/.test(a.source?.text ?? '')), JSON.stringify(as.map((a) => a.source?.text)));
  });

  it('is no listener of "told"', () => {
    const as = attributionsOf('At a forum on Sunday, Roe, the union leader, bluntly told a young voter who asked about wages that nothing would change.');
    assert.ok(!as.some((a) => a.source?.text === 'a young voter'), JSON.stringify(as.map((a) => a.source?.text)));
  });
});

describe('"compared to/with" right after a comma', () => {
  it('is a comparison, not an act of comparing', () => {
    const as = attributionsOf('Conversely, 60 percent of the senator\'s votes were rated false, compared to 24 percent of the others.');
    assert.ok(!as.some((a) => a.cue.text === 'compared'), JSON.stringify(as.map((a) => a.cue.text)));
  });

  it('is a comparison with "with" too', () => {
    const as = attributionsOf('Conversely, the senator\'s votes were counted late, compared with a third of the others.');
    assert.ok(!as.some((a) => a.cue.text === 'compared'), JSON.stringify(as.map((a) => a.cue.text)));
  });

  it('keeps a speaker comparing one thing to another', () => {
    const as = attributionsOf('The senator compared the new tax to a fine on working families.');
    assert.deepEqual(as.map((a) => a.cue.text), ['compared']);
  });
});

describe('a question put to the reader', () => {
  it('states nothing: "Do you know that …?"', () => {
    const as = attributionsOf('Do you know that your senator voted for the tax?');
    assert.deepEqual(as, []);
  });

  it('states nothing: "Would you think …?"', () => {
    const as = attributionsOf('Or would you think she must be the worst candidate?');
    assert.deepEqual(as, []);
  });

  it('keeps a question a speaker asks', () => {
    const as = attributionsOf('He asked: Do you think the mayor is right?');
    assert.deepEqual(as.map((a) => a.cue.text), ['asked']);
  });
});

describe('a quotation followed by a dash and a lower-case description', () => {
  it('is the writer\'s apposition, not a signature', () => {
    const as = attributionsOf('Jones cynically dismissed the member state as being in the “suburbs of Moscow” — a metaphor for the party’s abandonment of principle at the altar of Dana Smith.', [SMITH]);
    assert.ok(!as.some((a) => a.cue.text === '—'), JSON.stringify(as.map((a) => [a.source?.text, a.cue.text])));
  });

  it('keeps a signature with a name', () => {
    const as = attributionsOf('“We deserve better.” ― Maria Lopez\n\nThe letters kept coming.');
    assert.equal(as.find((a) => a.cue.text === '―')?.source?.text, 'Maria Lopez');
  });
});
