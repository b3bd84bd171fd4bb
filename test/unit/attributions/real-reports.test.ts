// Session 11 (helper "ratt"): shapes read wrong on real news reports of many outlets, judged by hand.
// Every sentence here is invented.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue, type EntitySpec } from './helpers.js';

const berg: EntitySpec = { name: 'Anna Berg', type: 'person', forms: ['Anna Berg'] };

describe('a speaker pronoun the entities layer linked to a person talked about', () => {
  it('is the last speaker when that person is named inside the quotation', () => {
    const text = 'Prosecutor Anna Berg said the audit was late. “Judge Omar Reyes never read it,” she said.';
    // the entities layer links "she" to the person named last
    const reyes: EntitySpec = { name: 'Omar Reyes', type: 'person', forms: ['Omar Reyes', ['she', 'pronoun']] };
    const a = byCue(attributionsOf(text, [berg, reyes]).filter((x) => x.source?.text === 'she'), 'said');
    assert.equal(a.source?.name, 'Anna Berg');
  });

  it('is the last speaker when that person is named inside what the speaker said', () => {
    const text = 'Anna Berg noted that Paul Dorn took the money. Citing the ledger, she said the sums were small.';
    const dorn: EntitySpec = { name: 'Paul Dorn', type: 'person', forms: ['Paul Dorn', ['she', 'pronoun']] };
    const a = attributionsOf(text, [berg, dorn]).find((x) => x.source?.text === 'she' && x.cue.text === 'said');
    assert.equal(a?.source?.name, 'Anna Berg');
  });

  it('keeps the entities layer reading when the person is no one talked about', () => {
    const text = 'Paul Dorn said the audit was late. Later Anna Berg arrived at the court. She said the sums were small.';
    const dorn: EntitySpec = { name: 'Paul Dorn', type: 'person', forms: ['Paul Dorn'] };
    const bergShe: EntitySpec = { name: 'Anna Berg', type: 'person', forms: ['Anna Berg', ['She', 'pronoun']] };
    const a = attributionsOf(text, [dorn, bergShe]).find((x) => x.source?.text === 'She');
    assert.equal(a?.source?.name, 'Anna Berg');
  });

  it('is not a speaker a pronoun of the other gender stood for', () => {
    const text = 'Anna Berg spoke first. She said that Paul Dorn took the money. “I never did,” he said.';
    const bergShe: EntitySpec = { name: 'Anna Berg', type: 'person', forms: ['Anna Berg', ['She', 'pronoun']] };
    const dorn: EntitySpec = { name: 'Paul Dorn', type: 'person', forms: ['Paul Dorn', ['he', 'pronoun']] };
    const a = attributionsOf(text, [bergShe, dorn]).find((x) => x.source?.text === 'he');
    assert.equal(a?.source?.name, 'Paul Dorn');
  });
});

describe('a plea in court', () => {
  it('is no statement ("pleaded guilty", "pleaded not guilty", "pleaded no contest")', () => {
    const as = attributionsOf('The driver pleaded guilty Friday to two counts of fraud. His partner has pleaded not guilty. A third man pleaded no contest.');
    assert.deepEqual(as.map((a) => [a.cue.text, a.content.text]), []);
  });

  it('leaves a plea for something said to someone', () => {
    const a = byCue(attributionsOf('The mother pleaded with the judge that her son was only a lookout.'), 'pleaded');
    assert.equal(a.content.text, 'her son was only a lookout');
  });
});

describe('a document noun right before a participle of saying', () => {
  it('is the source of what the participle phrase says ("a resolution calling for …")', () => {
    const a = byCue(attributionsOf('The council vetoed a draft resolution calling for an immediate truce.'), 'calling for');
    assert.equal(a.source?.text, 'a draft resolution');
    assert.equal(a.content.text, 'an immediate truce');
    const b = byCue(attributionsOf('Lawmakers ignored parliamentary reports urging new rules for online ads.'), 'urging');
    assert.equal(b.source?.text, 'parliamentary reports');
  });

  it('ends the content where the sentence goes on with its own verb', () => {
    const a = byCue(attributionsOf('A resolution demanding an immediate truce was vetoed by the United States.'), 'demanding');
    assert.equal(a.content.text, 'an immediate truce');
    const b = byCue(attributionsOf('The US vetoed a resolution calling for a truce last week, and was one of the few to vote no.'), 'calling for');
    assert.equal(b.content.text, 'a truce last week');
  });

  it('leaves a fronted phrase to the main clause and a document its issuer put out', () => {
    const as = attributionsOf('In a statement announcing the pick, the union said the senator was a champion.');
    assert.ok(as.every((a) => a.source?.text !== 'a statement'), JSON.stringify(as.map((a) => a.source?.text)));
    const b = byCue(attributionsOf('The agency issued a statement saying the plant was safe.'), 'saying');
    assert.equal(b.source?.text, 'The agency');
  });
});

