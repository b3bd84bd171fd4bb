// Refiner: types the untyped name sequences by their context. A person is a name followed by
// ", who", a speech verb, or an appositive role, or shaped like a personal name (two to four
// capitalised words); a place follows a locative preposition; an unknown acronym is an
// organisation. Names no cue types stay untyped: a later refiner may link them as surnames.
import type { Knowledge } from '../../knowledge/knowledge.js';
import { RANK, type Candidate } from './candidates.js';
import { isRoleWord, roleAt } from './roles.js';
import { PERSON_NOUNS } from '../../knowledge/lexicons/attribution/person-nouns.js';
import type { DocView } from './view.js';
import { isCompanyName } from './company-names.js';
import { hasScores } from './sports-page.js';
import { COMMON_SUBJECTS, FUNCTION_WORDS, HONORIFICS, LOWER_PLACE_HEADS, NON_NAME_CAPS, ORG_HEADS, OTHER_NAME_HEADS, PLACE_HEADS, PLACE_OPENERS, SPEECH_VERBS } from './words.js';

export function typeNames(view: DocView, knowledge: Knowledge, candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.origin !== 'pattern') continue;
    // "the southern Philippine city of Zamboanga": a people's adjective before a place noun names no region.
    if ((c.type === null || c.type === 'place') && !(c.tokenEnd - c.tokenStart === 1 && knowledge.lookupDemonym(c.name))) extendOverPlaceHead(view, c);
    if (c.type !== null) continue;
    const cue = contextType(view, knowledge, c);
    if (cue === 'person-by-shape') {
      c.type = 'person';
      c.rank = RANK.shapePerson;
      continue;
    }
    if (cue) {
      c.type = cue;
      // A place only because of the preposition before it: a person's surname may still claim it.
      if (cue === 'place') c.weakType = true;
      // An acronym typed only by its capitals yields to any known name of the same words.
      c.rank = cue === 'place' ? RANK.placeWithCue : cue === 'person' ? RANK.patternPerson : c.tokenEnd - c.tokenStart === 1 ? RANK.patternOther : RANK.patternOrg;
    }
  }
}

