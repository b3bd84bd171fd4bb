// Finder 3: capitalised name sequences the knowledge base does not hold. A run of name words
// (with connectors such as "of" inside) is cut at role titles ("Deputy Foreign Minister" before
// "Andrey Rudenko") and typed by its head word: an organisation head ("Administration",
// "Institute") makes an organisation, a place head ("Oblast", "Province") a place. Runs without
// a head are left untyped here; refine-types.ts types them by their context.
import type { Knowledge } from '../../knowledge/knowledge.js';
import { RANK, type Candidate } from './candidates.js';
import { leadingDescriptor, personAfterPortfolio } from './descriptors.js';
import { isRoleWord, roleAt, roleEndingAt, type RoleMatch } from './roles.js';
import { isNameWord, type DocView, type TokenInfo } from './view.js';
import { HONORIFICS, LEGAL_FORMS, NAME_CONNECTORS, ORG_HEADS, PERSON_PARTICLES, PLACE_HEADS, PLACE_OPENERS, REGNAL_NUMBERS } from './words.js';

const MAX_PERSON_TOKENS = 4;

export function findNames(view: DocView, knowledge: Knowledge): Candidate[] {
  const out: Candidate[] = [];
  for (const [first, end] of view.sentenceTokens) {
    let i = first;
    while (i < end) {
      // "President Lee said", "Minister of Education Jane Doe said": a title opening the sentence
      // ("President" is no name word there) still titles the name after it.
      const titleEnd = initialTitleEnd(view, knowledge, i, end);
      if (titleEnd !== null) {
        const runEnd = runEndFrom(view, knowledge, titleEnd, end);
        segmentRun(view, knowledge, i, runEnd, out);
        i = runEnd;
        continue;
      }
      if (!startsName(view, knowledge, i) || openerBeforeName(view, knowledge, i)) {
        i++;
        continue;
      }
      const runEnd = runEndFrom(view, knowledge, i, end);
      segmentRun(view, knowledge, i, runEnd, out);
      i = runEnd;
    }
  }
  return out;
}

function startsName(view: DocView, knowledge: Knowledge, i: number): boolean {
  if (!isNameWord(view, i)) return false;
  const t = view.tokens[i]!;
  // A sentence-initial role noun is not a name ("Analysts say", "Officials said"), unless a name follows it ("President Lee").
  // "Minister of Education Jane Doe" opening a sentence is a title too: a singular role, "of" or "for", then a name.
  if (t.initial && isRoleWord(knowledge, t.lower) && !isNameWord(view, i + 1) && !titleOfPortfolio(view, knowledge, i)) return false;
  // "Allegedly, …", "Usually, …": an adverb opening the sentence before a comma (not "Kelly, who").
  if (t.initial && ((t.lower.length > 5 && t.lower.endsWith('ly')) || SENTENCE_ADVERBS.has(t.lower)) && view.tokens[i + 1]?.text === ',' && !knowledge.personName(t.lower)) return false;
  return true;
}

/**
 * A sentence-opening word that is capitalised only by its place before a name: a participle or gerund
 * ("Convinced North Korea would …", "Following Assange's arrest"), or a common noun before a given name
 * and a surname ("Employee Jane Roe said", "Newlyweds Tom Lee and …"). Not a personal name, a known
 * name, a role, a company word or a place or organisation head ("Reading", "Morgan Stanley", "Port Louis").
 */
function openerBeforeName(view: DocView, knowledge: Knowledge, i: number): boolean {
  const t = view.tokens[i]!;
  if (!t.initial || t.allCaps || t.possessive || !isNameWord(view, i + 1) || view.tokens[i + 1]!.sentence !== t.sentence) return false;
  if (knowledge.personName(t.lower) || knowledge.lookupName(t.text).length > 0 || isRoleWord(knowledge, t.lower) || knowledge.isCompanyWord(t.text)) return false;
  if (PLACE_OPENERS.has(t.lower) || ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower) || view.headlines.has(t.sentence)) return false;
  // A participle only before a name known or written elsewhere in the text ("Drelling Rovers" may be a town's club).
  if (t.lower.length >= 6 && PARTICIPLE_ENDING.test(t.lower)) return namedElsewhere(view, knowledge, i + 1);
  const sentenceEnd = view.sentenceTokens[t.sentence]![1];
  if (leadingDescriptor(view, knowledge, i, sentenceEnd)) return false;
  return knowledge.personName(view.tokens[i + 1]!.lower) === 'given' && isNameWord(view, i + 2) && i + 2 < sentenceEnd && !ORG_HEADS.has(view.tokens[i + 2]!.lower);
}

