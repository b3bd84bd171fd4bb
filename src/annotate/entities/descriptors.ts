// Descriptor nouns written before a person's name: a follower of a religion or ideology
// ("Scientologist Lena Marsh", "Catholic Jane Doe"), a party member ("Tory John Smith"), or a
// nationality ("Briton Andy Fellowes"). They are capitalised, so they join the run of name words,
// but they are no part of the name: the person is "Lena Marsh", and later "Lena Marsh" and
// "Marsh" must reach the same entity. Titles ("President", "Democrat") are roles.ts's job.
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { RoleMatch } from './roles.js';
import { isNameWord, type DocView } from './view.js';
import { ORG_HEADS, PLACE_HEADS } from './words.js';
import { PORTFOLIO_WORDS } from '../../knowledge/lexicons/portfolios.js';

/** Follower and member nouns that are not titles. SOURCE: reviewed by hand (Dateline team) from English news usage. */
const DESCRIPTOR_NOUNS = new Set([
  'catholic', 'protestant', 'anglican', 'lutheran', 'methodist', 'baptist', 'presbyterian', 'episcopalian', 'evangelical',
  'mormon', 'quaker', 'muslim', 'shiite', 'shia', 'sunni', 'hindu', 'sikh', 'buddhist', 'jain', 'scientologist', 'rastafarian',
  'liberal', 'tory', 'libertarian', 'socialist', 'communist', 'marxist', 'nationalist', 'unionist', 'loyalist', 'labourite',
]);

/** Follower nouns outside the list: "-ist" and "-ite" nouns ("Calvinist", "Maronite"). */
const FOLLOWER_SUFFIX = /^[a-z]{3,}(?:ist|ite)$/;

/**
 * The descriptor opening the run [first, end) when a personal name follows it: a known given
 * name then at least one more name word ("Scientologist Lena Marsh"; not "Buddhist Temple").
 * A demonym comes back as a courtesy match (no role: the demonym stays a country mention and
 * gives the person its country); other descriptors are the person's role.
 */
export function leadingDescriptor(view: DocView, knowledge: Knowledge, first: number, end: number): RoleMatch | null {
  const { tokens } = view;
  const t = tokens[first]!;
  if (first + 2 >= end || t.kind !== 'word' || !t.capitalised || t.possessive || t.allCaps) return null;
  const given = tokens[first + 1]!;
  if (!isNameWord(view, first + 1) || given.possessive || knowledge.personName(given.lower) !== 'given' || !isNameWord(view, first + 2)) return null;
  if (knownOtherThanPerson(view, knowledge, first + 1, end)) return null;
  const demonym = !!knowledge.lookupDemonym(t.text);
  // Outside the list, a word that is itself a personal name opens the name ("Christian Bale").
  const follower = DESCRIPTOR_NOUNS.has(t.lower) || (FOLLOWER_SUFFIX.test(t.lower) && !knowledge.personName(t.lower));
  if (!demonym && !follower) return null;
  return { tokenStart: first, tokenEnd: first + 1, start: t.start, end: t.end, info: { role: t.lower, sourceType: 'person' }, ...(demonym ? { courtesy: true, demonym: true } : {}) };
}

/** Whether the words after the descriptor name something else: a known organisation or place ("British Red Cross"), or hold a head word. */
function knownOtherThanPerson(view: DocView, knowledge: Knowledge, from: number, end: number): boolean {
  const { tokens, text } = view;
  for (let k = from; k < end; k++) {
    if (ORG_HEADS.has(tokens[k]!.lower) || PLACE_HEADS.has(tokens[k]!.lower)) return true;
    if (k > from && knowledge.lookupName(text.slice(tokens[from]!.start, tokens[k]!.baseEnd)).some((e) => e.type !== 'person')) return true;
  }
  return false;
}

/**
 * "Minister of Education Stefania Rinaldi": after a role and "of"/"for", the portfolio words
 * up to a known given name belong to the title, not to the person. Where the person starts, and
 * whether the portfolio is a known name ("President of France Paul Marnier": France stays a
 * mention of its own); null when the portfolio holds a head word (an organisation's own name).
 */
export function personAfterPortfolio(view: DocView, knowledge: Knowledge, from: number, end: number): { personStart: number; known: boolean } | null {
  const { tokens, text } = view;
  // Not after "of the": "Director of the National Iodine Study" names a body, not a portfolio.
  const listed = tokens[from - 1]?.lower === 'the' ? from : listedPortfolioEnd(view, from, end);
  if (listed > from) {
    // "Minister of Foreign Affairs Shigeru Tanaka": portfolio words, then one to three plain name words to the end of the run
    // that name nothing else ("Director of Public Health England" is an organisation).
    let q = listed;
    while (q < end && isNameWord(view, q) && !ORG_HEADS.has(tokens[q]!.lower) && !PLACE_HEADS.has(tokens[q]!.lower) && !PORTFOLIO_WORDS.has(tokens[q]!.lower)) q++;
    const named = q > listed && knowledge.lookupName(text.slice(tokens[listed]!.start, tokens[q - 1]!.baseEnd)).some((e) => e.type !== 'person');
    if (q > listed && q - listed <= 3 && q === end && !named) return { personStart: listed, known: false };
  }
  for (let k = from + 1; k < end - 1 && k <= from + 3; k++) {
    const prev = tokens[k - 1]!;
    if (!isNameWord(view, k - 1) || prev.possessive || knowledge.personName(prev.lower) === 'given' || ORG_HEADS.has(prev.lower) || PLACE_HEADS.has(prev.lower)) return null;
    if (knowledge.personName(tokens[k]!.lower) !== 'given' || !isNameWord(view, k) || !isNameWord(view, k + 1)) continue;
    // The rest is a personal name: two or three plain name words to the end of the run or a connector
    // ("and Secretary of the Interior …"); "Cedar Anna Holt Rural Health Clinic" is no portfolio and person.
    let q = k;
    while (q < end && isNameWord(view, q) && !ORG_HEADS.has(tokens[q]!.lower) && !PLACE_HEADS.has(tokens[q]!.lower)) q++;
    if ((q < end && tokens[q]!.capitalised) || q - k > 3) return null;
    return { personStart: k, known: knowledge.lookupName(text.slice(tokens[from]!.start, prev.baseEnd)).length > 0 };
  }
  return null;
}

/** The end of the portfolio words from `from` ("Foreign Affairs", "Health and Human Services"); `from` when none. */
function listedPortfolioEnd(view: DocView, from: number, end: number): number {
  const { tokens } = view;
  let k = from;
  while (k < end && isNameWord(view, k) && !tokens[k]!.possessive && PORTFOLIO_WORDS.has(tokens[k]!.lower)) {
    k++;
    const joint = tokens[k];
    if (joint && k + 1 < end && !joint.capitalised && (joint.lower === 'and' || joint.text === '&') && PORTFOLIO_WORDS.has(tokens[k + 1]!.lower) && isNameWord(view, k + 1)) k++;
  }
  return k;
}