/** The type the context gives; "person-by-shape" when only the look of the name says person. */
function contextType(view: DocView, knowledge: Knowledge, c: Candidate): Candidate['type'] | 'person-by-shape' {
  const { tokens } = view;
  const words = c.tokenEnd - c.tokenStart;
  const next = tokens[c.tokenEnd];
  const sameSentence = (t: typeof next): t is NonNullable<typeof next> => !!t && t.sentence === c.sentence;
  // A wire dateline: "ZORVANSK 1996-08-22" opens its line with the town in capitals, then the date.
  if (wireDateline(view, c)) return 'place';
  const allCaps = words === 1 && tokens[c.tokenStart]!.allCaps;
  if (allCaps && !view.headlines.has(c.sentence)) {
    const before = tokens[c.tokenStart - 1];
    // A wire dateline: "MARSTOVA, Greece 2024-05-06" opens its line with the town.
    if (opensDateline(view, knowledge, c)) return 'place';
    if (NON_NAME_CAPS.has(c.name) || (before && before.kind === 'number')) return null;
    // Part of a shouted phrase ("SAVE A QUARTER"), not an acronym.
    if (shoutedNear(view, c)) return null;
    // A long word in capitals is more often a shouted name than an acronym: only a cue would type it.
    if (tokens[c.tokenStart]!.text.length > 5) return null;
    return 'organisation';
  }
  // A title-case headline gives no cue but the words after a name.
  const headline = view.headlines.has(c.sentence);
  // A role word alone is no name ("Republican", "President").
  if (words === 1 && isRoleWord(knowledge, tokens[c.tokenStart]!.lower)) return null;
  const prev = tokens[c.tokenStart - 1];
  // "in Bruce Wayne's manor" (or the tokenised "Wayne 's"): the preposition governs the possessor's noun.
  const possessive = tokens[c.tokenEnd - 1]!.possessive || (sameSentence(next) && (next.text === "'" || next.text === '’') && tokens[c.tokenEnd + 1]?.text === 's' && tokens[c.tokenEnd + 1]!.start === next.end);
  // Not a full name opening with a given name: "an inquiry into Joe Biden", "a letter to Kim around Anna Lee" (a known place of that name is found by the knowledge finder).
  if (!headline && sameSentence(prev) && PLACE_PREPOSITIONS.has(prev.lower) && !prev.capitalised && !possessive && !(words >= 2 && givenThenSurname(knowledge, tokens, c))) return 'place';
  // "The army retook Wad Madani", "rebels overran Kafr Nabl": only ground is retaken or overrun (not "captured Ahmed Ali": a given name opens a person).
  if (!headline && sameSentence(prev) && GROUND_VERBS.has(prev.lower) && !possessive && knowledge.personName(tokens[c.tokenStart]!.lower) !== 'given') return 'place';
  // "carmaker Brantis", "Dutch chemicals group Kelvara", "the studio , Lionsgate ,": a firm's noun just before its name.
  if (firmNounBefore(view, knowledge, c)) return 'organisation';
  // "Brandvold 's wife", "Quorvish's lawyer": only a person has kin or counsel.
  if (possessive && words <= MAX_NAME_WORDS && KIN.has(tokens[c.tokenEnd + (tokens[c.tokenEnd - 1]!.possessive ? 0 : 2)]?.lower ?? '')) return 'person';
  // "a Diamond Bar resident", "Woodburn police": only a place has residents and a police force named after it.
  // (Not a word opening its sentence, "Riot police", nor a people's adjective, "Sicilian police".)
  if (!headline && !possessive && sameSentence(next) && !next.capitalised && RESIDENT_NOUNS.has(next.lower) && !tokens[c.tokenStart]!.allCaps
    && !(words === 1 && (tokens[c.tokenStart]!.initial || /(?:ian|ese)$/.test(c.name))) && !knowledge.lookupDemonym(tokens[c.tokenEnd - 1]!.lower)) return 'place';
  // "the town of Yeoncheon", "the province of Aceh".
  if (!headline && sameSentence(prev) && prev.lower === 'of' && !possessive && TOWN_NOUNS.has(tokens[c.tokenStart - 2]?.lower ?? '') && !tokens[c.tokenStart - 2]!.capitalised) return 'place';
  // "the villages of Karavan , Tazeh and Kousheh": the later names of the list too.
  if (!headline && !possessive && listedAfterTownNouns(view, c)) return 'place';
  // "a spokesman for Acme said", "members of Acme, who": the cue after the name belongs to the noun before the preposition.
  const inPhrase = sameSentence(prev) && !prev.capitalised && HEAD_PREPOSITIONS.has(prev.lower);
  if (sameSentence(next) && !inPhrase) {
    // "Lukoil said": a company speaks too.
    if (SPEECH_VERBS.has(next.lower) && (isCompanyName(view, knowledge, c, true) || (words >= 2 && holdsCompanyWord(view, knowledge, c)))) return 'organisation';
    // "Ashvale said its profit rose", "… said it planned to": a firm speaks of itself as "it".
    const itself = SPEECH_VERBS.has(next.lower) ? speaksAsIt(view, c.tokenEnd + 1) : null;
    // ("Smith said sales were fine": figures are anyone's words after a personal name, unless it is also a company's.)
    if (itself === 'it' || (itself === 'figures' && (holdsCompanyWord(view, knowledge, c) || !personalWord(knowledge, view, c)))) return 'organisation';
    // ("The Ministry said": a head word alone speaks for its body, not as a person.)
    // "the Greens said": a plural after "the" speaks for a party or a body, no person (a people, "the Americans", for none).
    if (SPEECH_VERBS.has(next.lower) && pluralAfterThe(view, knowledge, c)) return 'organisation';
    if (SPEECH_VERBS.has(next.lower) && !namingVerb(view, c.tokenEnd)) return words <= MAX_NAME_WORDS && !OTHER_NAME_HEADS.has(tokens[c.tokenEnd - 1]!.lower) && !(words === 1 && ORG_HEADS.has(tokens[c.tokenStart]!.lower)) ? 'person' : null;
    if (next.text === ',') {
      const after = tokens[c.tokenEnd + 1];
      if (sameSentence(after)) {
        if (after.lower === 'who') return 'person';
        // "Brandvold , 34 , was arrested": an age in commas (not on a sports page, where numbers are scores).
        if (words <= MAX_NAME_WORDS && isAge(view, c.tokenEnd + 1) && !hasScores(view)) return 'person';
        if (!headline && followedByCountry(view, knowledge, c.tokenEnd + 1)) return 'place';
        if (appositiveRole(view, knowledge, c.tokenEnd + 1)) return 'person';
        // ("Sadly, the mother of two died": an adverb opening the sentence is no name.)
        // (Not for a name opening with a personal name: "Gérard Bénézat, the store's insurer".)
        const personal = knowledge.personName(tokens[c.tokenStart]!.lower);
        if (appositiveOrgNoun(view, c.tokenEnd + 1) && personal !== 'given' && !(personal && words >= 2)) return 'organisation';
        if (words <= MAX_NAME_WORDS && !(words === 1 && tokens[c.tokenStart]!.initial && c.name.endsWith('ly')) && appositivePersonNoun(view, c.tokenEnd + 1)) return 'person';
      }
    }
  }
  // On a sports page, "Brandwick scored", "Ortega homered": only a player does that.
  if (words <= 2 && sameSentence(next) && PLAYER_VERBS.has(next.lower) && !tokens[c.tokenStart]!.allCaps && hasScores(view)) return 'person';
  // "Brandvold died", "Brandvold was arrested": what only a person does or suffers.
  // Only a subject: at the start of its clause, not in an address ("of Burnsville was killed"); a lone word opening the sentence must be a listed name.
  const subject = !sameSentence(prev) ? knowledge.personName(tokens[c.tokenStart]!.lower) !== undefined || words > 1 : CLAUSE_OPENERS.has(prev.lower);
  if (subject && words <= MAX_NAME_WORDS && sameSentence(next) && !headline && !tokens[c.tokenStart]!.allCaps && !OTHER_NAME_HEADS.has(tokens[c.tokenEnd - 1]!.lower)) {
    if (PERSON_VERBS.has(next.lower)) return 'person';
    const verb = tokens[c.tokenEnd + 1];
    if ((next.lower === 'was' || next.lower === 'is') && verb && verb.sentence === c.sentence && PERSON_PASSIVES.has(verb.lower)) return 'person';
  }
  // "the Clinton administration", "the Kohl government": a leader's surname before the body they lead.
  if (words === 1 && sameSentence(next) && !next.capitalised && !tokens[c.tokenStart]!.allCaps && !possessive) {
    if (LEADER_BODIES.has(next.lower)) return 'person';
    if (LISTED_LEADER_BODIES.has(next.lower) && knowledge.personName(tokens[c.tokenStart]!.lower) && !knowledge.isCompanyWord(c.name)) return 'person';
  }
  // "CHICAGO BULLS" in a table or headline written in capitals: a town, then a plural.
  if (words >= 2 && words <= 3 && tokens[c.tokenEnd - 1]!.allCaps && looksLikeTeam(view, knowledge, c, true)) return 'organisation';
  // In a headline, capitals say nothing: only the cues above type a name.
  if (headline) return null;
  // "San Carlos", "Port Harcourt", "North Kivu": no person's name opens with these words.
  if (words >= 2 && words <= MAX_NAME_WORDS && PLACE_OPENERS.has(tokens[c.tokenStart]!.lower) && !tokens[c.tokenStart]!.allCaps) return 'place';
  if (words >= 2 && words <= MAX_NAME_WORDS && looksLikePersonalName(view, knowledge, c)) {
    if (looksLikeTeam(view, knowledge, c) || endsWithTown(view, knowledge, c)) return 'organisation';
    if (knowledge.personName(tokens[c.tokenStart]!.lower) !== 'given') {
      // "the Hang Seng", "the Golden Arrows": a personal name takes no article.
      if (sameSentence(prev) && prev.lower === 'the') return null;
      // "Goldman Sachs", "Lukoil Holdings": a word of a company name, and no given name first.
      if (holdsCompanyWord(view, knowledge, c)) return 'organisation';
    }
    return 'person-by-shape';
  }
  return null;
}