/** Whether the name word at i, or it with the next word, is a known name, or the text writes the word elsewhere not opening a sentence. */
function namedElsewhere(view: DocView, knowledge: Knowledge, i: number): boolean {
  const { tokens } = view;
  const t = tokens[i]!;
  if (knowledge.lookupName(view.text.slice(t.start, t.baseEnd)).length > 0) return true;
  const next = tokens[i + 1];
  if (next && next.sentence === t.sentence && isNameWord(view, i + 1) && knowledge.lookupName(view.text.slice(t.start, next.baseEnd)).length > 0) return true;
  for (let k = 0; k < tokens.length; k++) if (k !== i && !tokens[k]!.initial && tokens[k]!.lower === t.lower && tokens[k]!.capitalised && tokens[k - 1]?.lower !== tokens[i - 1]!.lower) return true;
  return false;
}

const PARTICIPLE_ENDING = /(?:ing|ed)$/;

/** Adverbs that open a sentence before a comma without "-ly" ("Afterward, …", "Instead, …"). */
const SENTENCE_ADVERBS = new Set(['afterward', 'afterwards', 'instead', 'nonetheless', 'nevertheless', 'furthermore', 'besides', 'otherwise',
  'therefore', 'hence', 'regardless', 'likewise', 'overall', 'elsewhere', 'meanwhile', 'still', 'again', 'indeed', 'anyway', 'later', 'earlier',
  'then', 'now', 'today', 'yesterday', 'tonight', 'first', 'second', 'third', 'next', 'last', 'lastly', 'also', 'too', 'so', 'thus']);

/**
 * Where the name after a sentence-opening title starts, when the opening word is no name word by
 * itself (a role the document also writes in lower case, or "President"): every word of the role
 * capitalised but its connectors ("Prime Minister", "Minister of Foreign Affairs"), then a name word or "of"/"for" and a
 * portfolio. Null otherwise (a name word opening the sentence is read as usual).
 */
function initialTitleEnd(view: DocView, knowledge: Knowledge, i: number, end: number): number | null {
  const t = view.tokens[i]!;
  if (!t.initial || !t.capitalised || t.allCaps || isNameWord(view, i)) return null;
  const role = roleAt(view, knowledge, i, end);
  if (!role || role.tokenEnd >= end) return null;
  for (let k = role.tokenStart; k < role.tokenEnd; k++) if ((!view.tokens[k]!.capitalised && !isConnector(view, k)) || view.tokens[k]!.possessive) return null;
  if (isNameWord(view, role.tokenEnd)) return isTitleBefore(view, role.tokenEnd) ? role.tokenEnd : null;
  let k = role.tokenEnd;
  while (k < end && k - role.tokenEnd < 2 && isConnector(view, k)) k++;
  return k > role.tokenEnd && k < end && isNameWord(view, k) ? k : null;
}

function titleOfPortfolio(view: DocView, knowledge: Knowledge, i: number): boolean {
  let k = i + 1;
  while (k < view.tokens.length && k - i <= 2 && isConnector(view, k)) k++;
  return k > i + 1 && !!knowledge.lookupRole(view.tokens[i]!.lower) && isNameWord(view, k) && view.tokens[k]!.sentence === view.tokens[i]!.sentence;
}

