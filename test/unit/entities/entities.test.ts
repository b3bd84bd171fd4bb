import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './annotate.js';

test('every mention span is the text it quotes, mentions sorted by start', () => {
  const a = annotate('Russia’s Defence Minister Andrei Belousov met China’s envoy in Beijing.\nThe Pentagon said Moscow’s forces had moved, according to Reuters.');
  assert.ok(a.entities.length > 0);
  for (const e of a.entities) {
    for (const m of e.mentions) {
      assert.equal(a.text.slice(m.start, m.end), m.text);
      assert.equal(m.entity, e.id);
    }
    const starts = e.mentions.map((m) => m.start);
    assert.deepEqual(starts, [...starts].sort((x, y) => x - y));
  }
});

test('finds countries by common name and keeps the official name as an alias', () => {
  const a = annotate('The Democratic People’s Republic of Korea fired a missile, and North Korea’s neighbours protested.');
  const kp = a.byId('country:KP');
  assert.ok(kp);
  assert.equal(kp.name, 'North Korea');
  assert.ok(kp.aliases.includes("Democratic People's Republic of Korea"));
  assert.equal(kp.mentions.length, 2);
  assert.equal(kp.mentions[1]!.text, 'North Korea', 'the possessive is not part of the mention');
});

test('matches acronyms in exact case only', () => {
  const a = annotate('The US and the EU told us they would talk.');
  assert.ok(a.byId('country:US'));
  assert.ok(a.byId('org:european-union'));
  assert.equal(a.byId('country:US')!.mentions.length, 1, '"us" in lower case is a pronoun');
});

test('reads demonyms before actors as mentions of the country', () => {
  const a = annotate('Hundreds of Ukrainian soldiers and Russian officials were there.');
  assert.equal(a.byMention('Ukrainian')?.id, 'country:UA');
  assert.equal(a.byMention('Russian')?.id, 'country:RU');
  assert.equal(a.byMention('Russian')!.mentions[0]!.kind, 'demonym');
});

test('reads a capital that acts or speaks as its government, and one after "in" or "visited" as a place', () => {
  const a = annotate('Tehran criticized the sanctions. Later the envoy arrived in Tehran, and he visited Tehran again in May.');
  const iran = a.byId('country:IR');
  assert.ok(iran);
  assert.deepEqual(iran.mentions.map((m) => m.kind), ['capital']);
  const city = a.entities.find((e) => e.type === 'place' && e.name === 'Tehran');
  assert.ok(city);
  assert.equal(city.mentions.length, 2);
  assert.ok(city.coordinates && Math.abs(city.coordinates.lat - 35.7) < 0.5);
  assert.ok(city.ids?.geonames);
});

test('a capital with a possessive stands for the government', () => {
  const a = annotate('Tokyo’s defence ministry said the launch was a provocation.');
  assert.equal(a.byMention('Tokyo')?.id, 'country:JP');
});

test('types a name after a title as a person with that role, and the country before the title as its affiliation', () => {
  const a = annotate('Brazil’s Deputy Foreign Minister Maria Laura da Rocha spoke first. Then Spanish Defence Minister Margarita Robles replied.');
  const rocha = a.entities.find((e) => e.name === 'Maria Laura da Rocha');
  assert.ok(rocha, 'name with a particle');
  assert.equal(rocha.type, 'person');
  assert.equal(rocha.role, 'Deputy Foreign Minister');
  assert.equal(rocha.country, 'BR');
  assert.equal(rocha.sourceType, 'government');
  const robles = a.entities.find((e) => e.name === 'Margarita Robles');
  assert.equal(robles?.country, 'ES');
});

test('a lower-case role before a name is its title', () => {
  const a = annotate('Cuba’s leader Miguel Diaz-Canel and analyst Jane Porter disagreed.');
  assert.equal(a.entities.find((e) => e.name === 'Miguel Diaz-Canel')?.role, 'leader');
  assert.equal(a.entities.find((e) => e.name === 'Miguel Diaz-Canel')?.country, 'CU');
  assert.equal(a.entities.find((e) => e.name === 'Jane Porter')?.sourceType, 'expert');
});