/** A name in a list that opens with a plural town noun and "of": "the villages of Karavan and Kousheh". */
function listedAfterTownNouns(view: DocView, c: Candidate): boolean {
  const { tokens } = view;
  const prev = tokens[c.tokenStart - 1];
  if (!prev || prev.sentence !== c.sentence || (prev.text !== ',' && prev.lower !== 'and')) return false;
  for (let k = c.tokenStart - 2; k >= 1 && k > c.tokenStart - 20; k--) {
    const t = tokens[k]!;
    if (t.sentence !== c.sentence) return false;
    if (t.lower === 'of' && !t.capitalised) return TOWN_NOUNS_PLURAL.has(tokens[k - 1]!.lower) && !tokens[k - 1]!.capitalised;
    if (!(t.capitalised || t.text === ',' || t.lower === 'and')) return false;
  }
  return false;
}

const TOWN_NOUNS_PLURAL = new Set(['towns', 'cities', 'villages', 'provinces', 'regions', 'districts', 'counties', 'islands', 'suburbs', 'resorts', 'ports', 'municipalities']);

/** One or two capitalised words after a lower-case "the", the last a plural no demonym list or personal-name list holds ("the Greens"). */
function pluralAfterThe(view: DocView, knowledge: Knowledge, c: Candidate): boolean {
  const prev = view.tokens[c.tokenStart - 1];
  if (!prev || prev.sentence !== c.sentence || prev.lower !== 'the' || prev.capitalised || c.tokenEnd - c.tokenStart > 2) return false;
  const last = view.tokens[c.tokenEnd - 1]!;
  const word = view.text.slice(last.start, last.baseEnd);
  if (last.allCaps || !/\p{Ll}s$/u.test(word) || last.possessive) return false;
  const lower = word.toLowerCase();
  if (knowledge.lookupDemonym(lower) || knowledge.lookupDemonym(lower.slice(0, -1)) || knowledge.personName(lower) !== undefined) return false;
  return !OTHER_NAME_HEADS.has(lower) && !COMMON_SUBJECTS.has(lower) && knowledge.lookupName(c.name).length === 0;
}

