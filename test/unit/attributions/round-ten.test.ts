import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue, ENTITIES } from './helpers.js';

describe('a cue hanging on a document its speaker put out', () => {
  it('reads "issued a statement saying …" as the issuer\'s words', () => {
    const a = byCue(attributionsOf('The harbour board issued a statement on Tuesday saying the pier would reopen in May.'), 'saying');
    assert.equal(a.source?.text, 'The harbour board');
    assert.equal(a.content.text, 'the pier would reopen in May');
  });

  it('reads "released a letter … that says …" as the issuer\'s words', () => {
    const a = byCue(attributionsOf('The mayor released a letter from her doctor that says she is fit to serve.'), 'says');
    assert.equal(a.source?.text, 'The mayor');
    assert.equal(a.content.text, 'she is fit to serve');
  });

  it('takes the issuer from its own verb inside a subordinate clause', () => {
    const a = byCue(attributionsOf('The coach left the room after the owner posted a string of tweets criticizing the referees for the late penalty.'), 'criticizing');
    assert.equal(a.source?.text, 'the owner');
    assert.equal(a.content.text, 'the referees for the late penalty');
  });

  it('leaves what a posted video shows to the video', () => {
    const as = attributionsOf('The agency posted a video showing the launch of the new ferry.');
    assert.ok(!as.some((a) => a.cue.text === 'showing' && a.source?.text === 'The agency'), JSON.stringify(as.map((a) => [a.cue.text, a.source?.text])));
  });

  it('does not read an -ing form after a plain object as speech', () => {
    const as = attributionsOf('The ferry carried a crate of letters saying nothing at all to the island.');
    assert.ok(!as.some((a) => a.cue.text === 'saying'), JSON.stringify(as.map((a) => a.cue.text)));
  });
});

describe('"going on to say"', () => {
  it('reads the verb after "going on to" as a participle of the clause\'s speaker', () => {
    const a = byCue(attributionsOf('The coach said the season was over, going on to say that the club would rebuild.'), 'say');
    assert.equal(a.source?.text, 'The coach');
    assert.equal(a.content.text, 'the club would rebuild');
  });
});

describe('a progressive cue after a contracted "is"', () => {
  it('reads "She’s insisting that …" with the pronoun as the speaker', () => {
    const a = byCue(attributionsOf('She’s insisting that the ferry timetable was never approved.'), 'insisting');
    assert.equal(a.source?.text, 'She');
    assert.equal(a.content.text, 'the ferry timetable was never approved');
  });

  it('still reads no speech in a possessive gerund without a contracted verb', () => {
    const as = attributionsOf('The harbour’s warning lights were broken.');
    assert.deepEqual(as, []);
  });
});

describe('a speaker with a long apposition ending in a relative clause', () => {
  it('reads "Name, age, of Town, State, who …, said …" with the name as the speaker', () => {
    const a = byCue(attributionsOf('Jane Roe, 40, of Bath, Maine, who watched the parade from a rooftop, said the day brought back memories of her youth.'), 'said');
    assert.equal(a.source?.text, 'Jane Roe');
    assert.equal(a.content.text, 'the day brought back memories of her youth');
  });

  it('reads past an abbreviated state before the relative clause', () => {
    const a = byCue(attributionsOf('Jane Roe, 40, of Bath, Me., who watched the parade, said the day brought back memories.'), 'said');
    assert.equal(a.source?.text, 'Jane Roe');
  });

  it('does not take the clause after the verb as an inverted speaker', () => {
    const as = attributionsOf('The visitors, who watched the parade from a rooftop, said the day brought back memories of their youth.');
    assert.ok(!as.some((a) => a.source?.text.startsWith('the day')), JSON.stringify(as.map((a) => a.source?.text)));
  });

  it('still reads an inverted speaker after a content with a relative clause inside', () => {
    const a = byCue(attributionsOf('The plan, which cost millions, failed, said the mayor.'), 'said');
    assert.equal(a.source?.text, 'the mayor');
  });
});

describe('"according to" variants', () => {
  it('reads "As noted in the filing, …" with the record as the source', () => {
    const a = byCue(attributionsOf('As noted in the filing, the ferry company lost money for three years.'), 'As noted in');
    assert.equal(a.source?.text, 'the filing');
    assert.equal(a.content.text, 'the ferry company lost money for three years');
  });

  it('reads "…, by one estimate." with the content before it', () => {
    const a = byCue(attributionsOf('The storm destroyed 400 homes along the coast, by one estimate.'), 'by');
    assert.equal(a.source?.text, 'one estimate');
    assert.equal(a.content.text, 'The storm destroyed 400 homes along the coast');
  });

  it('reads "By her own account, …" at the start of a sentence', () => {
    const a = byCue(attributionsOf('By her own account, the mayor spent two nights at the shelter.'), 'By');
    assert.equal(a.content.text, 'the mayor spent two nights at the shelter');
  });

  it('leaves an agent after "by" alone', () => {
    assert.deepEqual(attributionsOf('The bridge was built by hand over a year.'), []);
    assert.deepEqual(attributionsOf('The levy was cut by a count of two votes in the council.'), []);
  });
});

