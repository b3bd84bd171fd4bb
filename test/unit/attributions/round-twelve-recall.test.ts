import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue } from './helpers.js';

describe('a present-tense cue after a comma', () => {
  it('is the verb of a speaker with an apposition', () => {
    const a = byCue(attributionsOf('Ruth Amsel, a retired judge, argues that the ruling was wrong.'), 'argues');
    assert.equal(a.source?.text, 'Ruth Amsel');
    assert.equal(a.content.text, 'the ruling was wrong');
  });

  it('is the verb of a speaker after a connective set off by commas', () => {
    const a = byCue(attributionsOf('The landlords, however, say the new rent rules will fail.'), 'say');
    assert.equal(a.source?.text, 'The landlords');
    assert.equal(a.content.text, 'the new rent rules will fail');
  });

  it('takes an inverted speaker after it', () => {
    const a = byCue(attributionsOf('The ferry will stop running in May, says the port director.'), 'says');
    assert.equal(a.source?.text, 'the port director');
    assert.equal(a.content.text, 'The ferry will stop running in May');
    const b = byCue(attributionsOf('The ferry will stop running in May, say officials.'), 'say');
    assert.equal(b.source?.text, 'officials');
  });

  it('leaves a noun in a list or before a name alone', () => {
    const as = attributionsOf('He paid the fines, claims and fees. Her cousin, state Rep. Dana Holt, spoke next.');
    assert.deepEqual(as.map((a) => a.cue.text), []);
  });
});

describe('an intention verb in the progressive', () => {
  it('is read like its simple form ("is promising to …")', () => {
    const a = byCue(attributionsOf('The governor is promising to rebuild the old pier.'), 'promising');
    assert.equal(a.source?.text, 'The governor');
    assert.equal(a.content.text, 'to rebuild the old pier');
  });

  it('is no passive: "are planning to" has its subject as source', () => {
    const a = byCue(attributionsOf('The two unions are planning to strike in June.'), 'planning');
    assert.equal(a.source?.text, 'The two unions');
  });
});

describe('a quotation whose speaker says it "of" or "about" something', () => {
  it('is the content; the topic after the verb is not', () => {
    const a = byCue(attributionsOf('"It was a circus," the clerk said of the hearing.'), 'said');
    assert.equal(a.source?.text, 'the clerk');
    assert.equal(a.content.text, 'It was a circus');
    assert.equal(a.kind, 'direct');
  });

  it('keeps the speaker when the topic is long', () => {
    const a = byCue(attributionsOf('"We were shocked," Ana Ruiz, a nurse, recalled of the night the clinic closed.'), 'recalled');
    assert.equal(a.source?.text, 'Ana Ruiz');
    assert.equal(a.content.text, 'We were shocked');
  });
});

describe('an act named by its object ("expressed concern about")', () => {
  it('takes the feeling and the preposition into the cue', () => {
    const a = byCue(attributionsOf('Tenant groups have expressed deep concern about the new lease rules.'), 'expressed deep concern about');
    assert.equal(a.content.text, 'the new lease rules');
    assert.equal(a.source?.text, 'Tenant groups');
  });

  it('leaves a that-clause as the content', () => {
    const a = byCue(attributionsOf('Some farmers expressed concern that the dam would fail.'), 'expressed concern');
    assert.equal(a.content.text, 'the dam would fail');
  });

  it('keeps a noun phrase with a determiner in the content', () => {
    const a = byCue(attributionsOf('The envoy expressed the hope that the talks resume.'), 'expressed');
    assert.equal(a.content.text, 'the hope that the talks resume');
  });
});

describe('plural nouns for people as speakers', () => {
  it('lets advocates and donors be the subject of an act', () => {
    const a = byCue(attributionsOf('Housing advocates criticized the zoning plan.'), 'criticized');
    assert.equal(a.source?.text, 'Housing advocates');
  });
});

describe('stance verbs with a topic preposition', () => {
  it('reads "pointed to", "insisted on", "admitted to"', () => {
    assert.equal(byCue(attributionsOf('The senator pointed to the failed levy as proof.'), 'pointed to').content.text, 'the failed levy as proof');
    assert.equal(byCue(attributionsOf('The coach insisted on a rematch.'), 'insisted on').content.text, 'a rematch');
    assert.equal(byCue(attributionsOf('The driver admitted to speeding.'), 'admitted to').content.text, 'speeding');
  });

  it('leaves an -s form after a number alone ("0.2 percentage points to 3 percent")', () => {
    const as = attributionsOf('The bank raised its forecast by 0.2 percentage points to 3 percent.');
    assert.deepEqual(as.map((a) => a.cue.text), []);
  });
});

describe('a coordinated cue after a statement with a claim nested in it', () => {
  it('takes the outer speaker, not the nested one', () => {
    const as = attributionsOf('The premier said the province would declare its intention to leave by May and suggested that it would quit the pact.');
    assert.equal(byCue(as, 'suggested').source?.text, 'The premier');
  });
});

describe('"for" opening a duration after a verb with a topic "for"', () => {
  it('is no topic: "argued for years that …" reports the clause', () => {
    const a = byCue(attributionsOf('The treasurer has argued for years that the fund is too small.'), 'argued');
    assert.equal(a.content.text, 'the fund is too small');
  });
});

describe('an owner\'s view stated with a copula', () => {
  it('reads "X\'s view is that …" as X\'s', () => {
    const a = byCue(attributionsOf("The coach's view is that the league should expand."), 'view is');
    assert.equal(a.source?.text, 'The coach');
    assert.equal(a.content.text, 'the league should expand');
  });
});

describe('"made (it) clear"', () => {
  it('reports what follows', () => {
    assert.equal(byCue(attributionsOf('The chancellor made clear that taxes would rise.'), 'made clear').content.text, 'taxes would rise');
    const a = byCue(attributionsOf('The chancellor made it clear that taxes would rise.'), 'made it clear');
    assert.equal(a.source?.text, 'The chancellor');
    assert.equal(a.content.text, 'taxes would rise');
  });

  it('is no cue in "made a clear choice", and "made" does not end a speaker read backwards', () => {
    assert.deepEqual(attributionsOf('The chancellor made a clear choice.').map((a) => a.cue.text), []);
  });
});

describe('a subject with an "including" apposition', () => {
  it('speaks the verb after the apposition', () => {
    const a = byCue(attributionsOf('Critics, including two former judges, say the court is overloaded.'), 'say');
    assert.equal(a.source?.text, 'Critics');
    assert.equal(a.content.text, 'the court is overloaded');
  });
});

describe('"as X observed," after an opening connective', () => {
  it('reads the clause after it', () => {
    const a = byCue(attributionsOf('Yet, as the auditor observed, the accounts were never checked.'), 'observed');
    assert.equal(a.content.text, 'the accounts were never checked');
  });
});

describe('"discovered that"', () => {
  it('reports what was found', () => {
    const a = byCue(attributionsOf('Auditors have also discovered that the funds were moved abroad.'), 'discovered');
    assert.equal(a.source?.text, 'Auditors');
    assert.equal(a.content.text, 'the funds were moved abroad');
  });
});

describe('"lashed out at"', () => {
  it('is a stance on what follows', () => {
    assert.equal(byCue(attributionsOf('The coach lashed out at the referees.'), 'lashed out at').content.text, 'the referees');
  });
});
