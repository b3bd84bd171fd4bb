// Turns a source span into a speaker: the entity it names or refers to (through the entities layer,
// or by resolving a pronoun or "the agency" back), its canonical name, and its kind. A span with no
// entity ("an expert", "officials") keeps its text as name and takes its kind from the head noun.
import type { Entity, SourceType, Span } from '../../../model/types.js';
import { INFO_SOURCE_NOUNS, SOURCE_HEAD_NOUNS } from '../../../knowledge/lexicons/attribution/source-nouns.js';
import { PERSON_NOUNS } from '../../../knowledge/lexicons/attribution/person-nouns.js';
import { coreEnd, headOf, headWord } from '../heads.js';
import { relativeAntecedent } from '../phrases.js';
import { isCapitalized, isWord, mentionsWithin, tokenFrom, type DocView, type MentionRef, type Tok } from '../view.js';
import { resolveNominal, resolvePronoun, speakerForPronoun, type PriorSpeaker } from './antecedents.js';
import { knownSourceType, roleType, typeFromHead, typeOfEntity } from './source-type.js';

export interface Speaker {
  name: string;
  entity: Entity | null;
  type: SourceType;
}

const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
/** Heads that speak for the body they belong to ("an official from the JCS", "a spokesman for the ministry"). */
const SPEAKS_FOR: ReadonlySet<SourceType> = new Set(['anonymous_official', 'government', 'military', 'intelligence', 'organisation', 'media', 'state_media', 'news_agency']);

