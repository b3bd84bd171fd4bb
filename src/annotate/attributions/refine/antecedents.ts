// Resolves a pronoun or definite description the entities layer left unresolved ("he", "it", "the
// agency", "the ministry") to an earlier entity: the speaker of a recent attribution when it fits,
// otherwise the subject (first fitting mention) of the nearest earlier sentence, or for "the <noun>"
// the most recent entity whose name or kind fits the noun.
import type { Entity, SourceType, Span } from '../../../model/types.js';
import { mentionsWithin, tokenFrom, type DocView, type MentionRef } from '../view.js';
import { typeFromHead } from './source-type.js';

/** A speaker already resolved earlier in the document, for "he said" after "Kim said". */
export interface PriorSpeaker {
  entity: Entity | null;
  name: string;
  type: SourceType;
  sentence: number;
  /** What this speaker said (its first piece): a person named inside it is talked about, not talking. */
  content?: Span;
  /** "he" or "she" when the source span was that pronoun: the speaker's gender for later pronouns. */
  pronoun?: string;
  /** The speaker was unnamed ("a U.S. official"): a later "he said" is unnamed too. */
  anonymous?: boolean;
}

const LOOKBACK = 3;
/** Kinds of speaker a "he" or "she" can stand for when the speaker has no name. */
const PERSONAL_KINDS: ReadonlySet<SourceType> = new Set(['person', 'expert', 'official', 'government', 'military', 'anonymous_official']);
const PRONOUN_NAMES = new Set(['he', 'she', 'they', 'it', 'who', 'i', 'we', 'you']);
const NOMINAL_LOOKBACK = 5;

/** Kinds of speaker a bare noun can stand for ("the agency" may be a news agency or a spy agency). */
const NOMINAL_KINDS: Record<string, SourceType[]> = {
  agency: ['news_agency', 'state_media', 'intelligence'],
  newspaper: ['media'],
  paper: ['media'],
  daily: ['media'],
  broadcaster: ['media', 'state_media'],
  network: ['media'],
  outlet: ['media', 'state_media', 'news_agency'],
  military: ['military'],
  army: ['military'],
  government: ['government'],
  regime: ['government'],
  administration: ['government'],
};

export function resolvePronoun(view: DocView, pronoun: string, offset: number, sentence: number, prior: readonly PriorSpeaker[]): { entity: Entity | null; name: string; type?: SourceType } | null {
  const recent = prior.filter((p) => p.sentence >= sentence - 2 && p.sentence <= sentence).reverse();
  if (pronoun === 'he' || pronoun === 'she') {
    const speaker = recent.find((p) => p.entity?.type === 'person');
    if (speaker) return speaker;
    const m = subjectMention(view, offset, sentence, (r) => r.entity.type === 'person' && !isPartyTag(r.entity.name) && !namedOnlyInHeadings(view, r.entity));
    if (m) return { entity: m.entity, name: m.entity.name };
    // "The general described the front. … he said": an unnamed person who spoke or opened a recent sentence
    const unnamed = recent.find((p) => !p.entity && PERSONAL_KINDS.has(p.type) && !PRONOUN_NAMES.has(p.name.toLowerCase()));
    return unnamed ?? personNounSubject(view, sentence);
  }
  if (pronoun === 'it') {
    // "The quarterly report said … . It also said …": the body or document that spoke in the sentence before
    const last = recent.find((p) => p.sentence === sentence - 1);
    if (last && !recent.some((p) => p.sentence === sentence) && last.type !== 'person' && last.entity?.type !== 'person' && !PRONOUN_NAMES.has(last.name.toLowerCase())) return last;
    const m = subjectMention(view, offset, sentence, (r) => r.entity.type !== 'person' && (r.entity.type !== 'place' || r.mention.kind === 'capital'));
    return m ? { entity: m.entity, name: m.entity.name } : null;
  }
  if (pronoun === 'they') {
    // (a group before one person: "Xi noted …, they said" are the officials, even when Xi's kind is government;
    // a person stays when no group spoke: "Leahy and Grassley wrote … they say")
    const groups = recent.filter((p) => p.type !== 'person' && p.type !== 'unknown');
    const speaker = groups.find((p) => p.entity?.type !== 'person') ?? groups[0];
    return speaker ?? null;
  }
  return null;
}

