// Refiner: one event per real event per document. Triggers of one category in one sentence that
// share their actors are one event ("visited Pyongyang, where he met …"); across the document,
// events that agree on category, actors, targets, place, date and modality are one event, and a
// definite or actor-less mention ("the test", "Thursday's launch") joins the nearest event it fits.
// The most informative passage becomes the event; the others are kept as its mentions.
import { WEAPON_WORDS } from './weapons-test/own-flight.js';
import type { EventParticipant } from '../../model/types.js';
import type { Draft } from './draft.js';
import type { DocView } from './view.js';
import { addParticipants } from './participants.js';
import { answerPhraseAt } from './dates.js';
import { casualtiesConflict, casualtiesOf } from './casualties.js';

interface Group {
  members: Draft[];
}

export function mergeSameSentence(view: DocView, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const host = out.find((o) => o.sentence === d.sentence && o.category === d.category && o.plover === d.plover && actorsCompatible(view, o.actors, d.actors));
    if (!host) { out.push(d); continue; }
    if (d.evidenceFirst <= host.evidenceEnd + gapAllowance(view, host.evidenceEnd, d.evidenceFirst)) {
      host.evidenceFirst = Math.min(host.evidenceFirst, d.evidenceFirst);
      host.evidenceEnd = Math.max(host.evidenceEnd, d.evidenceEnd);
    } else {
      host.mentions.push(spanOf(view, d));
    }
    if (host.actors.length === 0) addParticipants(host.actors, d.actors);
    addParticipants(host.targets, d.targets.filter((t) => !host.actors.some((a) => sameParticipant(a, t))));
    keepReportability(host, d);
    host.place ??= d.place;
    if (!host.time.date && d.time.date && !answersAnother(view, host.head, d.head)) host.time = d.time;
    host.attributions = union(host.attributions, d.attributions);
  }
  return out;
}

/**
 * "invaded the country in the wake of the September 11 attacks", "struck in retaliation for the raid": the noun after
 * these phrases is the earlier act the first one answers, so its date is not the first one's when they are merged.
 */
function answersAnother(view: DocView, a: number, b: number): boolean {
  for (let i = Math.min(a, b) + 1; i < Math.max(a, b); i++) if (answerPhraseAt(view, i) >= 0) return true;
  return false;
}

/** "A roadside bomb killed one civilian": the verb that joins the noun's event says it happened, so the merged event keeps what made the verb reportable. */
function keepReportability(host: Draft, d: Draft): void {
  if (host.nominal && !d.nominal) {
    host.nominal = false;
    host.directObject ||= d.directObject;
    host.passive ||= d.passive;
  }
  host.subjectNoun ||= d.subjectNoun;
  if (d.rescued) host.rescued = true;
}

/** Tokens between two passages that still let them read as one ("…, where"). */
function gapAllowance(view: DocView, end: number, next: number): number {
  let allowed = 0;
  for (let i = end; i < next && allowed < 4; i++) {
    const w = view.words[i]!;
    if (view.tokens[i]!.kind === 'word' && w !== 'where' && w !== 'when' && w !== 'and' && w !== 'then') return 0;
    allowed++;
  }
  return allowed;
}

export function mergeDocument(view: DocView, drafts: Draft[]): Draft[] {
  const groups: Group[] = [];
  const pending: Draft[] = [];
  for (const d of drafts) {
    if (isUnderspecified(d)) { pending.push(d); continue; }
    const g = [...groups].reverse().find((x) => sameEvent(view, x, d));
    if (g) g.members.push(d);
    else groups.push({ members: [d] });
  }
  for (const d of pending) {
    // A word whose sense needs were not met can still point back as a definite noun ("the test"), nothing else.
    if (!d.conditionsMet && !d.definite) continue;
    const g = nearestFitting(view, groups, d);
    if (g) g.members.push(d);
    else if (d.conditionsMet) groups.push({ members: [d] });
  }
  const events = groups.map((g) => collapse(view, g)).filter(isReportable).sort((a, b) => a.evidenceFirst - b.evidenceFirst);
  targetReferredEvents(events);
  return events;
}

/** "Taiwan condemned the drills": the target of a reaction is whoever did the event it names. */
function targetReferredEvents(events: readonly Draft[]): void {
  const reported = new Set(events);
  for (const e of events) {
    if (!e.about || e.targets.length > 0) continue;
    const referred = e.about.mergedInto ?? e.about;
    if (referred === e || !reported.has(referred)) continue;
    addParticipants(e.targets, referred.actors.filter((a) => !e.actors.some((x) => sameParticipant(x, a))));
  }
}

