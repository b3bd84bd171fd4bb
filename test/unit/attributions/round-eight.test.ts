import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue, type EntitySpec } from './helpers.js';

describe('speech and stance verbs with a topic preposition', () => {
  it('reads "commented on" with the phrase after the preposition as the content', () => {
    const a = byCue(attributionsOf('The senator commented on the ruling.'), 'commented on');
    assert.equal(a.source?.text, 'The senator');
    assert.equal(a.content.text, 'the ruling');
  });

  it('lets "out", an adverb or a day stand between the verb and its preposition', () => {
    const a = byCue(attributionsOf('The mayor spoke out Tuesday about the closure of the clinic.'), 'spoke out Tuesday about');
    assert.equal(a.content.text, 'the closure of the clinic');
    const b = byCue(attributionsOf('The bishop spoke warmly of the volunteers.'), 'spoke warmly of');
    assert.equal(b.content.text, 'the volunteers');
  });

  it('reads votes, disagreements and objections as stances', () => {
    assert.equal(byCue(attributionsOf('Two council members voted against the parking plan.'), 'voted against').content.text, 'the parking plan');
    assert.equal(byCue(attributionsOf('The deputy disagrees with her predecessor.'), 'disagrees with').content.text, 'her predecessor');
    assert.equal(byCue(attributionsOf('The coach bristled at the suggestion of a rift.'), 'bristled at').content.text, 'the suggestion of a rift');
  });

  it('finds nothing in a verb with no topic preposition', () => {
    assert.equal(attributionsOf('The mayor spoke to reporters on Friday.').length, 0);
  });
});

describe('a second act of the speaker after "and"', () => {
  it('gives "and warned against …" the speaker of the clause before it', () => {
    const as = attributionsOf('The minister said the budget would pass and warned against delays in the upper house.');
    const said = byCue(as, 'said');
    assert.equal(said.content.text, 'the budget would pass');
    const warned = byCue(as, 'warned against');
    assert.equal(warned.source?.text, 'The minister');
    assert.equal(warned.content.text, 'delays in the upper house');
  });

  it('needs a verb of saying before it in the sentence', () => {
    assert.equal(attributionsOf('The storm closed the roads and criticized nothing.').length, 0);
  });
});

describe('question words after a listener verb', () => {
  it('keeps "whether", "why" and "how" in what was asked, not as a listener', () => {
    assert.equal(byCue(attributionsOf('The auditors asked whether the fund had been audited.'), 'asked').content.text, 'whether the fund had been audited');
    assert.equal(byCue(attributionsOf('A voter asked why the polling station had moved.'), 'asked').content.text, 'why the polling station had moved');
  });

  it('still reads a listener before the question word', () => {
    const a = byCue(attributionsOf('The auditors asked the treasurer whether the fund had been audited.'), 'asked');
    assert.equal(a.content.text, 'whether the fund had been audited');
  });
});

describe('nouns that look like cue verbs', () => {
  it('reads a base or -s form followed by the clause verb as a noun', () => {
    assert.equal(attributionsOf('Among farmers, Democratic support was weaker than expected.').length, 0);
    assert.equal(attributionsOf('Several Green advocates such as the mayor left early.').length, 0);
  });

  it('reads "their statements to the police" as a listener, not an infinitive', () => {
    assert.equal(attributionsOf('The deal covered the laptops, not their statements to the police.').length, 0);
  });

  it('reads "his plan that has …" as a relative clause, not what was planned', () => {
    assert.equal(attributionsOf('There is nothing in his plan that has been costed.').length, 0);
  });

  it('still reads the verb after a speaker', () => {
    assert.equal(byCue(attributionsOf('Local Democrats say the plan will fail.'), 'say').content.text, 'the plan will fail');
  });
});

describe('a record with a long description as the subject of an evidence verb', () => {
  it('takes the whole opening phrase as the source', () => {
    const a = byCue(attributionsOf('A new review of the county budgets that were filed since March shows spending rising in every district.'), 'shows');
    assert.equal(a.source?.text, 'A new review of the county budgets that were filed since March');
    assert.equal(a.content.text, 'spending rising in every district');
  });

  it('keeps a time adverbial inside the record phrase', () => {
    const a = byCue(attributionsOf('A state review released in late May found that the fund had lost money.'), 'found');
    assert.equal(a.source?.text, 'A state review released in late May');
    assert.equal(a.content.text, 'the fund had lost money');
  });

  it('leaves a sentence whose first verb of saying is not an evidence verb', () => {
    const as = attributionsOf('The report, the mayor said, found that the fund had lost money.');
    assert.ok(!as.some((a) => a.source?.text.startsWith('The report, the mayor')));
  });

  it('leaves a record that is not the head of the subject', () => {
    const as = attributionsOf('The authors of the report read the filings and found that most firms had moved money abroad.');
    assert.ok(!as.some((a) => a.source?.text.startsWith('The authors of the report read')));
  });
});

