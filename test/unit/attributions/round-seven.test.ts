import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue, type EntitySpec } from './helpers.js';

const RUSSIA: EntitySpec = { name: 'Russia', type: 'country', sourceType: 'government', forms: ['Russia'] };
const JAPAN: EntitySpec = { name: 'Japan', type: 'country', sourceType: 'government', forms: ['Japan', ['The country', 'nominal']] };
const FOREIGN_MINISTRY: EntitySpec = { name: 'Foreign Ministry', type: 'organisation', forms: ['Foreign Ministry'] };

describe('a body of a state as the speaker', () => {
  it('names the ministry, not the country that owns it', () => {
    const a = byCue(attributionsOf("Russia's defence ministry said its forces had shot down 12 drones.", [RUSSIA]), 'said');
    assert.equal(a.source?.name, "Russia's defence ministry");
    assert.equal(a.source?.type, 'government');
    assert.equal(a.source?.entity, 'e0'); // the state it belongs to
  });

  it('names the central bank of a country the entities layer found through "the country"', () => {
    const a = byCue(attributionsOf("Japan's economy grew slowly. The country's central bank said inflation would ease.", [JAPAN]), 'said');
    assert.equal(a.source?.name, "Japan's central bank");
    assert.equal(a.source?.type, 'government');
  });

  it('gives a generic institution the entities layer found its owner', () => {
    const a = byCue(attributionsOf("Japan's Foreign Ministry said the ambassador had been summoned.", [JAPAN, FOREIGN_MINISTRY]), 'said');
    assert.equal(a.source?.name, "Japan's Foreign Ministry");
  });

  it('lets a spokesman speak for the ministry', () => {
    const a = byCue(attributionsOf("A spokesman for Russia's defence ministry said the strikes would go on.", [RUSSIA]), 'said');
    assert.equal(a.source?.name, "Russia's defence ministry");
    assert.equal(a.source?.type, 'government');
  });

  it('keeps the state for its government and its officials', () => {
    assert.equal(byCue(attributionsOf("Russia's government said the talks were over.", [RUSSIA]), 'said').source?.name, 'Russia');
    assert.equal(byCue(attributionsOf("Russia's foreign minister said the talks were over.", [RUSSIA]), 'said').source?.name, 'Russia');
  });
});

describe('years as time adverbials', () => {
  it('reads "who in 2010 said" with the relative pronoun as the subject', () => {
    const a = byCue(attributionsOf('The mayor worked with the governor, who in 2010 said the party needed new leaders.'), 'said');
    assert.equal(a.source?.text, 'who');
    assert.equal(a.content.text, 'the party needed new leaders');
  });
});

describe('"as X put it" and "said as much"', () => {
  it('attributes the clause before "as X put it"', () => {
    const a = byCue(attributionsOf('The deal is dead, as one senior diplomat bluntly put it on Tuesday.'), 'put it');
    assert.equal(a.source?.text, 'one senior diplomat');
    assert.equal(a.content.text, 'The deal is dead');
  });

  it('takes only the nearest clause before it', () => {
    const a = byCue(attributionsOf('Officials are worried because while most applicants need jobs, the main test is a lawful income, as the memo put it.'), 'put it');
    assert.equal(a.content.text, 'the main test is a lawful income');
  });

  it('attributes the clause after a fronted "As X put it …,"', () => {
    const a = byCue(attributionsOf('As Ms. Lane put it in a statement to reporters in July, the network offers a different view.'), 'put it');
    assert.equal(a.source?.text, 'Ms. Lane');
    assert.equal(a.content.text, 'the network offers a different view');
  });

  it('attributes what follows a colon after "put it"', () => {
    const a = byCue(attributionsOf('The senator put it bluntly: the bill will not pass this year.'), 'put it');
    assert.equal(a.content.text, 'the bill will not pass this year');
  });

  it('reads no statement in "put it on the table"', () => {
    assert.equal(attributionsOf('Kim put it on the table and left the room.').length, 0);
  });

  it('reads "said as much" as a statement whose content is "as much"', () => {
    const a = byCue(attributionsOf('The campaign manager said as much in an interview on Thursday.'), 'said');
    assert.equal(a.content.text, 'as much');
    assert.equal(a.source?.text, 'The campaign manager');
  });
});

