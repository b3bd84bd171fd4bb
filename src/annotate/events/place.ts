// Where an event happened: a place named with "in/at/near" after the trigger, the goal of a movement, an attacked town,
// a place that opens the sentence ("In Samarra, …"), or one that locates the subject ("police in Jericho seized …").
// Places only mentioned (a country's name used as a modifier: "a U.S. patrol"; a nationality: "Israeli soldiers")
// are no place of the act.
import type { EventParticipant } from '../../model/types.js';
import { isComma, isPossessive, tokenAtOffset, type DocView, type MentionRef } from './view.js';
import { DETERMINERS, PREPOSITIONS, WORD_CLASSES } from '../../knowledge/lexicons/events/index.js';
import { isAgentNoun, namesNoDoer } from './subject.js';
import { LOCATIVE_NOUNS, TOWN_NOUNS, type Objects } from './objects.js';
import { clauseAt, looksFinite, type SentenceClauses } from './clauses.js';

/** Categories that move something or someone to a place: "to X" names the place and the target. */
const MOVEMENT_CATEGORIES = new Set(['deployment', 'visit_or_meeting', 'aid_or_transfer']);

export interface PlaceClues {
  category: string;
  objects: Objects;
  /** The attack's targets (empty for other categories): an attacked town is where the attack happened. */
  attacked: readonly MentionRef[];
  /** The verb's own subject as a token range ("A policeman in Amara"), or null. */
  subject: { start: number; end: number } | null;
  /** The trigger's clause. */
  clause: number;
  /** The trigger is a noun ("the attack"), not a verb. */
  nominal: boolean;
  /** Token after the trigger's last word. */
  triggerEnd: number;
  /** First token of the trigger. */
  triggerFirst: number;
  /** The trigger lies inside a reported content that starts at this token (-1: none). */
  contentFirst: number;
}

/** A place named with "in/at/near", for movements the goal or direct object, an attacked place; a town before its country. */
export function findPlace(view: DocView, sc: SentenceClauses, clues: PlaceClues): EventParticipant | null {
  const { category, objects } = clues;
  // "fired from Wonsan", "withdrew from Kherson": where the act starts is its place too (not for transfers: "from" names
  // the giver; nor the maker of a request: "approved an extradition request from the US").
  const sources = category === 'aid_or_transfer' ? [] : objects.sources.filter((m) => !requestBefore(view, m.first));
  // ("shelled Khanasir town in the countryside of Aleppo": the town attacked is the more specific place.)
  const own = (m: MentionRef): boolean => !newClauseBetween(view, clues.triggerEnd, m.first);
  const candidates: MentionRef[] = [...attackedPlaces(view, clues), ...objects.places.filter(own), ...sources.filter(own)];
  if (MOVEMENT_CATEGORIES.has(category)) {
    candidates.unshift(...objects.goals);
    if (category === 'visit_or_meeting' && objects.direct) candidates.unshift(objects.direct);
  }
  let placeLike = candidates.filter((m) => isPlaceName(view, m));
  // "met at the White House", "arrested outside the Kremlin": a building named as a body is where the act happened, under
  // the name the text uses (when no town or country is named).
  if (placeLike.length === 0) {
    const site = objects.places.find((m) => own(m) && m.mention.kind === 'name' && m.entity.type === 'organisation' && SITE_NAME.test(m.mention.text));
    if (site) return { name: site.mention.text, entity: site.entity.id, span: { start: site.mention.start, end: site.mention.end } };
  }
  // "In Samarra, a merchant was killed", "Police in Jericho seized …": a place that frames the clause or locates its doer.
  if (placeLike.length === 0) placeLike = subjectPlaces(view, clues.subject);
  if (placeLike.length === 0) placeLike = openingPlaces(view, sc, clues.triggerFirst, clues.contentFirst);
  // (an act the force did, told by its verb: not "… did not respond to a reporter's request")
  if (placeLike.length === 0 && !clues.nominal) placeLike = localForcePlaces(view, sc, clues.triggerFirst, clues.contentFirst);
  if (placeLike.length === 0) placeLike = laterPlaces(view, sc, clues.clause, objects.end);
  if (placeLike.length === 0) return null;
  // "in the Black Sea port of Odesa", "the southern city of Kherson": the name after the town noun is the place
  const named = placeLike.find((m) => view.words[m.first - 1] === 'of' && TOWN_NOUNS.has(view.words[m.first - 2] ?? ''));
  const best = named ?? placeLike.find((m) => m.entity.type === 'place' || m.mention.kind === 'capital') ?? placeLike[0]!;
  return { name: best.mention.kind === 'capital' ? best.mention.text : best.entity.name, entity: best.entity.id, span: { start: best.mention.start, end: best.mention.end } };
}

