// Session 15 (helper "catt15"): shapes read wrong on real conflict, security and diplomacy reports
// (tolls, militaries, state media, fact-checks), judged by hand. Every sentence here is invented.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue, type EntitySpec } from './helpers.js';

const person = (name: string, ...forms: string[]): EntitySpec => ({ name, type: 'person', forms: [name, ...forms] });

describe('speakers named around long appositions', () => {
  it('an inverted speaker after a relative clause, with a date after it ("…, which …, said X on Monday, March 3.")', () => {
    const hrw: EntitySpec = { name: 'Border Watch', type: 'organisation', forms: ['Border Watch'] };
    const a = byCue(attributionsOf('Records show a grim pattern of detentions by border police, which have used force to break up marches in dozens of towns, said Border Watch on Monday, March 3.', [hrw]), 'said');
    assert.equal(a.source?.name, 'Border Watch');
    assert.match(a.content.text, /^Records show a grim pattern/);
  });

  it('evidence that reveals something inside the statement is the speaker\'s claim, not a statement of its own', () => {
    const hrw: EntitySpec = { name: 'Border Watch', type: 'organisation', forms: ['Border Watch'] };
    const found = attributionsOf('Video footage and witness testimony reveal a pattern of beatings by guards, which have used batons on marchers, said Border Watch on Tuesday.', [hrw]);
    assert.deepEqual(found.map((a) => a.cue.text), ['said']);
  });

  it('a name before two appositions, the second one definite ("X, an analyst at Y, the Oslo-based firm, told …")', () => {
    const a = byCue(attributionsOf('Petra Lindqvist, a senior naval analyst at Harbor Insight, the Oslo-based shipping consultancy, told Reuters in June that the convoy was well protected.', [person('Petra Lindqvist'), { name: 'Reuters', type: 'organisation', sourceType: 'news_agency', forms: ['Reuters'] }]), 'told');
    assert.equal(a.source?.name, 'Petra Lindqvist');
    assert.equal(a.channel?.name, 'Reuters');
  });

  it('"X, the director of Y, says, “…”": a comma and a quotation after the verb', () => {
    const a = byCue(attributionsOf('Dana Whitfield, the executive director of Open Ledger, says, "There has never been a year when the figures were so wrong."', [person('Dana Whitfield')]), 'says');
    assert.equal(a.source?.name, 'Dana Whitfield');
    assert.equal(a.kind, 'direct');
  });

  it('a person\'s name in apposition to a common-noun speaker is who speaks, before and after the verb', () => {
    const montero = person('Raul Montero');
    const a = byCue(attributionsOf('His defense attorney, Raul Montero, stressed to reporters that the farmer had a minor role in the scheme.', [montero]), 'stressed');
    assert.equal(a.source?.text, 'His defense attorney');
    assert.equal(a.source?.name, 'Raul Montero');
    const b = byCue(attributionsOf('Among the injured were a teacher and her son, said the boy\'s uncle, Samir Haddad.', [person('Samir Haddad')]), 'said');
    assert.equal(b.source?.name, 'Samir Haddad');
  });

  it('a nickname inside the apposition ("X, 45, aka “Captain Blue,” admitted that …")', () => {
    const a = byCue(attributionsOf('Roe, 45, aka “Captain Blue,” admitted that he met with several smugglers before the raid.'), 'admitted');
    assert.equal(a.source?.text, 'Roe');
  });

  it('a speaker after a fronted phrase without a comma ("at a court hearing the ex-mayor told a judge that …")', () => {
    const a = byCue(attributionsOf('The mayor was sentenced last week, but at a court hearing the former mayor told a federal judge that his intention was only to protest.'), 'told');
    assert.equal(a.source?.text, 'the former mayor');
    assert.equal(a.content.text, 'his intention was only to protest');
  });

  it('"he added" goes on with the last speaker, not the person the clause before it names', () => {
    const found = attributionsOf('After the hearing, his lawyer, Tom Reyes, told reporters that Marsh had a small role. Had Marsh not been told of the plan, he added, "we would probably be going to trial."', [person('Tom Reyes'), person('Marsh')]);
    assert.equal(byCue(found, 'added').source?.name, 'Tom Reyes');
  });
});

describe('speakers the finders missed', () => {
  it('an inverted plural speaker with modifiers closing the sentence ("…, say security experts.")', () => {
    const a = byCue(attributionsOf('The same tools could have been used to cause wide disruption, say security experts.'), 'say');
    assert.equal(a.source?.text, 'security experts');
    assert.equal(a.content.text, 'The same tools could have been used to cause wide disruption');
  });

  it('"uncovered that" reports what researchers found', () => {
    const a = byCue(attributionsOf('In April, researchers at the security firm Acme uncovered that the hackers had pulled off a double attack.'), 'uncovered');
    assert.equal(a.content.text, 'the hackers had pulled off a double attack');
  });
});