/** A mention that may point back to an event told elsewhere: a definite noun of its own ("the test"), or no actor. */
function isUnderspecified(d: Draft): boolean {
  return (d.definite && d.nominal) || d.actors.length === 0;
}

function sameEvent(view: DocView, g: Group, d: Draft): boolean {
  return g.members.every((m) => m.category === d.category && m.plover === d.plover && m.modality === d.modality
    && actorsCompatible(view, m.actors, d.actors) && m.actors.length > 0 && d.actors.length > 0
    && overlapOrEmpty(m.targets, d.targets) && placesCompatible(m.place, d.place) && datesCompatible(m.time.date, d.time.date)
    && !datedApart(m, d) && !crossed(m, d) && iterative(view, m) === iterative(view, d)) && !undatedBeside(view, g, d);
}

/**
 * Session 15 (helper conf15): "Rafah … has been targeted in strikes almost every day", "the town is shelled regularly": an
 * act told as happening again and again is a pattern, not the one act a report tells with its toll ("an airstrike on a
 * house killed six people" had joined the daily strikes told after it and left the JSON with them). The two stay apart.
 */
function iterative(view: DocView, d: Draft): boolean {
  // Asked for every pair a draft is tested against: read once per draft.
  let known = ITERATIVE_SEEN.get(d);
  if (known === undefined) {
    // the words of the act and a few on either side, within its sentence ("repeatedly shelled …", "… struck almost every day")
    const { first, end } = view.sentenceTokens[d.sentence]!;
    const from = Math.max(first, d.evidenceFirst - 3), to = Math.min(end, d.evidenceEnd + 6);
    known = to > from && ITERATIVE.test(view.text.slice(view.tokens[from]!.start, view.tokens[to - 1]!.end));
    ITERATIVE_SEEN.set(d, known);
  }
  return known;
}
const ITERATIVE_SEEN = new WeakMap<Draft, boolean>();
const ITERATIVE = /\b(?:(?:almost |nearly )?(?:every|each) (?:single )?(?:day|night|week)|(?:almost |nearly )?daily basis|on a (?:daily|nightly|weekly|regular) basis|day after day|night after night|time and again|time after time|repeatedly|routinely|regularly|frequently|habitually|nightly)\b/i;

/** One event's doer is the other's target ("the South fired at KPA posts" / "the North fired at the South"): two acts, not one. */
function crossed(a: Draft, b: Draft): boolean {
  return a.targets.some((t) => b.actors.some((x) => sameParticipant(t, x))) || b.targets.some((t) => a.actors.some((x) => sameParticipant(t, x)));
}

/**
 * Session 12 (helper rev12): "Sweden has dropped its investigation … The case was dropped in 2017": an act told with a
 * year before the report's own does not join an undated act told in other sentences (it had given the news its 2017 date).
 */
function backgroundIntoUndated(view: DocView, g: Group, d: Draft): boolean {
  const date = ownDate(d);
  if (!date || !view.published || date.slice(0, 4) >= view.published.slice(0, 4)) return false;
  return g.members.every((m) => m.sentence !== d.sentence && !(isUnderspecified(m) ? ownDate(m) : m.time.date));
}

/**
 * Session 13 (helper rev13): "The last such shooting happened when a gunman opened fire in a small town, killing eight
 * … in 2015": an act told undated in a sentence that names an earlier year (not "since …") is background of that year;
 * it does not join an act told elsewhere and dated in the report's year (it had taken that act's date). Verbs only: a
 * noun ("the launch, the first since …") may still point back.
 */
function undatedBeside(view: DocView, g: Group, d: Draft): boolean {
  const year = view.published?.slice(0, 4);
  if (!year) return false;
  const backgroundUndated = (x: Draft) => x.time.date === null && !x.nominal && earlierYearInSentence(view, x.sentence, year);
  const current = (x: Draft) => x.time.date !== null && x.time.date.slice(0, 4) >= year;
  if (backgroundUndated(d)) return g.members.some((m) => m.sentence !== d.sentence && current(m));
  return current(d) && g.members.some((m) => m.sentence !== d.sentence && backgroundUndated(m));
}

/** Per view, per sentence: whether it names an earlier year (merging asks again for every group). */
const EARLIER_YEAR_CACHE = new WeakMap<DocView, Map<number, boolean>>();