/** A number from 14 to 109 between commas: ", 34 ,". */
function isAge(view: DocView, at: number): boolean {
  const t = view.tokens[at];
  const close = view.tokens[at + 1];
  if (!t || t.kind !== 'number' || !/^\d{2,3}$/.test(t.text) || !close || close.sentence !== t.sentence || close.text !== ',') return false;
  const age = Number(t.text);
  return age >= 14 && age < 110;
}

/**
 * "said its", "said it planned", "said on Tuesday it had agreed to sell": the speaker refers to
 * itself as "it". A time ("on Tuesday", "late on Monday", "today") or "that" may come first; after
 * "it", a verb of plans or business, maybe after an auxiliary ("it had agreed", "it would buy"):
 * "said it was a mistake" or "said it would be hard" are anyone's words.
 */
function speaksAsIt(view: DocView, at: number): 'it' | 'figures' | null {
  const { tokens } = view;
  const sentence = tokens[at - 1]!.sentence;
  const word = (i: number): string => (tokens[i] && tokens[i]!.sentence === sentence ? tokens[i]!.lower : '');
  let i = at;
  if (word(i) === 'late' || word(i) === 'early') i++;
  if (word(i) === 'on' && WEEKDAYS.has(word(i + 1))) i += 2;
  else if (WEEKDAYS.has(word(i)) || word(i) === 'today' || word(i) === 'yesterday') i++;
  if (word(i) === 'that') i++;
  if (word(i) === 'its') return 'it';
  // "Lendix said net profit rose", "… said first-half sales fell": a firm's own figures.
  if (RESULT_NOUNS.has(word(i)) || (RESULT_MODIFIERS.has(word(i)) && RESULT_NOUNS.has(word(i + 1)))) return 'figures';
  if (word(i) !== 'it') return null;
  if (IT_PLANS.has(word(i + 1))) return 'it';
  return AUXILIARIES.has(word(i + 1)) && BUSINESS_VERBS.has(word(i + 2)) ? 'it' : null;
}

/** Whether a word of the name is in the personal-name lists. */
function personalWord(knowledge: Knowledge, view: DocView, c: Candidate): boolean {
  for (let k = c.tokenStart; k < c.tokenEnd; k++) if (knowledge.personName(view.tokens[k]!.lower) !== undefined) return true;
  return false;
}