/** The end (exclusive) of the run of name words from i: connectors only between name words; a possessive ends it. */
function runEndFrom(view: DocView, knowledge: Knowledge, i: number, end: number): number {
  const { tokens } = view;
  let j = i;
  while (j < end) {
    const t = tokens[j]!;
    if (isNameWord(view, j)) {
      // Shouted words and ordinary ones do not make one name ("SAVE A QUARTER Let's say").
      // A legal form joins either ("Volkswagen AG", "IBM Corp").
      // So do a club's prefix and its town ("NAC Breda", "SC Freiburg") and a regnal number ("Willem II", "John Paul II").
      if (j > i && t.allCaps !== tokens[j - 1]!.allCaps && (t.text.length > 3 || tokens[j - 1]!.text.length > 3) && !LEGAL_FORMS.has(t.lower)
        && !(j - 1 === i && CLUB_PREFIXES.has(tokens[i]!.text)) && !(REGNAL_NUMBERS.has(t.text) && !tokens[j - 1]!.allCaps)
        && !personalInitials(view, knowledge, j - 1)) break;
      j++;
      if (t.possessive && !pluralPossessiveInName(view, j - 1, end)) break;
      continue;
    }
    // "George W. Bush": the dot after an initial.
    if (t.text === '.' && j > i && isInitial(view, j - 1) && isNameWord(view, j + 1) && j + 1 < end) {
      j++;
      continue;
    }
    // "of", "for", "of the": allowed when a name word follows.
    // A name never goes on with "the" alone ("told Israel Radio the Netanyahu government"), nor with
    // "on" unless an organisation head precedes it ("Council on Foreign Relations").
    if (t.kind === 'word' && (NAME_CONNECTORS.has(t.lower) || envoyTo(view, j)) && !t.capitalised && t.lower !== 'the' && (t.lower !== 'on' || headBefore(view, i, j))) {
      let k = j + 1;
      while (k < end && tokens[k]!.kind === 'word' && NAME_CONNECTORS.has(tokens[k]!.lower) && !tokens[k]!.capitalised) k++;
      if (k < end && isNameWord(view, k) && k - j <= 2) {
        j = k;
        continue;
      }
    }
    break;
  }
  // Trailing connectors never end a name.
  while (j > i && !tokens[j - 1]!.capitalised) j--;
  return j;
}

/** Plurals that take "'s" ("People's Party", "Women's League"). */
const IRREGULAR_PLURALS = new Set(['people', 'women', 'men', 'children']);

/**
 * "Metalworkers' Union", "People's Party": a plural possessive before an organisation head belongs to
 * the name ("Japan's Foreign Ministry" is a country's ministry).
 */
function pluralPossessiveInName(view: DocView, i: number, end: number): boolean {
  const t = view.tokens[i]!;
  const plural = t.text.endsWith("'") || t.text.endsWith('’') || IRREGULAR_PLURALS.has(t.lower);
  return plural && i + 1 < end && isNameWord(view, i + 1) && ORG_HEADS.has(view.tokens[i + 1]!.lower);
}

/** "H.D." in "H.D. Deve Gowda": initials with their stops that name nothing by themselves ("U.S." does). */
function personalInitials(view: DocView, knowledge: Knowledge, i: number): boolean {
  const t = view.tokens[i]!;
  return INITIALS.test(t.text) && knowledge.lookupName(t.text).length === 0;
}

const INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/** Capitalised prefixes of football and sports clubs' names ("FC Porto", "AC Milan", "PSV Eindhoven", "CSKA Moscow"); not "US" or "SS". */
const CLUB_PREFIXES = new Set(['FC', 'AC', 'AS', 'SC', 'SV', 'CF', 'CD', 'UD', 'RC', 'RCD', 'NAC', 'PSV', 'RKC', 'VVV', 'AZ', 'NEC', 'AEK',
  'PAOK', 'OFI', 'CSKA', 'TSV', 'FK', 'NK', 'HNK', 'SK', 'IFK', 'AIK', 'BK', 'GKS', 'MTK', 'FTC', 'BSC', 'KV', 'KSV', 'RSC', 'SL', 'OGC']);

function headBefore(view: DocView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ORG_HEADS.has(view.tokens[k]!.lower) && !FACILITY_HEADS.has(view.tokens[k]!.lower)) return true;
  return false;
}

/** Heads of institutions named by their building, which stands "on" a place ("Sea Cliff Theater on Long Island"). */
const FACILITY_HEADS = new Set(['museum', 'gallery', 'library', 'zoo', 'clinic', 'orchestra', 'theatre', 'theater', 'planetarium', 'hospital']);

