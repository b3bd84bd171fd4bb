// One person, one entity: descriptors before a name are no part of it, and later mentions join it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './annotate.js';

test('a follower noun before a name is the role, and the later full name and surname join the person', () => {
  const a = annotate('Buddhist Lena Marsh opened the meeting. Later, Lena Marsh thanked the guests. Marsh left early.');
  const persons = a.entities.filter((e) => e.type === 'person');
  assert.equal(persons.length, 1);
  assert.equal(persons[0]!.name, 'Lena Marsh');
  assert.equal(persons[0]!.mentions[0]!.role, 'Buddhist');
  assert.equal(persons[0]!.mentions.filter((m) => m.kind !== 'pronoun').length, 3);
});

test('an -ist noun outside the list is a descriptor too', () => {
  const a = annotate('Calvinist Peter Hobb wrote the letter. Hobb signed it.');
  assert.equal(a.byMention('Hobb')?.name, 'Peter Hobb');
  assert.equal(a.byMention('Peter Hobb')?.mentions[0]!.role, 'Calvinist');
});

test('each name joined by "and" may open with its own descriptor', () => {
  const a = annotate('Catholic Mary Dunn and Muslim John Tarrow met on Friday.');
  assert.equal(a.byMention('Mary Dunn')?.type, 'person');
  assert.equal(a.byMention('John Tarrow')?.type, 'person');
});

test('a demonym before a name stays a country mention and gives the person its country', () => {
  const a = annotate('Briton Andy Fellowes won the final. Fellowes said it was hard.');
  const p = a.byMention('Andy Fellowes');
  assert.equal(p?.type, 'person');
  assert.equal(p?.country, 'GB');
  assert.equal(a.byMention('Fellowes')?.id, p?.id);
  assert.equal(a.byMention('Briton')?.type, 'country');
});

test('a descriptor-like word that is a given name, or a known organisation after a demonym, stays in the name', () => {
  const a = annotate('Christian Hollow spoke on Monday. A report by the British Red Cross followed.');
  assert.equal(a.byMention('Christian Hollow')?.type, 'person');
  assert.equal(a.byMention('Red Cross'), undefined);
});

test('a surname far from a relative named once goes back to the person the story is about', () => {
  const a = annotate([
    'Student Omar Haddad built a clock.',
    'Haddad took it to school on Monday.',
    'Teachers called the police, and Haddad was arrested.',
    'His father Karim Haddad said the family would travel to New York.',
    'The trip was planned for Wednesday.',
    'The mayor said the city was proud of the inventor.',
    'On Friday, Haddad said he was happy with the prize.',
  ].join('\n'));
  const son = a.byMention('Omar Haddad')!;
  const last = son.mentions.filter((m) => m.kind !== 'pronoun').at(-1)!;
  assert.equal(a.text.slice(last.start, last.end + 5), 'Haddad said');
});

test('a surname right after a relative is named is that relative', () => {
  const a = annotate([
    'Student Omar Haddad built a clock.',
    'Haddad took it to school on Monday.',
    'His father Karim Haddad spoke to reporters.',
    'Haddad said the family was proud.',
  ].join('\n'));
  const father = a.byMention('Karim Haddad')!;
  assert.ok(father.mentions.some((m) => m.text === 'Haddad' && a.text.slice(m.start, m.end + 5) === 'Haddad said'));
});

test('the portfolio after "Minister of" belongs to the title, not to the person', () => {
  const a = annotate('He met the Minister of Education Mary Rinaldo on Monday. Rinaldo said schools would reopen.');
  const p = a.byMention('Mary Rinaldo');
  assert.equal(p?.type, 'person');
  assert.equal(p?.mentions[0]!.role, 'Minister of Education');
  assert.equal(a.byMention('Rinaldo')?.id, p?.id);
});

test('a known place as the portfolio stays its own mention', () => {
  const a = annotate('He met the President of France Paul Marnier on Monday.');
  assert.equal(a.byMention('France')?.type, 'country');
  assert.equal(a.byMention('Paul Marnier')?.type, 'person');
});

test('a title with its portfolio opening a sentence still gives the person alone', () => {
  const a = annotate('Secretary of Agriculture Tom Varley said on Monday that prices fell.');
  assert.equal(a.byMention('Tom Varley')?.mentions[0]!.role, 'Secretary of Agriculture');
});

test('a portfolio title and person followed by "and" another title and person gives both persons', () => {
  const a = annotate('He thanked Secretary of Commerce Gary Lyle and Secretary of the Interior Ken Sabo on Friday.');
  assert.equal(a.byMention('Gary Lyle')?.mentions[0]!.role, 'Secretary of Commerce');
  assert.equal(a.byMention('Ken Sabo')?.type, 'person');
});

test('an institution named after a place is no portfolio and person', () => {
  const a = annotate('She is Director of the Cedar Anna Holt Rural Health Clinic in Alabama.');
  assert.ok(!a.entities.some((e) => e.type === 'person' && e.name.startsWith('Anna')));
});
