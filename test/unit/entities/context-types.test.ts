// Types from context and from the document: organisation cues around one-word names, lists of
// names of one type, long words in capitals, and the personal-name lists in the knowledge base.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';
import { annotate } from './annotate.js';

const typeOf = (a: ReturnType<typeof annotate>, words: string): string | undefined => a.byMention(words)?.type;

test('a one-word name after "shares of" is an organisation', () => {
  const a = annotate('Shares of Quorvex rose 5 percent on Monday after the results.');
  assert.equal(typeOf(a, 'Quorvex'), 'organisation');
});

test('a one-word name before "chairman" or "striker" is an organisation', () => {
  assert.equal(typeOf(annotate('The board met after Quorvex chairman John Smith resigned.'), 'Quorvex'), 'organisation');
  assert.equal(typeOf(annotate('The goal came from Drelling striker Tom Baker in the last minute.'), 'Drelling'), 'organisation');
});

test('an organisation cue types the same word elsewhere in the report, even before a speech verb', () => {
  const a = annotate('Shares of Quorvex fell sharply on Monday.\nQuorvex said the fall was not justified.');
  const entity = a.byMention('Quorvex');
  assert.equal(entity?.type, 'organisation');
  assert.equal(entity?.mentions.length, 2);
});

test('a speech verb alone still makes a one-word name a person', () => {
  const a = annotate('The minister left early.\nBrandvold said the talks would go on.');
  assert.equal(typeOf(a, 'Brandvold'), 'person');
});

test('a name listed with places takes their type', () => {
  const a = annotate('Exports to France, Germany and Zorvania grew last year.');
  assert.equal(typeOf(a, 'Zorvania'), 'place');
});

test('a name listed with neighbours of different types stays untyped', () => {
  const a = annotate('The deal involves France, Zorvania and Reuters.');
  assert.equal(a.byMention('Zorvania'), undefined);
});

test('a long word in capitals is shouting, not an acronym', () => {
  const a = annotate('Protesters outside the building chanted FREEDOM for an hour on Sunday.');
  assert.equal(a.byMention('FREEDOM'), undefined);
});

test('mentions found by the context rules keep the offset rule', () => {
  const a = annotate('Shares of Quorvex rose.\nExports to France, Germany and Zorvania grew.');
  for (const e of a.entities) for (const m of e.mentions) assert.equal(a.text.slice(m.start, m.end), m.text);
});

test('the knowledge base knows given names and family names from the name lists', () => {
  const k = loadKnowledge();
  assert.equal(k.personName('mary'), 'given');
  assert.equal(k.personName('robert'), 'given');
  assert.equal(k.personName('abernathy'), 'family');
  assert.equal(k.personName('xqzvw'), undefined);
});

test('a player opening a leaderboard line with a given name stays a person, while a club before a score is a team', () => {
  const a = annotate('Leading scores after the first round:\nRobert Quennell 68 70\nDrelling Rovers 3 Norvale Town 1');
  assert.equal(typeOf(a, 'Robert Quennell'), 'person');
  assert.equal(typeOf(a, 'Drelling Rovers'), 'organisation');
});

test('a two-word name opening with a given name in a title-case headline is a person', () => {
  const a = annotate('Why Margaret Quennell Will Not Run Again\nThe campaign ended on Monday.');
  assert.equal(typeOf(a, 'Margaret Quennell'), 'person');
});

test('North American teams are organisations by their full name and by an unambiguous short name', () => {
  const a = annotate('The Indianapolis Colts beat the Kansas City Chiefs 20-13.\nThe Colts clinched a playoff berth.');
  assert.equal(a.byMention('Indianapolis Colts')?.type, 'organisation');
  assert.equal(a.byMention('Kansas City Chiefs')?.type, 'organisation');
  assert.equal(a.byMention('Colts')?.id, a.byMention('Indianapolis Colts')?.id);
});

test('a legal form in capitals stays in the company name, and one after an acronym too', () => {
  const a = annotate('Shares of Drellwagen AG fell, while Quorvex SpA and ZQX Corp said sales rose.');
  assert.equal(a.byMention('Drellwagen AG')?.type, 'organisation');
  assert.equal(a.byMention('Quorvex SpA')?.type, 'organisation');
  assert.equal(a.byMention('ZQX Corp')?.type, 'organisation');
});