describe('poll results', () => {
  it('reads each share of respondents as the source of its choice', () => {
    const all = attributionsOf('Among likely voters, 46 percent would choose Smith, 44 percent would back Jones and 5 percent prefer Lee.');
    assert.deepEqual(all.map((a) => [a.source?.text, a.cue.text, a.content.text]), [
      ['46 percent', 'would choose', 'Smith'],
      ['44 percent', 'would back', 'Jones'],
      ['5 percent', 'prefer', 'Lee'],
    ]);
  });

  it('keeps the group polled in the source', () => {
    const a = byCue(attributionsOf('Only 52 percent of registered voters support the plan.'), 'support');
    assert.equal(a.source?.text, 'Only 52 percent of registered voters');
    assert.equal(a.content.text, 'the plan');
  });

  it('reads a fronted "In the … poll," as the source of the clause after it', () => {
    const a = byCue(attributionsOf('In the previous Tribune poll, conducted in early May, Jones led by two points.'), 'In');
    assert.equal(a.source?.text, 'the previous Tribune poll, conducted in early May');
    assert.equal(a.content.text, 'Jones led by two points');
  });

  it('reads no statement in growth figures or polling stations', () => {
    assert.equal(attributionsOf('Prices rose 5 percent last year and wages rose 3 percent.').length, 0);
    assert.equal(attributionsOf('In polling stations across the state, turnout was high.').length, 0);
    assert.equal(attributionsOf('Smith won 46 percent support in the primary.').length, 0);
  });
});

describe('headlines with a colon', () => {
  it('gives the quotation after the colon to the person the headline names', () => {
    const text = 'Senator Jane Roe Grills Bank Chief Tom Lee: ‘You Should Be Investigated.’\n\nJane Roe questioned Tom Lee on Tuesday.';
    const a = byCue(attributionsOf(text, [{ name: 'Jane Roe', type: 'person', forms: ['Jane Roe'] }, { name: 'Tom Lee', type: 'person', forms: ['Tom Lee'] }]), ':');
    assert.equal(a.source?.text, 'Jane Roe');
    assert.equal(a.content.text, 'You Should Be Investigated.');
    assert.equal(a.kind, 'direct');
  });

  it('reads a one-word label opening the headline as its speaker, but not a kicker', () => {
    const a = byCue(attributionsOf('Factcheckers: Smith Is Right About Crime in the City\n\nThe site checked the claim.'), ':');
    assert.equal(a.source?.text, 'Factcheckers');
    assert.equal(a.content.text, 'Smith Is Right About Crime in the City');
    assert.equal(attributionsOf('Update: Smith Is Right About Crime in the City\n\nThe site checked the claim.').length, 0);
  });
});

describe('", citing …" after a speaker', () => {
  it('reads what is cited as content when it is an event, not a source ("the release of …")', () => {
    const all = attributionsOf('“We are ready,” Roe said on Monday, citing the release of political prisoners.');
    const a = byCue(all, 'citing');
    assert.equal(a.source?.text, 'Roe');
    assert.equal(a.content.text, 'the release of political prisoners');
  });

  it('is not misled by a possessive pronoun the entities layer marked ("her work")', () => {
    const text = 'The union called Smith a “champion” for its members, citing her work after the attacks.';
    const a = byCue(attributionsOf(text, [{ name: 'Smith', type: 'person', forms: ['Smith', ['her', 'pronoun']] }]), 'citing');
    assert.equal(a.source?.text, 'The union');
    assert.equal(a.content.text, 'her work after the attacks');
  });

  it('still reads a cited report as a source, not content', () => {
    const all = attributionsOf('Prices will rise, the minister said, citing a report by the central bank.');
    assert.equal(all.filter((a) => a.cue.text === 'citing' && a.content.text.startsWith('a report')).length, 0);
  });
});

describe('viewpoint phrases', () => {
  it('reads a fronted "In X\'s view," with the owner as source', () => {
    const a = byCue(attributionsOf("In the governor's view, the plan is too expensive."), 'view');
    assert.equal(a.source?.text, 'the governor');
    assert.equal(a.content.text, 'the plan is too expensive');
  });

  it('reads a closing ", in her opinion."', () => {
    const a = byCue(attributionsOf('The plan is far too costly, in her opinion.'), 'opinion');
    assert.equal(a.source?.text, 'her');
    assert.equal(a.content.text, 'The plan is far too costly');
  });

  it('reads "In the eyes of X,"', () => {
    const a = byCue(attributionsOf('In the eyes of many voters, the race is already over.'), 'In the eyes of');
    assert.equal(a.source?.text, 'many voters');
    assert.equal(a.content.text, 'the race is already over');
  });

  it('leaves literal eyes and books alone', () => {
    assert.equal(attributionsOf('The smoke stung in her eyes.').length, 0);
    assert.equal(attributionsOf('In his book, the author lists the battles.').filter((a) => a.cue.text === 'book').length, 0);
  });
});

