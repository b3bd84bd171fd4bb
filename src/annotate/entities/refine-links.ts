// Refiners that link one mention to another's entity: acronyms defined in the text ("Joint Chiefs
// of Staff (JCS)" makes later "JCS" the same body), and surnames ("Kim" after "Kim Jong Un",
// "Shoigu" after "Sergei Shoigu").
import { RANK, type Candidate } from './candidates.js';
import type { DocView } from './view.js';
import { REGNAL_NUMBERS } from './words.js';

/** "Long Name (ACR)": the acronym becomes an alias of the long name, here and in later mentions. */
export function linkAcronymDefinitions(view: DocView, candidates: Candidate[]): void {
  const { tokens, text } = view;
  const byStartToken = new Map<number, Candidate>();
  for (const c of candidates) byStartToken.set(c.tokenStart, c);
  const defined = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.origin === 'role-title' || c.kind === 'demonym') continue;
    const open = tokens[c.tokenEnd];
    const acr = tokens[c.tokenEnd + 1];
    const close = tokens[c.tokenEnd + 2];
    if (!open || open.text !== '(' || !acr || !acr.allCaps || !close || close.text !== ')') continue;
    const acronym = text.slice(acr.start, acr.end);
    if (!initialsFit(acronym, c.name)) continue;
    defined.set(acronym, c);
    const inner = byStartToken.get(c.tokenEnd + 1);
    if (inner && inner !== c) {
      inner.linkTo = c;
      inner.kind = 'acronym';
    }
  }
  if (!defined.size) return;
  for (const c of candidates) {
    if (c.linkTo || c.origin === 'role-title') continue;
    const def = defined.get(text.slice(c.start, c.end));
    if (def && def !== c && def.start < c.start) {
      c.linkTo = def;
      c.kind = 'acronym';
    }
  }
}

/** Whether an acronym can abbreviate a name: its first letter opens the name (after "The"), and its letters occur in order. */
function initialsFit(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^A-Za-z]/g, '').toUpperCase();
  const words = name.replace(/^the\s+/i, '').split(/[\s\-]+/).filter(Boolean);
  if (!letters || !words.length) return false;
  if (words[0]![0]!.toUpperCase() !== letters[0]) return false;
  const initials = words.map((w) => w[0]!.toUpperCase()).join('');
  let k = 0;
  for (const ch of initials) if (ch === letters[k]) k++;
  return k >= Math.min(letters.length, 2);
}

/**
 * A short name that is the first or last word of a person named in the document is that person
 * ("Kim" → "Kim Jong Un", "Shoigu" → "Sergei Shoigu"). Given names rarely stand alone in news,
 * but family-name-first names (Korean, Chinese) are cited by their first word, so both count;
 * the most recent person before the mention wins, then the first one after it.
 */
export function linkSurnames(view: DocView, candidates: Candidate[]): void {
  const persons = candidates.filter((c) => c.type === 'person' && c.tokenEnd - c.tokenStart >= 2 && !c.linkTo);
  const wordsOf = new Map<Candidate, string[]>(persons.map((p) => [p, nameWords(p.name)]));
  // Names typed somewhere in the document, for the same words left untyped elsewhere (a headline).
  const typedByName = new Map<string, Candidate>();
  for (const c of candidates) if (c.origin === 'pattern' && c.type !== null && !c.weakType && !c.linkTo && !typedByName.has(c.name)) typedByName.set(c.name, c);
  // Short mentions linked so far, by the full name they reach.
  const linked = new Map<string, number>();
  for (const c of candidates) {
    if (c.linkTo) continue;
    if (c.origin === 'knowledge') {
      // A town taken for a place on weak evidence, named like a person of the document: the person.
      if (c.weakType && c.tokenEnd - c.tokenStart === 1) linkTownToPerson(c, persons, wordsOf);
      // A capital read as its government ("Paris claims"), after a person of that surname was
      // named ("Valeska Paris"): the person speaks, not the French government.
      else if (c.asPlace === false && c.tokenEnd - c.tokenStart === 1) linkTownToPerson(c, persons.filter((p) => p.start < c.start), wordsOf);
      continue;
    }
    if (c.origin !== 'pattern') continue;
    const fitting = c.tokenEnd - c.tokenStart <= 2 ? persons.filter((p) => fitsShortName(c, p, wordsOf.get(p)!)) : [];
    // The same full name, untyped where it stood (a headline): the person named elsewhere. Not a
    // surname two persons share: each mention of it chooses its person below.
    if (c.type === null || c.weakType) {
      const same = persons.find((p) => p !== c && p.name === c.name) ?? typedByName.get(c.name);
      if (same && same !== c && !(same.tokenEnd - same.tokenStart === 1 && new Set(fitting.map((p) => p.name)).size > 1)) {
        c.linkTo = same;
        c.type = same.type;
        c.weakType = false;
        continue;
      }
    }
    if (c.type !== null && !c.weakType && !(c.type === 'person' && c.tokenEnd - c.tokenStart === 1)) continue;
    if (c.tokenEnd - c.tokenStart > 2) continue;
    const target = surnameTarget(c, fitting, linked);
    if (target) {
      linked.set(target.name, (linked.get(target.name) ?? 0) + 1);
      c.linkTo = target;
      c.kind = 'surname';
      c.type = 'person';
      c.weakType = false;
    }
  }
}

