import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue, ENTITIES, type EntitySpec } from './helpers.js';

describe('records described by a reduced relative clause', () => {
  it('reads "footage broadcast by …" as a record that shows a state of things', () => {
    const a = byCue(attributionsOf('Footage broadcast by state television showed the missile lifting off.'), 'showed');
    assert.equal(a.content.text, 'the missile lifting off');
    assert.equal(a.source?.text, 'Footage broadcast by state television');
  });

  it('keeps a participle right after a determiner as the head ("the accused")', () => {
    const a = byCue(attributionsOf('The accused said he was innocent.'), 'said');
    assert.equal(a.source?.text, 'The accused');
  });
});

describe('a participial cue after a clause whose subject is no named entity', () => {
  it('gives ", citing …" the opening subject after a fronted time phrase', () => {
    const a = byCue(attributionsOf('In 1986, the court blocked the sale, citing a threat to public health.'), 'citing');
    assert.equal(a.source?.text, 'the court');
    assert.equal(a.content.text, 'a threat to public health');
  });

  it('leaves the participle without a speaker when the sentence opens with a thing', () => {
    const all = attributionsOf('Prices rose sharply, citing data from the bank.');
    assert.equal(all.filter((a) => a.cue.text === 'citing').length, 0);
  });
});

describe('reported speech in more shapes', () => {
  it('reads "but said" with the subject of the first verb', () => {
    const a = byCue(attributionsOf('The minister denied the report but said talks would continue.'), 'said');
    assert.equal(a.source?.text, 'The minister');
    assert.equal(a.content.text, 'talks would continue');
  });

  it('reads a manner-of-speaking verb with "that" as reported speech', () => {
    const a = byCue(attributionsOf('The coach joked that the team ranks fourth.'), 'joked');
    assert.equal(a.content.text, 'the team ranks fourth');
  });

  it('still needs a quotation for "continued"', () => {
    assert.equal(attributionsOf('He continued that the plan failed.').length, 0);
  });

  it('ends a circumstance before a pronoun that opens the reported clause', () => {
    const a = byCue(attributionsOf('The senator said after the meeting he would not accept the offer.'), 'said');
    assert.equal(a.content.text, 'he would not accept the offer');
  });
});

describe('statements nested in "according to"', () => {
  it('gives the nested speaker the outer source as its channel', () => {
    const all = attributionsOf('According to Yonhap, the Joint Chiefs of Staff said the missile flew about 1,000 km.', [ENTITIES.yonhap!, ENTITIES.jcs!]);
    const said = byCue(all, 'said');
    assert.equal(said.source?.text, 'the Joint Chiefs of Staff');
    assert.equal(said.channel?.name, 'Yonhap News Agency');
  });

  it('counts the nested statement once, past the nested speaker\'s apposition (session 11: no relay copy)', () => {
    const all = attributionsOf('According to the Herald, Professor Ann Lee, the chairwoman of the panel, said the flag was never put to a vote.');
    assert.deepEqual(all.map((a) => [a.source?.text, a.cue.text, a.channel?.name, a.content.text]),
      [['Professor Ann Lee', 'said', 'the Herald', 'the flag was never put to a vote']]);
  });

  it('reads a trailing "according to" the same way', () => {
    const all = attributionsOf('Kim Jong Un said the test was a success, according to KCNA.', [ENTITIES.kim!, ENTITIES.kcna!]);
    assert.equal(byCue(all, 'said').channel?.name, 'Korean Central News Agency');
  });
});

describe('listeners named in part by the entities stage', () => {
  it('extends a listener over the capitalised words after its mention ("LA Weekly")', () => {
    const la: EntitySpec = { name: 'Los Angeles', type: 'place', forms: ['LA'] };
    const a = byCue(attributionsOf('Spokesman Steve Whitmore told LA Weekly in a statement that the case was closed.', [la]), 'told');
    assert.equal(a.content.text, 'the case was closed');
  });
});