/** A firm's figures, right after the speech verb: "said net profit rose". */
const RESULT_NOUNS = new Set(['profit', 'profits', 'sales', 'revenue', 'revenues', 'earnings', 'output', 'turnover', 'dividend', 'orders', 'losses', 'loss']);
const RESULT_MODIFIERS = new Set(['net', 'pretax', 'pre-tax', 'operating', 'group', 'consolidated', 'quarterly', 'annual', 'first-half', 'half-year', 'full-year', 'domestic', 'first-quarter', 'third-quarter', 'second-quarter', 'fourth-quarter']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const AUXILIARIES = new Set(['had', 'has', 'would', 'will', 'was', 'is', 'could', 'may']);
/** What a firm does that a person seldom says "it" did: buy, sell, sign, post results. */
const BUSINESS_VERBS = new Set(['agreed', 'acquired', 'buy', 'bought', 'sell', 'sold', 'signed', 'sign', 'filed', 'file', 'hired', 'hire',
  'appointed', 'appoint', 'completed', 'complete', 'issued', 'issue', 'launched', 'launch', 'posted', 'post', 'reported', 'report', 'invest',
  'invested', 'merge', 'merged', 'cut', 'raise', 'raised', 'close', 'closed', 'shut', 'expand', 'expanded', 'offer', 'offered', 'pay', 'paid',
  'acquire', 'purchase', 'purchased', 'resume', 'resumed', 'suspend', 'suspended', 'recall', 'recalled', 'delist', 'list', 'listed',
  'planning', 'considering', 'negotiating', 'seeking', 'studying', 'reviewing', 'talks', 'received', 'won', 'lost', 'sued', 'sue']);

const IT_PLANS = new Set(['plans', 'planned', 'intends', 'intended', 'expects', 'expected', 'agreed', 'aims', 'aimed', 'posted', 'reported']);

/**
 * ", the country's biggest brewer", ", a Dutch chemicals group": a determiner, at most five words,
 * then a noun for a firm or body, ending the phrase.
 */
function appositiveOrgNoun(view: DocView, at: number): boolean {
  const { tokens } = view;
  const first = tokens[at];
  if (!first || !DETERMINERS.has(first.lower) || first.capitalised) return false;
  for (let i = at + 1; i <= at + 6; i++) {
    const t = tokens[i];
    if (!t || t.sentence !== first.sentence) return false;
    if (t.kind === 'word' && !t.capitalised && ORG_NOUNS.has(t.lower)) {
      const after = tokens[i + 1];
      return !after || after.sentence !== t.sentence || after.kind !== 'word' || APPOSITIVE_ENDS.has(after.lower) || after.lower === 'which' || after.lower === 'that' || after.lower === 'based';
    }
    if (t.kind === 'word' && !t.capitalised && (APPOSITIVE_ENDS.has(t.lower) || t.lower === 'who')) return false;
    if (t.kind !== 'word' && t.kind !== 'number' && t.kind !== 'quote' && t.text !== '-') return false;
  }
  return false;
}

/**
 * A lower-case noun that only a body is, right before the name ("carmaker Brantis", "the opposition
 * party Vorwa") or before a comma after "the" ("the studio , Lionsgate"). Not before a personal name
 * ("the company John Brask founded"), nor nouns a person may be ("producer", "developer", "publisher").
 */
function firmNounBefore(view: DocView, knowledge: Knowledge, c: Candidate): boolean {
  const { tokens } = view;
  let at = c.tokenStart - 1;
  const comma = tokens[at]?.text === ',';
  if (comma) at--;
  const noun = tokens[at];
  if (!noun || noun.sentence !== c.sentence || noun.kind !== 'word' || noun.capitalised || !FIRM_NOUNS.has(noun.lower)) return false;
  // After a comma only as an apposition closed by a second comma ("the studio , Lionsgate , hit a snag"; not "retired by the club , Cheeks is").
  if (comma && (tokens[at - 1]?.lower !== 'the' || tokens[c.tokenEnd]?.text !== ',')) return false;
  // "the Ta Nea newspaper Web site": a noun after another name belongs to that name (a demonym or country may come first: "Swiss firm X").
  const before = tokens[at - 1];
  if (before && before.sentence === c.sentence && before.capitalised && !before.initial && !knowledge.lookupDemonym(before.lower)
    && !knowledge.lookupName(view.text.slice(before.start, before.baseEnd)).some((k) => k.type === 'country')) return false;
  if (tokens[c.tokenEnd - 1]!.allCaps && c.tokenEnd - c.tokenStart > 1) return false;
  return knowledge.personName(tokens[c.tokenStart]!.lower) !== 'given' || c.tokenEnd - c.tokenStart === 1;
}

const FIRM_NOUNS = new Set([
  'company', 'firm', 'group', 'manufacturer', 'maker', 'retailer', 'insurer', 'bank', 'lender', 'carrier', 'airline', 'conglomerate',
  'subsidiary', 'utility', 'brokerage', 'chain', 'club', 'party', 'agency', 'newspaper', 'broadcaster', 'network', 'organisation',
  'organization', 'association', 'federation', 'union', 'movement', 'institute', 'fund', 'automaker', 'carmaker', 'chipmaker', 'drugmaker',
  'steelmaker', 'shipbuilder', 'corporation', 'consortium', 'cooperative', 'studio', 'supermarket', 'daily', 'weekly', 'magazine', 'tabloid',
]);

/** Nouns for a firm or a body after a name in apposition. */
const ORG_NOUNS = new Set([
  'company', 'firm', 'group', 'maker', 'producer', 'manufacturer', 'brewer', 'retailer', 'insurer', 'bank', 'lender', 'carrier', 'airline',
  'operator', 'supplier', 'conglomerate', 'subsidiary', 'concern', 'miner', 'refiner', 'exporter', 'importer', 'distributor', 'publisher',
  'utility', 'brokerage', 'chain', 'club', 'party', 'agency', 'newspaper', 'broadcaster', 'network', 'organisation', 'organization',
  'association', 'federation', 'union', 'movement', 'institute', 'fund', 'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'steelmaker',
  'shipbuilder', 'shipper', 'developer', 'startup', 'start-up', 'corporation', 'consortium', 'cooperative', 'co-operative',
]);

/** "the group within Scientology called the Sea Org": "called" naming what follows, not a speech verb. */
function namingVerb(view: DocView, at: number): boolean {
  const { tokens } = view;
  if (tokens[at]!.lower !== 'called') return false;
  let k = at + 1;
  if (tokens[k]?.lower === 'the') k++;
  const t = tokens[k];
  return !!t && t.sentence === tokens[at]!.sentence && (t.kind === 'quote' || (t.capitalised && !t.allCaps && k > at + 1));
}

/** "Tal Afar, Iraq": a known country or region after the comma, not a possessive ("…, Iraq's army"), ending the phrase. */
function followedByCountry(view: DocView, knowledge: Knowledge, at: number): boolean {
  const { tokens, text } = view;
  for (let end = at + 1; end <= Math.min(at + 3, tokens.length); end++) {
    const last = tokens[end - 1]!;
    if (last.sentence !== tokens[at]!.sentence || !last.capitalised || last.possessive) return false;
    const name = text.slice(tokens[at]!.start, last.end);
    if (!knowledge.lookupName(name).some((k) => k.type === 'country' || !!k.region)) continue;
    const after = tokens[end];
    // "…, Chile coach" is a person's role: only punctuation, a number or a function word may follow.
    return !after || after.sentence !== last.sentence || (after.kind === 'word' ? !after.capitalised && FUNCTION_WORDS.has(after.lower) : true);
  }
  return false;
}

/** A word of the name is listed as a company name, no given name opens it, and the whole name is no known place or country. */
function holdsCompanyWord(view: DocView, knowledge: Knowledge, c: Candidate): boolean {
  if (knowledge.personName(view.tokens[c.tokenStart]!.lower) === 'given') return false;
  let listed = false;
  for (let k = c.tokenStart; k < c.tokenEnd && !listed; k++) listed = knowledge.isCompanyWord(view.text.slice(view.tokens[k]!.start, view.tokens[k]!.baseEnd));
  return listed && knowledge.lookupName(c.name).length === 0;
}

/** "Chicago Bulls", "Cleveland Cavaliers": a known place then a plural noun names a team or firm, not a person. */
function looksLikeTeam(view: DocView, knowledge: Knowledge, c: Candidate, townsOnly = false): boolean {
  const last = view.tokens[c.tokenEnd - 1]!;
  if (!/[a-z]s$|[A-Z]S$/.test(last.text) || OTHER_NAME_HEADS.has(last.lower) || COMMON_SUBJECTS.has(last.lower)) return false;
  const head = view.text.slice(view.tokens[c.tokenStart]!.start, view.tokens[c.tokenEnd - 2]!.baseEnd);
  // In capitals, "RUSSIA TALKS" is a headline, not a team: towns only.
  return knowledge.lookupName(head).some((k) => k.type === 'place' || (!townsOnly && k.type === 'country'));
}

/**
 * "Bayer Leverkusen", "Partizan Belgrade", "Deportivo Coruna": a name that ends in a large town or
 * a country, with no speech or appositive cue for a person, names a club or a company. Persons
 * named like towns ("Jack London") are rare next to clubs and firms, and a cue still types them.
 */
function endsWithTown(view: DocView, knowledge: Knowledge, c: Candidate): boolean {
  const last = view.tokens[c.tokenEnd - 1]!;
  // Only on sports pages: elsewhere "Michael Jordan" or "Valeska Paris" are people.
  if (c.tokenEnd - c.tokenStart > 3 || last.allCaps || !hasScores(view)) return false;
  // "Peter Paris": a known given name first makes a person after all.
  if (knowledge.personName(view.tokens[c.tokenStart]!.lower) === 'given') return false;
  return knowledge.lookupName(view.text.slice(last.start, last.baseEnd)).some((k) => k.type === 'country' || (k.type === 'place' && (k.population ?? 0) >= 100_000));
}

const MAX_NAME_WORDS = 4;

/** Verbs after a name on a sports page that only a player does (a team scores too, but is found as a team first). */
const PLAYER_VERBS = new Set(['scored', 'netted', 'headed', 'equalised', 'equalized', 'homered', 'pitched', 'singled', 'doubled', 'tripled', 'homers', 'scores', 'nets']);

/** Lower-case nouns after a lone name that make it the leader's surname ("the Clinton administration"). */
const LEADER_BODIES = new Set(['administration', 'presidency']);
/** The same, only for a word the personal-name lists hold ("the Kohl government"; "the Tory government" is no person). */
const LISTED_LEADER_BODIES = new Set(['government', 'cabinet', 'era']);

/** Prepositions that make an unknown name a place ("in Tal Afar", "near Avdiivka"); "to" and "from" also take persons. */
/** Verbs whose object is ground: a town or a region, never a person or a body. */
const GROUND_VERBS = new Set(['retook', 'retaken', 'recaptured', 'overran', 'overrun', 'besieged', 'shelled', 'liberated', 'encircled', 'evacuated', 'annexed']);
/** A given name then a family name, nothing else ("Joe Biden", not "Alice Springs" or "Virginia Beach"). */
function givenThenSurname(knowledge: Knowledge, tokens: DocView['tokens'], c: Candidate): boolean {
  return c.tokenEnd - c.tokenStart === 2 && knowledge.personName(tokens[c.tokenStart]!.lower) === 'given' && knowledge.personName(tokens[c.tokenStart + 1]!.lower) === 'family';
}

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'inside', 'across', 'throughout', 'into', 'toward', 'towards', 'around', 'via']);
const DETERMINERS = new Set(['a', 'an', 'the']);
/** Words after which a name opens a clause. */
const CLAUSE_OPENERS = new Set(['that', 'and', 'but', 'when', 'after', 'before', 'while', 'because', 'as', 'until', 'said', 'says', 'where', 'if', 'although', 'though', 'since']);
/** Verbs right after a name that only a person does. */
const PERSON_VERBS = new Set(['died', 'resigned', 'testified', 'pleaded', 'confessed', 'smiled', 'laughed', 'married', 'wept', 'shrugged', 'nodded', 'apologised', 'apologized']);
/** Past participles after "was" that only a person suffers. */
const PERSON_PASSIVES = new Set(['killed', 'arrested', 'wounded', 'injured', 'born', 'sentenced', 'jailed', 'shot', 'kidnapped', 'abducted', 'executed',
  'murdered', 'stabbed', 'hospitalised', 'hospitalized', 'imprisoned', 'detained', 'elected', 'appointed', 'named', 'nominated', 'convicted', 'acquitted', 'buried']);