/** A time in the sentence (not after "since") whose value is a year before `year`. */
function earlierYearInSentence(view: DocView, sentence: number, year: string): boolean {
  let cache = EARLIER_YEAR_CACHE.get(view);
  if (!cache) { cache = new Map(); EARLIER_YEAR_CACHE.set(view, cache); }
  let known = cache.get(sentence);
  if (known === undefined) { known = scanEarlierYear(view, sentence, year); cache.set(sentence, known); }
  return known;
}

function scanEarlierYear(view: DocView, sentence: number, year: string): boolean {
  const { first, end } = view.sentenceTokens[sentence]!;
  for (let i = first; i < end; i++) {
    const t = view.timeAt[i]!;
    if (t < 0 || view.words[i - 1] === 'since' || view.words[i] === 'since') continue;
    const value = view.times[t]!.value;
    if (value && /^\d{4}/.test(value) && value.slice(0, 4) < year) return true;
  }
  return false;
}

function nearestFitting(view: DocView, groups: Group[], d: Draft): Group | null {
  let best: Group | null = null;
  let bestDistance = Infinity;
  for (const g of groups) {
    // The same kind of act ("other" holds concessions, retreats and protests alike), aimed at no one else ("lifted
    // sanctions on Belarusian firms" is not "lifted sanctions on Syria"), at the same place, not planned against done,
    // not "the next meeting" pointing at this one, and not an attack on the group's own doer.
    const fits = g.members.every((m) => m.category === d.category && m.plover === d.plover && overlapOrEmpty(m.targets, d.targets)
      && datesCompatible(isUnderspecified(m) ? ownDate(m) : m.time.date, ownDate(d)) && !datedApart(m, d)
      && (placesCompatible(m.place, d.place) || weaponToldBefore(view, d)) && !plannedAgainstDone(m, d) && !namesOtherInstance(view, d) && !crossed(m, d)
      && iterative(view, m) === iterative(view, d))
      && g.members.some((m) => d.actors.length === 0 || actorsCompatible(view, m.actors, d.actors))
      && !backgroundIntoUndated(view, g, d) && !undatedBeside(view, g, d) && !ownTollsDiffer(view, g, d);
    if (!fits) continue;
    const distance = Math.min(...g.members.map((m) => Math.abs(m.sentence - d.sentence) + (m.sentence > d.sentence ? 0.5 : 0)));
    if (distance < bestDistance) { best = g; bestDistance = distance; }
  }
  return best;
}

/**
 * Session 14: "Gunmen killed eight villagers in the north. … At least 19 people were killed when shells hit a market":
 * an attack with no doer whose sentence gives its own death toll, different from the toll of the act before, is
 * another attack (a roundup), unless its sentence tells an update of a toll ("the death toll rose to 19").
 */
function ownTollsDiffer(view: DocView, g: Group, d: Draft): boolean {
  if (d.category !== 'attack') return false;
  const sentence = (i: number) => ({ start: view.sentences[i]!.start, text: view.text.slice(view.sentences[i]!.start, view.sentences[i]!.end) });
  const own = sentence(d.sentence);
  // ("25 people were killed in the attack" points back: the same attack told with another toll, a disagreement)
  if (d.definite || TOLL_UPDATE.test(own.text) || POINTING_BACK_TO_ATTACK.test(own.text)) return false;
  const mine = casualtiesOf([own])?.killed;
  if (!mine) return false;
  return g.members.some((m) => {
    if (m.sentence === d.sentence) return false;
    const theirs = casualtiesOf([sentence(m.sentence)])?.killed;
    return !!theirs && casualtiesConflict(theirs, mine);
  });
}
const POINTING_BACK_TO_ATTACK = /\b(?:the|that|this|same|saturday's|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's) (?:\w+ )?(?:attack|assault|shelling|strike|airstrike|bombing|raid|blast|explosion|ambush|shooting|violence|fighting|massacre|incident)s?\b/i;
const TOLL_UPDATE = /\b(?:toll|rose|risen|climbed|increased|now stands|bringing|brought the)\b/i;