describe('a statement repeated inside the same speaker\'s own', () => {
  const MAYOR: EntitySpec = { name: 'Ana Ruiz', type: 'person', forms: ['Ana Ruiz', ['Ruiz', 'alias'], ['she', 'pronoun']] };
  const COUNCIL: EntitySpec = { name: 'City Council', type: 'organisation', forms: ['City Council', ['the council', 'nominal']] };

  it('keeps only the outer statement when the speaker reports her own plan', () => {
    const as = attributionsOf('Ana Ruiz said she plans to close the depot next year.', [MAYOR]);
    assert.equal(as.length, 1, JSON.stringify(as.map((a) => [a.cue.text, a.content.text])));
    assert.equal(as[0]!.cue.text, 'said');
  });

  // (a plan of another speaker inside it is the speaker's claim since round 10: nested-precision.test.ts)
  it('keeps a statement of another speaker inside it', () => {
    const as = attributionsOf('Ana Ruiz said the City Council had vowed to close the depot next year.', [MAYOR, COUNCIL]);
    assert.equal(byCue(as, 'vowed').source?.text, 'the City Council');
    assert.equal(byCue(as, 'said').source?.text, 'Ana Ruiz');
  });
});

describe('a verb of saying before the verb of a clause whose subject went ahead', () => {
  it('reads "which critics charge is …" as a statement of the critics', () => {
    const a = byCue(attributionsOf('She was sent to a farm, which the owners describe as a retreat, but critics charge is a labour camp.'), 'charge');
    assert.equal(a.source?.text, 'critics');
    assert.equal(a.content.text, 'is a labour camp');
  });
});

describe('a fronted question put to the speaker', () => {
  it('reads "Asked about X," with the topic as the content and no named asker', () => {
    const a = byCue(attributionsOf('Asked about the delay, the mayor said the council had run out of money.'), 'Asked about');
    assert.equal(a.source, null);
    assert.equal(a.content.text, 'the delay');
  });

  it('reads "When asked whether …," with the question as the content', () => {
    assert.equal(byCue(attributionsOf('When asked whether she would run again, the mayor smiled.'), 'asked').content.text, 'whether she would run again');
  });

  it('leaves "Asked" with no question after it', () => {
    assert.equal(attributionsOf('Asked twice, the mayor smiled.').length, 0);
  });
});

describe('quotations after a cue with more of the clause after them', () => {
  it('reads "chanted “…” and kept marching" as the quotation', () => {
    const a = byCue(attributionsOf('The marchers chanted “No more delays!” and kept walking.'), 'chanted');
    assert.equal(a.source?.text, 'The marchers');
    assert.equal(a.content.text, 'No more delays!');
    assert.equal(a.kind, 'direct');
  });

  it('gives a quotation after ", chanting" the speaker of the clause', () => {
    const a = byCue(attributionsOf('The protesters circled the hall for an hour, chanting “Open the books.”'), 'chanting');
    assert.equal(a.source?.text, 'The protesters');
    assert.equal(a.content.text, 'Open the books.');
  });

  it('leaves ", saying that “…” …" to reported speech', () => {
    const a = byCue(attributionsOf('The mayor spoke for an hour, saying that “the budget is broken” in every district.'), 'saying');
    assert.equal(a.content.text, '“the budget is broken” in every district');
  });
});

describe('sung words', () => {
  it('reads "sings" next to a quotation as a cue', () => {
    const singer: EntitySpec = { name: 'Ana Ruiz', type: 'person', forms: ['Ana Ruiz'] };
    const a = byCue(attributionsOf('“Keep the lights on,” Ana Ruiz sings to the mayor.', [singer]), 'sings');
    assert.equal(a.source?.text, 'Ana Ruiz');
    assert.equal(a.content.text, 'Keep the lights on');
  });

  it('leaves "sang" without a quotation alone', () => {
    assert.equal(attributionsOf('The choir sang for an hour.').length, 0);
  });
});

describe('characterisations with "as"', () => {
  it('reads "treated X as Y" as a characterisation', () => {
    const a = byCue(attributionsOf('The mayor treated the remark as a compliment.'), 'treated');
    assert.equal(a.source?.text, 'The mayor');
    assert.equal(a.content.text, 'the remark as a compliment');
  });

  it('gives ", painting X as Y" the speaker of the clause', () => {
    const a = byCue(attributionsOf('The senator spoke for an hour, painting the plan as a giveaway.'), 'painting');
    assert.equal(a.source?.text, 'The senator');
    assert.equal(a.content.text, 'the plan as a giveaway');
  });
});

describe('a circumstance before a question word', () => {
  it('starts the content at the question word after "in detail" or "at length"', () => {
    assert.equal(byCue(attributionsOf('The review shows in detail how the county spent the grant.'), 'shows').content.text, 'how the county spent the grant');
    assert.equal(byCue(attributionsOf('The minister explained at length why the talks had failed.'), 'explained').content.text, 'why the talks had failed');
  });
});

describe('rulings', () => {
  it('reads "the court ruled that …" and "ruled against …" as the court\'s', () => {
    assert.equal(byCue(attributionsOf('The appeals court ruled that the county maps were unlawful.'), 'ruled').content.text, 'the county maps were unlawful');
    assert.equal(byCue(attributionsOf('A federal court ruled Friday against the county maps.'), 'ruled Friday against').content.text, 'the county maps');
  });

  it('leaves "ruled that out", "ruled the country" and the noun "rule" alone', () => {
    assert.equal(attributionsOf('Officials have effectively ruled that out.').length, 0);
    assert.equal(attributionsOf('The king ruled the country for twenty years.').length, 0);
    assert.equal(attributionsOf('The leader won independence from colonial rule before he was killed.').length, 0);
  });
});