describe('a statement relayed by "according to" after its own speaker clause', () => {
  it('is one attribution: the speaker\'s, with the relay as its channel', () => {
    const as = attributionsOf('“We are ready,” he told party members, according to a statement.');
    assert.deepEqual(as.map((a) => [a.source?.text, a.cue.text, a.channel?.name]), [['he', 'told', 'a statement']]);
    const bs = attributionsOf('The chief said the officers waited for an hour, according to the video.');
    assert.deepEqual(bs.map((a) => [a.source?.text, a.cue.text, a.channel?.name]), [['The chief', 'said', 'the video']]);
  });

  it('keeps the relay for a stance or an act it reports', () => {
    const as = attributionsOf('The two states have maintained a policy of turning boats away, according to the agency.');
    assert.ok(as.some((a) => a.cue.text === 'according to'), JSON.stringify(as.map((a) => a.cue.text)));
  });
});

describe('quotation marks and names after them', () => {
  it('reads a doubled right single quote as the close of a double quotation (“…,’’ / ‘‘…’’)', () => {
    const a = byCue(attributionsOf('“It was a mistake,’’ the coach said. ‘‘We will appeal,’’ the lawyer told the court.'), 'said');
    assert.equal(a.content.text, 'It was a mistake');
    assert.equal(byCue(attributionsOf('‘‘We will appeal,’’ the lawyer said.'), 'said').content.text, 'We will appeal');
  });

  it('reads a capitalised auxiliary before a surname as a first name ("Will Moy")', () => {
    const a = byCue(attributionsOf('“It was wrong,” Will Moy, head of the group, told the paper.'), 'told');
    assert.equal(a.source?.text, 'Will Moy');
  });
});

describe('passives with a time or an agent before their preposition', () => {
  it('reads "was accused Wednesday of …"', () => {
    const a = byCue(attributionsOf('The party was accused Wednesday of trying to deceive voters.'), 'was accused');
    assert.deepEqual(a.pieces?.map((p) => p.text), ['The party', 'trying to deceive voters']);
  });

  it('reads "is accused by critics of …" with the agent as source', () => {
    const a = byCue(attributionsOf('The mayor is accused by critics of ignoring the flood.'), 'is accused');
    assert.equal(a.source?.text, 'critics');
    assert.deepEqual(a.pieces?.map((p) => p.text), ['The mayor', 'ignoring the flood']);
  });
});

describe('manner verbs next to a quotation', () => {
  it('reads "recounted" as saying the quotation', () => {
    const a = byCue(attributionsOf('“My people had it done,” the mayor recounted in a cabinet meeting.'), 'recounted');
    assert.equal(a.source?.text, 'the mayor');
  });

  it('reads a manner verb in a sentence of its own as a reaction, not the speaker', () => {
    const as = attributionsOf('“I want more,” the mayor said. “Tell them to buy more.” The aides laughed.');
    assert.ok(!as.some((a) => a.cue.text === 'laughed'), JSON.stringify(as.map((a) => a.cue.text)));
  });
});

describe('"with" + a speaker + a participle of saying after a clause', () => {
  it('is that speaker\'s statement ("…, with critics saying that …")', () => {
    const a = byCue(attributionsOf('The port faced questions over its fees, with critics saying that it had ignored the rules.'), 'saying');
    assert.equal(a.source?.text, 'critics');
    assert.equal(a.content.text, 'it had ignored the rules');
  });

  it('leaves "with" and a person who says nothing in particular', () => {
    const as = attributionsOf('He left the room with his lawyer.');
    assert.deepEqual(as, []);
  });
});
