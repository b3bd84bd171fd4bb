// Session 12 (helper "ratt12"): shapes read wrong on real news reports of many outlets, judged by hand.
// Every sentence here is invented.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue, ENTITIES, type EntitySpec } from './helpers.js';

describe('a speaker pronoun of the other gender than the person the entities layer linked', () => {
  it('goes to the person named before who fits, by given name', () => {
    const text = 'Sonya Roe spoke after Paul Dorn left the court. “It was a fair trial,” she said.';
    const roe: EntitySpec = { name: 'Sonya Roe', type: 'person', forms: ['Sonya Roe'] };
    // the entities layer links "she" to the person named last
    const dorn: EntitySpec = { name: 'Paul Dorn', type: 'person', forms: ['Paul Dorn', ['she', 'pronoun']] };
    const a = byCue(attributionsOf(text, [roe, dorn]), 'said');
    assert.equal(a.source?.name, 'Sonya Roe');
  });

  it('goes to the person named before who fits, by title', () => {
    const text = 'Ms Roe spoke after Mr Dorn left the court. “It was a fair trial,” she said.';
    const roe: EntitySpec = { name: 'Roe', type: 'person', forms: ['Roe'] };
    const dorn: EntitySpec = { name: 'Dorn', type: 'person', forms: ['Dorn', ['she', 'pronoun']] };
    const a = byCue(attributionsOf(text, [roe, dorn]), 'said');
    assert.equal(a.source?.name, 'Roe');
  });

  it('keeps the linked person when nothing says the gender', () => {
    const text = 'Roe spoke after Dorn left the court. “It was a fair trial,” she said.';
    const roe: EntitySpec = { name: 'Roe', type: 'person', forms: ['Roe'] };
    const dorn: EntitySpec = { name: 'Dorn', type: 'person', forms: ['Dorn', ['she', 'pronoun']] };
    const a = byCue(attributionsOf(text, [roe, dorn]), 'said');
    assert.equal(a.source?.name, 'Dorn');
  });
});

describe('a speaker pronoun linked to a person named as an owner inside the sentence before', () => {
  it('is the last speaker ("At Reyes\'s hearing, she said …")', () => {
    const text = 'Anna Berg said the fine was too high. At Reyes’s hearing, she said the bank had lied.';
    const berg: EntitySpec = { name: 'Anna Berg', type: 'person', forms: ['Anna Berg'] };
    const reyes: EntitySpec = { name: 'Reyes', type: 'person', forms: ['Reyes', ['she', 'pronoun']] };
    const a = attributionsOf(text, [berg, reyes]).find((x) => x.source?.text === 'she');
    assert.equal(a?.source?.name, 'Anna Berg');
  });
});

describe('a quotation standing alone after a statement, with no speaker of its own', () => {
  it('is the statement of the speaker before, in the same paragraph', () => {
    const as = attributionsOf('The roof had leaked for years, the tenant said. “We kept buckets in every room.”');
    const a = as.find((x) => x.content.text === 'We kept buckets in every room.');
    assert.equal(a?.source?.text, 'the tenant');
    assert.equal(a?.kind, 'direct');
  });

  it('is the statement of the speaker before, across narration, in the next paragraph', () => {
    const text = 'The tenant said the roof had leaked for years.\n\nThe family moved out in May. “Nobody came to fix it.”';
    const a = attributionsOf(text).find((x) => x.content.text === 'Nobody came to fix it.');
    assert.equal(a?.source?.text, 'The tenant');
  });

  it('is left alone when another person is named between, or when it is a heading', () => {
    const berg: EntitySpec = { name: 'Anna Berg', type: 'person', forms: ['Anna Berg'] };
    const text = 'The tenant said the roof had leaked for years.\n\nAnna Berg moved out in May. “Nobody came to fix it.”';
    assert.ok(!attributionsOf(text, [berg]).some((x) => x.content.text.startsWith('Nobody')));
    const heading = 'The tenant said the roof had leaked for years.\n\n“A leaking roof”\n\nThe family moved out in May.';
    assert.ok(!attributionsOf(heading).some((x) => x.content.text.startsWith('A leaking')));
  });
});

describe('a quotation in title case after a statement', () => {
  it('is a heading, not the speaker going on', () => {
    const text = 'The tenant said the roof had leaked for years.\n\n“Nobody Came To Fix It.”\n\nThe family moved out in May.';
    assert.ok(!attributionsOf(text).some((x) => x.content.text.startsWith('Nobody')));
  });
});

describe('a participle of saying right after the speaker of a quotation', () => {
  it('leaves the quotation to that speaker ("“…,” the general said urging …")', () => {
    const as = attributionsOf('“They will leave this region,” the general said urging lawmakers to cut the budget.');
    const a = as.find((x) => x.content.text.startsWith('They will leave'));
    assert.equal(a?.source?.text, 'the general');
  });
});

