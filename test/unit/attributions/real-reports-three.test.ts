// Session 13 (helper "ratt13"): shapes read wrong on real news reports of many outlets, judged by hand.
// Every sentence here is invented.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue, type EntitySpec } from './helpers.js';

describe('the listener of a request or a warning ends where what is asked begins', () => {
  it('a quotation told to a listener "in the town of X" is the quotation', () => {
    const text = '“We fished every day,” Maria Lopez told a crowd in the village of Dunmore.';
    const lopez: EntitySpec = { name: 'Maria Lopez', type: 'person', forms: ['Maria Lopez'] };
    const a = byCue(attributionsOf(text, [lopez]), 'told');
    assert.equal(a.content.text, 'We fished every day');
    assert.equal(a.source?.name, 'Maria Lopez');
  });

  it('"warning voters against …" warns against something', () => {
    const a = byCue(attributionsOf('The mayor entered the race by warning voters against moving too far to the right.'), 'warning');
    assert.equal(a.content.text, 'against moving too far to the right');
  });

  it('"asked the judge not to …" asks not to', () => {
    const a = byCue(attributionsOf("The defense asked the judge not to extend Roe's deadline for filing notice of an appeal."), 'asked');
    assert.equal(a.content.text, "not to extend Roe's deadline for filing notice of an appeal");
  });

  it('"asked the board for X, Y" asks for X', () => {
    const a = attributionsOf('Greene asked the board for longer hours, from 9 a.m. to 6 p.m.').find((x) => x.cue.text.startsWith('asked'));
    assert.equal(a?.content.text.startsWith('for longer hours') || a?.content.text.startsWith('longer hours'), true, a?.content.text);
  });
});
