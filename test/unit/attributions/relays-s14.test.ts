// Session 14, the lead: "Per X, …", "based on figures from X" and "reported for <outlet>" (invented sentences).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, only, type EntitySpec } from './helpers.js';

const NBC: EntitySpec = { name: 'NBC News', type: 'organisation', sourceType: 'media', forms: ['NBC News'] };
const NPR: EntitySpec = { name: 'NPR', type: 'organisation', sourceType: 'media', forms: ['NPR'] };
const ROE: EntitySpec = { name: 'Jane Roe', type: 'person', forms: ['Jane Roe'] };

describe('"per" and "based on … from" name a source', () => {
  it('reads "Per X, …" at the start and "…, per X." at the end', () => {
    const first = only(attributionsOf('Per NBC News, the governor will sign the bill on Friday.', [NBC]));
    assert.equal(first.source?.name, 'NBC News');
    assert.equal(first.content.text, 'the governor will sign the bill on Friday');
    const last = only(attributionsOf('The bill takes effect next month, per a state official.'));
    assert.equal(last.source?.text, 'a state official');
    assert.equal(last.content.text, 'The bill takes effect next month');
  });

  it('leaves "per" inside a clause alone ("$80 per barrel", "per capita")', () => {
    assert.deepEqual(attributionsOf('Oil rose to $80 per barrel on Monday.'), []);
    assert.deepEqual(attributionsOf('Income per capita fell by a tenth.'), []);
  });

  it('reads "based on figures from X"', () => {
    const a = only(attributionsOf('The company lost $2 billion last year, based on figures from the trade ministry.'));
    assert.equal(a.source?.text, 'the trade ministry');
    assert.equal(a.content.text, 'The company lost $2 billion last year');
    assert.deepEqual(attributionsOf('The plan was based on advice from lawyers.'), []);
  });
});

describe('whom a writer reports for', () => {
  it('is the channel when it is an outlet', () => {
    const a = only(attributionsOf('As Jane Roe reported for NPR on Monday, the agency has lost half its staff.', [ROE, NPR]));
    assert.equal(a.source?.name, 'Jane Roe');
    assert.equal(a.channel?.name, 'NPR');
    assert.equal(a.content.text, 'the agency has lost half its staff');
  });

  it('is no channel when it is a stretch of time', () => {
    assert.equal(only(attributionsOf('Jane Roe wrote for years that the agency was failing.', [ROE])).channel, null);
  });
});

describe('a surname that is a time word', () => {
  it('speaks after a quotation, before or after its verb', () => {
    const DAY: EntitySpec = { name: 'Ann Day', type: 'person', forms: ['Day'] };
    assert.equal(only(attributionsOf('"We will not back down," Day said on Monday.', [DAY])).source?.name, 'Ann Day');
    assert.equal(only(attributionsOf('"The vote was close," said Day, a senator from Ohio.', [DAY])).source?.name, 'Ann Day');
  });
});