/** Names of buildings that also name the body housed there (not hospitals: the wounded are taken there, "later died at X Hospital"). */
const SITE_NAME = /^(?:the\s+)?(?:Kremlin|Pentagon|Élysée|Elysee)$|\b(?:House|Palace|Hall|Building|Embassy|Consulate|Tower|Castle|Cathedral|Mosque|Church|Temple|Museum|Stadium|Airport|Prison|Square)$/;

/**
 * Attacked places: a town or region the attack was done to ("captured Kabul", "Gibraltar was captured", "the shelling
 * of Aleppo"), and a country only as what the act is aimed at or done to directly ("Russia attacked Ukraine", "fired
 * rockets at Israel"; by convention the attacked country is where the attack happened). Not a goal ("on the road to
 * Sarajevo").
 */
function attackedPlaces(view: DocView, clues: PlaceClues): MentionRef[] {
  const { objects } = clues;
  const subject = clues.subject;
  return clues.attacked.filter((m) => {
    if (objects.goals.includes(m) && !objects.aimedAt.includes(m)) return false;
    // ("Gibraltar was captured"; not a place that only locates or owns the subject: "an officer in the Baltic Sea port",
    // "Urfa, Turkey — Commander … was killed")
    if (subject && m.first >= subject.start && m.end <= subject.end) return m.first === firstMention(view, subject);
    // (what the act is done to: not a name further on after another preposition, "… with sirens heard as far as Tel Aviv")
    return m === objects.direct || objects.aimedAt.includes(m) || ((m.entity.type === 'place' || m.mention.kind === 'capital') && objectOfVerb(view, clues.triggerEnd, m.first));
  });
}

/**
 * The mention is what the verb is done to: the nearest preposition before it (past "of" phrases and place names) is one
 * of aim, or there is none ("captured the town of Bakwa", "a strike on the slum of Sadr City"; not "… with sirens
 * heard as far away as Tel Aviv").
 */
function objectOfVerb(view: DocView, from: number, first: number): boolean {
  for (let k = first - 1; k >= from; k--) {
    const w = view.words[k]!;
    const at = view.mentionAt[k]!;
    if (at >= 0 && isPlaceName(view, view.mentions[at]!)) continue;
    if (view.tokens[k]!.kind !== 'word' || at >= 0) return false;
    if (w !== 'of' && PREPOSITIONS.has(w)) return AIM_PREPOSITIONS.has(w);
  }
  return true;
}
const AIM_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'at', 'against', 'into', 'upon']);

/** Token of the first mention in a range, or -1. */
function firstMention(view: DocView, range: { start: number; end: number }): number {
  for (let i = range.start; i < range.end; i++) if (view.mentionAt[i]! >= 0) return i;
  return -1;
}

/**
 * "Montoya was captured last year and Varela was killed in Venezuela", "was captured in July and is accused of …":
 * "and" then a finite form of be or have (after a new subject of up to three words or none) opens another clause; its
 * places are not the trigger's. ("was shot and killed in X" shares its place.)
 */
function newClauseBetween(view: DocView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (view.words[i] !== 'and' && view.words[i] !== 'but') continue;
    for (let k = i + 1; k < to && k <= i + 4; k++) {
      if (FINITE_BE_HAVE.has(view.words[k]!)) return true;
      if (view.tokens[k]!.kind !== 'word' || PREPOSITIONS.has(view.words[k]!)) break;
    }
  }
  return false;
}
const FINITE_BE_HAVE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would']);

/**
 * A mention that names a place as such: a town, region or country, not a nationality ("Israeli soldiers") nor a
 * country's name used as a modifier of a noun ("a U.S. patrol", "the US embassy", "a US sugar quota").
 */
