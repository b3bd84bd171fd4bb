// Refiner: the numbers of people killed and injured that a violent event's sentence gives
// ("killing at least 12 people and wounding 30", "12 people were killed", "the death toll rose
// to 15", "at least 5 dead and 20 wounded"), each with the words it was read from.
//
// Decisions (docs/stages.md, "Casualty figures"):
// - Only numbers of people: a number counts when a person noun follows it ("12 civilians",
//   "a 45-year-old man") or when it stands alone right next to a killing or wounding word
//   ("killed 12", "12 killed", "toll rose to 15"). "17 drones", "14 of which were shot down",
//   ages and dates are never read.
// - "at least", "more than", "over", "upwards of", "no fewer than" set `minimum`; "about",
//   "nearly", "some" … keep the number as told, without the flag.
// - Vague quantities ("dozens", "scores", "hundreds of", "several") give no figure: a guessed
//   number would make disputes out of nothing. "a dozen", "two dozen" and "a hundred" are numbers.
// - "No one was killed", "no injuries" give 0.
// - The first figure in the sentence wins: "killing 12 people, including five children" is 12.
import type { Casualties, Casualty, Event, Sentence, TextSpan } from '../../model/types.js';
import { hits, type Passage } from './weapons-test/find.js';
import { sentenceOf } from './sentence-of.js';

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const UNIT_WORD = Object.keys(UNITS).join('|');
const TENS_WORD = Object.keys(TENS).join('|');
const WORDS = `(?:(?:${TENS_WORD})(?:[-\\s](?:${UNIT_WORD}))?|${UNIT_WORD})`;
/** A number of people in digits or words; "a"/"an" only counts before a person noun (checked in code). */
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:a|${WORDS})\\s+(?:dozen|hundred)|${WORDS}|an?|no one|nobody|none)`;
const MINIMUM = '(?:at least|more than|over|upwards of|no fewer than|no less than|a minimum of)';
const ROUGHLY = '(?:about|around|some|nearly|almost|roughly|approximately|an estimated|as many as|up to|close to)';
const QUALIFIER = `(?:(${MINIMUM})|${ROUGHLY})\\s+`;
// The number stands alone: not "45-year-old", not "17th", not "1.5".
// A tokenised "31 , 000" is one number too.
const ALONE = '(?<![\\w.,-]|\\d\\s,\\s)';
const ENDS = '(?![\\w-]|[.,]\\d|\\s,\\s\\d{3}\\b)';

const PERSON_NOUNS = [
  'people', 'persons', 'person', 'civilians', 'civilian', 'children', 'child', 'kids', 'babies', 'baby', 'infants', 'teenagers', 'teenager',
  'men', 'man', 'women', 'woman', 'boys', 'boy', 'girls', 'girl', 'adults', 'others', 'individuals', 'residents', 'villagers', 'passengers',
  'worshippers', 'worshipers', 'pilgrims', 'students', 'pupils', 'teachers', 'workers', 'farmers', 'miners', 'shoppers', 'bystanders', 'tourists',
  'patients', 'doctors', 'nurses', 'journalists', 'reporters', 'protesters', 'protestors', 'demonstrators', 'rioters', 'mourners', 'guests',
  'soldiers', 'soldier', 'troops', 'servicemen', 'servicemembers', 'officers', 'officer', 'policemen', 'policeman', 'police', 'guards', 'guard',
  'personnel', 'fighters', 'fighter', 'militants', 'militant', 'insurgents', 'rebels', 'gunmen', 'attackers', 'assailants', 'militiamen',
  'recruits', 'prisoners', 'inmates', 'hostages', 'migrants', 'refugees', 'crew', 'staff', 'members', 'relatives', 'family members',
  'firefighters', 'rescuers', 'volunteers', 'aid workers', 'peacekeepers', 'sailors', 'pilots', 'marines', 'citizens', 'nationals',
  'police officers', 'police officer', 'security forces', 'lives', 'victims', 'casualties', 'Americans', 'Chinese', 'Lebanese', 'Sudanese', 'Congolese', 'Burmese', 'Vietnamese',
];
// A demonym in the plural names people too ("three Israelis", "12 Palestinians", "two Ukrainians").
// Longest first, so that "a police officer" is not cut at "police".
const PERSON = `(?:${[...PERSON_NOUNS].sort((a, b) => b.length - a.length).join('|')}|[A-Z][a-z]+(?:ians|ans|is))`;
// Words that may stand between the number and the person noun ("12 unarmed civilians", "two Hamas
// fighters", "a 45-year-old man"); function words end the phrase ("17 drones and two people").
const STOP = ['a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'from', 'by', 'with', 'to', 'for', 'as', 'than', 'the', 'this', 'that', 'these', 'those', 'there',
  'which', 'who', 'whom', 'where', 'when', 'while', 'if', 'because', 'before', 'after', 'during', 'including', 'were', 'was', 'are', 'is', 'be',
  'have', 'had', 'has', 'been', 'being', 'his', 'her', 'their', 'its', 'our', 'my', 'today', 'yesterday', 'tonight'];
const MODIFIER = `(?!(?:${STOP.join('|')})\\b)[\\w'’-]+`;
// `(?!)` never matches, so it changes no match; it only makes V8 loop over the modifiers instead of
// copying the long person-noun list once per allowed modifier, which made these patterns slow to
// compile (~200 ms per process; extraction speed, `npm run bench`).
const NEVER = '(?!)';
const PEOPLE = `(?:(?:${MODIFIER})\\s+|${NEVER}){0,3}?${PERSON}\\b`;
// What may follow a number that stands alone: punctuation or a function word, never a noun ("killed 12 km from").
const BARE_END = '(?=\\s*(?:[,.;:)—–-]|$)|\\s+(?:and|in|on|at|when|after|as|during|including|while|with|near|across|overnight|since|so far|of whom|among|according|officials|police|said|in)\\b)';
/** More people joined on: "two women and a man" (its number and noun are the two groups after the first noun's). */
const AND_MORE = `(?:\\s+and\\s+(?:(?:${MINIMUM}|${ROUGHLY})\\s+)?(${NUMBER})${ENDS}\\s+(${PEOPLE}))?`;
const COUNTED = `${ALONE}(?:${QUALIFIER})?(${NUMBER})${ENDS}(?:\\s+(${PEOPLE})${AND_MORE}|${BARE_END})`;
const PERSONS = `${ALONE}(?:${QUALIFIER})?(${NUMBER})${ENDS}\\s+(${PEOPLE})${AND_MORE}`;
/** Who they were, set off by commas, before the verb: "12 people, including five children, were killed". */
const ASIDE = '(?:\\s*,\\s*(?:including|among them|most of them|many of them|mostly|all)\\b[^,.;]{1,60},)?';
const BE = `(?:\\s+(?:were|was|are|is|have been|has been|had been|had|have|has|being|been|reportedly|reported|confirmed|believed|feared|said to (?:be|have been)|now|all|also|later|were later|were reported|are feared|are believed|are confirmed|were confirmed|have now been|(?:have|has|had) been confirmed)|${NEVER}){0,3}`;

const KILLED_AFTER = '(?:killed|dead|died|shot dead|(?:shot|stabbed|burned|burnt|beaten|hacked|crushed) to death|lost their lives|perished|slain|deaths|fatalities|were killed)';
const INJURED_AFTER = '(?:wounded|injured|hurt|injuries|(?:were|was) (?:wounded|injured|hurt)|(?:suffered|sustained) (?:\\w+\\s+)?injuries|taken to (?:a |the )?hospital with (?:\\w+\\s+)?(?:wounds|injuries))';

/** Cheap pre-checks: a text the pattern matches always passes its check, so a text that fails it is not searched. */
const PRE_CHECKS = new WeakMap<RegExp, RegExp>();
function withPreCheck(re: RegExp, check: RegExp): RegExp {
  PRE_CHECKS.set(re, check);
  return re;
}

const LEFT_THEN_SPACE = /\b(?:left|leaving|leaves)\s/i;

function patterns(after: string, verbs: string, leftWord: string): RegExp[] {
  // The patterns that open on a number end on a space and the killing or wounding word: a sentence without that
  // cannot match them, and they are the slow ones to search (a number, "a", "some", "over" may open them anywhere).
  const endsOnVerb = new RegExp(`\\s${after}\\b`, 'i');
  return [
    // "killing at least 12 people", "killed 12", "the blast killed two soldiers"
    new RegExp(`\\b(?:${verbs})\\s+${COUNTED}`, 'i'),
    // "12 people were killed", "at least 5 dead", "a child was killed", "12 killed"
    withPreCheck(new RegExp(`${PERSONS}${ASIDE}${BE}\\s+${after}\\b`, 'i'), endsOnVerb),
    withPreCheck(new RegExp(`${ALONE}(?:${QUALIFIER})?(${NUMBER})${ENDS}${BE}\\s+${after}\\b`, 'i'), endsOnVerb),
    // "left 12 dead", "leaving at least 30 people injured"
    withPreCheck(new RegExp(`\\b(?:left|leaving|leaves)\\s+${COUNTED.replace(BARE_END, '')}\\s+${leftWord}\\b`, 'i'), LEFT_THEN_SPACE),
  ];
}

const TOLL_VERBS = '(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|reached|reaches|hit|hits|stood|stands|was|is|grew|mounted)';

const KILLED_RES = [
  ...patterns(KILLED_AFTER, 'killing|killed|kills|kill|shot dead|gunned down|massacred|slaughtered|executed|claimed the lives of|claiming the lives of|took the lives of', '(?:dead|killed)'),
  // "claimed 12 lives"
  new RegExp(`\\b(?:claimed|claiming|claims|took|taking|cost)\\s+(?:the\\s+)?(?:${QUALIFIER})?(${NUMBER})${ENDS}\\s+(lives)\\b`, 'i'),
  // "the death toll rose to 15", "bringing the toll to 15", "a death toll of at least 15"
  new RegExp(`\\b(?:death\\s+)?toll(?:\\s+(?:from|in|of)(?:\\s+[\\w'’-]+){1,6}?)?(?:\\s+(?:has|had|have))?(?:\\s+(?:now|since|later|then))?(?:\\s+${TOLL_VERBS})?(?:\\s+(?:to|at|of))?\\s+(?:${QUALIFIER})?(${NUMBER})${ENDS}(?:\\s+(${PEOPLE}))?`, 'i'),
  // "no deaths were reported", "there were no fatalities"
  /\b(no)\s+(?:deaths|fatalities|one\s+(?:was\s+)?killed)\b/i,
];

const INJURED_RES = [
  ...patterns(INJURED_AFTER, 'wounding|wounded|wounds|injuring|injured|injures|hurting|hurt', '(?:wounded|injured|hurt)'),
  /\b(no)\s+(?:injuries|one\s+(?:was\s+)?(?:hurt|injured|wounded))\b/i,
];

const PERSON_SET = new Set(PERSON_NOUNS.map((w) => w.toLowerCase()));

/** The phrase ends in a person noun, or in a capitalised plural demonym ("Israelis", not "crisis"). */
function isPersonNoun(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  const last = words.at(-1)!;
  return PERSON_SET.has(last.toLowerCase()) || PERSON_SET.has(words.slice(-2).join(' ').toLowerCase()) || /^[A-Z][a-z]+(?:ians|ans|is)$/.test(last);
}

/** The numeric value of a number of people; null when it is none ("dozens"). */
export function parseCount(words: string): number | null {
  const w = words.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d/.test(w)) return Number(w.replace(/,/g, ''));
  if (w === 'a' || w === 'an') return 1;
  if (w === 'no' || w === 'no one' || w === 'nobody' || w === 'none') return 0;
  const times = /^(.+) (dozen|hundred)$/.exec(w);
  if (times) {
    const n = times[1] === 'a' ? 1 : parseCount(times[1]!);
    return n === null ? null : n * (times[2] === 'dozen' ? 12 : 100);
  }
  const [tens, unit] = w.split(/[-\s]/);
  if (unit !== undefined) return TENS[tens!] !== undefined && UNITS[unit] !== undefined && UNITS[unit]! < 10 ? TENS[tens!]! + UNITS[unit]! : null;
  return UNITS[w] ?? TENS[w] ?? null;
}