test('types names by their context: ", who", a speech verb, an appositive role', () => {
  const a = annotate('Park Ji-hoon, who studies the navy, spoke. Larsen said it was late. Okafor, a professor at a university, agreed.');
  assert.equal(a.byMention('Park Ji-hoon')?.type, 'person');
  assert.equal(a.byMention('Larsen')?.type, 'person');
  const okafor = a.byMention('Okafor');
  assert.equal(okafor?.type, 'person');
  assert.equal(okafor?.sourceType, 'expert');
});

test('does not read sentence-initial role nouns or common words as names', () => {
  const a = annotate('Analysts say the talks failed. Officials declined to comment. Experts agree.');
  assert.deepEqual(a.entities, []);
});

test('types a name with an organisation head word as an organisation and takes the country named before it', () => {
  const a = annotate('Peru’s Energy Regulatory Commission said prices would rise.');
  const body = a.byMention('Energy Regulatory Commission');
  assert.ok(body);
  assert.equal(body.type, 'organisation');
  assert.equal(body.country, 'PE');
  assert.equal(body.id, 'org:pe-energy-regulatory-commission');
});

test('an organisation name holding a country name is one organisation', () => {
  const a = annotate('He heads the Center for Syria Studies in London.');
  assert.equal(a.byMention('Center for Syria Studies')?.type, 'organisation');
  assert.equal(a.byId('country:SY'), undefined);
});

test('an acronym defined in the text links later bare uses to the same entity', () => {
  const a = annotate('The Baltic Fisheries Agency (BFA) issued a warning. Later the BFA said the ban would stay.');
  const bfa = a.byMention('Baltic Fisheries Agency');
  assert.ok(bfa);
  assert.deepEqual(bfa.mentions.map((m) => m.text), ['Baltic Fisheries Agency', 'BFA', 'BFA']);
  assert.ok(bfa.aliases.includes('BFA'));
});

test('links a bare surname, or a family name written first, to the full name', () => {
  const a = annotate('Prime Minister Keir Starmer met Li Qiang. Starmer said the talks went well, and Li agreed.');
  assert.deepEqual(a.byMention('Keir Starmer')!.mentions.map((m) => m.kind), ['name', 'surname']);
  assert.deepEqual(a.byMention('Li Qiang')!.mentions.map((m) => m.text), ['Li Qiang', 'Li']);
});

test('resolves a body with one name in two countries by the countries the document names', () => {
  const kr = annotate('South Korea’s military said the Joint Chiefs of Staff detected the launch.');
  assert.equal(kr.byMention('Joint Chiefs of Staff')?.id, 'org:joint-chiefs-of-staff-kr');
  const us = annotate('The Joint Chiefs of Staff briefed the United States Congress on Monday.');
  assert.equal(us.byMention('Joint Chiefs of Staff')?.id, 'org:joint-chiefs-of-staff-us');
});

test('links "the agency" and "state media" to the news agency they refer to', () => {
  const a = annotate('The launch was reported by state media. The Korean Central News Agency said the test succeeded. The agency added that more would follow.');
  const kcna = a.byId('org:korean-central-news-agency');
  assert.ok(kcna);
  assert.deepEqual(kcna.mentions.map((m) => m.text), ['state media', 'Korean Central News Agency', 'The agency']);
  assert.equal(kcna.sourceType, 'state_media');
  assert.equal(kcna.country, 'KP');
});

test('links "the country" to the country the sentence is about', () => {
  const a = annotate('Iran said on Monday that the country would enrich more uranium.');
  assert.ok(a.byId('country:IR')!.mentions.some((m) => m.text === 'the country' && m.kind === 'nominal'));
});

