import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue } from './helpers.js';

describe('a reported clause without "that" goes on past an insert', () => {
  it('reads on past a pair of dashes', () => {
    const a = byCue(attributionsOf('The engineer said the bridge — built in 1920 — was unsafe for heavy trucks.'), 'said');
    assert.equal(a.content.text, 'the bridge — built in 1920 — was unsafe for heavy trucks');
  });

  it('reads on past a relative clause set off by commas', () => {
    const a = byCue(attributionsOf('The mayor said the plan, which the council approved last year, would cost too much.'), 'said');
    assert.equal(a.content.text, 'the plan, which the council approved last year, would cost too much');
  });
});

describe('a "who" insert inside reported content', () => {
  it('keeps the clause going after ", who …,"', () => {
    const a = byCue(attributionsOf('The senator said her rival, who lost twice, should step aside.'), 'said');
    assert.equal(a.content.text, 'her rival, who lost twice, should step aside');
  });

  it('still ends before a closing ", who …" aside', () => {
    const a = byCue(attributionsOf('The senator said she would back Maria Lopez, who lost twice.'), 'said');
    assert.equal(a.content.text, 'she would back Maria Lopez');
  });
});

describe('a "which" insert inside an object content', () => {
  it('keeps the object going after ", which …," when more of it follows', () => {
    const a = byCue(attributionsOf('The governor vowed to form a panel, which would include two judges, to study the crash.'), 'vowed');
    assert.equal(a.content.text, 'to form a panel, which would include two judges, to study the crash');
  });

  it('still ends an act\'s object before the insert when its occasion follows', () => {
    const a = byCue(attributionsOf('The governor criticized the plan, which would cost millions, during the debate.'), 'criticized');
    assert.equal(a.content.text, 'the plan');
  });
});

describe('verbs of attempt', () => {
  it('do not read "tried to" before a plain act as a stance', () => {
    const as = attributionsOf('The council tried to fix the roof before the storm.');
    assert.ok(!as.some((a) => a.cue.text === 'tried'), JSON.stringify(as.map((a) => a.cue.text)));
  });

  it('still read "tried to" before a verb of saying', () => {
    const as = attributionsOf('The council tried to argue that the roof was safe.');
    assert.ok(as.some((a) => /argue|tried/.test(a.cue.text)), JSON.stringify(as.map((a) => a.cue.text)));
  });
});

describe('lines before a colon that are no speaker label', () => {
  it('does not read "Read more on AFP:" as a speaker', () => {
    const as = attributionsOf('The town hall closes at noon.\n\nRead more on AFP: the full story.');
    assert.ok(!as.some((a) => a.cue.text === ':'), JSON.stringify(as.map((a) => [a.source?.text, a.content.text])));
  });

  it('does not read a "Source:" credit line as a speaker', () => {
    const as = attributionsOf('Ferry fares rose by a third last year.\n\nSource: Harbour Board.');
    assert.ok(!as.some((a) => a.cue.text === ':'), JSON.stringify(as.map((a) => [a.source?.text, a.content.text])));
  });
});
