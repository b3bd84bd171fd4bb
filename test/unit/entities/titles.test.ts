// Titles before names: a title opening the sentence, portfolios after "Minister of", and where the name after a title ends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './annotate.js';

test('a title opening the sentence still titles the name after it, even when the document writes the role in lower case', () => {
  const a = annotate('The president arrived late.\nPresident Harlan Vosk said the talks would resume.\nPresident Vosk said more on Friday.');
  const p = a.byMention('Harlan Vosk');
  assert.equal(p?.type, 'person');
  assert.equal(p?.mentions[0]!.role, 'President');
  assert.equal(a.byMention('Vosk')?.id, p?.id);
});

test('a lone surname after a sentence-opening title is a person', () => {
  const a = annotate('President Oduya said the border would reopen.');
  assert.equal(a.byMention('Oduya')?.type, 'person');
});

test('hyphenated Korean given names after titles stay whole', () => {
  const a = annotate('Former President Pyo Min-gyu met Gen. Ra Dong-sik in the capital.');
  assert.equal(a.byMention('Pyo Min-gyu')?.type, 'person');
  assert.equal(a.byMention('Ra Dong-sik')?.type, 'person');
});

test('a sentence-opening "Minister of" title takes its portfolio, whatever the language of the given name', () => {
  const a = annotate('Minister of Education Tomiko Aranuma said schools would reopen.');
  const p = a.byMention('Tomiko Aranuma');
  assert.equal(p?.type, 'person');
  assert.equal(p?.mentions[0]!.role, 'Minister of Education');
});

test('listed portfolio words join the title even when the given name is in no list', () => {
  const a = annotate('He met the Minister of Foreign Affairs and Cooperation Adisa Okonkwe-Bali on Monday.');
  const p = a.byMention('Adisa Okonkwe-Bali');
  assert.equal(p?.type, 'person');
  assert.equal(p?.mentions[0]!.role, 'Minister of Foreign Affairs and Cooperation');
  // A portfolio like "Justice" is no title of its own there.
  const b = annotate('He met the Minister of Justice Zbyszko Wrona.');
  assert.equal(b.byMention('Zbyszko Wrona')?.mentions[0]!.role, 'Minister of Justice');
});

test('"Director of the National ..." names a body, not a portfolio and a person', () => {
  const a = annotate('Pat Greaves, Director of the National Rainwater Study, spoke first.');
  assert.equal(a.entities.some((e) => e.type === 'person' && e.mentions.some((m) => m.text.includes('Rainwater'))), false);
});

test('the words after a person with a title and "of" are an organisation of their own', () => {
  const a = annotate('Judge Ellen Marsk of Superior Court handed down the sentence.');
  assert.equal(a.byMention('Ellen Marsk')?.type, 'person');
  assert.equal(a.byMention('Superior Court')?.type, 'organisation');
});

test('a plural noun the document writes in lower case is no name after an opening title', () => {
  const a = annotate('Marine Commandos boarded the ship.\nThe commandos found no weapons.');
  assert.equal(a.entities.some((e) => e.type === 'person'), false);
});

test('in a title-case headline, a verb ends the name after a title', () => {
  const a = annotate('President Vosk Overturns Wetlands Rule Set By Predecessor\nThe rule was set in 2019.');
  assert.equal(a.byMention('Vosk')?.type, 'person');
});

test('an envoy\'s post after "to" is part of the title, and the envoy the person after it', () => {
  const a = annotate('According to Afghan Ambassador to the United States Hamdullah Mohib, the team shows progress.');
  assert.equal(a.byMention('Hamdullah Mohib')?.type, 'person');
  assert.equal(a.byMention('United States')?.id, 'country:US');
  assert.equal(annotate("Russia's Ambassador to the UN Vassily Nebenzia said the vote was wrong.").byMention('Vassily Nebenzia')?.type, 'person');
});