test('leaves an ambiguous place unresolved with a DL203 diagnostic listing candidates', () => {
  const a = annotate('The rally took place in Springfield on Saturday.');
  const place = a.byMention('Springfield');
  assert.ok(place);
  assert.equal(place.type, 'place');
  assert.equal(place.coordinates, undefined);
  const d = a.diagnostics.find((x) => x.code === 'DL203');
  assert.ok(d);
  assert.match(d.message, /Springfield \(US/);
  assert.deepEqual(d.span, { start: place.mentions[0]!.start, end: place.mentions[0]!.end });
});

test('a large city resolves to the far larger or capital candidate', () => {
  const a = annotate('Talks were held in Moscow and in Paris.');
  assert.equal(a.byMention('Moscow')?.country, 'RU');
  assert.equal(a.byMention('Paris')?.country, 'FR');
});

test('a town that is also a common word is not a place without a place cue', () => {
  const a = annotate('Police said the road was closed.');
  assert.deepEqual(a.entities, []);
});

test('a region named with a lower-case head is a place with the country named before it', () => {
  const a = annotate('Troops were sent to Russia’s Belgorod border region last week.');
  // The mention is the proper name alone (see refine-place-heads.ts); the entity keeps the region's name.
  const region = a.byMention('Belgorod');
  assert.ok(region);
  assert.equal(region.type, 'place');
  assert.equal(region.name, 'Belgorod region');
  assert.equal(region.country, 'RU');
});

test('an expert quoted with an organisation in the following clause takes its kind and country', () => {
  const a = annotate('Mira Castellanos, who leads research at the Lowy Institute, told AFP the deal would hold.');
  const mira = a.byMention('Mira Castellanos');
  assert.equal(mira?.sourceType, 'expert');
  assert.equal(mira?.country, 'AU');
  assert.equal(a.byMention('AFP')?.id, 'org:agence-france-presse');
});

test('clock abbreviations are not organisations', () => {
  const a = annotate('The launch came at 9 AM local time.');
  assert.deepEqual(a.entities, []);
});

test('an honorific before a surname makes a person, and links it to the full name', () => {
  const a = annotate('Jane Whitfield spoke on Monday. Later Ms. Whitfield and Mr Okoro left.');
  assert.deepEqual(a.byMention('Jane Whitfield')!.mentions.map((m) => m.text), ['Jane Whitfield', 'Whitfield']);
  assert.equal(a.byMention('Okoro')?.type, 'person');
  assert.equal(a.byMention('Okoro')?.role, undefined, 'a courtesy title is no role');
});

test('a role joined to an organisation is not a title, and an organisation name with a role word stays whole', () => {
  const a = annotate('The Republican National Committee met. She is Director of the Federal Bureau of Investigation.');
  assert.equal(a.byMention('Republican National Committee')?.type, 'organisation');
  assert.equal(a.byMention('Federal Bureau of Investigation')?.id, 'org:federal-bureau-of-investigation');
});

test('a plural possessive ends a name without its apostrophe', () => {
  const a = annotate('The United States’ allies agreed.');
  assert.equal(a.byMention('United States')?.id, 'country:US');
});

test('knows first-level regions and prefers them to towns of the same name', () => {
  const a = annotate('Voters in New Jersey and Ohio went to the polls.');
  assert.equal(a.byMention('New Jersey')?.id, 'place:region:us-new-jersey');
  assert.equal(a.byMention('Ohio')?.country, 'US');
  const b = annotate('Shelling hit the Donetsk region overnight, officials in Kyiv said.');
  assert.equal(b.byMention('Donetsk')?.id, 'place:region:ua-donetsk-oblast');
});

test('an all-capital capital opening a wire report is a place, not the government', () => {
  const a = annotate('MOSCOW (Reuters) - Russia said on Monday it would respond.');
  const moscow = a.byMention('MOSCOW');
  assert.equal(moscow?.type, 'place');
  assert.equal(moscow?.country, 'RU');
});

test('capitals in a title-case headline do not make names', () => {
  const a = annotate('Only Ten Percent Of Voters Are Happy With Prices\n\nMost voters are unhappy with prices, and only ten percent are happy.');
  assert.deepEqual(a.entities, []);
});

test('a known place followed by a plural noun names a team, not a person', () => {
  const a = annotate('The Chicago Bulls won again.');
  assert.equal(a.byMention('Chicago Bulls')?.type, 'organisation');
});

test('an empty document has no entities', () => {
  assert.deepEqual(annotate('').entities, []);
  assert.deepEqual(annotate('   \n\n ').entities, []);
});

test('a town named like a person of the document is the person when nothing says place', () => {
  const a = annotate('Bill Clinton spoke on Monday. Aides close to Clinton said he was tired.');
  assert.deepEqual(a.byMention('Bill Clinton')!.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text), ['Bill Clinton', 'Clinton']);
  assert.equal(a.diagnostics.length, 0);
});