test('a lone name before "administration" is a leader, and so is the same word elsewhere', () => {
  const a = annotate('The Brandvold administration said on Friday it would act.\nBrandvold met the press later.');
  const e = a.byMention('Brandvold');
  assert.equal(e?.type, 'person');
  assert.equal(e?.mentions.length, 2);
});

test('"government" makes a leader only of a listed personal name', () => {
  assert.equal(annotate('The Smith government fell on Friday.').byMention('Smith')?.type, 'person');
  assert.equal(annotate('The Quorvish government fell on Friday.').byMention('Quorvish')?.type, undefined);
});

test('on a sports page a name before "scored" is a player', () => {
  const a = annotate('Drelling beat Ashvale 2-1 on Saturday.\nThe visitors led 1-0 before Brandwick scored twice in the second half.');
  assert.equal(a.byMention('Brandwick')?.type, 'person');
});

test('a listed company word opening a sentence before an auxiliary is a firm, unless it is also a common word', () => {
  const knowledge = loadKnowledge();
  assert.ok(knowledge.isCompanyWord('Microsoft') && !knowledge.isCommonCompanyWord('Microsoft'));
  assert.equal(annotate('Microsoft was to release a patch on Wednesday.').byMention('Microsoft')?.type, 'organisation');
  assert.ok(knowledge.isCommonCompanyWord('Construction'));
  assert.equal(annotate('Construction was underway at the site.').byMention('Construction'), undefined);
});

test('a name does not run on over "the" alone, nor over "on" without an organisation head before it', () => {
  const a = annotate('Levy told Zorvan Radio the Brandvold administration wanted peace.');
  assert.equal(a.byMention('Zorvan Radio')?.type, 'organisation');
  assert.equal(a.byMention('Brandvold')?.type, 'person');
  const b = annotate('She studied at the Quorvex Summer Theater on Long Island.');
  assert.equal(b.byMention('Long Island')?.type, 'place');
});

test('an appositive noun for a person types the name before it, but not a noun that also fits a firm', () => {
  assert.equal(annotate('Brandvold , the Swiss teenager , lost in three sets.').byMention('Brandvold')?.type, 'person');
  assert.equal(annotate('Nancy Quorvish, a longtime family friend, said she was shocked.').byMention('Nancy Quorvish')?.type, 'person');
  assert.notEqual(annotate('AMD agreed to buy Zyxtrum, a maker of servers.').byMention('Zyxtrum')?.type, 'person');
});

test('firms named like persons are organisations, and an organisation with its head splits from a short name after "and"', () => {
  const a = annotate('Analysts at Morgan Stanley and Goldman Sachs said Procter & Gamble was cheap.');
  for (const name of ['Morgan Stanley', 'Goldman Sachs', 'Procter & Gamble']) assert.equal(a.byMention(name)?.type, 'organisation', name);
  const b = annotate('Quorvex Bank and Zyxtrum said rates would stay.');
  assert.equal(b.byMention('Quorvex Bank')?.type, 'organisation');
  assert.equal(b.byMention('Quorvex Bank and Zyxtrum'), undefined);
});

test('on a sports page, scorers with their minute, bowlers with their figures and dismissed batsmen are players', () => {
  const a = annotate('Drelling 3 ( Brandwick 23rd , Quorvish 77 ) Ashvale 0 .\nScorers : Zelmar ( 60th minute )\nT. Oakes c Vantoor b Kessing 31\nBowling : Kessing 20-5-50-2 , Morrow 3-0-11-0');
  for (const name of ['Brandwick', 'Quorvish', 'Zelmar', 'Vantoor', 'Kessing', 'Morrow']) assert.equal(a.byMention(name)?.type, 'person', name);
});

test('an ordinal that goes on into a street or a seed is no minute', () => {
  const a = annotate('Ashvale beat Drelling 20-13 on Sunday.\nThe shooting was in the 12500 block of East 223rd Street , police said .');
  assert.notEqual(a.byMention('East')?.type, 'person');
});

test('both sides of a result are teams when the scorers stand in brackets between them', () => {
  const a = annotate('SOCCER - LEAGUE SUMMARIES .\nNewcastle 3 ( Brandwick 23rd , Quorvish 77 ) Leeds 0 . Halftime 2-0 .');
  assert.equal(a.byMention('Newcastle')?.type, 'organisation');
  assert.equal(a.byMention('Leeds')?.type, 'organisation');
});

test('"called the" naming what follows is no speech verb', () => {
  const a = annotate('He left the elite group within Quorvology called the Sea Org last year.');
  assert.notEqual(a.byMention('Quorvology')?.type, 'person');
  assert.equal(annotate('Brandvold called the move a provocation.').byMention('Brandvold')?.type, 'person');
});