/** Where the number is in a match: the first capture group that holds one. */
const FLOOR_BEFORE = new RegExp(`\\b${MINIMUM}\\s+$`, 'i');

const ONLY_MINIMUM = new RegExp(`^${MINIMUM}$`, 'i');
const ONLY_QUALIFIER = new RegExp(`^(?:${MINIMUM}|${ROUGHLY})\\s+$`, 'i');

function countGroup(m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined && parseCount(m[i]!) !== null && !ONLY_MINIMUM.test(m[i]!)) return i;
  return -1;
}

function findFigure(passage: Passage, res: readonly RegExp[]): Casualty | null {
  let best: Casualty | null = null;
  for (const re of res) {
    if (PRE_CHECKS.get(re)?.test(passage.text) === false) continue;
    for (const h of hits(passage, re)) {
      const g = countGroup(h.match);
      if (g < 0) continue;
      const words = h.match[g]!;
      const people = h.match[g + 1];
      // "a"/"an" is a number only before a person noun ("a child was killed"), never "a killed".
      if (/^an?$/i.test(words) && !people) continue;
      // "none of the …", "nobody" before a noun are other constructions.
      if (/^(?:none|no one|nobody)$/i.test(words) && people) continue;
      if (people && !isPersonNoun(people)) continue;
      // "a mother of two killed": the number counts someone's children, not the dead.
      const before = h.match[0].slice(0, h.group(g)!.start - h.span.start);
      const opensWithNumber = before === '' || ONLY_QUALIFIER.test(before);
      if (opensWithNumber && /\bof\s+$/i.test(passage.text.slice(0, h.span.start - passage.start))) continue;
      const more = people && h.match[g + 2] && h.match[g + 3] && isPersonNoun(h.match[g + 3]!) ? parseCount(h.match[g + 2]!) : null;
      const value = parseCount(words)! + (more ?? 0);
      // A year is no count of people ("killed 2019"); 1,000 or more keeps its comma in news style.
      if (/^(?:19|20)\d\d$/.test(words)) continue;
      const span = trimmed(h.span);
      if (best === null || span.start < best.evidence.start) {
        // A floor is the qualifier right before the number ("at least 12"), wherever the pattern put it.
        best = { value, minimum: FLOOR_BEFORE.test(before), evidence: span, source: null };
      }
      break;
    }
  }
  return best;
}