export function isPlaceName(view: DocView, m: MentionRef): boolean {
  if (!(m.entity.type === 'place' || m.entity.type === 'country' || m.mention.kind === 'capital')) return false;
  // (A pronoun names no place: "aid Moscow in its conflict".)
  if (m.mention.kind === 'pronoun') return false;
  // A modifier of a kind of place is still a place: "in a West Bank town", "near Lebanon's southern border", "the Deir
  // ez-Zor military airport", "near the North Korean capital".
  if (placeNounAfter(view, m.end)) return true;
  if (m.mention.kind === 'demonym') return false;
  // ("a U.S. patrol": no place follows "a".)
  if (view.words[m.first - 1] === 'a' || view.words[m.first - 1] === 'an') return false;
  // ("Latin America's most violent rebel movements", "Syria's civil war": an owner, not a place.)
  if (isPossessive(view, m.end - 1) || /^['’]s?$/.test(view.words[m.end] ?? '')) return false;
  const next = m.end < view.tokens.length ? view.tokens[m.end]! : null;
  if (next && next.kind === 'word' && next.start === view.tokens[m.end - 1]!.end + 1 && view.mentionAt[m.end]! < 0) {
    const w = view.words[m.end]!;
    if (/^\p{Ll}/u.test(view.text[next.start]!) && (WORD_CLASSES.actor.has(w) || MODIFIED_NOUNS.has(w))) return false;
  }
  return true;
}

/** A noun of a kind of place among the next three lower-case words ("'s southern border", "military airport"). */
function placeNounAfter(view: DocView, from: number): boolean {
  let k = from;
  if (/^['’]s?$/.test(view.words[k] ?? '')) k++;
  for (const end = k + 3; k < end && k < view.tokens.length; k++) {
    const t = view.tokens[k]!;
    if (t.kind !== 'word' || view.mentionAt[k]! >= 0 || !/^\p{Ll}/u.test(view.text[t.start]!)) return false;
    if (PLACE_NOUNS.has(view.words[k]!)) return true;
  }
  return false;
}

/** Nouns of a kind of place that a place's name may modify ("a West Bank town", "a Gaza refugee camp"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set([...TOWN_NOUNS, 'settlement', 'camp', 'refugee', 'neighborhood', 'neighbourhood', 'hamlet', 'border',
  'border', 'coast', 'hospital', 'school', 'market', 'mosque', 'church', 'base', 'airport', 'prison', 'jail', 'street', 'road', 'highway']);

/** Nouns a country's name modifies without being where they are ("the U.S. embassy", "a US sugar quota"). */
const MODIFIED_NOUNS = new Set(['embassy', 'consulate', 'patrol', 'patrols', 'convoy', 'convoys', 'soldier', 'troop', 'official', 'officer',
  'officers', 'diplomat', 'diplomats', 'envoy', 'delegation', 'company', 'companies', 'firm', 'firms', 'quota', 'quotas',
  'economy', 'citizen', 'citizens', 'national', 'nationals', 'warship', 'warships', 'ship', 'ships', 'aircraft', 'plane', 'planes', 'jet', 'jets',
  'drone', 'drones', 'vessel', 'vessels', 'tanker', 'tankers', 'ambassador', 'president', 'minister', 'leader', 'leaders', 'team', 'teams',
  'law', 'laws', 'court', 'courts', 'sanctions', 'tariffs', 'goods', 'products', 'exports', 'imports', 'dollar', 'dollars']);

/** Nouns before "of" that name a request made by the mention after "from" ("a request from Seoul"). */
function requestBefore(view: DocView, first: number): boolean {
  // ("from the US")
  const from = DETERMINERS.has(view.words[first - 1] ?? '') ? first - 2 : first - 1;
  if (view.words[from] !== 'from') return false;
  for (let i = from - 1; i >= 0 && i >= from - 3; i--) {
    if (WORD_CLASSES.proposal.has(view.words[i]!)) return true;
    if (view.tokens[i]!.kind !== 'word') return false;
  }
  return false;
}

/** "A policeman in Amara", "Dozens of Iraqis in Tikrit", "Police in Jericho": "in" + a place inside the verb's subject. */
function subjectPlaces(view: DocView, subject: { start: number; end: number } | null): MentionRef[] {
  if (!subject) return [];
  for (let i = subject.start; i < subject.end - 1; i++) {
    // (after a doer: "Police in Jericho", not "After the attacks in southern Israel, the premier …")
    if (view.words[i] !== 'in' || !doerBefore(view, i - 1)) continue;
    const m = placeAfter(view, i + 1, subject.end);
    if (m) return [m];
  }
  return [];
}

/** A people noun or a named person or body ends at a token ("police", "Dozens of Iraqis", "ISIS security forces"). */
function doerBefore(view: DocView, at: number): boolean {
  const m = view.mentionAt[at] ?? -1;
  if (m >= 0) return view.mentions[m]!.mention.kind === 'demonym' || (view.mentions[m]!.entity.type !== 'place' && view.mentions[m]!.entity.type !== 'country');
  const w = view.words[at] ?? '';
  return view.tokens[at]?.kind === 'word' && isAgentNoun(w) && !namesNoDoer(w);
}

/**
 * "In Samarra, a merchant was killed", "Also in Baquba, north of Baghdad, students demonstrated": a place phrase
 * that opens the sentence, closed by a comma before the trigger, frames all it says. Not for an act told in a content
 * that starts after it ("In Washington, officials said Iran had attacked …": Washington is where it was said).
 */
function openingPlaces(view: DocView, sc: SentenceClauses, triggerFirst: number, contentFirst: number): MentionRef[] {
  let i = sc.first;
  while (i < triggerFirst && (OPENING_ADVERBS.has(view.words[i]!) || isComma(view, i))) i++;
  if (view.words[i] !== 'in' && view.words[i] !== 'at') return [];
  const m = placeAfter(view, i + 1, Math.min(triggerFirst, i + 8));
  if (!m) return [];
  // The phrase ends at a comma before the trigger (", north of Baghdad," or ", Iraq," may follow the name).
  let comma = -1;
  for (let k = m.end; k < triggerFirst; k++) if (isComma(view, k)) { comma = k; break; }
  if (comma < 0 || (contentFirst >= 0 && contentFirst > comma)) return [];
  return [m];
}
const OPENING_ADVERBS = new Set(['also', 'meanwhile', 'elsewhere', 'and', 'but', 'separately', 'earlier', 'later']);

/**
 * "was shot in the head shortly after he finished a speech at a rally in Shopville", "was shot dead while on patrol in
 * southern Afghanistan": a place phrase further on, past the verb's own complements, in its clause or in an adjunct
 * clause of it (after, while, when, a participle). Not in a clause of its own ("…, and four people were hurt in X"), a
 * relative clause ("a man who lived in X") or a reported content.
 */
function laterPlaces(view: DocView, sc: SentenceClauses, clause: number, from: number): MentionRef[] {
  for (let i = from; i < sc.end && i < from + MAX_LATER_TOKENS; i++) {
    const c = clauseAt(sc, i);
    if (c !== clause && !adjunctOf(view, sc, c, clause)) return [];
    const w = view.words[i]!;
    if (w === ';' || w === ':' || w === '.' || OTHER_ACT_WORDS.has(w)) return [];
    if ((w === 'and' || w === 'but') && newClauseBetween(view, i, Math.min(sc.end, i + 5))) return [];
    // ("in exchange for sending troops …", "in response to …": another act, told for a reason)
    if (w === 'in' && OTHER_ACT_NOUNS.has(view.words[i + 1] ?? '')) return [];
    if (!LATER_PLACE_PREPOSITIONS.has(w)) continue;
    // ("on the outskirts of Karachi": a part of a place, then its name)
    const m = placeAfter(view, w === 'on' ? partOfPlace(view, i + 1) : i + 1, sc.end);
    if (m) return [m];
  }
  return [];
}
const MAX_LATER_TOKENS = 30;
const OTHER_ACT_WORDS: ReadonlySet<string> = new Set(['because', 'despite', 'unless', 'although', 'though', 'than', 'like', 'unlike']);
const OTHER_ACT_NOUNS: ReadonlySet<string> = new Set(['exchange', 'return', 'response', 'retaliation', 'protest', 'reply', 'support', 'order', 'solidarity']);

/**
 * A clause of time or manner hung on the trigger's clause ("while on patrol", "after he finished", a participle); not a
 * condition, a reason or a concession ("if war starts in Iraq" tells of no place of the act).
 */
function adjunctOf(view: DocView, sc: SentenceClauses, c: number, clause: number): boolean {
  const k = sc.clauses[c]!;
  if (k.parent !== clause) return false;
  if (k.kind === 'participial' || (k.kind === 'subordinate' && TIME_SUBORDINATORS.has(view.words[k.first]!))) return true;
  // ("was shot five times and left for dead in a ditch in X": a second verb of the same subject, done at the same place)
  const next = k.first + 1;
  const w = view.words[next] ?? '';
  const pastForm = looksFinite(view, next) || (view.mentionAt[next]! < 0 && /ed$|^(left|fled|held|took|fought|struck|shot|threw|hit|set|put|sent|led)$/.test(w));
  return k.kind === 'coordinate' && view.words[k.first] === 'and' && pastForm && !FINITE_BE_HAVE.has(w);
}
const TIME_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'when', 'after', 'as', 'before', 'during', 'whilst']);
const LATER_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'inside', 'outside', 'throughout', 'within', 'on']);