test('an adverb opening a sentence before a comma is no name', () => {
  const a = annotate('Unsurprisingly , Quorvex is keeping pace with its rivals.');
  assert.equal(a.byMention('Unsurprisingly'), undefined);
  assert.equal(annotate('Kelly, who led the team, said she was proud.').byMention('Kelly')?.type, 'person');
});

test('a possessive written apart from its name ("Acme \'s chief executive") is an organisation cue, but not "\'s supporters"', () => {
  assert.equal(annotate("Zyxtrum 's chief executive Tom Baker said sales were strong .").byMention('Zyxtrum')?.type, 'organisation');
  assert.notEqual(annotate("The minister left .\nBrandvold 's supporters weighed in .").byMention('Brandvold')?.type, 'organisation');
});

test('an appositive noun for a firm, or "said its", types the name an organisation', () => {
  assert.equal(annotate('Analysts said Zyxtrum , the country \'s biggest brewer , would gain .').byMention('Zyxtrum')?.type, 'organisation');
  assert.equal(annotate('Brantex bought Velloria, a Dutch chemicals group, last year.').byMention('Velloria')?.type, 'organisation');
  assert.equal(annotate('Ashvale said its profit rose 12 percent.').byMention('Ashvale')?.type, 'organisation');
  assert.equal(annotate('Nancy Quorvish, the store\'s insurer, said it was shocked.').byMention('Nancy Quorvish')?.type, 'person');
});

test('"oil major" before a name is no military rank', () => {
  assert.notEqual(annotate('The deal makes oil major Brantex the biggest in its field.').byMention('Brantex')?.type, 'person');
  assert.equal(annotate('The patrol was led by army major Tom Brandvold.').byMention('Tom Brandvold')?.type, 'person');
});

test('an age between commas after a name makes it a person', () => {
  const a = annotate('Police arrested Brandvold , 34 , on Friday .\nBrandvold was held overnight .');
  assert.equal(a.byMention('Brandvold')?.type, 'person');
  assert.equal(a.byMention('Brandvold')?.mentions.length, 2);
});

test('a possessive name before a kin or counsel noun is a person', () => {
  assert.equal(annotate("The minister met Brandvold 's wife on Friday .").byMention('Brandvold')?.type, 'person');
  assert.equal(annotate("Quorvish's lawyer said the case was weak.").byMention('Quorvish')?.type, 'person');
});

test('a subject that died or was arrested is a person, but not a town in an address', () => {
  assert.equal(annotate('Police said that Brandvold was arrested on Friday.').byMention('Brandvold')?.type, 'person');
  assert.notEqual(annotate('A woman of Burnsville was killed on Friday , police said , after the crash .').byMention('Burnsville')?.type, 'person');
});

test('a firm that says "it" did business after a time or "that" is an organisation; "said it would be" is anyone\'s', () => {
  assert.equal(typeOf(annotate('Varentis said on Tuesday it had agreed to sell the plant .'), 'Varentis'), 'organisation');
  assert.equal(typeOf(annotate('Korvane said that its profit fell in the third quarter .'), 'Korvane'), 'organisation');
  assert.equal(typeOf(annotate('The talks ended .\nBrandvold said on Monday it would be hard to agree .'), 'Brandvold'), 'person');
});

test('a capitalised word with a hyphened participle ("London-based") is no word of the name after it', () => {
  const a = annotate('The Zurich-based Quorvane Holdings said it planned to cut jobs .');
  assert.equal(typeOf(a, 'Quorvane Holdings'), 'organisation');
  assert.equal(a.byMention('Zurich-based Quorvane Holdings'), undefined);
});

test('a given name opening a prize or a cup is no person', () => {
  const a = annotate('Norway will meet Chile in the Davis Cup final .\nShe won a Tony Award in May .');
  assert.notEqual(typeOf(a, 'Davis Cup'), 'person');
  assert.notEqual(typeOf(a, 'Tony Award'), 'person');
  // A surname that is also a head of other names ("Law", "Grant", "Day") does not count.
  assert.equal(typeOf(annotate('The vote was won by Nathan Law and Doris Day .'), 'Nathan Law'), 'person');
});