export function resolveSpeaker(view: DocView, span: Span, context: Span | null, sentence: number, prior: readonly PriorSpeaker[], content: Span | null = null, continuing = false): Speaker {
  const tokens = view.tokens;
  const text = view.text.slice(span.start, span.end);
  const range = { first: tokenFrom(view, span.start), last: tokenFrom(view, span.end) };
  const head = headOf(view, range);
  const word = headWord(view, range);
  const core = coreEnd(view, range);
  const mentions = mentionsWithin(view, span.start, span.end);
  const roleWords = wordsOf(view, range.first, range.last, context, mentions);
  const headMention = mentions.find((m) => m.start <= tokens[head]!.start && tokens[head]!.end <= m.end);

  // "a source close to the group", "people familiar with the Kremlin's thinking": near a body, not speaking for it
  if (SOURCE_HEAD_NOUNS.has(word) && DISTANCE_WORDS.has(tokens[head + 1]?.lower ?? '') && head + 1 < range.last) return { name: text, entity: null, type: 'anonymous_official' };
  // "His defense attorney, Raul Montero, stressed …", "said the boy's uncle, Samir Haddad.": a common-noun
  // speaker whose apposition is just a person's name is that person (the words stay the source's text)
  const appositionName = !headMention && isWord(tokens[head]) && !isCapitalized(tokens[head]) ? nameInApposition(view, context) : null;
  if (appositionName) return { name: appositionName.entity.name, entity: appositionName.entity, type: typeOfEntity(appositionName.entity, appositionName.mention.kind, roleWords, view.knowledge) };
  // "a reporter Nisan Ahmado's source inside the camp, a refugee …, said": a person's source speaks, unnamed
  if (!headMention && mentions.some((m) => m.entity.type === 'person' && m.mention.kind !== 'pronoun' && /^['’]s\s+(?:\p{Ll}+\s+)?sources?\b/u.test(view.text.slice(m.end, span.end)))) return { name: text, entity: null, type: 'anonymous_official' };
  if (headMention) {
    const e = headMention.entity;
    if (headMention.mention.kind === 'pronoun' && (word === 'he' || word === 'she') && range.last - range.first === 1) {
      const speaker = speakerForPronoun(view, word, span.start, e, sentence, content, prior, continuing);
      if (speaker?.entity) return { name: speaker.entity.name, entity: speaker.entity, type: typeOfEntity(speaker.entity, null, roleWords, view.knowledge) };
      if (speaker) return { name: speaker.name, entity: null, type: speaker.type };
    }
    return { name: ownedInstitutionName(view, range, headMention, mentions) ?? e.name, entity: e, type: typeOfEntity(e, headMention.mention.kind, roleWords, view.knowledge) };
  }
  if (PRONOUNS.has(word) && range.last - range.first === 1) {
    // "'…. …. …,' she concluded": the speakers to look back to are those before the quotation, however long
    const opening = content && content.end <= span.start ? view.tokens[tokenFrom(view, content.start)]?.sentence ?? sentence : sentence;
    const found = resolvePronoun(view, word, span.start, Math.min(sentence, opening), prior);
    if (found?.entity) return { name: found.entity.name, entity: found.entity, type: typeOfEntity(found.entity, null, roleWords, view.knowledge) };
    if (found) return { name: found.name, entity: null, type: found.type ?? prior.find((p) => p.name === found.name)?.type ?? 'unknown' };
    return { name: text, entity: null, type: word === 'he' || word === 'she' ? 'person' : 'unknown' };
  }
  if ((word === 'who' || word === 'which') && range.last - range.first === 1) {
    // ", who said": the name just before the relative pronoun
    const before = mentionsWithin(view, view.sentences[sentence]!.start, span.start).filter((m) => m.mention.kind !== 'pronoun');
    const nearest = before.length > 0 && before[before.length - 1]!.end > span.start - 4 ? before.length - 1 : -1;
    // "Sen. Joe Manchin of West Virginia, who …": a place after "of"/"from" belongs to the person before it
    const owner = word === 'who' && nearest > 0 ? personBeforePlace(view, before[nearest - 1]!, before[nearest]!) : null;
    let antecedent: MentionRef | undefined = owner ?? before[nearest];
    // "The mayor of Paris, who …", "officials in Texas, who …": the place belongs to a noun phrase that speaks
    const holder = antecedent && !owner ? nounBeforePlace(view, sentence, antecedent) : null;
    if (holder) return holder;
    if (antecedent) return { name: antecedent.entity.name, entity: antecedent.entity, type: typeOfEntity(antecedent.entity, antecedent.mention.kind, roleWords, view.knowledge) };
    // "the governor, who said …": the noun phrase before it names the speaker
    const phrase = relativeAntecedent(view, view.sentences[sentence]!, range.first);
    if (phrase) {
      const noun = headWord(view, phrase);
      const type = typeFromHead(noun, [], []);
      if (type) return { name: view.text.slice(view.tokens[phrase.first]!.start, view.tokens[phrase.last - 1]!.end), entity: null, type };
    }
    return { name: text, entity: null, type: word === 'who' ? 'person' : 'unknown' };
  }
  const modifiers: string[] = [];
  for (let k = range.first; k < head; k++) if (isWord(tokens[k])) modifiers.push(tokens[k]!.lower.replace(/'s$/, ''));
  const rest: string[] = [];
  for (let k = core; k < range.last; k++) if (isWord(tokens[k])) rest.push(tokens[k]!.lower);
  const headType = typeFromHead(word, modifiers, rest);
  const body = mentions.find((m) => m.entity.type !== 'person');

  if (headType) {
    // "Russia's defence ministry", "the country's central bank": a body of the state speaks, not the state
    // ("a spokesman for Russia's defence ministry" speaks for the ministry)
    const owned = body ? ownedBody(view, range, body) : null;
    // (the entity stays the state it belongs to: whose body speaks matters downstream, e.g. for who confirms a test)
    if (owned) return { name: owned.name, entity: body!.entity, type: bodyTypeOf(owned.noun, owned.modifiers, body!.entity) };
    if (body && SPEAKS_FOR.has(headType)) {
      const bodyType = typeOfEntity(body.entity, body.mention.kind, [], view.knowledge);
      const type = headType === 'anonymous_official' || headType === 'organisation' ? bodyType : headType;
      return { name: body.entity.name, entity: body.entity, type };
    }
    // ("the Biden administration", "the Smith campaign": a person's name before the noun says whose it is; no look-back)
    if (!body && tokens[range.first]!.lower === 'the' && SOURCE_HEAD_NOUNS.get(word) !== 'person' && mentions.length === 0) {
      const antecedent = resolveNominal(view, word, span.start, sentence);
      if (antecedent) return { name: antecedent.name, entity: antecedent, type: typeOfEntity(antecedent, null, [], view.knowledge) };
    }
    return { name: text, entity: null, type: headType };
  }
  if (INFO_SOURCE_NOUNS.has(word)) {
    const owner = body ?? mentions[0];
    if (owner) return { name: owner.entity.name, entity: owner.entity, type: typeOfEntity(owner.entity, owner.mention.kind, [], view.knowledge) };
    return { name: text, entity: null, type: 'unknown' };
  }
  // "His uncle said", "Kim's sister said": a relative or other person of the one named before the noun speaks
  if (PERSON_NOUNS.has(word) && ownsHead(view, mentions, head)) return { name: text, entity: null, type: 'person' };
  // ("A brochure he received said": a pronoun after the head, in a relative clause on it, is not who speaks)
  const any = mentions.filter((m) => !(m.mention.kind === 'pronoun' && m.start > tokens[head]!.start)).pop();
  // "Italy's national hotel federation", "the head of the hotel federation in Florence": a place that
  // only modifies or locates a common-noun head is not who speaks
  if (any && (any.entity.type === 'place' || any.entity.type === 'country') && any.mention.kind !== 'capital' && isWord(tokens[head]) && !isCapitalized(tokens[head]) && (any.end <= tokens[head]!.start || any.start >= tokens[head]!.end)) {
    return { name: text, entity: null, type: 'unknown' };
  }
  if (any) return { name: any.entity.name, entity: any.entity, type: typeOfEntity(any.entity, any.mention.kind, roleWords, view.knowledge) };
  const named = bySurname(view, tokens[head]!, span.start);
  if (named) return { name: named.name, entity: named, type: typeOfEntity(named, 'surname', roleWords, view.knowledge) };
  // a name the entities layer missed: its apposition may still say what the speaker is
  // ("The Afghan Taliban claimed …" with no entity: a capitalised head the knowledge base knows as an armed group or a military)
  const known = isCapitalized(tokens[head]) ? knownSourceType(tokens[head]!.text, view.knowledge) : undefined;
  if (known === 'group' || known === 'military') return { name: text, entity: null, type: known };
  return { name: text, entity: null, type: isCapitalized(tokens[head]) ? roleType(roleWords) ?? 'unknown' : 'unknown' };
}

/** "The mayor of Paris", "officials in Texas": a common noun phrase before a place after "of", "in" or "from", as the speaker. */
function nounBeforePlace(view: DocView, sentence: number, place: MentionRef): Speaker | null {
  if (place.entity.type !== 'place' && place.entity.type !== 'country') return null;
  const tokens = view.tokens;
  let k = tokenFrom(view, place.start) - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (!['of', 'in', 'from'].includes(tokens[k]?.lower ?? '')) return null;
  const head = k - 1;
  const first = view.sentences[sentence]!.first;
  // (a capital only opening the sentence: "Officials in Texas, who …")
  const lowerOrFirst = (j: number): boolean => isWord(tokens[j]) && (!isCapitalized(tokens[j]) || j === first);
  if (head < first || !lowerOrFirst(head)) return null;
  const type = typeFromHead(tokens[head]!.lower, [], []);
  if (!type) return null;
  let start = head;
  while (start - 1 >= first && start > head - 4 && lowerOrFirst(start - 1) && !PREPOSITION_WORDS.has(tokens[start - 1]!.lower)) {
    start--;
    if (['the', 'a', 'an'].includes(tokens[start]!.lower)) break;
  }
  return { name: view.text.slice(tokens[start]!.start, place.end), entity: null, type };
}

const PREPOSITION_WORDS = new Set(['of', 'in', 'from', 'for', 'with', 'by', 'at', 'on', 'to', 'and', 'or', 'said', 'says']);

/** The person in "Joe Manchin of West Virginia" when `place` follows `person` after "of", "from" or "in". */
function personBeforePlace(view: DocView, person: MentionRef, place: MentionRef): MentionRef | null {
  if (person.entity.type !== 'person' || (place.entity.type !== 'place' && place.entity.type !== 'country')) return null;
  return /^,?\s+(?:of|from|in)\s+(?:the\s+)?$/.test(view.text.slice(person.end, place.start)) ? person : null;
}

/** Words after an unnamed source's noun that put it near a body, not in it ("close to", "familiar with", "briefed by"). */
const DISTANCE_WORDS = new Set(['close', 'closer', 'familiar', 'briefed', 'knowledgeable', 'aware']);

/** "Kim said" after "Kim Jong Un …": the latest person named earlier whose first or last name this is. */
function bySurname(view: DocView, word: Tok, before: number): Entity | null {
  if (!isCapitalized(word)) return null;
  let found: Entity | null = null;
  for (const m of view.mentions) {
    if (m.start >= before) break;
    if (m.entity.type !== 'person') continue;
    const parts = m.entity.name.split(/\s+/);
    if (parts.length > 1 && (parts[0] === word.text || parts[parts.length - 1] === word.text)) found = m.entity;
  }
  return found;
}

/** Lower-case words of the span (outside mentions), its apposition, and the roles the entities layer found. */
/** The person mention that is the whole of an apposition (a closing comma or period aside), or null. */
function nameInApposition(view: DocView, context: Span | null): MentionRef | null {
  if (!context) return null;
  let end = context.end;
  while (end > context.start && /[\s,.;]/.test(view.text[end - 1]!)) end--;
  let start = context.start;
  while (start < end && /[\s,]/.test(view.text[start]!)) start++;
  const inside = mentionsWithin(view, start, end);
  if (inside.length !== 1) return null;
  const m = inside[0]!;
  if (m.entity.type !== 'person' || m.mention.kind === 'pronoun') return null;
  // ("Col. Moshe Tetro": a title before the name is part of it)
  const before = view.text.slice(start, m.start).trim();
  const after = view.text.slice(m.end, end).trim();
  return after === '' && (before === '' || /^(?:[A-Z][a-z]{1,4}\.\s*)+$/.test(before)) ? m : null;
}

function wordsOf(view: DocView, first: number, last: number, context: Span | null, mentions: MentionRef[]): string[] {
  const words: string[] = [];
  for (let k = first; k < last; k++) {
    const t = view.tokens[k]!;
    if (isWord(t) && !mentions.some((m) => m.start <= t.start && t.end <= m.end && m.entity.type === 'person')) words.push(t.lower);
  }
  if (context) {
    for (let k = tokenFrom(view, context.start); k < view.tokens.length && view.tokens[k]!.start < context.end; k++) if (isWord(view.tokens[k])) words.push(view.tokens[k]!.lower);
  }
  for (const m of mentions) {
    for (const role of [m.mention.role, m.entity.role]) if (role) words.push(...role.toLowerCase().split(/\s+/));
  }
  return words;
}

const NP_PREPOSITION_AFTER = new Set(['of', 'in', 'for', 'on', 'at', 'said', 'says']);

/** Institutions that speak in their own name though they belong to a state or a larger body. */
const BODY_HEADS = new Set(['ministry', 'department', 'embassy', 'cabinet', 'presidency', 'parliament', 'congress', 'senate',
  'police', 'army', 'navy', 'military', 'command', 'guard', 'bank', 'court', 'committee', 'commission', 'council', 'agency',
  'office', 'board', 'regulator', 'watchdog', 'service', 'prosecutor\'s', 'legislature', 'assembly', 'mission', 'consulate']);

/**
 * "Russia's defence ministry", "the country's central bank" (the entities layer read "the country"
 * as Japan): the owner named before an institution noun, which is the speaker. Returns the name
 * "Japan's central bank" (the owner's canonical name, no article), or null when the head is no
 * institution or the owner is not a possessive right before it.
 */
function ownedBody(view: DocView, range: { first: number; last: number }, body: MentionRef): { name: string; noun: string; modifiers: string[] } | null {
  const tokens = view.tokens;
  if (body.start < tokens[range.first]!.start || (body.entity.type !== 'country' && body.entity.type !== 'place' && body.entity.type !== 'organisation')) return null;
  let head = tokenFrom(view, body.end);
  while (head < range.last && head < tokenFrom(view, body.end) + 5 && !BODY_HEADS.has(tokens[head]!.lower)) head++;
  if (head >= range.last || !BODY_HEADS.has(tokens[head]!.lower)) return null;
  // the institution noun ends its phrase ("the ministry's spokesman" is a person)
  if (isWord(tokens[head + 1]) && head + 1 < range.last && !NP_PREPOSITION_AFTER.has(tokens[head + 1]!.lower)) return null;
  // the possessive: "Russia's" as one token or "Russia" + "'s"
  let k = tokenFrom(view, body.end);
  const ownerEnd = tokens[k - 1]!;
  const possessive = /['’]s$/i.test(view.text.slice(body.start, Math.max(body.end, ownerEnd.end))) || /^['’]s$/i.test(tokens[k]?.text ?? '');
  if (!possessive) return null;
  if (/^['’]s$/i.test(tokens[k]?.text ?? '')) k++;
  // only modifiers between the owner and the head ("defence", "central", "foreign")
  if (head - k > 3 || k > head) return null;
  for (let j = k; j < head; j++) if (!isWord(tokens[j])) return null;
  if (body.start < tokens[range.first]!.start) return null;
  const modifiers: string[] = [];
  for (let j = k; j < head; j++) modifiers.push(tokens[j]!.lower);
  return { name: `${body.entity.name}'s ${view.text.slice(tokens[k]!.start, tokens[head]!.end)}`, noun: tokens[head]!.lower, modifiers };
}

/** The kind of an institution by its noun; a state's bank, court or agency is part of its government. */
function bodyTypeOf(noun: string, modifiers: readonly string[], owner: Entity): SourceType {
  const type = typeFromHead(noun, modifiers, []) ?? 'organisation';
  return type === 'organisation' && owner.type === 'country' ? 'government' : type;
}

/**
 * "Japan's Foreign Ministry" read by the entities layer as an organisation "Foreign Ministry": the
 * name is the generic institution's with its owner ("Japan's Foreign Ministry"); null otherwise.
 */
function ownedInstitutionName(view: DocView, range: { first: number; last: number }, head: MentionRef, mentions: readonly MentionRef[]): string | null {
  const last = head.entity.name.split(/\s+/).pop()!.toLowerCase();
  // a generic name only ("Foreign Ministry"): not a known body or outlet ("Yonhap News Agency")
  if (head.entity.type !== 'organisation' || head.entity.sourceType || !BODY_HEADS.has(last) || /\b(?:of|for|News|Press)\b/.test(head.entity.name) || head.entity.name.split(/\s+/).length > 3) return null;
  const owner = mentions.find((m) => m.end <= head.start && (m.entity.type === 'country' || m.entity.type === 'place') && /^['\u2019]s\s*$/.test(view.text.slice(m.end, head.start)));
  return owner && owner.start >= view.tokens[range.first]!.start ? `${owner.entity.name}'s ${head.entity.name}` : null;
}

/** The names all stand before the head noun, the last one joined to it by at most three modifiers or a possessive ("Lee's younger sister"). */
function ownsHead(view: DocView, mentions: readonly MentionRef[], head: number): boolean {
  const tokens = view.tokens;
  const last = mentions[mentions.length - 1];
  if (!last || last.end > tokens[head]!.start) return false;
  let k = tokenFrom(view, last.end);
  if (k < head && /^['’]s?$/.test(tokens[k]!.text)) k++;
  if (head - k > 3) return false;
  for (; k < head; k++) if (tokens[k]!.kind !== 'word' || tokens[k]!.text !== tokens[k]!.lower || MODIFIER_STOPS.has(tokens[k]!.lower)) return false;
  return true;
}

const MODIFIER_STOPS = new Set(['of', 'over', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'to', 'and', 'or', 'the', 'a', 'an']);
