import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue } from './helpers.js';

describe('reported clauses after "that"', () => {
  it('keeps a clause that opens with a subordinator after an explicit "that"', () => {
    const a = byCue(attributionsOf('The mayor said that because the budget is late, the pools will stay closed.'), 'said');
    assert.equal(a.content.text, 'because the budget is late, the pools will stay closed');
  });

  it('still reads "said when …" without "that" as a circumstance, not what was said', () => {
    const all = attributionsOf('The mayor said when the budget passed that nothing would change.');
    assert.ok(all.every((a) => !a.content.text.startsWith('the budget passed')));
  });
});

describe('mixed quote marks', () => {
  it('lets a straight mark close a curly quotation opened in the same paragraph', () => {
    const text = 'The coach said there was “no sign" of an injury.\n\n"We will know more tomorrow," she added.';
    const all = attributionsOf(text, [], { extents: 'parc' });
    assert.equal(byCue(all, 'said').content.text, 'there was “no sign" of an injury');
    assert.equal(byCue(all, 'added').content.text, '"We will know more tomorrow,"');
  });
});

describe('evaluative objects stop before the act\'s occasion and a second act', () => {
  it('ends the object before "in" + an occasion noun', () => {
    const a = byCue(attributionsOf('The governor attacked the mayor in a late-night post.'), 'attacked');
    assert.equal(a.content.text, 'the mayor');
  });

  it('ends the object before "during"', () => {
    const a = byCue(attributionsOf('The senator criticized the budget during a radio interview.'), 'criticized');
    assert.equal(a.content.text, 'the budget');
  });

  it('ends the object before "and" + a second past-tense act', () => {
    const a = byCue(attributionsOf('The council praised the new library and approved money for two more.'), 'praised');
    assert.equal(a.content.text, 'the new library');
  });

  it('keeps "and" + a participle with its agent inside the object', () => {
    const a = byCue(attributionsOf('The company denied the claims as untrue and invented by a rival.'), 'denied');
    assert.ok(a.content.text.includes('invented by a rival'), a.content.text);
  });
});

describe('person nouns from a general lexicon', () => {
  it('accepts a lower-case subject headed by a noun for people as the speaker of a belief verb', () => {
    const a = byCue(attributionsOf('But pharmacists worry that the new rules will raise prices.'), 'worry');
    assert.equal(a.source?.text, 'pharmacists');
    assert.equal(a.content.text, 'the new rules will raise prices');
  });
});

describe('stances said with an adjective', () => {
  it('reads "are afraid that …" with the subject as the source', () => {
    const a = byCue(attributionsOf('Many farmers are afraid that the drought will last another year.'), 'are afraid');
    assert.equal(a.source?.text, 'Many farmers');
    assert.equal(a.content.text, 'the drought will last another year');
  });

  it('reads a contracted pronoun and an intensifier ("She\'s so frustrated that …")', () => {
    const a = byCue(attributionsOf('She\'s so frustrated that the library closed early.'), '\'s so frustrated');
    assert.equal(a.source?.text, 'She');
    assert.equal(a.content.text, 'the library closed early');
  });

  it('reads "worried about" with the object as the content', () => {
    const a = byCue(attributionsOf('The officials were worried about the heat in the wards.'), 'were worried');
    assert.equal(a.content.text, 'the heat in the wards');
  });

  it('reads the writer\'s "it is clear that …" without a source', () => {
    const a = byCue(attributionsOf('It is clear that the bridge needs repairs.'), 'is clear');
    assert.equal(a.source, null);
    assert.equal(a.content.text, 'the bridge needs repairs');
  });

  it('ignores an adjective with no linking verb or no reported part', () => {
    assert.equal(attributionsOf('A confident team won the match. The sky was clear.').length, 0);
  });
});

describe('cues after a catenative verb', () => {
  it('gives "continues to insist that" the subject of "continues"', () => {
    const a = byCue(attributionsOf('The mayor continues to insist that the budget is balanced.'), 'insist');
    assert.equal(a.source?.text, 'The mayor');
    assert.equal(a.content.text, 'the budget is balanced');
  });

  it('reads "went on to say that"', () => {
    const a = byCue(attributionsOf('The coach praised the team and went on to say that the season was not over.'), 'say');
    assert.equal(a.content.text, 'the season was not over');
  });

  it('still reads a plain infinitive ("wants to say") as no reported speech of its own', () => {
    const all = attributionsOf('Nobody wants to say the plan failed.');
    assert.ok(all.every((a) => a.cue.text !== 'say'));
  });
});

