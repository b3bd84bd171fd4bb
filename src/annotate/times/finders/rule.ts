// A news rule: a global regular expression run once over the whole text, and a builder that turns
// each match into a candidate (or rejects it, after looking at the words around it).
import type { Candidate, Meaning } from '../candidate.js';

export interface Rule {
  name: string;
  /** Lower-case words of which the text must hold one for the rule to match at all (a cheap pre-check). */
  needs?: readonly string[];
  pattern: RegExp;
  build(match: RegExpExecArray, text: string): Candidate | null;
}

/** The lower-case letter runs of a text, for the rules' pre-checks. */
export function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z]+/g) ?? []);
}

export function runRules(rules: readonly Rule[], text: string, out: Candidate[], words: Set<string> = wordsOf(text)): void {
  for (const rule of rules) {
    if (rule.needs && !rule.needs.some((w) => words.has(w))) continue;
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      const candidate = rule.build(match, text);
      if (candidate) out.push(candidate);
      if (match[0].length === 0) pattern.lastIndex++;
    }
  }
}

export function candidate(rule: string, start: number, end: number, meaning: Meaning): Candidate {
  return { rule, start, end, meaning };
}

/** The candidate for a whole match. */
export function whole(rule: string, match: RegExpExecArray, meaning: Meaning): Candidate {
  return candidate(rule, match.index, match.index + match[0].length, meaning);
}

const WORD_BEFORE = /([\p{L}\p{N}$£€#.'’-]+)[^\p{L}\p{N}$£€#]*$/u;
const WORD_AFTER = /^[^\p{L}\p{N}%$]*([\p{L}\p{N}%$'’-]+)/u;

/** The word just before `at`, lower-cased ('' at the start of the text). Looks back 40 characters at most. */
export function wordBefore(text: string, at: number): string {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  return m ? m[1]!.toLowerCase() : '';
}

/** The word just after `at`, lower-cased. */
export function wordAfter(text: string, at: number): string {
  const m = WORD_AFTER.exec(text.slice(at, at + 40));
  return m ? m[1]!.toLowerCase() : '';
}

/** True when the word at `at` is capitalised but does not open a sentence: part of a name or title. */
export function capitalisedInside(text: string, at: number): boolean {
  if (!/^\p{Lu}/u.test(text.slice(at, at + 1))) return false;
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < 0) return false;
  return !/[.!?\n"“”'‘’`:(\[—–-]/.test(text[i]!);
}

/** The raw characters just after `at` (for punctuation checks). */
export const charsAfter = (text: string, at: number, n = 3): string => text.slice(at, at + n);
export const charBefore = (text: string, at: number): string => (at > 0 ? text[at - 1]! : '');