/**
 * "“… Volker confirmed …,” she said", "Goldbarg noted that Palacios … . She said …": the entities layer
 * links a he/she to the person named last, who here is inside a quotation or inside what a speaker
 * said (talked about, not talking), named as an owner inside the sentence ("Roe, Lee's attorney, …
 * she said", "during Lee's trial"), or of the other gender by given name or title ("she" for a
 * "Patrick"). Returns the person who spoke last within two sentences instead (not one a pronoun or
 * a given name of the other gender stands for), else the person named last before the pronoun who
 * fits, or null to keep the entities layer's reading.
 */
/** Verbs whose object is the one spoken to. */
const TOLD = new Set(['told', 'tell', 'tells', 'telling', 'asked', 'urged', 'assured', 'informed', 'warned']);

export function speakerForPronoun(view: DocView, pronoun: string, offset: number, entity: Entity, sentence: number, content: Span | null, prior: readonly PriorSpeaker[], continuing = false): PriorSpeaker | null {
  const antecedent = lastMentionOf(view, entity, offset);
  if (!antecedent) return null;
  const inside = (s: Span | null | undefined): boolean => !!s && s.start <= antecedent.start && antecedent.end <= s.end;
  const want = pronoun === 'he' ? 'male' : 'female';
  const fits = (e: Entity | null): boolean => {
    const g = e ? genderOf(view, e) : null;
    return g === null || g === want;
  };
  // "…, his lawyer told reporters …. Had Marsh not known …, he added, “…”": "added" goes on with the speaker
  // of the sentence before, not with the person the clause before it is about
  if (continuing) {
    const last = [...prior].reverse().find((p) => p.sentence < sentence);
    if (last && last.sentence >= sentence - 1 && last.entity?.type === 'person' && last.entity !== entity && fits(last.entity)) return last;
  }
  // ("Kotler told Ivanka that …. She gave Ivanka a tag, telling her …": the one told is the listener, not the next speaker)
  const told = TOLD.has(view.tokens[tokenFrom(view, antecedent.start) - 1]?.lower ?? '');
  const talkedAbout = told || isQuoted(view, antecedent) || inside(content) || prior.some((p) => p.sentence >= sentence - 2 && inside(p.content)) || isInnerOwner(view, antecedent);
  // ("Asia Winner" as a section heading read as a person's name: no one a pronoun can stand for)
  const heading = inHeading(view, antecedent) || isPartyTag(entity.name);
  if (!talkedAbout && !heading && fits(entity)) return null;
  const other = pronoun === 'he' ? 'she' : 'he';
  const calledOther = (p: PriorSpeaker): boolean => prior.some((q) => q.pronoun === other && (p.entity ? q.entity === p.entity : q.name === p.name));
  // (a speaker whose quotation ran on over several sentences is recent until its last one, unless the
  // person the pronoun was linked to is named inside that quotation)
  const lastSentenceOf = (p: PriorSpeaker): number => p.content ? view.tokens[tokenFrom(view, Math.max(p.content.start, p.content.end - 1))]?.sentence ?? p.sentence : p.sentence;
  const recent = prior.filter((p) => (p.sentence >= sentence - 2 || (lastSentenceOf(p) >= sentence - 2 && !inside(p.content))) && p.sentence <= sentence).reverse();
  const found = recent.find((p) => (p.entity?.type === 'person' || (!p.entity && isOnePerson(p))) && p.entity !== entity && !calledOther(p) && fits(p.entity))
    ?? personNamedBefore(view, offset, sentence, entity, fits);
  return found ?? (heading ? { entity: null, name: pronoun === 'he' ? 'He' : 'She', type: 'person', sentence } : null);
}

/** "R-Mo", "D-N.Y.", "I-Vt": a party and state tag after a lawmaker's name, read as a name by the entities layer. */
function isPartyTag(name: string): boolean {
  return /^[RDI]-[A-Z][A-Za-z.]*$/.test(name);
}