/** Cuts a run at role titles and emits its pieces. */
function segmentRun(view: DocView, knowledge: Knowledge, first: number, end: number, out: Candidate[]): void {
  const { tokens } = view;
  // A lower-case role just before the run is its title ("leader Kim Jong Un", "analyst Jane Doe").
  const before = first > 0 && tokens[first - 1]!.sentence === tokens[first]!.sentence && !tokens[first - 1]!.capitalised ? roleEndingAt(view, knowledge, first - 1, view.sentenceTokens[tokens[first]!.sentence]![0]) : null;
  let title: RoleMatch | null = (before && !industryMajor(view, before) ? before : null) ?? honorificBefore(view, first);
  let segmentStart = first;
  let p = first;
  // "Scientologist Lena Marsh", "Briton Andy Fellowes": the descriptor is no part of the name.
  const descriptor = title ? null : leadingDescriptor(view, knowledge, first, end);
  if (descriptor) {
    if (!descriptor.demonym) out.push(roleCandidate(view, descriptor));
    title = descriptor;
    p = segmentStart = descriptor.tokenEnd;
  }
  while (p < end) {
    // "the envoy to Ukraine Kurt Volker", "ambassador to Britain Liu Xiaoming": a known country or body, then a person.
    if (knownThenPerson(view, knowledge, segmentStart, p, end)) {
      emitSegment(view, knowledge, segmentStart, p, title, out);
      // The person's name ends the piece: "… Gordon Sondland and Energy Secretary Rick Perry" goes on with a new one.
      const q = personEnd(view, p, end, knowledge);
      emitSegment(view, knowledge, p, q, null, out);
      title = null;
      p = q;
      while (p < end && isConnector(view, p)) p++;
      segmentStart = p;
      continue;
    }
    const role = roleAt(view, knowledge, p, end);
    // "Director of the CIA": a role joined to an organisation is no title; it ends the name before it.
    if (role && role.tokenEnd < end && isConnector(view, role.tokenEnd)) {
      if (p > segmentStart) emitSegment(view, knowledge, segmentStart, p, title, out);
      out.push(roleCandidate(view, role));
      title = null;
      p = role.tokenEnd;
      while (p < end && isConnector(view, p)) p++;
      segmentStart = p;
      const portfolio = personAfterPortfolio(view, knowledge, p, end) ?? personAfterPost(view, knowledge, role.tokenEnd, p, end);
      if (portfolio?.known) {
        emitSegment(view, knowledge, p, portfolio.personStart, null, out);
        title = role;
        p = segmentStart = portfolio.personStart;
      } else if (portfolio) {
        // The portfolio joins the title: the role is "Minister of Education", the person what follows.
        const full: RoleMatch = Object.assign({}, role, { tokenEnd: portfolio.personStart, end: tokens[portfolio.personStart - 1]!.end });
        out[out.length - 1] = roleCandidate(view, full);
        title = full;
        p = segmentStart = portfolio.personStart;
      }
      continue;
    }
    if (role && role.tokenEnd < end && isTitleBefore(view, role.tokenEnd) && !namesOrganisation(view, role.tokenEnd, end)) {
      if (p > segmentStart) emitSegment(view, knowledge, segmentStart, p, title, out);
      out.push(roleCandidate(view, role));
      title = role;
      p = role.tokenEnd;
      segmentStart = p;
      // The name after a title is a person: up to a connector or four words.
      const q = personEnd(view, p, end, knowledge);
      if (q > p) {
        out.push(personCandidate(view, p, q, role));
        p = q;
        // "Judge Ann Bodin of Superior Court": the connector after the name opens no name.
        while (p < end && isConnector(view, p)) p++;
        segmentStart = p;
        title = null;
      }
      continue;
    }
    p++;
  }
  if (end > segmentStart) emitSegment(view, knowledge, segmentStart, end, title, out);
}

/**
 * Whether the run's words from `first` to `p` name a known country or body and a person's name starts at `p`
 * (a personal-name word, then another name word, no organisation or place head after it). Not when the run
 * opens with a given name ("Israel Katz", "Chad Morris" are persons).
 */