/** Nouns after a possessive name that only a person has. */
const KIN = new Set(['wife', 'husband', 'son', 'sons', 'daughter', 'daughters', 'father', 'mother', 'brother', 'brothers', 'sister', 'sisters',
  'parents', 'widow', 'widower', 'girlfriend', 'boyfriend', 'fiancee', 'fiance', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'grandson',
  'granddaughter', 'grandfather', 'grandmother', 'uncle', 'aunt', 'nephew', 'niece', 'cousin', 'funeral', 'death', 'birthday', 'mistress']);
/** Nouns after a name that make it a place ("a Diamond Bar resident", "Woodburn police"). */
const RESIDENT_NOUNS = new Set(['resident', 'residents', 'native', 'natives', 'police', 'townspeople', 'villagers', 'homeowners']);
/** Nouns before "of" that make an unknown name a place ("the town of X"). */
const TOWN_NOUNS = new Set(['town', 'city', 'village', 'province', 'region', 'district', 'county', 'island', 'suburb', 'resort', 'port', 'municipality', 'outskirts',
  'towns', 'cities', 'villages', 'provinces', 'regions', 'districts', 'counties', 'islands', 'suburbs', 'resorts', 'ports', 'municipalities']);
/** Prepositions that attach a name to the noun before them ("head of X", "spokesman for X"). */
const HEAD_PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'from', 'by', 'to', 'on', 'about', 'against']);

