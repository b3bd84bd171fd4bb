// The kind of speaker (SourceType): from the entity's sourceType when the knowledge base gave one,
// from a named person's role ("researcher" → expert), from a capital standing for its government, and
// for unnamed sources from the head noun and its modifiers ("state media", "intelligence agency").
import type { Entity, MentionKind, SourceType } from '../../../model/types.js';
import {
  EXPERT_ROLE_WORDS, INTELLIGENCE_MODIFIERS, MEDIA_ROLE_WORDS, MILITARY_ROLE_WORDS, NEWS_AGENCY_HEADS, OFFICIAL_ROLE_WORDS,
  SOURCE_HEAD_NOUNS, STATE_MEDIA_HEADS, STATE_MEDIA_MODIFIERS, ANONYMITY_MARKERS,
} from '../../../knowledge/lexicons/attribution/source-nouns.js';
import type { Knowledge } from '../../../knowledge/knowledge.js';

export const OUTLET_TYPES: ReadonlySet<SourceType> = new Set(['media', 'news_agency', 'state_media']);

/** Names that are outlets by their shape ("… News Agency", "The … Times", "… Broadcasting"). */
export const OUTLET_NAME = /\b(?:News|Times|Post|Journal|Herald|Tribune|Daily|Agency|Radio|Television|TV|Broadcasting|Gazette|Telegraph|Press|Network|Magazine|Chronicle|Guardian|Observer|Independent|Mail|Express|Standard|Review|Week|Newsweek)\b/;

export function typeOfEntity(entity: Entity, mentionKind: MentionKind | null, roleWords: readonly string[], knowledge: Knowledge): SourceType {
  if (mentionKind === 'capital') return 'government';
  if (entity.type === 'person') {
    // ("the Afghan Taliban" read as a person: a known armed group or body as the name's last word)
    const last = entity.name.split(/\s+/).pop()!;
    const body = last !== entity.name && /^\p{Lu}/u.test(last) ? knownSourceType(last, knowledge) : undefined;
    if (body === 'group' || body === 'military') return body;
    // ("Roe, a senior vice president at the security firm Acme": a title held at a company is no office of state)
    if (entity.sourceType === 'government' && roleWords.some((w) => COMPANY_WORDS.has(w))) return roleType(roleWords) ?? 'person';
    if (entity.sourceType && entity.sourceType !== 'person') return entity.sourceType;
    return roleType(roleWords) ?? 'person';
  }
  const known = entity.sourceType ?? knownSourceType(entity.name, knowledge);
  if (known) return known;
  switch (entity.type) {
    case 'country': return 'government';
    case 'group': return 'group';
    case 'organisation': return OUTLET_NAME.test(entity.name) ? 'media' : 'organisation';
    case 'place': return knowledge.capitalOf(entity.name) ? 'government' : 'unknown';
  }
}

/** Nouns for a business a title may be held at ("vice president at the firm", "director of the company"). */
const COMPANY_WORDS = new Set(['firm', 'company', 'corporation', 'corp', 'inc', 'startup', 'start-up', 'consultancy', 'manufacturer', 'maker', 'contractor', 'llc', 'ltd', 'plc']);

/** Modifiers of "service" that make it a body of the state. */
const STATE_SERVICES = new Set(['border', 'customs', 'security', 'emergency', 'emergencies', 'migration', 'immigration', 'prison', 'penitentiary', 'tax', 'civil', 'diplomatic', 'coast', 'forestry', 'fire', 'rescue']);

/** Words naming an international body in a role ("the U.N. aid chief", "a UNRWA spokesperson"). */
const INTERNATIONAL_POSTS = new Set(['u.n', 'u.n.', 'un', 'unrwa', 'unicef', 'unhcr', 'ocha', 'iaea', 'nato']);

/** A named person's kind from the words of their role or apposition. */
export function roleType(words: readonly string[]): SourceType | null {
  const has = (set: ReadonlySet<string>): boolean => words.some((w) => set.has(w) || set.has(w.replace(/s$/, '')) || (w.includes('-') && set.has(w.slice(w.lastIndexOf('-') + 1))));
  if (has(EXPERT_ROLE_WORDS)) return 'expert';
  // "the U.N. humanitarian affairs chief": a post at an international body
  if (words.some((w) => INTERNATIONAL_POSTS.has(w))) return 'official';
  if (has(MILITARY_ROLE_WORDS)) return 'military';
  if (has(OFFICIAL_ROLE_WORDS)) return 'official';
  if (has(MEDIA_ROLE_WORDS)) return 'media';
  return null;
}

/** An unnamed source's kind from its head noun and the words before it ("state media", "Seoul's spy agency"). */
export function typeFromHead(head: string, modifiers: readonly string[], rest: readonly string[]): SourceType | null {
  const mods = new Set(modifiers);
  if (STATE_MEDIA_HEADS.has(head) && modifiers.some((m) => STATE_MEDIA_MODIFIERS.has(m))) return 'state_media';
  if (modifiers.some((m) => INTELLIGENCE_MODIFIERS.has(m))) return 'intelligence';
  if (NEWS_AGENCY_HEADS.has(head) && (mods.has('news') || mods.has('wire'))) return 'news_agency';
  // "the Ukrainian border service", "the state security service": a service of the state
  if (head === 'service' && modifiers.some((m) => STATE_SERVICES.has(m))) return 'government';
  const type = SOURCE_HEAD_NOUNS.get(head) ?? SOURCE_HEAD_NOUNS.get(head.replace(/s$/, '')) ?? null;
  if (type === 'anonymous_official' || type === 'government' || type === 'person') {
    // "sources familiar with the matter", "a senior administration official"
    if ([...modifiers, ...rest].some((w) => ANONYMITY_MARKERS.has(w))) return 'anonymous_official';
  }
  if (type === 'person' && modifiers.some((m) => EXPERT_ROLE_WORDS.has(m))) return 'expert';
  return type;
}

export function isOutletEntity(entity: Entity, knowledge: Knowledge): boolean {
  if (entity.type === 'person' || entity.type === 'country' || entity.type === 'place') return false;
  const type = entity.sourceType ?? knownSourceType(entity.name, knowledge);
  if (type) return OUTLET_TYPES.has(type);
  return OUTLET_NAME.test(entity.name);
}

/** The outlet the knowledge base knows by this name, if any ("Reuters", "AFP", "the BBC"). */
export function knownOutlet(surface: string, knowledge: Knowledge): { name: string; type: SourceType } | null {
  const bare = surface.replace(/^the\s+/i, '');
  for (const form of [surface, bare]) {
    for (const known of safeLookup(knowledge, form)) if (known.sourceType && OUTLET_TYPES.has(known.sourceType)) return { name: known.name, type: known.sourceType };
  }
  return null;
}

export function knownSourceType(name: string, knowledge: Knowledge): SourceType | undefined {
  return safeLookup(knowledge, name).find((k) => k.sourceType)?.sourceType;
}

function safeLookup(knowledge: Knowledge, surface: string) {
  return surface ? knowledge.lookupName(surface) : [];
}