function knownThenPerson(view: DocView, knowledge: Knowledge, first: number, p: number, end: number): boolean {
  const { tokens } = view;
  if (p <= first || p + 1 >= end || !knowledge.personName(tokens[p]!.lower) || knowledge.personName(tokens[first]!.lower) === 'given') return false;
  if (!isNameWord(view, p) || !isNameWord(view, p + 1) || tokens[p - 1]!.possessive) return false;
  // "Ukraine President Volodymyr Zelensky", "Indiana House Speaker …": a title or a body's word is no person ("President" and "House" are family names too).
  for (let k = p; k < end && isNameWord(view, k); k++) {
    if (ORG_HEADS.has(tokens[k]!.lower) || PLACE_HEADS.has(tokens[k]!.lower) || isRoleWord(knowledge, tokens[k]!.lower) || view.lowerWords.has(tokens[k]!.lower)) return false;
  }
  const known = knowledge.lookupName(view.text.slice(tokens[first]!.start, tokens[p - 1]!.end));
  return known.some((k) => k.type === 'country' || k.type === 'organisation' || k.type === 'place');
}

/** "oil major Brantex", "drinks major X": a firm leading its industry, not a military rank. */
function industryMajor(view: DocView, role: RoleMatch): boolean {
  const { tokens } = view;
  if (role.tokenEnd - role.tokenStart !== 1 || tokens[role.tokenStart]!.lower !== 'major') return false;
  const prev = tokens[role.tokenStart - 1];
  return !!prev && prev.sentence === tokens[role.tokenStart]!.sentence && INDUSTRIES.has(prev.lower);
}

const INDUSTRIES = new Set(['oil', 'energy', 'mining', 'chemicals', 'chemical', 'drinks', 'food', 'tobacco', 'pharmaceuticals', 'pharmaceutical', 'drugs',
  'steel', 'media', 'telecoms', 'telecom', 'banking', 'insurance', 'retail', 'car', 'auto', 'software', 'computer', 'chip', 'electronics', 'record',
  'music', 'film', 'entertainment', 'engineering', 'construction', 'property', 'shipping', 'airline', 'brewing', 'cement', 'aluminium', 'aluminum']);

/** "Mr. Obama", "Gen Milley": an honorific or abbreviated rank just before the name, as a title. */
function honorificBefore(view: DocView, first: number): RoleMatch | null {
  const { tokens } = view;
  let k = first - 1;
  if (tokens[k]?.text === '.') k--;
  const t = tokens[k];
  if (!t || t.sentence !== tokens[first]!.sentence || t.kind !== 'word') return null;
  const kind = HONORIFICS.get(t.lower);
  if (!kind) return null;
  return { tokenStart: k, tokenEnd: first, start: t.start, end: tokens[first - 1]!.end, info: { role: t.lower, sourceType: kind }, ...(kind === 'person' ? { courtesy: true } : {}) };
}

/** The end of a personal name from p: name words and particles between them ("Maria Laura da Rocha"), at most four words. */
function personEnd(view: DocView, p: number, end: number, knowledge: Knowledge): number {
  const { tokens } = view;
  // In a title-case headline ("President Obama Overturns Rule", "Attorney Weighs Charges") a verb ends the name:
  // a word the document writes in lower case, or one ending in "s" that no personal-name list holds.
  const headline = view.headlines.has(tokens[p]!.sentence);
  const headlineVerb = (t: TokenInfo): boolean => headline && t.text.length > 1 && (view.lowerWords.has(t.lower) || (t.lower.endsWith('s') && !knowledge.personName(t.lower)));
  let q = p;
  let words = 0;
  while (q < end && words < MAX_PERSON_TOKENS) {
    const t = tokens[q]!;
    if (isNameWord(view, q) && !ORG_HEADS.has(t.lower) && !headlineVerb(t)) {
      q++;
      words++;
      if (t.possessive) break;
      continue;
    }
    if (q > p && PERSON_PARTICLES.has(t.lower) && isNameWord(view, q + 1) && q + 1 < end) {
      q++;
      continue;
    }
    // two particles: "Ursula von der Leyen", "Frans van den Berg", "Maria de la Cruz"
    if (q > p && PERSON_PARTICLES.has(t.lower) && !tokens[q + 1]?.capitalised && PERSON_PARTICLES.has(tokens[q + 1]?.lower ?? '') && q + 2 < end && isNameWord(view, q + 2)) {
      q += 2;
      continue;
    }
    // An initial: "J. Joe Ricketts", "George W. Bush".
    if (q > p && t.text === '.' && isInitial(view, q - 1) && isNameWord(view, q + 1)) {
      q++;
      continue;
    }
    break;
  }
  return q;
}