/** After "on": the token after "the outskirts of" / "the island of", or -1 when no part of a place follows. */
function partOfPlace(view: DocView, from: number): number {
  let k = from;
  if (DETERMINERS.has(view.words[k] ?? '')) k++;
  while (REGION_ADJECTIVES.has(view.words[k] ?? '')) k++;
  return (LOCATIVE_NOUNS.has(view.words[k] ?? '') || TOWN_NOUNS.has(view.words[k] ?? '')) && view.words[k + 1] === 'of' ? k + 2 : -1;
}

/**
 * "St. Louis police arrested …", "Dunmore, Texas, firefighters rescued …": a town's name before its police, firefighters
 * or residents, opening the sentence, names where they acted (a town only: "U.S. forces" are no place).
 */
function localForcePlaces(view: DocView, sc: SentenceClauses, triggerFirst: number, contentFirst: number): MentionRef[] {
  let i = sc.first;
  // ("Around 3,000 Hong Kong people demonstrated", "Hundreds of Dunmore residents marched")
  while (i < triggerFirst && i < sc.first + 6 && (view.tokens[i]!.kind === 'number' || QUANTITY_WORDS.has(view.words[i]!))) i++;
  if (view.words[i] === 'the') i++;
  const at = view.mentionAt[i] ?? -1;
  if (at < 0 || (contentFirst >= 0 && contentFirst > i)) return [];
  const town = view.mentions[at]!;
  // (a country only before its people: "Hong Kong people demonstrated"; not "U.S. officials", "Russian forces")
  const countryPeople = town.entity.type === 'country' && town.mention.kind === 'name';
  if (town.entity.type !== 'place' && !countryPeople) return [];
  let k = town.end;
  // (", Missouri," or ", Texas" after the town)
  if (isComma(view, k) && view.mentionAt[k + 1]! >= 0) {
    k = view.mentions[view.mentionAt[k + 1]!]!.end;
    if (isComma(view, k)) k++;
  }
  return k < triggerFirst && (countryPeople ? LOCAL_PEOPLE : LOCAL_FORCES).has(view.words[k]!) ? [town] : [];
}
const LOCAL_FORCES: ReadonlySet<string> = new Set(['police', 'policemen', 'officers', 'firefighters', 'residents', 'prosecutors', 'deputies',
  'authorities', 'officials', 'protesters', 'demonstrators', 'people', 'students', 'workers', 'villagers', 'farmers']);