/** The evidence without trailing spaces or punctuation. */
function trimmed(span: TextSpan): TextSpan {
  const text = span.text.replace(/[\s,.;:—–-]+$/, '');
  return { start: span.start, end: span.start + text.length, text };
}

// A sentence without any of these words gives no figure: checked first, since the patterns above are
// long and most sentences around a violent event name no toll (extraction speed, `npm run bench`).
const KILLED_WORDS = /kill|dead|died|death|toll|lives|fatalit|slain|perish|massacr|slaughter|execut|gunned/i;
const INJURED_WORDS = /wound|injur|hurt|hospital/i;

export const findKilled = (p: Passage) => (KILLED_WORDS.test(p.text) ? findFigure(p, KILLED_RES) : null);
export const findInjured = (p: Passage) => (INJURED_WORDS.test(p.text) ? findFigure(p, INJURED_RES) : null);

/** Events whose casualties conflict monitors count: attacks, and protests that turned violent (riots). */
export function countsCasualties(event: Event): boolean {
  return (event.category === 'attack' || event.plover === 'PROTEST') && event.modality !== 'negated' && event.modality !== 'planned';
}

export interface CasualtyContext {
  text: string;
  sentences: readonly Sentence[];
  /** The speaker of the attribution whose content holds a span, when there is one. */
  sourceAt?: (span: TextSpan) => string | null;
}