/** The words of a person's name without a generational suffix ("Anthony Lacey III", "Mark Felt Jr."): "Lacey" is the surname. */
function nameWords(name: string): string[] {
  const words = name.split(' ');
  while (words.length > 2 && (REGNAL_NUMBERS.has(words[words.length - 1]!) || /^(?:Jr|Sr)\.?$/.test(words[words.length - 1]!))) words.pop();
  return words;
}

/** Whether a short name (one or two words) is the first or last words of a longer person's name. */
function fitsShortName(c: Candidate, p: Candidate, words: string[]): boolean {
  const name = c.name;
  if (p === c || words.length <= c.tokenEnd - c.tokenStart) return false;
  return words[words.length - 1] === name || words[0] === name || p.name.endsWith(' ' + name) || p.name.startsWith(name + ' ');
}

/** How many sentences back the last person of a surname still owns it outright ("His father, John Smith, said … Smith added"). */
const NEAR_SENTENCES = 2;

/**
 * The person a short name refers to, among the persons it fits (in text order): the one named
 * last before it when that was near; farther on, the one the text has named most so far (a
 * relative named once in passing does not take the story's subject's surname from then on),
 * the later at a tie; with no one before it, the first after it.
 */
function surnameTarget(c: Candidate, fitting: Candidate[], linked: Map<string, number>): Candidate | undefined {
  const before = fitting.filter((p) => p.start < c.start);
  if (!before.length) return fitting[0];
  const last = before[before.length - 1]!;
  if (c.sentence - last.sentence <= NEAR_SENTENCES) return last;
  const weight = (p: Candidate): number => before.filter((q) => q.name === p.name).length + (linked.get(p.name) ?? 0);
  let best = last;
  for (const p of before) if (weight(p) > weight(best)) best = p;
  return best;
}

function linkTownToPerson(c: Candidate, persons: Candidate[], wordsOf: Map<Candidate, string[]>): void {
  const target = persons.find((p) => {
    const w = wordsOf.get(p)!;
    return w[w.length - 1] === c.name || w[0] === c.name;
  });
  if (!target) return;
  c.linkTo = target;
  c.kind = 'surname';
  c.type = 'person';
  c.known = [];
  c.asPlace = undefined;
  c.weakType = false;
}

/**
 * A one-word name that opens an organisation's name in the same document is that organisation
 * ("Newmont said" after "Newmont Mining Corp"), unless a person of the document carries the word:
 * companies are cited by their first word, and a speech verb alone had typed it a person.
 */
export function linkOrganisationShortNames(view: DocView, candidates: Candidate[]): void {
  const orgsByFirstWord = new Map<string, Candidate>();
  const personWords = new Set<string>();
  for (const c of candidates) {
    if (c.tokenEnd - c.tokenStart < 2 || c.linkTo) continue;
    const isOrg = c.origin === 'knowledge' ? c.known.length === 1 && c.known[0]!.type === 'organisation' : c.type === 'organisation';
    if (isOrg) {
      const first = view.tokens[c.tokenStart]!;
      if (!orgsByFirstWord.has(first.lower) && first.capitalised) orgsByFirstWord.set(first.lower, c);
    }
    if (c.type === 'person' && c.rank <= RANK.patternPerson) for (let k = c.tokenStart; k < c.tokenEnd; k++) personWords.add(view.tokens[k]!.lower);
  }
  if (!orgsByFirstWord.size) return;
  for (const c of candidates) {
    if (c.linkTo || c.origin !== 'pattern' || c.tokenEnd - c.tokenStart !== 1) continue;
    if (c.type !== null && c.type !== 'person' && !c.weakType) continue;
    // A person found after a title ("President Newmont") keeps its type.
    if (c.type === 'person' && c.rank <= RANK.roleTitle) continue;
    const word = view.tokens[c.tokenStart]!.lower;
    const org = orgsByFirstWord.get(word);
    if (!org || org === c || personWords.has(word)) continue;
    c.linkTo = org;
    c.kind = 'alias';
    c.type = 'organisation';
    c.weakType = false;
  }
}