describe('"with" + a speaker + an evaluative participle after a clause', () => {
  it('is that speaker\'s act ("– with some residents accusing the mayor of …")', () => {
    const a = byCue(attributionsOf('The council dropped the plan on Monday – with some residents accusing the mayor of “cowardice”.'), 'accusing');
    assert.equal(a.source?.text, 'some residents');
    assert.equal(a.content.text, 'the mayor of “cowardice”');
  });

  it('takes a longer speaker and a quotation ("with the party\'s spokesman Jane Roe branding it “…”")', () => {
    const a = byCue(attributionsOf('The budget was cut again, with the opposition’s finance spokesman Jane Roe branding it “a reckless gamble”.'), 'branding');
    assert.equal(a.source?.text, 'the opposition’s finance spokesman Jane Roe');
    assert.equal(a.content.text, 'a reckless gamble');
  });
});

describe('an outlet named with the kind of outlet it is', () => {
  it('keeps "news agency" in the listener, not in the content ("told the Clarion news agency it …")', () => {
    const clarion: EntitySpec = { name: 'Clarion', type: 'organisation', forms: ['Clarion'] };
    const a = byCue(attributionsOf('Jane Roe told the Clarion news agency it was a sign of weakness.', [clarion]), 'told');
    assert.equal(a.content.text, 'it was a sign of weakness');
    assert.equal(a.channel?.name, 'the Clarion news agency');
  });

  it('leaves a listener that is no outlet ("told his radio audience")', () => {
    const a = byCue(attributionsOf('Jane Roe told his radio audience on Monday that the plan was dead.'), 'told');
    assert.equal(a.channel, null);
  });
});

describe('a relative clause after an "according to" source', () => {
  it('gives the outlet the source spoke with as channel', () => {
    const a = byCue(attributionsOf('The trip was private, according to a source who spoke with Reuters.', [ENTITIES.reuters!]), 'according to');
    assert.equal(a.channel?.name, 'Reuters');
  });
});

describe('"as" + a speaker + a verb of saying after a reported clause', () => {
  it('ends the first statement and reads the second on the right ("… as he once again asserted …")', () => {
    const as = attributionsOf('The mayor said he is not a crook as he once again asserted the audit was rigged.');
    assert.equal(byCue(as, 'said').content.text, 'he is not a crook');
    const a = byCue(as, 'asserted');
    assert.equal(a.content.text, 'the audit was rigged');
    assert.equal(a.source?.text, 'he');
  });

  it('leaves "as" without a speaker inside the content', () => {
    assert.equal(byCue(attributionsOf('The mayor said the plan would fail as expected.'), 'said').content.text, 'the plan would fail as expected');
  });
});

describe('a quotation in single quotes over several paragraphs', () => {
  it('runs on into the next paragraph that opens with the same mark', () => {
    const text = '\'We met the families,\' she wrote.\n\n\'Their courage moved us. Hope is still here.\n\n\'We will go back soon,\' she concluded.';
    const a = byCue(attributionsOf(text), 'concluded');
    assert.ok(a.content.text.startsWith('Their courage moved us.'), a.content.text);
    assert.ok(a.content.text.endsWith('We will go back soon'), a.content.text);
  });

  it('leaves a paragraph that only opens with an apostrophe word', () => {
    const as = attributionsOf('\'90s music was loud.\n\n\'Tis the season, the mayor said.');
    assert.ok(!as.some((a) => a.content.text.includes('music')), JSON.stringify(as.map((a) => a.content.text)));
  });
});

describe('a he/she after a long quotation', () => {
  it('looks back to the speakers before the quotation opened', () => {
    const berg: EntitySpec = { name: 'Anna Berg', type: 'person', forms: ['Anna Berg'] };
    const text = 'Anna Berg said the vote was close. “We lost the first round. We lost the second. Then we won the third. Nobody expected it. It was a long night,” she said.';
    const a = attributionsOf(text, [berg]).find((x) => x.source?.text === 'she');
    assert.equal(a?.source?.name, 'Anna Berg');
  });
});

describe('speaker appositions', () => {
  it('read "another" + a noun ("Mary Rao, another resident, said …")', () => {
    const a = byCue(attributionsOf('Mary Rao, another resident, said she had paid the agent twice.'), 'said');
    assert.equal(a.source?.text, 'Mary Rao');
  });

  it('read an age and a town with its county after "from" ("Joe Hale, 18, from Truro, Cornwall, told …")', () => {
    const a = byCue(attributionsOf('“We heard loud bangs,” tourist Joe Hale, 18, from Truro, Cornwall, told Reuters.', [ENTITIES.reuters!]), 'told');
    assert.equal(a.source?.text, 'tourist Joe Hale');
    assert.equal(a.channel?.name, 'Reuters');
  });
});