const LOCAL_PEOPLE: ReadonlySet<string> = new Set(['people', 'residents', 'students', 'workers', 'villagers', 'farmers', 'protesters', 'demonstrators']);
const QUANTITY_WORDS: ReadonlySet<string> = new Set(['around', 'about', 'some', 'nearly', 'almost', 'more', 'than', 'over', 'at', 'least',
  'hundreds', 'thousands', 'dozens', 'tens', 'scores', 'of', 'several', 'many']);

/** The first place named right after a place preposition: a few determiners, adjectives or a town noun with "of" may stand before it. */
function placeAfter(view: DocView, from: number, end: number): MentionRef | null {
  if (from < 0) return null;
  for (let k = from; k < end && k < from + 5; k++) {
    const at = view.mentionAt[k]!;
    if (at >= 0) {
      const m = view.mentions[at]!;
      // ("in the West Bank city of Hebron": the town named after its region's)
      const town = view.mentionAt[m.end + 2] ?? -1;
      if (TOWN_NOUNS.has(view.words[m.end] ?? '') && view.words[m.end + 1] === 'of' && town >= 0 && isPlaceName(view, view.mentions[town]!)) return view.mentions[town]!;
      return isPlaceName(view, m) ? m : null;
    }
    const t = view.tokens[k]!;
    if (t.kind !== 'word' || view.timeAt[k]! >= 0) return null;
    const w = view.words[k]!;
    // ("in the province of Damascus", "in the southern town of", "in downtown Bogota", "in the commercial capital, Abidjan";
    // not "in response to Iran")
    if (TOWN_NOUNS.has(w) && isComma(view, k + 1) && view.mentionAt[k + 2]! >= 0) k++;
    else if (!(DETERMINERS.has(w) || TOWN_NOUNS.has(w) || w === 'of' || REGION_ADJECTIVES.has(w) || TOWN_NOUNS.has(view.words[k + 1] ?? ''))) return null;
    if (w === 'of' && !TOWN_NOUNS.has(view.words[k - 1] ?? '')) return null;
  }
  return null;
}