describe('common shapes read wrongly before', () => {
  it('takes the clause after "that according to X," as what X says', () => {
    const a = byCue(attributionsOf('The paper has learned that according to a posting made yesterday, the site is under attack.'), 'according to');
    assert.equal(a.content.text, 'the site is under attack');
  });

  it('steps over a circumstance set off by commas before "that"', () => {
    const a = byCue(attributionsOf('The guide explains, in a playful way, that the rules were changed.'), 'explains');
    assert.equal(a.content.text, 'the rules were changed');
  });

  it('does not read "such as X have stated" as "as X stated"', () => {
    const a = byCue(attributionsOf('Though one site complied, other sites such as Gawker have stated that they will keep the video.'), 'stated');
    assert.equal(a.content.text, 'they will keep the video');
  });

  it('does not take "Writing in a blog post," as something written', () => {
    const all = attributionsOf('Writing in a blog post, the critic called the dispute a war.');
    assert.equal(all.filter((a) => a.cue.text === 'Writing').length, 0);
    assert.equal(byCue(all, 'called').content.text, 'the dispute a war');
  });
});

describe('verbs of saying used for other acts', () => {
  it('reads "claimed 20 lives" and "conceded a penalty" as no statement', () => {
    assert.equal(attributionsOf('The storm claimed 20 lives on Monday.').length, 0);
    assert.equal(attributionsOf('The defender conceded a penalty in the first half.').length, 0);
  });

  it('keeps "claimed responsibility" as a claim', () => {
    const a = byCue(attributionsOf('The group claimed responsibility for the bombing.'), 'claimed');
    assert.equal(a.content.text, 'responsibility for the bombing');
  });

  it('reads a threatened use of force after a modal as no speech act', () => {
    const all = attributionsOf('The agency said it would attack any loudspeakers and would respond militarily within 48 hours.');
    assert.deepEqual(all.map((a) => a.cue.text), ['said']);
    assert.equal(byCue(attributionsOf('The ministry attacked the plan.'), 'attacked').content.text, 'the plan');
  });

  it('does not take "and said …" as the content of "tweeted"', () => {
    const all = attributionsOf('The founder tweeted and said the boy was welcome to tour the company.');
    assert.deepEqual(all.map((a) => a.cue.text), ['said']);
  });
});

describe('phrases around the cue', () => {
  it('keeps an adverb such as "twice" in the verb group ("was twice denied")', () => {
    assert.ok(attributionsOf('The team was twice denied visas to enter the country.').every((a) => a.source?.text !== 'twice'));
  });

  it('reads "the governments of South East Asia" as one listener', () => {
    const a = byCue(attributionsOf('The spokesman asked the governments of South East Asia not to turn away boats.'), 'asked');
    assert.match(a.content.text, /^(?:not to )?turn away boats$/);
  });

  it('keeps a capitalised time word inside a name ("the Sydney Morning Herald")', () => {
    const a = byCue(attributionsOf('By then, her health had failed, according to the Sydney Morning Herald.'), 'according to');
    assert.equal(a.source?.text, 'the Sydney Morning Herald');
  });

  it('reads "The results show" as a record', () => {
    const a = byCue(attributionsOf('The results show the opposition camp kept a majority.'), 'show');
    assert.equal(a.source?.text, 'The results');
  });
});

describe('wire-report shapes', () => {
  it('steps over a reduced relative between commas after the speaker ("The agency, known as HUR, told …")', () => {
    const a = byCue(attributionsOf('The intelligence agency, known as HUR, told the Kyiv Independent that the strike hit an airfield.'), 'told');
    assert.equal(a.source?.text, 'The intelligence agency');
    assert.equal(a.content.text, 'the strike hit an airfield');
    const b = byCue(attributionsOf('The statement, carried by the state news agency, said the launch was a warning.'), 'said');
    assert.equal(b.source?.text, 'The statement');
  });

  it('reads "according to X, which cited Y," with Y the source and X the channel', () => {
    const a = byCue(attributionsOf('According to Yonhap, which cited a source in the emergency services, two people were injured.', [ENTITIES.yonhap!]), 'cited');
    assert.equal(a.channel?.name, 'Yonhap News Agency');
    assert.equal(a.source?.text, 'a source in the emergency services');
    assert.equal(a.content.text, 'two people were injured');
  });

  it('gives a statement the outlet that reported it as its channel ("…, Yonhap reported")', () => {
    const all = attributionsOf('The defence ministry said its air defences had destroyed 12 drones, Yonhap reported.', [ENTITIES.yonhap!]);
    assert.equal(byCue(all, 'said').channel?.name, 'Yonhap News Agency');
  });

  it('gives no channel when the reporter is no outlet', () => {
    const all = attributionsOf('The minister said the plan failed, his aide reported.');
    assert.equal(byCue(all, 'said').channel, null);
  });

  it('types an air force or a coast guard as military', () => {
    assert.equal(byCue(attributionsOf('The coast guard said two boats sank.'), 'said').source?.type, 'military');
  });
});