describe('participles that say nothing', () => {
  it('"after pleading guilty to …" is a plea, as "pleaded guilty" is', () => {
    const as = attributionsOf('The man could face ten years in prison after pleading guilty to fraud.');
    assert.ok(!as.some((a) => a.cue.text === 'pleading'), JSON.stringify(as.map((a) => a.cue.text)));
  });

  it('"Citing unnamed sources, the paper reports …" cites who, not what', () => {
    const as = attributionsOf('Citing unnamed sources, the paper reports the plan is to protect local firms.');
    assert.ok(!as.some((a) => a.cue.text === 'Citing'), JSON.stringify(as.map((a) => a.cue.text)));
    assert.equal(byCue(as, 'reports').content.text, 'the plan is to protect local firms');
    assert.equal(byCue(attributionsOf('Citing rising costs, the mayor said the bridge would close.'), 'Citing').content.text, 'rising costs');
  });
});

describe('a participle of saying after a later clause of its own', () => {
  it('takes that clause\'s named subject, not the earlier speaker ("When Lee asked …, Kim responded by saying …")', () => {
    const lee: EntitySpec = { name: 'Lee', type: 'person', forms: ['Lee'] };
    const kim: EntitySpec = { name: 'Kim', type: 'person', forms: ['Kim'] };
    const a = byCue(attributionsOf('When Lee asked that the city respect the vote, Kim responded by saying that peace was good.', [lee, kim]), 'saying');
    assert.equal(a.source?.text, 'Kim');
  });

  it('takes the subject of a "when" clause, not the pronoun opening the sentence', () => {
    const smith: EntitySpec = { name: 'Smith', type: 'person', forms: ['Smith'] };
    const a = byCue(attributionsOf('They were close to a deal when Smith scuttled the talks in September, citing rebel violence.', [smith]), 'citing');
    assert.equal(a.source?.text, 'Smith');
  });

  it('keeps the speaker when the later verb is inside what was said', () => {
    const lee: EntitySpec = { name: 'Lee', type: 'person', forms: ['Lee'] };
    const kim: EntitySpec = { name: 'Kim', type: 'person', forms: ['Kim'] };
    const a = byCue(attributionsOf('Kim said the plan, which Lee opposed, was dead, adding that it cost too much.', [lee, kim]), 'adding');
    assert.equal(a.source?.text, 'Kim');
  });
});

describe('"the <name> administration" as a speaker', () => {
  it('is named by its own words, not resolved back to a country named before', () => {
    const lee: EntitySpec = { name: 'Lee', type: 'person', forms: ['Lee'] };
    const china: EntitySpec = { name: 'China', type: 'country', sourceType: 'government', forms: ['China'] };
    const text = 'China sells many cars abroad. The Lee administration said it would raise taxes on cars from China.';
    const a = byCue(attributionsOf(text, [lee, china]), 'said');
    assert.equal(a.source?.name, 'The Lee administration');
  });
});

describe('a relative of the person named before the noun', () => {
  it('speaks, not that person ("His uncle said …", "Lee\'s sister said …")', () => {
    const lee: EntitySpec = { name: 'Tom Lee', type: 'person', forms: ['Tom Lee', ['His', 'pronoun'], ['Lee', 'surname']] };
    const as = attributionsOf('Tom Lee lost his house. His uncle said the roof fell in at night. Lee’s sister said they had no warning.', [lee]);
    assert.equal(as.find((a) => a.source?.text === 'His uncle')?.source?.name, 'His uncle');
    assert.equal(as.find((a) => a.source?.text === 'Lee’s sister')?.source?.name, 'Lee’s sister');
  });
});

describe('a cue form right after "of"', () => {
  it('is a noun ("words of support that poured in")', () => {
    const as = attributionsOf('The president thanked the families for the words of support that had poured in.');
    assert.ok(!as.some((a) => a.cue.text === 'support'), JSON.stringify(as.map((a) => a.cue.text)));
  });
});

describe('speakers inside a statement relayed by an official', () => {
  it('a participle takes the clause\'s subject inside the relayed statement too', () => {
    const lee: EntitySpec = { name: 'Lee', type: 'person', forms: ['Lee'] };
    const kim: EntitySpec = { name: 'Kim', type: 'person', forms: ['Kim'] };
    const text = 'When Lee asked that the city respect the vote, Kim responded by saying that peace was good, one official said.';
    const a = byCue(attributionsOf(text, [lee, kim]), 'saying');
    assert.equal(a.source?.text, 'Kim');
  });

  it('"they said" after a person\'s statement relayed by officials is the officials', () => {
    const kim: EntitySpec = { name: 'Kim', type: 'person', sourceType: 'government', forms: ['Kim'] };
    const text = 'Kim raised the tariff issue, according to trade officials. Kim also noted the cost of steel, they said.';
    const a = attributionsOf(text, [kim]).find((x) => x.source?.text === 'they');
    assert.equal(a?.source?.name, 'trade officials');
  });
});