describe('the object of an implicative verb as the speaker', () => {
  it('reads "forced the banker, who …, to admit that …" with the banker as the speaker', () => {
    const a = byCue(attributionsOf('The senator forced the banker, who was under oath, to admit that no manager had been punished.'), 'admit');
    assert.equal(a.source?.text, 'the banker');
    assert.equal(a.content.text, 'no manager had been punished');
  });

  it('reads "prompted officials to warn that …"', () => {
    const a = byCue(attributionsOf('The survey prompted officials to warn that the dam could fail.'), 'warn');
    assert.equal(a.source?.text, 'officials');
  });

  it('reads nothing when the object only was asked to speak', () => {
    const as = attributionsOf('The senator urged the banker to admit that he was wrong.');
    assert.ok(!as.some((a) => a.source?.text === 'the banker'), JSON.stringify(as.map((a) => a.source?.text)));
  });
});

describe('a participle after a quotation closed on a comma', () => {
  it('reads ‘said: “…,” adding that …’ as the speaker\'s second statement', () => {
    const as = attributionsOf('The firm said: “The ferry was a success when it was sold,” adding that its value had doubled.');
    const a = byCue(as, 'adding');
    assert.equal(a.source?.text, 'The firm');
    assert.equal(a.content.text, 'its value had doubled');
  });

  it('does not read the clause after the participle as an inverted speaker of the quotation', () => {
    const as = attributionsOf('The firm said: “The ferry was a success when it was sold,” adding that Kim Jong Un lost the vote last week.', [ENTITIES.kim!]);
    assert.ok(!as.some((a) => a.source?.text.startsWith('that')), JSON.stringify(as.map((a) => a.source?.text)));
    assert.equal(byCue(as, 'said').source?.text, 'The firm');
  });
});

describe('a relative clause set off by commas or dashes', () => {
  it('lets ", which notes that …" speak for a record noun before it', () => {
    const a = byCue(attributionsOf('The study, which notes that the ferry lost money for years, was published on Monday.'), 'notes');
    assert.equal(a.content.text, 'the ferry lost money for years');
  });

  it('ends the content at a closing double hyphen', () => {
    const a = byCue(attributionsOf('The study -- which notes that the ferry lost money for years -- was published on Monday.'), 'notes');
    assert.equal(a.content.text, 'the ferry lost money for years');
  });

  it('ends a speaker\'s relative clause at its closing comma', () => {
    const a = byCue(attributionsOf('The mayor, who said that the bridge was unsafe, resigned on Friday.'), 'said');
    assert.equal(a.content.text, 'the bridge was unsafe');
  });

  it('does not let a thing noun before the comma speak', () => {
    const as = attributionsOf('My uncle died of a long illness, which confirmed what the doctors feared.');
    assert.ok(!as.some((a) => a.cue.text === 'confirmed'), JSON.stringify(as.map((a) => a.cue.text)));
  });
});

describe('what was said standing before its speaker', () => {
  it('reads "Everything the mayor says is …" with the pronoun as the content', () => {
    const a = byCue(attributionsOf('Everything the mayor says is a lie.'), 'says');
    assert.equal(a.source?.text, 'the mayor');
    assert.equal(a.content.text, 'Everything');
  });

  it('reads "Something he said stuck …" with the pronoun as the content, not the rest of the sentence', () => {
    const a = byCue(attributionsOf('Something he said at the dinner stuck with the guests.'), 'said');
    assert.equal(a.source?.text, 'he');
    assert.equal(a.content.text, 'Something');
  });
});

describe('the subject of a perception passive as the speaker', () => {
  it('reads "can be heard yelling that …"', () => {
    const a = byCue(attributionsOf('The driver can be heard yelling that the brakes had failed.'), 'yelling');
    assert.equal(a.source?.text, 'The driver');
    assert.equal(a.content.text, 'the brakes had failed');
  });

  it('reads nothing after "was seen leaving"', () => {
    assert.deepEqual(attributionsOf('The senator was seen leaving the building.'), []);
  });
});
