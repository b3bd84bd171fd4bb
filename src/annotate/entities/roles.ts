// Role phrases over tokens: optional modifiers ("Deputy", "former") then a role head from the
// knowledge base ("foreign minister", "analyst"). Used to find titles before names, appositives,
// and to tell role nouns ("Experts", "Analysts") from names.
import type { Knowledge, RoleInfo } from '../../knowledge/knowledge.js';
import type { DocView } from './view.js';
import { ROLE_MODIFIERS } from './words.js';

export interface RoleMatch {
  /** Token range [first, last + 1). */
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  info: RoleInfo;
  /** A courtesy title ("Mr.", "Dr"): says the name is a person, but is no role. */
  courtesy?: boolean;
  /** A demonym before a name ("Briton Andy Fellowes"): a courtesy match that stays a country mention, giving the person its country. */
  demonym?: boolean;
}

/** The longest role phrase starting at token i (within [i, end)), or null. */
export function roleAt(view: DocView, knowledge: Knowledge, i: number, end: number): RoleMatch | null {
  const { tokens } = view;
  let best: RoleMatch | null = null;
  // Each token may start the head, as long as the tokens before it are modifiers.
  for (let s = i; s < end; s++) {
    const head = headAt(view, knowledge, s, end);
    if (head && (!best || head.last + 1 > best.tokenEnd)) {
      best = { tokenStart: i, tokenEnd: head.last + 1, start: tokens[i]!.start, end: tokens[head.last]!.end, info: head.info };
    }
    if (!ROLE_MODIFIERS.has(tokens[s]!.lower)) break;
    // "vice-president", "ex-minister": the modifier and the head can share a token.
  }
  return best;
}

/** The role phrase that ends at token `last` (the words just before a name), or null. */
export function roleEndingAt(view: DocView, knowledge: Knowledge, last: number, floor: number): RoleMatch | null {
  const { tokens } = view;
  for (let len = longestRoleEnding(view, knowledge, last, Math.min(knowledge.maxRoleWords, last - floor + 1)); len >= 1; len--) {
    const first = last - len + 1;
    const info = lookupWords(view, knowledge, first, last);
    if (!info) continue;
    let s = first;
    while (s - 1 >= floor && ROLE_MODIFIERS.has(tokens[s - 1]!.lower) && tokens[s - 1]!.kind === 'word') s--;
    return { tokenStart: s, tokenEnd: last + 1, start: tokens[s]!.start, end: tokens[last]!.end, info };
  }
  return null;
}

/** Whether a word is a role noun, singular or plural ("expert", "Analysts", "officials"). */
export function isRoleWord(knowledge: Knowledge, lower: string): boolean {
  if (knowledge.lookupRole(lower)) return true;
  if (lower.endsWith('s') && knowledge.lookupRole(lower.slice(0, -1))) return true;
  if (lower.endsWith('men') && knowledge.lookupRole(lower.slice(0, -3) + 'man')) return true;
  return false;
}

/**
 * At most `most`: the most words ending at token `last` that some role may end with. A role longer than
 * that would end with these words too (token keys hold no spaces, so phrases grow a word at a time), so
 * looking it up could only miss; one word is always tried ("ex-minister" is looked up by its last part).
 */
function longestRoleEnding(view: DocView, knowledge: Knowledge, last: number, most: number): number {
  let key = '';
  for (let len = 1; len <= most; len++) {
    const t = view.tokens[last - len + 1]!;
    if (t.kind !== 'word') return Math.max(1, len - 1);
    key = len === 1 ? t.lower : `${t.lower} ${key}`;
    if (!knowledge.isRoleKeySuffix(key)) return Math.max(1, len - 1);
  }
  return most;
}

function headAt(view: DocView, knowledge: Knowledge, s: number, end: number): { last: number; info: RoleInfo } | null {
  const limit = Math.min(end, s + knowledge.maxRoleWords);
  let found: { last: number; info: RoleInfo } | null = null;
  let key = '';
  for (let j = s; j < limit; j++) {
    if (view.tokens[j]!.kind !== 'word') break;
    const info = lookupWords(view, knowledge, s, j);
    if (info) found = { last: j, info };
    // No role goes on after these words: a longer phrase could only miss.
    key = j === s ? view.tokens[j]!.lower : `${key} ${view.tokens[j]!.lower}`;
    if (!knowledge.isRoleKeyPrefix(key)) break;
  }
  return found;
}

function lookupWords(view: DocView, knowledge: Knowledge, first: number, last: number): RoleInfo | undefined {
  const { tokens } = view;
  if (first === last) {
    const t = tokens[first]!;
    if (t.kind !== 'word') return undefined;
    const direct = knowledge.roleForKey(t.lower);
    if (direct) return direct;
    // "defector-turned-researcher", "ex-president": the last part names the role.
    const dash = t.lower.lastIndexOf('-');
    return dash > 0 ? knowledge.roleForKey(t.lower.slice(dash + 1)) : undefined;
  }
  let words = '';
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return undefined;
    // A possessive inside a role phrase ends it ("the minister's aide" is not one role).
    if (t.possessive && k < last) return undefined;
    words += (k > first ? ' ' : '') + t.lower;
  }
  // Token keys are lower case without spaces: the phrase is already a role key's shape.
  return knowledge.roleForKey(words);
}