/** Every mention of the entity by name sits in a heading (a pronoun the entities layer linked to it does not count). */
function namedOnlyInHeadings(view: DocView, entity: Entity): boolean {
  const named = entity.mentions.filter((m) => m.kind !== 'pronoun');
  return named.length > 0 && named.every((m) => inHeading(view, m));
}

/** A mention in a short heading of its own paragraph ("Asia Winner"): a few capitalised words and no sentence end. */
function inHeading(view: DocView, m: Span): boolean {
  const at = view.tokens[tokenFrom(view, m.start)];
  const s = at ? view.sentences[at.sentence] : undefined;
  if (!s || view.sentences[s.index - 1]?.paragraph === s.paragraph || view.sentences[s.index + 1]?.paragraph === s.paragraph) return false;
  const words = view.tokens.slice(s.first, s.last);
  return words.length <= 6 && words.every((t) => t.kind === 'word' && (/^\p{Lu}/u.test(t.text) || HEADING_FUNCTION_WORDS.has(t.lower))) && /^\p{Lu}/u.test(words[0]?.text ?? '');
}

const HEADING_FUNCTION_WORDS = new Set(['and', 'of', 'the', 'in', 'for', 'on', 'at', 'to', 'a']);

const GENDER_TITLES: Record<string, 'male' | 'female'> = { mr: 'male', sir: 'male', mrs: 'female', ms: 'female', miss: 'female', dame: 'female', lady: 'female' };
const TITLE_BEFORE = /\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady)\.?\s+$/;
const FIRST_WORD = /^[\p{L}'-]+/u;

/** What a person's given name or title says of their gender ("Sonya Roe", "Mr Lee"), or null when nothing does or the mentions disagree. */
export function genderOf(view: DocView, entity: Entity): 'male' | 'female' | null {
  if (entity.type !== 'person') return null;
  let found: 'male' | 'female' | null = null;
  for (const m of entity.mentions) {
    if (m.kind === 'pronoun') continue;
    const title = TITLE_BEFORE.exec(view.text.slice(Math.max(0, m.start - 6), m.start))?.[1];
    // (a given name only as the first of several words: a one-word "Omar" is a surname as often)
    const first = /\s/.test(m.text) ? FIRST_WORD.exec(m.text)?.[0] : undefined;
    const g = title ? GENDER_TITLES[title.toLowerCase()] : first ? view.knowledge.givenNameGender(first.toLowerCase()) : undefined;
    if (!g) continue;
    if (found && found !== g) return null;
    found = g;
  }
  return found;
}

function isQuoted(view: DocView, m: Span): boolean {
  return view.quotes.some((q) => q.innerStart <= m.start && m.end <= q.innerEnd);
}

const OWNER_MARK = /^['’]s?(?![\p{L}])/u;

/** "Lee's attorney", "during Lee's trial": a name as an owner, not opening its sentence (where "Lee's speech …" is its topic). */
function isInnerOwner(view: DocView, m: MentionRef): boolean {
  if (!OWNER_MARK.test(view.text.slice(m.end, m.end + 3))) return false;
  const own = view.tokens[tokenFrom(view, m.start)];
  const first = own ? view.tokens[view.sentences[own.sentence]?.first ?? -1] : undefined;
  return !first || first.start < m.start;
}

/** The person named last (not as an owner, not inside a quotation) within this and the two sentences before, other than `not`, who fits. */
function personNamedBefore(view: DocView, offset: number, sentence: number, not: Entity, fits: (e: Entity) => boolean): PriorSpeaker | null {
  const from = view.sentences[Math.max(0, sentence - 2)]!.start;
  for (let k = view.mentions.length - 1; k >= 0; k--) {
    const m = view.mentions[k]!;
    if (m.end > offset) continue;
    if (m.start < from) break;
    if (m.mention.kind === 'pronoun' || m.entity === not || m.entity.type !== 'person' || isPartyTag(m.entity.name) || isQuoted(view, m) || isInnerOwner(view, m) || !fits(m.entity)) continue;
    return { entity: m.entity, name: m.entity.name, type: 'person', sentence };
  }
  return null;
}

/** An unnamed speaker that is one person ("his defense attorney", not "the officials"). */
function isOnePerson(p: PriorSpeaker): boolean {
  const last = p.name.toLowerCase().split(/\s+/).pop() ?? '';
  return PERSONAL_KINDS.has(p.type) && !PRONOUN_NAMES.has(last) && !(last.endsWith('s') && !last.endsWith('ss'));
}

/** The latest mention of `entity` by name (not a pronoun) that ends before `offset`. */
function lastMentionOf(view: DocView, entity: Entity, offset: number): MentionRef | null {
  let found: MentionRef | null = null;
  for (const m of view.mentions) {
    if (m.end > offset) break;
    if (m.entity === entity && m.mention.kind !== 'pronoun') found = m;
  }
  return found;
}

/** "the agency", "the ministry", "the newspaper": the latest entity whose name has the noun or whose kind fits. */
export function resolveNominal(view: DocView, noun: string, offset: number, sentence: number, want?: (e: Entity) => boolean): Entity | null {
  const kinds = NOMINAL_KINDS[noun];
  const fits = (e: Entity): boolean => {
    if (e.type === 'person' || (want && !want(e))) return false;
    if (kinds && e.sourceType && kinds.includes(e.sourceType)) return true;
    if (noun === 'government' && e.type === 'country') return true;
    return [e.name, ...e.aliases].some((n) => n.toLowerCase().split(/[\s-]+/).includes(noun));
  };
  for (let s = sentence; s >= 0 && s >= sentence - NOMINAL_LOOKBACK; s--) {
    const range = view.sentences[s]!;
    const found = mentionsWithin(view, range.start, s === sentence ? offset : range.end).filter((m) => fits(m.entity));
    if (found.length) return found[found.length - 1]!.entity;
  }
  return null;
}

/** The first fitting mention of the nearest sentence that has one (the current sentence up to `offset` first). */
function subjectMention(view: DocView, offset: number, sentence: number, fits: (r: MentionRef) => boolean): MentionRef | null {
  for (let s = sentence; s >= 0 && s >= sentence - LOOKBACK; s--) {
    const range = view.sentences[s]!;
    const found = mentionsWithin(view, range.start, s === sentence ? offset : range.end).find(fits);
    if (found) return found;
  }
  return null;
}

/**
 * "The general …" opening one of the last sentences (the current one first, up to LOOKBACK back):
 * a determiner and up to two words ending in a noun for one person ("the army's top general").
 */
function personNounSubject(view: DocView, sentence: number): { entity: null; name: string; type: SourceType } | null {
  for (let s = sentence - 1; s >= 0 && s >= sentence - LOOKBACK; s--) {
    const range = view.sentences[s]!;
    const tokens = view.tokens;
    const first = tokens[range.first];
    if (!first || (first.lower !== 'the' && first.lower !== 'a' && first.lower !== 'an')) continue;
    for (let k = range.first + 1; k < range.last && k <= range.first + 3; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word') break;
      if (PERSON_HEADS.has(t.lower) && tokens[k + 1]?.kind === 'word' && tokens[k + 1]!.text === tokens[k + 1]!.lower) {
        return { entity: null, name: view.text.slice(first.start, t.end), type: typeFromHead(t.lower, [], []) ?? 'person' };
      }
    }
  }
  return null;
}

/** Nouns for one person that a later "he" or "she" may stand for. */
const PERSON_HEADS = new Set(['general', 'commander', 'president', 'minister', 'spokesman', 'spokeswoman', 'official', 'officer', 'soldier',
  'diplomat', 'ambassador', 'envoy', 'governor', 'mayor', 'senator', 'leader', 'chief', 'director', 'analyst', 'expert', 'researcher',
  'witness', 'resident', 'doctor', 'lawyer', 'judge', 'prosecutor', 'survivor', 'victim', 'man', 'woman', 'farmer', 'teacher', 'activist']);
