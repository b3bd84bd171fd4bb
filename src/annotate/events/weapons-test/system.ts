// Finder: the system's name ("Hwasong-15", "KN-23", "DF-41") and kind ("intercontinental
// ballistic missile", "anti-aircraft missile system").
import { SYSTEM_FAMILIES, SYSTEM_TYPES } from '../../../knowledge/lexicons/events/weapon-systems.js';
import type { TextSpan } from '../../../model/types.js';
import { escapeRe, hits, type Passage } from './find.js';

const FAMILY_RE = new RegExp(`\\b(?:${SYSTEM_FAMILIES.map(escapeRe).join('|')})(?:[- ]\\d{1,3}[A-Z]{0,2}|\\s+(?:II|III|IV|V)|-[A-Z]{1,2})\\b`);
/** Whether a family name is a weapon's even without its number: long and no common word or name ("Arrow", "Sentinel", "Jericho", "Nasr" are not). */
function standsAlone(family: string): boolean {
  return family.length >= 4 && !AMBIGUOUS_FAMILIES.has(family);
}
const AMBIGUOUS_FAMILIES = new Set(['Arrow', 'Sentinel', 'Trident', 'Jericho', 'Agni', 'Nasr', 'Fateh', 'Emad', 'Qaem', 'Unha', 'Babur', 'Shaheen', 'Ghauri', 'Ghadr', 'Haeil', 'Julang', 'Dongfeng']);

// Family names that are never anything but a weapon ("a Yars missile", "the Bulava"): read alone too.
const ALONE_RE = new RegExp(`\\b(?:${SYSTEM_FAMILIES.filter(standsAlone).map(escapeRe).join('|')})\\b(?![- ]\\d)`);
// Any capitalised name with a hyphenated number next to a missile word ("the new Haegeum-5 missile").
const NAMED_RE = /\b([A-Z][A-Za-z]{1,14}-\d{1,3}[A-Z]{0,2})\s+(?:[a-z-]+\s+){0,3}(?:missile|rocket|ICBM|IRBM|SLBM|launcher|system)s?\b/;
// A name given to it ("a new missile, named Storm,", "dubbed Arrowhead"): one or two capitalised words.
const GIVEN_NAME_RE = /\b(?:named|dubbed|called|code-named|known as)\s+(?:the\s+)?["“']?([A-Z][a-z]{2,14}(?:[- ][A-Z][a-z]{2,14})?)\b/;
const TYPE_RE = new RegExp(`\\b(?:(?:new|new-type|newly developed|upgraded|latest|improved|hypersonic|solid-fuel(?:led|ed)?|liquid-fuel(?:led|ed)?|strategic|tactical|long-range|short-range|nuclear-capable)\\s+)*(?:${SYSTEM_TYPES.map(escapeRe).join('|')})s?\\b`, 'i');

/** Whether a text names a system ("Hwasong-18", "the new Haegeum-5 missile"): session 12, a launch needs a weapon. */
export function namesSystem(text: string): boolean {
  return FAMILY_RE.test(text) || ALONE_RE.test(text) || NAMED_RE.test(text);
}

export function findSystemName(passage: Passage): TextSpan | null {
  const family = hits(passage, FAMILY_RE)[0] ?? hits(passage, ALONE_RE)[0];
  if (family) return family.span;
  const named = hits(passage, NAMED_RE)[0];
  if (named) return named.group(1);
  return unknownNameBeforeKind(passage) ?? givenName(passage);
}

// "a Yars intercontinental ballistic missile", "two Sineva missiles", "the Ababeel weapon system": a capitalised word
// right before the kind (or "weapon system") names the system, unless it says whose it is ("North Korean", "Russia's").
const KIND_AFTER_NAME_RE = new RegExp(`\\b(?:a|an|the|its|their|two|three|four|several|new)\\s+([A-Z][a-z]{2,14})\\s+(?:(?:${SYSTEM_TYPES.map(escapeRe).join('|')})s?|weapon system|missiles?|rockets?)\\b`, 'g');

function unknownNameBeforeKind(passage: Passage): TextSpan | null {
  for (const h of hits(passage, KIND_AFTER_NAME_RE)) {
    const name = h.group(1)!;
    if (!NOT_A_SYSTEM_NAME.test(name.text)) return name;
  }
  return null;
}

function givenName(passage: Passage): TextSpan | null {
  const h = hits(passage, GIVEN_NAME_RE)[0];
  return h && !NOT_A_SYSTEM_NAME.test(h.group(1)!.text) ? h.group(1) : null;
}

// Words that say whose, which or what kind, not which system: demonyms (-an, -ese, -i, -ish, -ic ...), direction and time words.
const NOT_A_SYSTEM_NAME = /^(?:[A-Z][a-z]+(?:an|ese|ish|ic|i|ch)|New|Old|North|South|East|West|Northern|Southern|Eastern|Western|Soviet|Thai|Swiss|Greek|Dutch|French|Iraqi|Israeli|The|This|That|Another|Second|Third|First|Last|Latest|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Strategic|Tactical|Nuclear|Hypersonic|Ballistic|Cruise|Missile|Rocket|Army|Navy|Air|Defence|Defense|Military|State|Pentagon|Kremlin|Government|Iran|Israel|China|Russia|Pakistan|Korea|Taiwan|Ukraine|Syria|Yemen|Gaza)$/;

/** The kind of system: the most specific kind named, with its modifiers. */
export function findSystemType(passage: Passage): TextSpan | null {
  let best: TextSpan | null = null;
  let bestRank = Infinity;
  for (const h of hits(passage, TYPE_RE)) {
    const rank = SYSTEM_TYPES.findIndex((t) => new RegExp(`${escapeRe(t)}s?$`, 'i').test(h.span.text));
    if (rank >= 0 && rank < bestRank) [best, bestRank] = [h.span, rank];
  }
  return best;
}

/** The canonical kind for a matched phrase: its lexicon entry, modifiers dropped. */
export function systemTypeValue(span: TextSpan): string {
  const entry = SYSTEM_TYPES.find((t) => new RegExp(`${escapeRe(t)}s?$`, 'i').test(span.text));
  return entry ?? span.text;
}