/** Words that say which part of a place ("in southern Afghanistan", "in downtown Bogota"). */
export const REGION_ADJECTIVES: ReadonlySet<string> = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'north', 'south', 'east', 'west', 'downtown', 'coastal', 'rural', 'remote', 'restive', 'neighbouring',
  'neighboring', 'nearby', 'occupied', 'besieged', 'upstate', 'suburban', 'inner']);

/** The country that hosts a visit to a place ("visited Pyongyang" → North Korea). */
export function placeHostRef(objects: Objects): MentionRef | null {
  return objects.direct ?? objects.goals[0] ?? objects.places[0] ?? null;
}

/** The dateline's place as the events stage reads it: its name, its mention when the entities layer found one, and the lead sentence. */
export interface DatelinePlace {
  name: string;
  mention: MentionRef | null;
  /**
   * The dateline names its town's state or country ("HAYWARD, Calif. (AP) —"): a local report, whose acts on the ground
   * all happened there unless a sentence names another place. Without it ("WASHINGTON (AP) —", "SEOUL, Nov 29
   * (Reuters) -") the report may be filed from far away: only the sentence the dateline opens.
   */
  regional: boolean;
  /** The sentence the dateline opens, and the token where the text proper starts. */
  sentence: number;
  textStart: number;
}

/** "TOWN, Region" (not "TOWN, Nov 29"). */
const REGIONAL_DATELINE = /^[^,(]+,[ ]+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ ]+\d)[A-Z]/;

/** Reads Document.dateline ("FORT WORTH, Texas (AP) —"): null when it names no place. */
export function datelinePlace(view: DocView, dateline: { span: { start: number; end: number }; place: string | null } | null): DatelinePlace | null {
  if (!dateline?.place || view.tokens.length === 0) return null;
  const textStart = tokenAtOffset(view, dateline.span.end);
  const token = view.tokens[Math.min(textStart, view.tokens.length - 1)]!;
  let mention: MentionRef | null = null;
  for (let i = tokenAtOffset(view, dateline.span.start); i < textStart && !mention; i++) {
    const at = view.mentionAt[i]!;
    if (at >= 0 && isPlaceName(view, view.mentions[at]!) && view.mentions[at]!.entity.type === 'place') mention = view.mentions[at]!;
  }
  const regional = REGIONAL_DATELINE.test(view.text.slice(dateline.span.start, dateline.span.end));
  return { name: dateline.place, mention, regional, sentence: token.sentence, textStart };
}

/**
 * Acts done on the ground (attacks, arrests and raids, protests): a report datelined where they happened tells them
 * there. Talks, statements and decisions are often reported from where the reporter is ("WASHINGTON (AP) — … as 10
 * candidates meet on the debate stage" was held elsewhere).
 */
const LOCAL_ACTS: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE', 'PROTEST']);

/**
 * "FORT WORTH, Texas (AP) — A man was shot dead outside a store": an act told in the sentence a dateline opens happened
 * at the dateline's place when that sentence names no place or country of its own (not "SEOUL (Reuters) — North Korea
 * fired …": a report filed from one capital about another country).
 */
export function datelineFallback(view: DocView, sc: SentenceClauses, dateline: DatelinePlace | null, sentence: number, plover: string): EventParticipant | null {
  if (!dateline || !LOCAL_ACTS.has(plover) || (dateline.regional ? sentence < dateline.sentence : sentence !== dateline.sentence)) return null;
  for (let i = Math.max(sc.first, dateline.textStart); i < sc.end; i++) {
    const at = view.mentionAt[i]!;
    if (at < 0) continue;
    const type = view.mentions[at]!.entity.type;
    if (type === 'place' || type === 'country') return null;
  }
  const m = dateline.mention;
  // (An entity named only by the capitals of the dateline keeps the dateline's title-case name.)
  const name = m && m.entity.name !== m.entity.name.toUpperCase() ? m.entity.name : dateline.name;
  return m ? { name, entity: m.entity.id, span: { start: m.mention.start, end: m.mention.end } } : { name, entity: null };
}