test('company and club name endings make organisations', () => {
  const a = annotate('Shares of Harlow Petroleum rose while Ashby Rovers lost at home.');
  assert.equal(a.byMention('Harlow Petroleum')?.type, 'organisation');
  assert.equal(a.byMention('Ashby Rovers')?.type, 'organisation');
});

test('a three-letter country code in parentheses in a sports listing is the country', () => {
  const a = annotate('Giant slalom results:\n1. Lena Hofer (AUT) 2:31.40\n2. Jan Lund (NOR) 2:31.95');
  assert.equal(a.byMention('AUT')?.id, 'country:AT');
  assert.equal(a.byMention('NOR')?.id, 'country:NO');
  assert.equal(a.byMention('Jan Lund')?.type, 'person', '"Jan" before a name is a given name, not January');
});

test('both sides of a result in a list of results are teams, and keep that type elsewhere in the report', () => {
  const a = annotate('Fenwick beat Harlow on Saturday.\nResults: Fenwick 2 Harlow 1, Marden 0 Corby City 0.');
  for (const name of ['Fenwick', 'Harlow', 'Marden', 'Corby City']) assert.equal(a.byMention(name)?.type, 'organisation', name);
  assert.equal(a.byId('org:fenwick')?.mentions.length, 2);
});

test('a lone word listed as a company name is an organisation, even before a speech verb', () => {
  const a = annotate('Oil output rose, and analysts said Lukoil would gain. Lukoil said it would pay a dividend.');
  assert.equal(a.byMention('Lukoil')?.type, 'organisation');
  assert.equal(a.byMention('Lukoil')?.mentions.length, 2);
});

test('a sports or business cue makes a known town the club named after it, except after a preposition', () => {
  const a = annotate('The Leeds striker scored twice. Leeds won again. Workers in Leeds went on strike.');
  assert.deepEqual(a.entities.filter((e) => e.name === 'Leeds').map((e) => `${e.type}:${e.mentions.length}`).sort(), ['organisation:2', 'place:1']);
});

test('a two-word name opening with a place word is a place, not a person', () => {
  const a = annotate('Rebels attacked Port Dunmore and fled toward the hills.');
  assert.equal(a.byMention('Port Dunmore')?.type, 'place');
});

test('an unknown town in capitals opening a wire dateline is a place', () => {
  const a = annotate('MARSTOVA , Greece 2024-05-06\nPolice said on Friday they had arrested two men.');
  assert.equal(a.byMention('MARSTOVA')?.type, 'place');
});

test('a team town after a preposition in a headline in capitals stays a place', () => {
  const a = annotate('SOCCER - LEEDS WIN IN BRISTOL .\nResults: Leeds 2 Bristol 1, Fenwick 0 Marden 0.');
  assert.equal(a.byMention('Bristol')?.type, 'organisation');
  assert.equal(a.byMention('BRISTOL')?.type, 'place');
});

test('a town and a plural in capitals name a team in a standings table', () => {
  const a = annotate('Standings:\nCHICAGO BULLS 12 3\nDENVER NUGGETS 8 7');
  assert.equal(a.byMention('CHICAGO BULLS')?.type, 'organisation');
  assert.equal(a.byMention('DENVER NUGGETS')?.type, 'organisation');
});

test('a lone given name before a score on a sports page is a player', () => {
  const a = annotate('Tennis results on Friday:\nSecond round: beaten seed Victor 6-3 6-4 after Leeds 2 Fenwick 1.');
  assert.equal(a.byMention('Victor')?.type, 'person');
});