/** A single capital letter, as in an initial ("W" in "George W. Bush"). */
function isInitial(view: DocView, i: number): boolean {
  const t = view.tokens[i];
  return !!t && t.capitalised && t.text.length === 1;
}

function isConnector(view: DocView, i: number): boolean {
  const t = view.tokens[i]!;
  return !t.capitalised && (NAME_CONNECTORS.has(t.lower) || envoyTo(view, i));
}

/**
 * "Ambassador to the United States Hamdullah Mohib": after an envoy's "to (the)", a known name
 * (the post) and then one to three name words to the end of the run (the envoy).
 */
function personAfterPost(view: DocView, knowledge: Knowledge, connector: number, from: number, end: number): { personStart: number; known: boolean } | null {
  if (!envoyTo(view, connector)) return null;
  const { tokens, text } = view;
  for (let q = Math.min(end - 2, from + 3); q >= from; q--) {
    const known = knowledge.lookupName(text.slice(tokens[from]!.start, tokens[q]!.baseEnd)).some((e) => e.type !== 'person');
    if (!known) continue;
    const rest = end - (q + 1);
    return rest >= 1 && rest <= 3 ? { personStart: q + 1, known: true } : null;
  }
  return null;
}

/** Titles whose post is "to" a state or body ("Ambassador to the United States Jane Doe"). */
const ENVOY_TITLES = new Set(['ambassador', 'envoy', 'representative', 'delegate', 'emissary']);

/** "to" right after an envoy's title joins the title to where the envoy is posted. */
function envoyTo(view: DocView, i: number): boolean {
  return view.tokens[i]!.lower === 'to' && ENVOY_TITLES.has(view.tokens[i - 1]?.lower ?? '');
}

/** Whether the words after a role, up to the next connector, hold an organisation head ("Republican National Committee"). */
function namesOrganisation(view: DocView, from: number, end: number): boolean {
  for (let k = from; k < end && !isConnector(view, k); k++) if (ORG_HEADS.has(view.tokens[k]!.lower)) return true;
  return false;
}

/** A role is a title when a name word that is not an organisation or place head follows it ("General Staff" is no title). */
function isTitleBefore(view: DocView, next: number): boolean {
  const t = view.tokens[next];
  if (!t || !isNameWord(view, next)) return false;
  // A word the document also writes in lower case is no name ("Marine Commandos boarded ... the commandos").
  return !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower) && !view.lowerWords.has(t.lower);
}