describe('evidentials: seem, appear, look', () => {
  it('gives "seems to" no source, hedged, with the subject and the infinitive as two pieces', () => {
    const a = byCue(attributionsOf('The old bridge seems to have survived the flood.'), 'seems');
    assert.equal(a.source, null);
    assert.equal(a.hedged, true);
    assert.deepEqual(a.pieces?.map((p) => p.text), ['The old bridge', 'to have survived the flood']);
  });

  it('reads "looks like" and an adjective after "seemed"', () => {
    assert.deepEqual(byCue(attributionsOf('The race looked like a tie.'), 'looked like').pieces?.map((p) => p.text), ['The race', 'a tie']);
    assert.deepEqual(byCue(attributionsOf('The danger seemed far away.'), 'seemed').pieces?.map((p) => p.text), ['The danger', 'far away']);
  });

  it('reads "it appeared that …" as one piece', () => {
    const a = byCue(attributionsOf('It appeared that the talks had stalled.'), 'appeared');
    assert.equal(a.content.text, 'the talks had stalled');
    assert.equal(a.pieces, undefined);
  });

  it('leaves "appeared in court" and "looked at the data" alone', () => {
    assert.equal(attributionsOf('The suspect appeared in court on Monday. The panel looked at the data.').length, 0);
  });
});

describe('reported noun-phrase objects', () => {
  it('ends a noun-phrase object before ", which …"', () => {
    const a = byCue(attributionsOf('The senator acknowledged the risk of flooding, which sets her apart from her party.'), 'acknowledged');
    assert.equal(a.content.text, 'the risk of flooding');
  });

  it('keeps ", which …" in a reported clause', () => {
    const a = byCue(attributionsOf('The senator said the dam would fail, which would flood the town.'), 'said');
    assert.equal(a.content.text, 'the dam would fail, which would flood the town');
  });
});

describe('evaluations and reports in the passive', () => {
  it('reads "was accused of" with no source and the subject first', () => {
    const a = byCue(attributionsOf('The treasurer was accused of hiding the losses.'), 'was accused');
    assert.equal(a.source, null);
    assert.deepEqual(a.pieces?.map((p) => p.text), ['The treasurer', 'hiding the losses']);
  });

  it('takes the agent after "by" as the source', () => {
    const a = byCue(attributionsOf('The leak was first reported by the city paper.'), 'was first reported');
    assert.equal(a.source?.text, 'the city paper');
    assert.equal(a.content.text, 'The leak');
  });

  it('leaves "was called off" and a report without an agent alone', () => {
    assert.equal(attributionsOf('The match was called off. The fire was reported at noon.').length, 0);
  });
});

describe('speakers with a membership apposition', () => {
  it('reads past ", one of the …," after a role apposition', () => {
    const a = byCue(attributionsOf('Jane Roe, the mayor of Springfield, one of the cities in the lawsuit, said the rule was unlawful.'), 'said');
    assert.equal(a.source?.text, 'Jane Roe');
    assert.equal(a.content.text, 'the rule was unlawful');
  });
});

describe('intention forms used as nouns', () => {
  it('reads no intention in "a plan to …" or "her push to …" after a determiner or possessive', () => {
    const all = attributionsOf('The two founders sketched a plan to sell the farm. She was praised for her push to reopen the school.');
    assert.ok(all.every((a) => a.cue.text !== 'plan' && a.cue.text !== 'push'), JSON.stringify(all.map((a) => a.cue.text)));
  });
});

describe('direct quotations: more speakers and cues', () => {
  it('reads a speaker whose name carries a party tag before the apposition', () => {
    const a = byCue(attributionsOf('“We will find out,” Jim Roe (R-Ohio), a panel member, said.'), 'said');
    assert.equal(a.source?.text, 'Jim Roe (R-Ohio)');
  });

  it('reads "a mother of three replied" as a speaker', () => {
    const a = byCue(attributionsOf('The mother of three replied, "It is meant to help parents."'), 'replied');
    assert.equal(a.content.text, 'It is meant to help parents.');
  });

  it('reads "the letter reads" after a quotation', () => {
    const a = byCue(attributionsOf('“We see hope in these schools,” the letter reads.'), 'reads');
    assert.equal(a.source?.text, 'the letter');
  });
});

describe('a fronted circumstance without a comma', () => {
  it('takes the name right before the verb as the speaker', () => {
    const a = byCue(attributionsOf('In a radio interview Jane Roe said the dam was safe.', [{ name: 'Jane Roe', type: 'person', forms: ['Jane Roe'] }]), 'said');
    assert.equal(a.source?.text, 'Jane Roe');
    assert.equal(a.content.text, 'the dam was safe');
  });

  it('still reads no speaker in a prepositional phrase with no name or pronoun at its end', () => {
    const all = attributionsOf('In the wake of the storm officials said nothing new.');
    assert.ok(all.every((a) => !a.source?.text.startsWith('In the wake')));
  });
});

describe('regressions found on the golden texts', () => {
  it('keeps a reported clause whose subject is a name with an apposition', () => {
    const a = byCue(attributionsOf('The ministry said John Roe, the foreign minister, called his counterpart on Friday.'), 'said');
    assert.equal(a.content.text, 'John Roe, the foreign minister, called his counterpart on Friday');
  });

  it('ends an evaluative object before "and that …"', () => {
    const a = byCue(attributionsOf('I was told that my sister had attacked the club and that I should leave.'), 'attacked');
    assert.equal(a.content.text, 'the club');
  });
});