test('acronyms listed with commas and "and" are organisations, not a shouted phrase', () => {
  const a = annotate('Dravic kept his QBA , XBF and QBO belts on Saturday .');
  for (const acronym of ['QBA', 'XBF', 'QBO']) assert.equal(typeOf(a, acronym), 'organisation');
});

test('roads, boulevards and stadiums are places, two of them joined by "and" are two places', () => {
  const a = annotate('Police closed Marlow Road near Tesh Municipal Stadium .\nThe crash was at Carvel Street and Dunmore Boulevard .');
  assert.equal(typeOf(a, 'Marlow Road'), 'place');
  assert.equal(typeOf(a, 'Tesh Municipal Stadium'), 'place');
  assert.equal(typeOf(a, 'Carvel Street'), 'place');
  assert.equal(typeOf(a, 'Dunmore Boulevard'), 'place');
});

test('a head word alone before a speech verb is no person; a highway patrol is an organisation', () => {
  const a = annotate('The Ministry said the ship was attacked , said Varnish Highway Patrol Officer Tam Odell .');
  assert.notEqual(typeOf(a, 'Ministry'), 'person');
  assert.equal(typeOf(a, 'Varnish Highway Patrol'), 'organisation');
});

test('"X spokesman" and "X officials" make an unknown name an organisation, not a person\'s name', () => {
  assert.equal(typeOf(annotate('The talks will go on , said Quorlex spokesman Tim Adair .\nQuorlex officials met on Monday .'), 'Quorlex'), 'organisation');
  const leader = annotate('The Brandvold administration acted .\nBrandvold officials said the rule would go .');
  assert.equal(typeOf(leader, 'Brandvold'), 'person');
});

test('a hospital is an organisation', () => {
  assert.equal(typeOf(annotate('He was taken to Marvale Memorial Hospital on Monday .'), 'Marvale Memorial Hospital'), 'organisation');
});

test('the body before "\'s" and a named person, or after a named person and "of the", is an organisation', () => {
  assert.equal(typeOf(annotate('The deal was done , and Quorvane \'s John Mallet said it was fair .'), 'Quorvane'), 'organisation');
  assert.equal(typeOf(annotate('The vote was close , said Jane Dorrit of the Brask Union .'), 'Brask Union'), 'organisation');
  assert.equal(typeOf(annotate('The news came from Earl Rusk of the Ashvale Register on Friday .'), 'Ashvale Register'), 'organisation');
});

test('a town before "\'s" and a person stays a place off sports pages; "of" a town without "the" stays a town', () => {
  assert.notEqual(typeOf(annotate('In the morning Toronto \'s John Mallet said the roads were closed .'), 'Toronto'), 'organisation');
  assert.notEqual(typeOf(annotate('The victim was named as Mary Ellen Dorrit of Glenvane .'), 'Glenvane'), 'organisation');
});

test('company-name endings and "Board" make organisations', () => {
  assert.equal(typeOf(annotate('Shares rose after Tarvel Instruments and Brask Pictures reported .'), 'Tarvel Instruments'), 'organisation');
  assert.equal(typeOf(annotate('The plan went to the Ostvale Board of Supervisors on Monday .'), 'Ostvale Board of Supervisors'), 'organisation');
});

test('a known place and a name with a place head joined by "and" are two places; "Turks and Caicos Islands" stays one', () => {
  const a = annotate('Only Charlotte and Oklahoma City were hit .\nHe flew to the Turks and Caicos Islands .');
  assert.equal(a.byMention('Charlotte and Oklahoma City'), undefined);
  assert.equal(typeOf(a, 'Oklahoma City'), 'place');
  assert.ok(a.byMention('Turks and Caicos Islands'));
});

test('names listed after "the villages of" are places', () => {
  const a = annotate('The report said the villages of Varzel , Tomsk-Orav and Kelbin were worst hit .');
  for (const name of ['Varzel', 'Kelbin']) assert.equal(typeOf(a, name), 'place');
});

test('a firm that reports its figures, a plural after "the" before a speech verb, and Finnish "Oy" firms are organisations', () => {
  assert.equal(typeOf(annotate('Lendix said net profit rose to 45 million guilders .'), 'Lendix'), 'organisation');
  assert.equal(typeOf(annotate('Asked about the war , Smith said sales were fine .'), 'Smith'), 'person');
  assert.equal(typeOf(annotate('The vote was close , and the Brennites said they would oppose the budget .'), 'Brennites'), 'organisation');
  assert.notEqual(typeOf(annotate('Asked about the war , the Americans said nothing .'), 'Americans'), 'organisation');
  const merger = annotate('Tarmo Oy and Velko AB said they had agreed to merge .');
  assert.equal(typeOf(merger, 'Tarmo Oy'), 'organisation');
  assert.equal(typeOf(merger, 'Velko AB'), 'organisation');
});