/** Emits a segment of a run without a title inside: an organisation, a place, or an untyped name. */
function emitSegment(view: DocView, knowledge: Knowledge, first: number, end: number, title: RoleMatch | null, out: Candidate[]): void {
  const { tokens } = view;
  if (title && title.tokenEnd === first) {
    const q = personEnd(view, first, end, knowledge);
    if (q > first) {
      out.push(personCandidate(view, first, q, title));
      // "politician Raymond Wong of the Proletariat Institute": the connectors after the person open no name.
      let rest = q;
      while (rest < end && isConnector(view, rest)) rest++;
      if (rest < end) emitSegment(view, knowledge, rest, end, null, out);
      return;
    }
  }
  let orgHead: string | undefined;
  for (let k = first; k < end; k++) if (ORG_HEADS.has(tokens[k]!.lower) && tokens[k]!.capitalised) orgHead = tokens[k]!.lower;
  const last = tokens[end - 1]!;
  // A head word alone ("Police", "Army") is a common noun, not a name.
  let named = false;
  for (let k = first; k < end; k++) if (!ORG_HEADS.has(tokens[k]!.lower) && tokens[k]!.capitalised) named = true;
  const headline = view.headlines.has(tokens[first]!.sentence);
  if (orgHead && named && !headline) {
    // "Fernando Cheung of the Labour Party": a name without a head, then "of" and the organisation.
    const joint = memberOf(view, first, end);
    if (joint) {
      emitSegment(view, knowledge, first, joint.nameEnd, null, out);
      emitSegment(view, knowledge, joint.orgStart, end, null, out);
      return;
    }
    // "Apple Inc and Alphabet Inc": two organisations joined by "and", each with its own head, or
    // an organisation and a person ("the Labour Party and Frederick Fung").
    const split = splitAtAnd(view, knowledge, first, end);
    if (split) {
      emitSegment(view, knowledge, first, split, null, out);
      // "… and the Irving Police Department": the article opens no name.
      let right = split + 1;
      while (right < end && isConnector(view, right)) right++;
      emitSegment(view, knowledge, right, end, null, out);
      return;
    }
    // "the Refugee Council Enver Solomon": a name opening with a given name after the head is the person the body is before.
    const person = personAfterHead(view, knowledge, first, end);
    if (person !== null) {
      emitSegment(view, knowledge, first, person, null, out);
      emitSegment(view, knowledge, person, end, null, out);
      return;
    }
    out.push(nameCandidate(view, first, end, 'organisation', RANK.patternOrg, ORG_HEADS.get(orgHead)));
    return;
  }
  if (PLACE_HEADS.has(last.lower) && end - first > 1 && !headline) {
    // "Carson Street and Norwalk Boulevard", "Charlotte and Oklahoma City": two places, each with its head or known by itself
    // ("Turks and Caicos Islands" is one).
    for (let k = first + 1; k < end - 2; k++) {
      if (tokens[k]!.lower !== 'and' || tokens[k]!.capitalised) continue;
      if (!PLACE_HEADS.has(tokens[k - 1]!.lower) && knowledge.lookupName(view.text.slice(tokens[first]!.start, tokens[k - 1]!.baseEnd)).length === 0) continue;
      emitSegment(view, knowledge, first, k, null, out);
      let right = k + 1;
      while (right < end && isConnector(view, right)) right++;
      emitSegment(view, knowledge, right, end, null, out);
      return;
    }
    out.push(nameCandidate(view, first, end, 'place', RANK.placeWithCue));
    return;
  }
  // Without a head, connectors other than name particles separate names ("Kim and Putin").
  let s = first;
  for (let k = first; k <= end; k++) {
    const t = tokens[k];
    const initialDot = t?.text === '.' && isInitial(view, k - 1);
    const cut = k === end || (!t!.capitalised && !PERSON_PARTICLES.has(t!.lower) && !initialDot);
    if (!cut) continue;
    if (k > s) {
      // "Catholic Mary Smith and Buddhist John Lee": each name may open with its own descriptor.
      const descriptor = leadingDescriptor(view, knowledge, s, k);
      if (descriptor && !descriptor.demonym) out.push(roleCandidate(view, descriptor));
      out.push(descriptor ? personCandidate(view, descriptor.tokenEnd, k, descriptor) : nameCandidate(view, s, k, null, RANK.patternOther));
    }
    s = k + 1;
  }
}

/**
 * Where a personal name starts right after an organisation's last head word: two or three
 * capitalised words, the first a known given name, none a head ("Refugee Council Enver Solomon").
 */
function personAfterHead(view: DocView, knowledge: Knowledge, first: number, end: number): number | null {
  const { tokens } = view;
  let head = -1;
  for (let k = first; k < end; k++) if (ORG_HEADS.has(tokens[k]!.lower) && tokens[k]!.capitalised) head = k;
  const start = head + 1;
  if (head < first || end - start < 2 || end - start > 3) return null;
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (!t.capitalised || t.allCaps || t.kind !== 'word' || ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower)) return null;
  }
  return knowledge.personName(tokens[start]!.lower) === 'given' ? start : null;
}

/**
 * "X Y of the Z Party", "X of Z Bank": the first "of", "for" or "from" with no organisation or
 * place head before it and the organisation head after it joins a member to the organisation
 * ("Bank of England", "Ministry of Defence" have their head before it and stay whole).
 */
