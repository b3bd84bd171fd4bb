import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue, ENTITIES, only, spanOf } from './helpers.js';

describe('direct quotations', () => {
  it('takes the words inside curly quotes with the speaker after them', () => {
    const text = '“We will respond to any provocation,” Kim Jong Un said.';
    const a = only(attributionsOf(text, [ENTITIES.kim!]));
    assert.equal(a.source?.text, 'Kim Jong Un');
    assert.equal(a.source?.name, 'Kim Jong Un');
    assert.equal(a.cue.text, 'said');
    assert.deepEqual([a.content.start, a.content.end], spanOf(text, 'We will respond to any provocation'));
    assert.equal(a.kind, 'direct');
    assert.equal(a.channel, null);
    assert.equal(a.hedged, false);
  });

  it('reads straight quotes and a speaker after the verb with an apposition', () => {
    const text = '"The test failed," said Lee Min-ho, a researcher at the Asan Institute.';
    const a = only(attributionsOf(text));
    assert.equal(a.source?.text, 'Lee Min-ho');
    assert.equal(a.cue.text, 'said');
    assert.equal(a.content.text, 'The test failed');
    assert.equal(a.kind, 'direct');
  });

  it('takes a quotation after a colon', () => {
    const text = 'The minister said: "We are ready for talks."';
    const a = only(attributionsOf(text));
    assert.equal(a.source?.text, 'The minister');
    assert.equal(a.content.text, 'We are ready for talks.');
    assert.equal(a.kind, 'direct');
  });

  it('takes a quotation after a comma and the listener', () => {
    const text = 'Shin Seung-ki told Reuters, “The launch was a test.”';
    const a = only(attributionsOf(text, [ENTITIES.shin!, ENTITIES.reuters!]));
    assert.equal(a.source?.name, 'Shin Seung-ki');
    assert.equal(a.content.text, 'The launch was a test.');
    assert.equal(a.channel?.name, 'Reuters');
  });

  it('keeps a quotation of several sentences whole', () => {
    const text = '“We are ready. We will not back down,” the spokesman said.';
    const a = only(attributionsOf(text));
    assert.equal(a.content.text, 'We are ready. We will not back down');
    assert.equal(a.sentence, 1);
  });

  it('follows a quotation into the next paragraph when that paragraph re-opens with a quote mark', () => {
    const text = 'The minister said: “We are ready.\n\n“We will respond to any provocation.”\n\nThe talks begin Monday.';
    const a = only(attributionsOf(text));
    assert.deepEqual([a.content.start, a.content.end], [spanOf(text, 'We are ready.')[0], spanOf(text, 'provocation.')[1]]);
    assert.equal(a.kind, 'direct');
  });

  it('joins a quotation continued after the speaker in the same paragraph to the same statement, in pieces', () => {
    const text = '“We are ready,” Kim Jong Un said. “The enemy will regret it.”';
    const a = only(attributionsOf(text, [ENTITIES.kim!]));
    assert.equal(a.content.text, 'We are ready');
    assert.deepEqual(a.pieces?.map((p) => p.text), ['We are ready', 'The enemy will regret it.']);
    assert.equal(a.source?.name, 'Kim Jong Un');
    assert.equal(a.kind, 'direct');
  });

  it('reads a speaker clause on its own after a closed quotation', () => {
    const text = '“It was a deliberate provocation.” The ministry said.';
    const a = only(attributionsOf(text));
    assert.equal(a.content.text, 'It was a deliberate provocation.');
  });

  it('treats words before a quotation in the same sentence as part of a mixed content', () => {
    const text = 'The plan is “dead on arrival,” the senator said.';
    const a = only(attributionsOf(text));
    assert.equal(a.content.text, 'The plan is “dead on arrival,”');
    assert.equal(a.kind, 'mixed');
  });

  it('reads the doubled apostrophes some newspapers use as quotation marks', () => {
    const text = "''It was the least bad outcome,'' said Ms. Park.";
    const a = only(attributionsOf(text));
    assert.equal(a.content.text, 'It was the least bad outcome');
    assert.equal(a.source?.text, 'Ms. Park');
  });

  it('lets a verb that is a cue only next to a quotation attribute it', () => {
    const text = '“We won,” she joked. She joked about the weather.';
    const a = only(attributionsOf(text));
    assert.equal(a.cue.text, 'joked');
    assert.equal(a.content.text, 'We won');
  });

  it('does not give a quoted title to the speaker of the rest of the sentence', () => {
    const text = 'On the programme “Meet the Press,” the senator said his party would win.';
    const a = only(attributionsOf(text));
    assert.equal(a.content.text, 'his party would win');
    assert.equal(a.kind, 'indirect');
  });

  it('takes a quoted paragraph after a speaker line ending in a colon', () => {
    const text = 'The senator continued:\n\n“The health issue is a partisan issue.”';
    const a = byCue(attributionsOf(text), 'continued');
    assert.equal(a.content.text, 'The health issue is a partisan issue.');
  });

  it('joins a quotation resumed after a comma and the speaker ("“A,” he said, “B”")', () => {
    const text = '“The border is closed,” the minister said, “and it will stay closed until spring.”';
    const a = only(attributionsOf(text));
    assert.deepEqual(a.pieces?.map((p) => p.text), ['The border is closed', 'and it will stay closed until spring.']);
    assert.equal(a.source?.text, 'the minister');
  });

  it('keeps the quotation marks on every piece under PARC extents', () => {
    const text = '“We are ready,” she said. “Nobody will stop us.”';
    const a = only(attributionsOf(text, [], { extents: 'parc' }));
    assert.deepEqual(a.pieces?.map((p) => p.text), ['“We are ready,”', '“Nobody will stop us.”']);
    assert.equal(a.content.text, '“We are ready,”');
  });

  it('leaves a quotation after the speaker to a second speaker who claims it', () => {
    const text = '“We are ready,” Kim Jong Un said. “We are not,” the general replied.';
    const all = attributionsOf(text, [ENTITIES.kim!]);
    assert.equal(all.length, 2);
    assert.ok(all.every((a) => a.pieces === undefined));
  });

  it('finds hedges in a later piece of the content', () => {
    const text = '“The test went well,” the agency said. “More launches may follow.”';
    const a = only(attributionsOf(text));
    assert.equal(a.hedged, true);
    assert.deepEqual(a.hedges.map((h) => h.text), ['may']);
  });
});