/** A role right after a comma, maybe after a determiner and a country: ", a researcher", ", the country's foreign minister". */
export function appositiveRole(view: DocView, knowledge: Knowledge, at: number): ReturnType<typeof roleAt> {
  const { tokens } = view;
  let i = at;
  const sentence = tokens[at]?.sentence;
  if (tokens[i] && DETERMINERS.has(tokens[i]!.lower)) i++;
  for (let skip = 0; skip < 3 && tokens[i] && tokens[i]!.sentence === sentence; skip++) {
    const role = roleAt(view, knowledge, i, Math.min(tokens.length, i + 6));
    if (role) return role;
    // Skip a possessive or demonym-like word before the role ("Russia's", "North Korean").
    if (!tokens[i]!.possessive && !tokens[i]!.capitalised) return null;
    i++;
  }
  return null;
}

/**
 * ", the Swiss teenager", ", a 34-year-old father of two": a determiner, at most three modifiers,
 * then a noun for a person (compromise's lexicon), ending the phrase.
 */
function appositivePersonNoun(view: DocView, at: number): boolean {
  const { tokens } = view;
  const first = tokens[at];
  if (!first || !DETERMINERS.has(first.lower) || first.capitalised) return false;
  for (let i = at + 1; i <= at + 4; i++) {
    const t = tokens[i];
    if (!t || t.sentence !== first.sentence) return false;
    if (t.kind === 'word' && !t.capitalised && PERSON_NOUNS.has(t.lower) && !NOT_PERSONS.has(t.lower)) {
      const after = tokens[i + 1];
      return !after || after.sentence !== t.sentence || after.kind !== 'word' || APPOSITIVE_ENDS.has(after.lower);
    }
    if (t.kind !== 'word' && t.kind !== 'number' && t.text !== '-') return false;
  }
  return false;
}

/** Nouns for people that as often describe a firm or a team ("SeaMicro, a pioneer in servers"). */
const NOT_PERSONS = new Set(['character', 'characters', 'beings', 'beingses', 'maker', 'pioneer', 'leader', 'provider', 'supplier', 'producer',
  'manufacturer', 'developer', 'operator', 'owner', 'rival', 'partner', 'sponsor', 'member', 'client', 'customer', 'investor', 'buyer',
  'seller', 'holder', 'winner', 'champion', 'champions', 'publisher', 'distributor', 'retailer', 'lender', 'insurer', 'broker', 'carrier',
  'exporter', 'importer', 'employer', 'contractor', 'giant', 'newcomer', 'favourite', 'favorite', 'underdog', 'host', 'hosts', 'victim']);
const APPOSITIVE_ENDS = new Set(['who', 'of', 'from', 'and', 'in', 'at', 'for', 'with', 'whose', 'said', 'says']);