test('a name before "resident" or lower-case "police" is a place, but not "Riot police" or "Sicilian police"', () => {
  assert.equal(typeOf(annotate('The Marlo Heights resident was married in May .'), 'Marlo Heights'), 'place');
  assert.equal(typeOf(annotate('The shop was robbed , and Dunvale police arrested a man .'), 'Dunvale'), 'place');
  assert.notEqual(typeOf(annotate('Riot police fired tear gas .'), 'Riot'), 'place');
  assert.notEqual(typeOf(annotate('He was held in a Sicilian police raid .'), 'Sicilian'), 'place');
});

test('what a body is, written after its name, makes it an organisation: the press, a firm (not a place, not a personal name)', () => {
  const a = annotate('An opinion poll published in the Vremska newspaper on Sunday found little support.');
  assert.equal(a.byMention('Vremska')?.type, 'organisation');
  const b = annotate('The Brantell group plans to sell its stake.');
  assert.equal(b.byMention('Brantell')?.type, 'organisation');
  const c = annotate('According to a Toronto newspaper, the deal was done.');
  assert.notEqual(c.byMention('Toronto')?.type, 'organisation');
  const d = annotate('Mitchell resigned in March. He joined the Mitchell group of advisers later.');
  assert.notEqual(d.byMention('Mitchell')?.type, 'organisation');
});

test('analysts and economists at a name work for a firm, and "the weekly X" is the press', () => {
  const a = annotate('Analysts at Kernvale expect a cut in rates. The weekly Ostrana reported the sale.');
  assert.equal(a.byMention('Kernvale')?.type, 'organisation');
  assert.equal(a.byMention('Ostrana')?.type, 'organisation');
});

test('a two-word name typed a person only by its shape is the press before "article" or "editorial"', () => {
  const a = annotate('The family spoke to the author of the 2005 Brisk Lantern article about the case.');
  assert.equal(a.byMention('Brisk Lantern')?.type, 'organisation');
  const b = annotate('A Maria Lenz article appeared on Sunday.');
  assert.equal(b.byMention('Maria Lenz')?.type, 'person');
});

test('a noun only a body is, just before a name, makes it an organisation', () => {
  const a = annotate('Dutch chemicals group Kelvara reported a loss. He said carmaker Brantis would cut jobs.');
  assert.equal(a.byMention('Kelvara')?.type, 'organisation');
  assert.equal(a.byMention('Brantis')?.type, 'organisation');
  assert.equal(a.byMention('Dutch')?.type, 'country');
  const b = annotate('His talks with the studio , Larkgate , hit a snag.');
  assert.equal(b.byMention('Larkgate')?.type, 'organisation');
});

test('not before a personal name, nor when the noun belongs to a name before it', () => {
  const a = annotate('The company John Brask founded grew fast.');
  assert.equal(a.byMention('John Brask')?.type, 'person');
  const b = annotate('Staff of the Ta Nea newspaper Web site kept working.');
  assert.notEqual(b.byMention('Web')?.type, 'organisation');
});

test('a comma after a firm noun makes an apposition only when a second comma closes it', () => {
  const a = annotate('The Ravens fired coach Ellis Brandt on Monday. His jersey was retired by the club , Brandt is 40-41 as coach.');
  assert.equal(a.byMention('Brandt')?.type, 'person');
});

test('a demonym before a known organisation names its national branch, and the Red Crescent is known', () => {
  const a = annotate('A report by the Norwegian Red Cross followed. The Red Crescent sent two helicopters.');
  assert.equal(a.byMention('Norwegian Red Cross')?.type, 'organisation');
  assert.equal(a.byMention('Red Crescent')?.type, 'organisation');
});

test('"the X party" and "a spokesman for X Y" make organisations; a spokesman for a surname speaks for a person', () => {
  const a = annotate('The government banned the opposition Ukelvo party. A spokesman for Kelvar Hydro said the plant would close. A spokesman for Yeltsin declined to comment.');
  assert.equal(a.byMention('Ukelvo')?.type, 'organisation');
  assert.equal(a.byMention('Kelvar Hydro')?.type, 'organisation');
  assert.notEqual(a.byMention('Yeltsin')?.type, 'organisation');
});