test('a two-word name after "the" is no person, and one holding a company-name word is an organisation', () => {
  const a = annotate('Prices rose on the Dunmore Vale exchange while Goldman Ferris shares fell and Lukoil Harmon said it would sell.');
  assert.equal(a.byMention('Dunmore Vale')?.type, undefined);
  assert.equal(a.byMention('Lukoil Harmon')?.type, 'organisation');
});

test('a name followed by a comma and a country is a place, not a person with a role', () => {
  const a = annotate('Troops entered Tal Kafar , Iraq on Monday. Tomas Vidal, Chile coach, said he was happy.');
  assert.equal(a.byMention('Tal Kafar')?.type, 'place');
  assert.equal(a.byMention('Tomas Vidal')?.type, 'person');
});

test('on a sports page a known town that beats or draws is a club, unless a person of the document bears its name', () => {
  const a = annotate('Leeds beat Fenwick 2-1 on Saturday and Hull drew 1-1 at home.');
  assert.equal(a.byMention('Leeds')?.type, 'organisation');
  const b = annotate('Daniel Leeds won 6-3 6-4. Fans cheered against Leeds as the score reached 3-0.');
  assert.equal(b.byMention('Leeds')?.type, 'person');
});

test('a speech verb after "spokesman for X" does not make X a person', () => {
  const a = annotate('A spokesman for Dunmorex said the plant would close.');
  assert.notEqual(a.byMention('Dunmorex')?.type, 'person');
});

test('a company keeps the country that opens its name; a ministry gives it up as its affiliation', () => {
  const a = annotate('Japan Airlines cut fares, and the Chinese Foreign Ministry protested.');
  assert.equal(a.byMention('Japan Airlines')?.type, 'organisation');
  assert.equal(a.byMention('Foreign Ministry')?.type, 'organisation');
  assert.equal(a.byMention('Chinese')?.id, 'country:CN');
});

test('a member named before "of the" organisation is a name of its own', () => {
  const a = annotate('On Sunday Hui Chaw-wing of the Harbour Party won, as did the Bank of England.');
  assert.equal(a.byMention('Harbour Party')?.type, 'organisation');
  assert.equal(a.byMention('Hui Chaw-wing')?.type, 'person');
  assert.equal(a.byMention('Bank of England')?.type, 'organisation');
});

test('a large city opening a sentence is a place when the report reads it as one elsewhere', () => {
  const a = annotate('Storms hit Houston on Monday. Houston has opened shelters.');
  assert.equal(a.byMention('Houston')?.type, 'place');
  assert.equal(a.byMention('Houston')?.mentions.length, 2);
});

test('a name after "in" that owns the next noun is no place', () => {
  const a = annotate("He hid in Bruce Wayne 's manor and later in Dunmore Vale.");
  assert.equal(a.byMention('Bruce Wayne')?.type, 'person');
  assert.equal(a.byMention('Dunmore Vale')?.type, 'place');
});

test('on a sports page a lone name with its country in brackets is a club', () => {
  const a = annotate('Cup results:\nRapidor (Austria) 2 Ferenc (Hungary) 1 (halftime 1-0)\nJan Lund (NOR) scored twice, 2-0 and 2-1.');
  assert.equal(a.byMention('Rapidor')?.type, 'organisation');
  assert.equal(a.byMention('Jan Lund')?.type, 'person');
});

test('an organisation and a person joined by "and" are two names', () => {
  const a = annotate('Helen Marsh of the Harbour Party and Daniel Okafor of the Green Party were elected.');
  assert.equal(a.byMention('Harbour Party')?.type, 'organisation');
  assert.equal(a.byMention('Daniel Okafor')?.type, 'person');
  assert.equal(a.byMention('Harbour Party and Daniel Okafor'), undefined);
});

test('dates are not results: a report with dates is no sports page, and a town that wins a bid is no club', () => {
  const a = annotate('On March 20, the council met, and on March 22, it met again.\nLeeds won the bid to host the games.');
  assert.notEqual(a.byMention('Leeds')?.type, 'organisation');
});
