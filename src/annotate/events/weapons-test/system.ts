// Finder: the system's name ("Hwasong-15", "KN-23", "DF-41") and kind ("intercontinental
// ballistic missile", "anti-aircraft missile system").
import { SYSTEM_FAMILIES, SYSTEM_TYPES } from '../../../knowledge/lexicons/events/weapon-systems.js';
import type { TextSpan } from '../../../model/types.js';
import { escapeRe, hits, type Passage } from './find.js';

const FAMILY_RE = new RegExp(`\\b(?:${SYSTEM_FAMILIES.map(escapeRe).join('|')})[- ]\\d{1,3}[A-Z]{0,2}\\b`);
// Any capitalised name with a hyphenated number next to a missile word ("the new Haegeum-5 missile").
const NAMED_RE = /\b([A-Z][A-Za-z]{1,14}-\d{1,3}[A-Z]{0,2})\s+(?:[a-z-]+\s+){0,3}(?:missile|rocket|ICBM|IRBM|SLBM|launcher|system)s?\b/;
const TYPE_RE = new RegExp(`\\b(?:(?:new|new-type|newly developed|upgraded|latest|improved|hypersonic|solid-fuel(?:led|ed)?|liquid-fuel(?:led|ed)?|strategic|tactical|long-range|short-range|nuclear-capable)\\s+)*(?:${SYSTEM_TYPES.map(escapeRe).join('|')})s?\\b`, 'i');

/** Whether a text names a system ("Hwasong-18", "the new Haegeum-5 missile"): session 12, a launch needs a weapon. */
export function namesSystem(text: string): boolean {
  return FAMILY_RE.test(text) || NAMED_RE.test(text);
}

export function findSystemName(passage: Passage): TextSpan | null {
  const family = hits(passage, FAMILY_RE)[0];
  if (family) return family.span;
  const named = hits(passage, NAMED_RE)[0];
  return named ? named.group(1) : null;
}

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