/** Actor lists fit when one is empty, or they share someone and name no two different persons. */
function actorsCompatible(view: DocView, a: readonly EventParticipant[], b: readonly EventParticipant[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  if (!a.some((x) => b.some((y) => sameParticipant(x, y)))) return false;
  const persons = (list: readonly EventParticipant[]) => list.filter((p) => isPerson(view, p));
  const pa = persons(a), pb = persons(b);
  return pa.length === 0 || pb.length === 0 || pa.some((x) => pb.some((y) => sameParticipant(x, y)));
}

const isPerson = (view: DocView, p: EventParticipant): boolean => p.entity !== null && view.personIds.has(p.entity);

function overlapOrEmpty(a: readonly EventParticipant[], b: readonly EventParticipant[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((x) => b.some((y) => sameParticipant(x, y)));
}

/**
 * A planned act and one reported done are two acts ("hosted the talks in Busan" / "the next meeting is to be held …");
 * so are an act told as not done and one told as done ("19 people were killed when shells hit the market" / "the group
 * had not fired on the town": the denial does not stand for the report of the killing).
 */
function plannedAgainstDone(a: Draft, b: Draft): boolean {
  const done = (m: Draft['modality']): boolean => m === 'asserted' || m === 'hedged';
  return (a.modality === 'planned' && b.modality === 'asserted') || (a.modality === 'asserted' && b.modality === 'planned')
    || (a.modality === 'negated' && done(b.modality)) || (done(a.modality) && b.modality === 'negated');
}

/** "the next meeting", "the previous summit", "another attack": a noun that names another instance does not point back. */
function namesOtherInstance(view: DocView, d: Draft): boolean {
  // "Elsewhere, a drone strike hit a wedding party", "Separately, …", "In a separate attack, …": the sentence turns to
  // another happening of the kind (session 14)
  const first = view.sentenceTokens[d.sentence]!.first;
  if (ANOTHER_HAPPENING.has(view.words[first] ?? '') || (view.words[first] === 'in' && view.words[first + 2] === 'separate')) return true;
  if (!d.nominal) return false;
  for (let i = d.evidenceFirst; i < d.match.first; i++) if (OTHER_INSTANCE_WORDS.has(view.words[i]!)) return true;
  return false;
}

const ANOTHER_HAPPENING = new Set(['elsewhere', 'separately']);
const OTHER_INSTANCE_WORDS = new Set(['next', 'previous', 'prior', 'upcoming', 'future', 'another', 'earlier', 'later', 'last', 'former']);

function placesCompatible(a: EventParticipant | null, b: EventParticipant | null): boolean {
  return a === null || b === null || sameParticipant(a, b);
}

/** What "The … were launched" may open on to point back at a test: a weapon, or the launch or test itself. */
const POINTING_BACK = new Set([...WEAPON_WORDS, 'launch', 'launches', 'test']);

/**
 * Session 13: "The missiles were launched from near Sinpo": a test with no doer whose sentence opens on the weapons
 * told before is that test, whatever place each sentence names.
 */
function weaponToldBefore(view: DocView, d: Draft): boolean {
  if (d.category !== 'weapons_test' || d.actors.length > 0) return false;
  const first = view.sentenceTokens[d.sentence]!.first;
  if (view.words[first] !== 'the') return false;
  for (let i = first + 1; i < first + 4; i++) if (POINTING_BACK.has(view.words[i] ?? '')) return true;
  return false;
}

/**
 * An event left undated because its sentence's time dates another act ("condemned the move announced on Monday")
 * is not one with an event dated elsewhere: merged, it would take that other date or hide a distinct act.
 */
function datedApart(a: Draft, b: Draft): boolean {
  return (a.time.elsewhere === true && b.time.date !== null) || (b.time.elsewhere === true && a.time.date !== null);
}

/** Dates fit when one is unknown or one is a prefix of the other ("2025-03" and "2025-03-20"). */
function datesCompatible(a: string | null, b: string | null): boolean {
  return a === null || b === null || a.startsWith(b) || b.startsWith(a);
}

const sameParticipant = (a: EventParticipant, b: EventParticipant): boolean => (a.entity !== null && a.entity === b.entity) || a.name === b.name;

/** The group as one draft: its most informative member, completed from the others. */
function collapse(view: DocView, g: Group): Draft {
  // Session 13 (helper rev13): a surmise merged with the act told as done ("Analysts said X could be testing new launchers")
  // is not its main report: the done act's mentions are, even when they name no doer.
  // (Session 13, lead: a mention that only points back after the hedged report — "analysts were studying the launch" after
  // "launched a missile believed to be …, the JCS said" — is no report of the act: the hedged one stays.)
  const hedgedAt = Math.min(...g.members.filter((m) => m.modality === 'hedged').map((m) => m.evidenceFirst));
  const sure = g.members.filter((m) => m.modality === 'asserted' && (!isUnderspecified(m) || m.evidenceFirst < hedgedAt));
  const pool = sure.length > 0 && hedgedAt < Infinity ? sure : g.members;
  const specified = pool.filter((m) => !isUnderspecified(m));
  const candidates = specified.length > 0 ? specified : pool;
  // The first full report of the event, unless a later one says clearly more (a date and a place, say).
  const primary = candidates.reduce((best, m) => (informativeness(view, m) >= informativeness(view, best) + 2 ? m : best));
  for (const m of g.members) {
    if (m === primary) continue;
    m.mergedInto = primary;
    primary.mentions.push(spanOf(view, m), ...m.mentions);
    if (primary.actors.length === 0) addParticipants(primary.actors, m.actors);
    if (primary.targets.length === 0 && !isUnderspecified(m)) addParticipants(primary.targets, m.targets);
    // A mention that only points back ("the test") brings its own time, not its report's, and no place.
    if (!isUnderspecified(m)) primary.place ??= m.place;
    primary.attributions = union(primary.attributions, m.attributions);
    const date = isUnderspecified(m) ? ownDate(m) : m.time.date;
    // Session 12: an actorless verb told in another sentence does not narrow a date the report gave ("Earlier this year
    // the EU launched an investigation" took "last month" from a letter "expressing concern" told before); a noun that
    // points back ("the probe, opened on May 2") does.
    const narrows = !isUnderspecified(m) || m.definite || m.sentence === primary.sentence;
    if (date && !(m.sentence === primary.sentence && answersAnother(view, primary.head, m.head)) && (!primary.time.date || (narrows && date.startsWith(primary.time.date) && date.length > primary.time.date.length)
      || (date === primary.time.date && !primary.time.time && m.time.time))) primary.time = m.time;
    primary.conditionsMet ||= m.conditionsMet;
  }
  primary.mentions.sort((a, b) => a.start - b.start);
  return primary;
}

const ownDate = (d: Draft): string | null => (d.time.inherited ? null : d.time.date);

function informativeness(view: DocView, d: Draft): number {
  return (d.time.date ? 2 : 0) + (d.time.time ? 1 : 0) + Math.min(3, d.actors.length) + (d.actors.some((a) => isPerson(view, a)) ? 1 : 0)
    + (d.place ? 1 : 0) + (d.nominal ? 0 : 1) + (d.targets.length > 0 ? 1 : 0);
}

/** An event worth reporting: someone did it to someone, or a weapon or force is clearly named. */
export function isReportable(d: Draft): boolean {
  if (d.rescued) return true;
  if (!d.conditionsMet) return false;
  if (d.sense.needsTarget && d.targets.length === 0 && d.actors.length < 2 && !d.directObject && !groupOfParties(d.actors)) return false;
  if (d.actors.length > 0) return true;
  // "Riots broke out", "An air strike hit a hospital": the noun is the subject of what happened.
  if (d.subjectNoun) return true;
  // "Artillery shelled the town", "the village was bombed": force used on someone or something is news unclaimed.
  if (!d.nominal && (d.plover === 'ASSAULT' || d.plover === 'COERCE') && (d.passive || d.directObject)) return true;
  // "The death toll from Friday's shelling of the market rose": a use of force with a date of its own is news, named
  // doer or not (when no other mention of it is in the report to join).
  if (d.nominal && d.dated && (d.category === 'attack' || d.category === 'weapons_test' || d.category === 'military_exercise')) return true;
  // "A car bomb exploded near the ministry": an attack is news even when no one claims it.
  if (d.category === 'attack' && !d.nominal && d.sense.mode === 'explosives') return true;
  // A verb with only a target is a report ("civilians were killed"); a noun with only one is not ("cooperation with Russia").
  if (d.targets.length > 0 && !d.nominal) return true;
  return d.category === 'weapons_test' || d.category === 'military_exercise' || d.category === 'deployment';
}

/** One unnamed plural actor ("the two sides", "delegations from both countries") may meet or agree among itself. */
function groupOfParties(actors: readonly EventParticipant[]): boolean {
  return actors.length === 1 && actors[0]!.entity === null && /[a-z][^s]s$/i.test(actors[0]!.name);
}

function spanOf(view: DocView, d: Draft): { start: number; end: number; text: string } {
  const start = view.tokens[d.evidenceFirst]!.start;
  const end = view.tokens[d.evidenceEnd - 1]!.end;
  return { start, end, text: view.text.slice(start, end) };
}

function union(a: string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