function memberOf(view: DocView, first: number, end: number): { nameEnd: number; orgStart: number } | null {
  const { tokens } = view;
  for (let k = first; k < end - 1; k++) {
    const t = tokens[k]!;
    if (t.capitalised || k === first) {
      if (ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower)) return null;
      continue;
    }
    if (t.lower !== 'of' && t.lower !== 'for' && t.lower !== 'from') return null;
    let orgStart = k + 1;
    while (orgStart < end && isConnector(view, orgStart)) orgStart++;
    return orgStart < end ? { nameEnd: k, orgStart } : null;
  }
  return null;
}

function splitAtAnd(view: DocView, knowledge: Knowledge, first: number, end: number): number | null {
  const { tokens } = view;
  for (let k = first + 1; k < end - 1; k++) {
    if (tokens[k]!.lower !== 'and' || tokens[k]!.capitalised) continue;
    // "… of DAB and Eunice Yung of New People's Party": a given name, a surname and "of" after "and" open a member of another body.
    if (knowledge.personName(tokens[k + 1]!.lower) === 'given' && tokens[k + 1]!.capitalised) {
      let q = k + 2;
      while (q < end && tokens[q]!.capitalised) q++;
      if (q < end && q - (k + 1) >= 2 && q - (k + 1) <= 3 && tokens[q]!.lower === 'of') return k;
    }
    const hasHead = (a: number, b: number): boolean => {
      for (let i = a; i < b; i++) if (ORG_HEADS.has(tokens[i]!.lower) && tokens[i]!.capitalised) return true;
      return false;
    };
    if (!hasHead(first, k)) continue;
    // "the Ministry of Health and the World Health Organisation", "the School District and the Police Department":
    // "and the" before a second name with its own head joins two bodies.
    if (tokens[k + 1]!.lower === 'the' && hasHead(k + 2, end)) return k;
    if (!ORG_HEADS.has(tokens[k - 1]!.lower)) continue;
    // "Labour Party and Frederick Fung", "Lloyds Bank and Barclays": the head closes the organisation, and a short name follows.
    // "Rolling Stone Magazine and Carlo De Benedetti of Italy": a given name after "and" opens a person.
    const personShaped = (end - (k + 1) >= 1 && end - (k + 1) <= 3) || knowledge.personName(tokens[k + 1]!.lower) === 'given';
    if (hasHead(k + 1, end) || personShaped) return k;
  }
  return null;
}

function roleCandidate(view: DocView, role: RoleMatch): Candidate {
  return {
    start: role.start,
    end: role.end,
    tokenStart: role.tokenStart,
    tokenEnd: role.tokenEnd,
    sentence: view.tokens[role.tokenStart]!.sentence,
    origin: 'role-title',
    kind: 'nominal',
    known: [],
    type: null,
    name: view.text.slice(role.start, role.end),
    role: view.text.slice(role.start, role.end),
    sourceType: role.info.sourceType,
    rank: RANK.roleTitle,
  };
}

function personCandidate(view: DocView, first: number, end: number, role: RoleMatch): Candidate {
  const c = nameCandidate(view, first, end, 'person', RANK.roleTitle);
  if (!role.courtesy) c.role = view.text.slice(role.start, role.end);
  // A demonym is the person's country, read from the mention just before the name.
  if (!role.demonym) c.roleTokenStart = role.tokenStart;
  c.sourceType = role.info.sourceType === 'person' ? 'person' : role.info.sourceType;
  return c;
}

function nameCandidate(view: DocView, first: number, end: number, type: Candidate['type'], rank: number, sourceType?: Candidate['sourceType']): Candidate {
  const { tokens, text } = view;
  const last = tokens[end - 1]!;
  const stop = last.baseEnd;
  return {
    start: tokens[first]!.start,
    end: stop,
    tokenStart: first,
    tokenEnd: end,
    sentence: tokens[first]!.sentence,
    origin: 'pattern',
    kind: 'name',
    known: [],
    type,
    name: text.slice(tokens[first]!.start, stop).replace(/\s+/g, ' '),
    ...(sourceType ? { sourceType } : {}),
    rank,
  };
}