/** Two to four capitalised words: none all capitals, a head word, a role, an honorific or a demonym. */
function looksLikePersonalName(view: DocView, knowledge: Knowledge, c: Candidate): boolean {
  for (let k = c.tokenStart; k < c.tokenEnd; k++) {
    const t = view.tokens[k]!;
    if (isRoleWord(knowledge, t.lower) || HONORIFICS.has(t.lower) || COMMON_SUBJECTS.has(t.lower) || knowledge.lookupDemonym(t.lower)) return false;
    // Initials with their stops open a personal name ("P.J. Carlesimo"); other capitals do not.
    if (t.allCaps && !(k === c.tokenStart && k + 1 < c.tokenEnd && /^(?:\p{Lu}\.){2,3}$/u.test(t.text))) return false;
    // A lone capital is no name word, unless it is an initial with its dot ("M. Waugh").
    if (t.capitalised && t.text.length < 2 && !(k + 1 < c.tokenEnd - 1 && view.tokens[k + 1]!.text === '.')) return false;
    if (ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower)) return false;
    // "Election Day", "Pell Grants" (but "Bill Clinton": only the last word is a head).
    if (k === c.tokenEnd - 1 && OTHER_NAME_HEADS.has(t.lower)) return false;
  }
  return true;
}

/**
 * "Kursk region", "the Donetsk border region": a name followed by a lower-case place head is a
 * region; the mention takes in the head and the name becomes "<Name> <head>".
 */
function extendOverPlaceHead(view: DocView, c: Candidate): void {
  const { tokens } = view;
  if (tokens[c.tokenEnd - 1]!.possessive) return;
  let k = c.tokenEnd;
  if (tokens[k]?.lower === 'border' && tokens[k + 1]?.lower === 'region') k++;
  const head = tokens[k];
  if (!head || head.sentence !== c.sentence || head.capitalised || !LOWER_PLACE_HEADS.has(head.lower) || head.lower === 'border') return;
  const proper = c.name;
  c.type = 'place';
  c.rank = RANK.placeWithCue;
  c.tokenEnd = k + 1;
  c.end = head.baseEnd;
  c.name = `${proper} ${head.lower}`;
  c.properName = proper;
}

/** One to three words in capitals alone at the start of a line, then a date written year first ("1996-08-22") ending the line. */
function wireDateline(view: DocView, c: Candidate): boolean {
  const { tokens, text } = view;
  if (c.tokenEnd - c.tokenStart > 3) return false;
  for (let k = c.tokenStart; k < c.tokenEnd; k++) if (!tokens[k]!.allCaps) return false;
  if (text.slice(text.lastIndexOf('\n', c.start - 1) + 1, c.start).trim() !== '') return false;
  const year = tokens[c.tokenEnd];
  if (!year || year.kind !== 'number' || !/^(?:19|20)\d\d$/.test(year.text) || text.slice(c.end, year.start).includes('\n')) return false;
  const lineEnd = text.indexOf('\n', year.end);
  return /^-\d\d-\d\d\s*$/.test(text.slice(year.end, lineEnd < 0 ? text.length : lineEnd));
}

/** An unknown town in capitals opening a line, then a comma and a known country or region ("MARSTOVA, Greece"). */
function opensDateline(view: DocView, knowledge: Knowledge, c: Candidate): boolean {
  const { tokens, text } = view;
  if (text.slice(text.lastIndexOf('\n', c.start - 1) + 1, c.start).trim() !== '') return false;
  if (tokens[c.tokenEnd]?.text !== ',') return false;
  const after = tokens[c.tokenEnd + 1];
  return !!after && after.capitalised && knowledge.lookupName(text.slice(after.start, after.baseEnd)).some((k) => k.type === 'country' || !!k.region);
}

/**
 * Another all-capital word of three letters or more within two words of the candidate, on its line ("SOCCER - JAPAN WIN" may be split into sentences at the dash).
 * Not another short one across a comma or a lower-case "and"/"or": "the WBA , IBF and WBO belts" is a list of acronyms
 * ("WASHINGTON , DC" is not).
 */
function shoutedNear(view: DocView, c: Candidate): boolean {
  const { tokens, text } = view;
  for (const k of [c.tokenStart - 2, c.tokenStart - 1, c.tokenEnd, c.tokenEnd + 1]) {
    const t = tokens[k];
    if (!t || !t.allCaps || t.text.length < 3) continue;
    const between = k === c.tokenStart - 2 ? tokens[k + 1]! : k === c.tokenEnd + 1 ? tokens[k - 1]! : null;
    if (between && (between.text === ',' || between.lower === 'and' || between.lower === 'or') && !between.allCaps && t.text.length <= 5) continue;
    const [from, to] = k < c.tokenStart ? [t.end, c.start] : [c.end, t.start];
    if (t.sentence === c.sentence || !text.slice(from, to).includes('\n')) return true;
  }
  return false;
}