describe('speakers named around the statement', () => {
  it('takes the outlet from the speaker\'s apposition ("who spoke to AFP on condition of anonymity")', () => {
    const all = attributionsOf('The commander, who spoke to AFP on condition of anonymity, said at least 30 fighters were killed.', [ENTITIES.afp!]);
    assert.equal(byCue(all, 'said').channel?.name, 'Agence France-Presse');
  });

  it('gives no channel for an apposition that names no outlet', () => {
    const all = attributionsOf('A resident, who spoke to his family by phone, said the town was quiet.');
    assert.equal(byCue(all, 'said').channel, null);
  });

  it('reads "…, a charge the group denied." with the group as speaker and the charge as content', () => {
    const a = byCue(attributionsOf('The army accused the militia of killing civilians, a charge the paramilitary group denied.'), 'denied');
    assert.equal(a.source?.text, 'the paramilitary group');
    assert.equal(a.content.text, 'The army accused the militia of killing civilians');
  });
});

describe('nouns that look like cue verbs', () => {
  it('reads "an Israeli attack" and "A Russian attack" as nouns, not "an Israeli" attacking', () => {
    assert.ok(attributionsOf('He said that an Israeli attack could very well happen.').every((a) => a.cue.text !== 'attack'));
    assert.equal(attributionsOf('A Russian attack on the city killed five people.').length, 0);
  });

  it('still reads a plural subject with a base form as a speaker ("The Israelis attack the plan")', () => {
    assert.equal(byCue(attributionsOf('The Israelis attack the plan.'), 'attack').content.text, 'the plan');
  });
});

describe('short characterisations in quotation marks', () => {
  it('reads ", calling it “extremely regrettable”" as a statement although the object is short', () => {
    const a = byCue(attributionsOf('The prime minister condemned the launch, calling it “extremely regrettable.”', [], { extents: 'parc' }), 'calling');
    assert.equal(a.source?.text, 'The prime minister');
    assert.match(a.content.text, /extremely regrettable/);
  });

  it('still reads ", calling the police" as a phone call', () => {
    assert.ok(attributionsOf('He left the room, calling the police.').every((a) => a.cue.text !== 'calling'));
  });
});

describe('source kinds of unnamed officials', () => {
  it('types an unnamed president, governor or ambassador as government', () => {
    for (const who of ['The president', 'The governor', 'The ambassador']) {
      assert.equal(byCue(attributionsOf(`${who} said the talks were over.`), 'said').source?.type, 'government', who);
    }
  });
});

describe('"he" after an unnamed person', () => {
  it('goes back to "The general" that opened an earlier sentence', () => {
    const text = 'The general described the front in a long interview.\n\n"The enemy has massed near the river," he said.';
    const a = byCue(attributionsOf(text), 'said');
    assert.equal(a.source?.name, 'The general');
    assert.equal(a.source?.type, 'military');
  });
});

describe('characterisations', () => {
  it('reads "a move officials described as …" with the officials as speakers', () => {
    const a = byCue(attributionsOf('The navy will send a carrier, a move officials described as a warning.'), 'described');
    assert.equal(a.source?.text, 'officials');
  });

  it('ends a quoted characterisation before the occasion ("… “provocative” in a post on X late Tuesday")', () => {
    const a = byCue(attributionsOf('The spokesman called the deployment “provocative” in a post on X late Tuesday.', [], { extents: 'parc' }), 'called');
    assert.equal(a.content.text, 'the deployment “provocative”');
  });
});