describe('an -s form before an object pronoun is a verb', () => {
  it('reads "Video of the incident shows him …"', () => {
    const a = byCue(attributionsOf('Video of the incident shows him with his hands in the air.'), 'shows');
    assert.equal(a.source?.text, 'Video of the incident');
    assert.equal(a.content.text, 'him with his hands in the air');
  });
});

describe('characterisations with "as"', () => {
  it('reads "see X as Y" with the subject as source', () => {
    const a = byCue(attributionsOf('Critics of the program see the bill as an opportunity to fix its problems.'), 'see');
    assert.equal(a.source?.text, 'Critics of the program');
    assert.equal(a.content.text, 'the bill as an opportunity to fix its problems');
  });

  it('reads a relative "who saw X as Y"', () => {
    const a = byCue(attributionsOf('The ad drew scrutiny from voters who saw the comment as a dig at the military.'), 'saw');
    assert.equal(a.source?.text, 'who');
    assert.equal(a.content.text, 'the comment as a dig at the military');
  });

  it('reads no statement in perception, votes or "as well as"', () => {
    assert.equal(attributionsOf('We saw a sharp drop in sales as prices rose.').length, 0);
    assert.equal(attributionsOf('They saw the film as well as the play.').length, 0);
    assert.equal(attributionsOf('Voters cast their ballots as the polls opened.').length, 0);
  });
});

describe('a topic preposition belongs to the cue', () => {
  it('reads "claims about X" as cue "claims about" and content X', () => {
    const all = attributionsOf("The mayor's claims about the budget were false.");
    const a = all.find((x) => x.cue.text.startsWith('claims'))!;
    assert.equal(a.cue.text, 'claims about');
    assert.equal(a.content.text, 'the budget');
  });

  it('keeps "about" that means "roughly" before a clause', () => {
    const a = byCue(attributionsOf('The chairman said about 20 people have shown interest in the seat.'), 'said');
    assert.equal(a.content.text, 'about 20 people have shown interest in the seat');
  });
});

describe('speakers after a quotation with long appositions', () => {
  it('steps over a cue form used as a noun inside the apposition ("the states suing")', () => {
    const a = byCue(attributionsOf('“It is an overreach,” Jane Roe, the attorney general of Ohio, one of the states suing the agency, said at an event this month.'), 'said');
    assert.equal(a.source?.text, 'Jane Roe');
    assert.equal(a.content.text, 'It is an overreach');
  });
});

describe('more speaker shapes', () => {
  it('reads a speaker with a slash in a modifier ("9/11 widow")', () => {
    const a = byCue(attributionsOf('“We will not back down,” said 9/11 widow Mary Smith.'), 'said');
    assert.equal(a.source?.text, '9/11 widow Mary Smith');
  });

  it('steps over a long relative clause between the speaker and the verb', () => {
    const a = byCue(attributionsOf('Dr. Ann Lee, who as a Navy captain was the physician in the administration of former President John Doe and later retired from the service as a rear admiral, said that the staff hid the illness.'), 'said');
    assert.equal(a.source?.text, 'Dr. Ann Lee');
    assert.equal(a.content.text, 'the staff hid the illness');
  });
});

describe('the name of a relative speaker with no entity', () => {
  it('names "who" after the noun phrase it stands for', () => {
    const a = byCue(attributionsOf('Officials met the mayor, who said the plan was dead.'), 'said');
    assert.equal(a.source?.text, 'who');
    assert.equal(a.source?.name, 'the mayor');
    assert.equal(a.source?.type, 'government');
  });

  it('stops at the preposition before the phrase', () => {
    const a = byCue(attributionsOf('The mayor worked closely with the governor, who in 2010 said the party needed new leaders.'), 'said');
    assert.equal(a.source?.name, 'the governor');
  });
});

describe('shares of respondents with a verb of saying', () => {
  it('reads a spelled-out share as the source', () => {
    const a = byCue(attributionsOf('Twelve percent indicated that they were not sure.'), 'indicated');
    assert.equal(a.source?.text, 'Twelve percent');
    assert.equal(a.content.text, 'they were not sure');
  });
});

describe('quantities as speakers', () => {
  it('reads the head of "a number of experts" as the experts', () => {
    const a = byCue(attributionsOf('Her views were echoed by a number of tax experts.'), 'were echoed');
    assert.equal(a.source?.text, 'a number of tax experts');
    assert.equal(a.content.text, 'Her views');
  });
});