/**
 * Adds `casualties` to every attack (and riot) event whose sentence gives a figure: the event's own
 * sentence first, then those of its other mentions, then up to two following sentences that tell no
 * violent event of their own ("At least 12 people were killed." after "Gunmen stormed a hotel.").
 */
export function attachCasualties(events: Event[], ctx: CasualtyContext): Event[] {
  const violent = events.filter(countsCasualties);
  if (violent.length === 0) return events;
  const withOwn = new Set(events.filter((e) => e.category === 'attack' || e.plover === 'PROTEST').flatMap((e) => [e.sentence, ...(e.mentions ?? []).map((m) => sentenceOf(ctx.sentences, m.start))]));
  const memo: FigureMemo = new Map();
  return events.map((e) => {
    if (!countsCasualties(e)) return e;
    const order = [e.sentence, ...(e.mentions ?? []).map((m) => sentenceOf(ctx.sentences, m.start))];
    for (let s = e.sentence + 1; s <= e.sentence + 2 && s < ctx.sentences.length && !withOwn.has(s); s++) order.push(s);
    const passages = [...new Set(order)].filter((i) => ctx.sentences[i]).map((i) => ({ start: ctx.sentences[i]!.start, text: ctx.text.slice(ctx.sentences[i]!.start, ctx.sentences[i]!.end) }));
    const casualties = casualtiesOf(passages, ctx.sourceAt ?? (() => null), memo);
    return casualties ? Object.assign({}, e, { casualties }) : e;
  });
}

/**
 * Two casualty figures conflict when more than a tenth apart, unless the lower is a floor the higher meets ("at least
 * 12" fits 20). Used across reports (story disagreements) and within one (a roundup's attacks, merge.ts).
 */
export function casualtiesConflict(a: Pick<Casualty, 'value' | 'minimum'>, b: Pick<Casualty, 'value' | 'minimum'>): boolean {
  if (Math.abs(a.value - b.value) <= 0.1 * Math.max(Math.abs(a.value), Math.abs(b.value))) return false;
  const lower = a.value < b.value ? a : b;
  return !lower.minimum;
}

/** Figures already read from a sentence, by kind and sentence start: events of one sentence share them. */
type FigureMemo = Map<string, Casualty | null>;

/** The first killed and the first injured figure over the passages, in order. */
export function casualtiesOf(passages: readonly Passage[], sourceAt: (span: TextSpan) => string | null = () => null, memo: FigureMemo = new Map()): Casualties | null {
  const first = (kind: string, find: (p: Passage) => Casualty | null): Casualty | null => {
    for (const p of passages) {
      const key = `${kind}:${p.start}`;
      if (!memo.has(key)) memo.set(key, find(p));
      const found = memo.get(key);
      if (found) return Object.assign({}, found, { source: sourceAt(found.evidence) });
    }
    return null;
  };
  const killed = first('killed', findKilled);
  const injured = first('injured', findInjured);
  return killed || injured ? { killed, injured } : null;
}

