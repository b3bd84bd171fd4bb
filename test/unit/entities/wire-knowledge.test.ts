// Wire-copy names the knowledge base must read right: a month in a dateline is no town, English
// exonyms of foreign cities, one body per acronym within a report, and a state body's country
// written after its name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './annotate.js';

test('a month name in a dateline or after "in" is a date, not the town of that name', () => {
  assert.equal(annotate('Pyongyang, March 21 (KCNA) -- The army tested a rocket.').byMention('March'), undefined);
  assert.equal(annotate('Protesters marched in March, police said.').byMention('March'), undefined);
});

test('English exonyms name the foreign city: Geneva is in Switzerland, Khan Younis in Gaza', () => {
  const a = annotate('Talks resumed in Geneva on Monday as fighting went on in Khan Younis and near Nampo.');
  assert.equal(a.byMention('Geneva')?.country, 'CH');
  assert.equal(a.byMention('Khan Younis')?.country, 'PS');
  assert.equal(a.byMention('Nampo')?.country, 'KP');
});

test('English names of cities GeoNames lists under another form: Frankfurt, Grozny, St Petersburg, Oporto', () => {
  const a = annotate('Shares fell in Frankfurt and Oporto as troops moved near Grozny and talks opened in St Petersburg.');
  assert.equal(a.byMention('Frankfurt')?.country, 'DE');
  assert.equal(a.byMention('Oporto')?.country, 'PT');
  assert.equal(a.byMention('Grozny')?.country, 'RU');
  assert.equal(a.byMention('St Petersburg')?.country, 'RU');
});

test('an acronym two bodies share is the body the report named in full before', () => {
  const a = annotate("South Korea's Joint Chiefs of Staff said the missile flew 600 km. The JCS said it was analysing the launch with the United States.");
  assert.equal(a.byMention('JCS')?.country, 'KR');
});

test('an acronym of an international body and a national one is the national one where the report names its country', () => {
  assert.equal(annotate("Fighting between Sudan's army and the RSF has killed thousands since April.").byMention('RSF')?.name, 'Rapid Support Forces');
  assert.equal(annotate('The RSF said three journalists were detained in Paris.').byMention('RSF')?.name, 'Reporters Without Borders');
});

test('an organisation takes the country written after it ("of the DPRK", "of Ukraine")', () => {
  assert.equal(annotate('The Missile Administration of the DPRK conducted a test on Thursday.').byMention('Missile Administration')?.country, 'KP');
  assert.equal(annotate('The Defence Ministry of Ukraine said it shot down drones.').byMention('Defence Ministry of Ukraine')?.country, 'UA');
  assert.equal(annotate('The University of Tokyo published the study.').byMention('University of Tokyo')?.country ?? null, null);
});

test('a capitalised title is a role, not a name ("the Secretary of State", "the State Department Spokesperson")', () => {
  const a = annotate('John Kerry, the Secretary of State, called Malaysia\'s Prime Minister, Najib Razak, on Monday.');
  assert.equal(a.byMention('Secretary of State'), undefined);
  assert.equal(a.byMention('Prime Minister'), undefined);
  assert.equal(a.byMention('Najib Razak')?.type, 'person');
  const b = annotate('Jeff Rathke, the State Department Spokesperson, said the talks were useful.');
  assert.equal(b.byMention('State Department')?.type, 'organisation');
  assert.equal(annotate('General Motors said profits rose.').byMention('General Motors')?.type, 'organisation');
});

test('peoples and ships are no places or persons', () => {
  const a = annotate('Rescuers found Rohingya and other Muslims at sea off Aceh.');
  assert.equal(a.byMention('Rohingya'), undefined);
  assert.equal(a.byMention('Muslims'), undefined);
  assert.equal(a.byMention('Aceh')?.type, 'place');
  const b = annotate('She was held aboard the cruise ship, Freewinds. She left the Freewinds in 2007, Valeska Paris said.');
  assert.equal(b.byMention('Freewinds'), undefined);
  assert.equal(b.byMention('Valeska Paris')?.type, 'person');
});

test('a place of worship is a place ("the Grand Mosque"), not a person by its shape', () => {
  assert.equal(annotate('Pilgrims prayed near the Masjid al-Haram (Grand Mosque) on Friday.').byMention('Grand Mosque')?.type, 'place');
});

test('guerrilla groups and the Palestinian Authority world news names are organisations by their names', () => {
  const a = annotate('The Tamil Tigers and FARC were named in the report. The Palestinian Authority and the PLO welcomed it.');
  assert.equal(a.byMention('Tamil Tigers')?.type, 'group');
  assert.equal(a.byMention('FARC')?.type, 'group');
  assert.equal(a.byMention('Palestinian Authority')?.type, 'organisation');
  assert.equal(a.byMention('PLO')?.type, 'organisation');
});

test('large firms named by one word are organisations: Siemens, Alitalia, Daimler-Benz', () => {
  const a = annotate('Shares rose, with Daimler-Benz and Siemens leading the gains, while Alitalia fell.');
  assert.equal(a.byMention('Siemens')?.type, 'organisation');
  assert.equal(a.byMention('Daimler-Benz')?.type, 'organisation');
  assert.equal(a.byMention('Alitalia')?.type, 'organisation');
});