describe('channels', () => {
  it('the platform a statement was posted on is its channel; "in a tweet" names none', () => {
    const found = attributionsOf('"The talks are over," the ministry said on the Telegram messaging app. "We will not give up," the rebel spokesman said in a tweet. "The ceasefire has collapsed," the ministry wrote on the social media platform X.\n\nAid groups could not confirm it.');
    assert.deepEqual(found.map((a) => a.channel?.name ?? null), ['Telegram', null, 'X']);
  });

  it('an outlet by the last word of its name or by its web address ("told CBN News", "told Polygraph.info")', () => {
    const found = attributionsOf('Jana Novak told CBN News, "The budget is simply too small." Marcus Feld told Polygraph.info the ministry\'s allegations are false.', [person('Jana Novak'), person('Marcus Feld')]);
    assert.deepEqual(found.map((a) => a.channel?.name), ['CBN News', 'Polygraph.info']);
  });

  it('an outlet\'s correspondent is one listener, and an abbreviated month one time ("told VOA correspondent Anna Berg on Nov. 3 that …")', () => {
    const voa: EntitySpec = { name: 'Voice of America', type: 'organisation', sourceType: 'media', forms: ['VOA'] };
    const a = byCue(attributionsOf('Cmdr. Paul Ortega told VOA Pentagon correspondent Anna Berg on Nov. 3 that the claim "is patently false."', [person('Paul Ortega'), voa]), 'told');
    assert.equal(a.channel?.name, 'Voice of America');
    assert.match(a.content.text, /^the claim/);
  });

  it('"told US media this month that …": the listener is the media, not the content', () => {
    const us: EntitySpec = { name: 'United States', type: 'country', forms: ['US'] };
    const a = byCue(attributionsOf('General Ray Cole told US media this month that the troops are likely to stay.', [person('Ray Cole'), us]), 'told');
    assert.equal(a.content.text, 'the troops are likely to stay');
  });
});

describe('sources of reports and claims', () => {
  it('"according to a report Thursday from X and other agencies" names X', () => {
    const bank: EntitySpec = { name: 'World Bank', type: 'organisation', forms: ['World Bank'] };
    const a = byCue(attributionsOf('More than a million people in the region are short of water, according to a report Tuesday from the World Bank and other lenders.', [bank]), 'according to');
    assert.equal(a.source?.name, 'World Bank');
  });

  it('"claims made by X that …" are X\'s', () => {
    const a = byCue(attributionsOf('Reporters were quick to report claims made by the militia that the army bombed the clinic.'), 'claims');
    assert.equal(a.source?.text, 'the militia');
    assert.equal(a.content.text, 'the army bombed the clinic');
  });

  it('"ruled out" is a denial; "admitted a million refugees" is no statement', () => {
    const found = attributionsOf('The government has ruled out any foul play in the latest incident. By then the country had admitted more than a million refugees.');
    assert.deepEqual(found.map((a) => [a.source?.text, a.cue.text]), [['The government', 'ruled out']]);
  });

  it('a dateline before a spaced dash names no speaker ("Geneva Hall – The Council voted … and demanded that …")', () => {
    const council: EntitySpec = { name: 'Security Council', type: 'organisation', forms: ['Security Council'] };
    const hall: EntitySpec = { name: 'Geneva Hall', type: 'place', forms: ['Geneva Hall'] };
    const found = attributionsOf('Geneva Hall – The Security Council voted on Friday to speed up aid and demanded that all the hostages be released at once.', [hall, council]);
    assert.equal(byCue(found, 'demanded').source?.name, 'Security Council');
  });

  it('"that months of fighting lie ahead" keeps "months"; "On December 18th" is no part of the speaker', () => {
    const army: EntitySpec = { name: 'Freedonia', type: 'country', forms: ['Freedonia'] };
    const found = attributionsOf('The army has said that months of fighting lie ahead in the northern hills. On December 18th Freedonia announced a new task force to patrol the coast.', [army]);
    assert.equal(byCue(found, 'said').content.text, 'months of fighting lie ahead in the northern hills');
    assert.equal(byCue(found, 'announced').source?.text, 'Freedonia');
  });

  it('an object characterised in quotation marks ends at "“…,” and"', () => {
    const a = byCue(attributionsOf('The Pentagon rejected these accusations as “patently false,” and both analysts and residents said the claims were false.', [], { extents: 'parc' }), 'rejected');
    assert.equal(a.content.text, 'these accusations as “patently false,”');
  });

  it('a body\'s "it" opening the sentence hands its source to a coordinated cue', () => {
    const found = attributionsOf('The army confirmed the crash on Monday. It did not reveal the location and said it was withholding the names of the dead.');
    assert.equal(byCue(found, 'said').source?.text, 'It');
  });
});

describe('source kinds', () => {
  it('a reporter\'s source is an unnamed speaker, not the reporter', () => {
    const a = byCue(attributionsOf('Reporter Lena Fox\'s source inside the camp, a refugee who asked not to be named, said the claim is “absolutely not true.”', [person('Lena Fox')]), 'said');
    assert.equal(a.source?.type, 'anonymous_official');
    assert.notEqual(a.source?.name, 'Lena Fox');
  });

  it('officials with a participle after them, a border service, government media, an international post, a company title', () => {
    const found = attributionsOf('Freedonian officials monitoring the situation said the ship was hit. The Freedonian border service said traffic had resumed. The government media in the enclave reported that the toll had risen. Maria Lind, the U.N. humanitarian affairs chief, lamented the lack of action.', [person('Maria Lind')]);
    assert.deepEqual(found.map((a) => a.source?.type), ['anonymous_official', 'government', 'state_media', 'official']);
  });

  it('a title held at a company is not an office of state', () => {
    const adler: EntitySpec = { name: 'Ruth Adler', type: 'person', sourceType: 'government', forms: ['Ruth Adler'] };
    const a = byCue(attributionsOf('Ruth Adler, a senior vice president at the security firm Ironclad, said the breach was serious.', [adler]), 'said');
    assert.equal(a.source?.type, 'person');
  });
});

describe('a writer and the outlet written for (lead, session 15)', () => {
  it('"“…,” wrote X for the Guardian.": X is the source, the paper the channel', () => {
    const guardian: EntitySpec = { name: 'The Guardian', type: 'organisation', sourceType: 'media', forms: ['the Guardian', 'Guardian'] };
    const a = byCue(attributionsOf('"The race is still close," wrote Anna Berg for the Guardian.', [person('Anna Berg'), guardian]), 'wrote');
    assert.equal(a.source?.name, 'Anna Berg');
    assert.equal(a.channel?.name, 'The Guardian');
  });
});
