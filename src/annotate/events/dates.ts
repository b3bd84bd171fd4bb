// Refiner: the time expression that governs an event: the nearest dated expression in the
// trigger's own clause ("On Friday, X arrived", "Thursday's test"); then one in a relative clause
// that says when the named event happened ("a launch, which occurred around 9 AM on Thursday");
// then the time of the clause the event's clause depends on ("reported last month that X
// dispatched troops"). Never the publication date.
import type { TimeExpression } from '../../model/types.js';
import { isComma, type DocView } from './view.js';
import { clauseAt, type SentenceClauses } from './clauses.js';
import { IRREGULAR_FORMS, OCCURRENCE_VERBS, PREPOSITIONS } from '../../knowledge/lexicons/events/index.js';
import { usageOf } from './usage.js';

export interface EventTime {
  date: string | null;
  time: string | null;
  ref: TimeExpression | null;
  /** The time came from the clause the event's clause depends on, not from the event's own words. */
  inherited: boolean;
  /** No date, though the clause has one that dates another act (a reduced relative, "in the wake of …"). */
  elsewhere?: boolean;
}

const NO_TIME: EventTime = { date: null, time: null, ref: null, inherited: false };

/** Clause kinds whose events take the time of the clause they hang on. */
const INHERITS = new Set(['content', 'coordinate', 'participial']);

export function governingTime(view: DocView, sc: SentenceClauses, head: number, triggerEnd: number, verbal = false): EventTime {
  const clauseId = clauseAt(sc, head);
  const sequence = sequenceVerbAfter(view, sc, head, clauseId);
  const participle = verbal ? objectParticipleAfter(view, sc, triggerEnd, clauseId) : sc.end;
  const own = nearestIn(view, sc, (c) => c === clauseId, head, Math.min(sequence, participle), triggerEnd - 1);
  if (own) return own;
  const following = occurrenceClauseTime(view, sc, triggerEnd, clauseId);
  if (following) return following;
  const object = objectClauseTime(view, sc, triggerEnd, clauseId, participle);
  if (object) return object;
  if (verbal) {
    const when = whenClauseTime(view, sc, triggerEnd, clauseId);
    if (when) return when;
  }
  let clause = sc.clauses[clauseId]!;
  // Session 15 (helper conf15): "burst onto the scene in 2014, when its operatives hacked into a studio": a "when" clause
  // right after a time (and its comma) tells what happened then.
  const opening = clause.first;
  if (view.words[opening] === 'when' && isComma(view, opening - 1) && opening - 2 >= sc.first && view.timeAt[opening - 2]! >= 0) {
    const value = dateOf(view.times[view.timeAt[opening - 2]!]!);
    if (value) return Object.assign({}, value, { inherited: true });
  }
  while (INHERITS.has(clause.kind) && clause.parent >= 0) {
    const parentId = clause.parent;
    const inherited = nearestIn(view, sc, (c) => c === parentId, clause.first);
    if (inherited) return Object.assign({}, inherited, { inherited: true });
    clause = sc.clauses[parentId]!;
  }
  const cut = Math.min(sequence, participle);
  return cut < sc.end && view.timeAt.slice(cut, sc.end).some((t) => t >= 0) ? { ...NO_TIME, elsewhere: true } : NO_TIME;
}

/**
 * A participle after the verb's object that starts a reduced relative ("condemned the move announced on
 * Monday", "cancelled a rise in tariffs planned for October 15", "vetoed the budget approved in April"):
 * times from there on date the object's own event, not the verb. Not right after the trigger, where the
 * participle is the verb group's own ("has condemned", "were killed").
 */
function objectParticipleAfter(view: DocView, sc: SentenceClauses, triggerEnd: number, clauseId: number): number {
  // The object may be read as its own clause after a speech act ("condemned the move announced on Monday").
  for (let i = triggerEnd + 1; i < sc.end && i <= triggerEnd + 8; i++) {
    const w = view.words[i]!;
    if (w === ',' || w === ';' || (clauseAt(sc, i) !== clauseId && sc.clauses[clauseAt(sc, i)]!.kind !== 'content')) break;
    if (view.tokens[i - 1]!.kind !== 'word' || view.mentionAt[i]! >= 0) continue;
    // Session 13: "launched a missile believed to be a hypersonic weapon … on Monday": a participle that says what the
    // object is taken to be describes it; it tells no event of its own, so the time stays the verb's.
    if (DESCRIBING_PARTICIPLES.has(w) && view.words[i + 1] === 'to') continue;
    // (Session 13, helper rev13: irregular participles too: "an allegation made against him in 2010".)
    const pastForm = (/[a-z]ed$/.test(w) && view.lemmas[i] !== w) || (IRREGULAR_FORMS.has(w) && IRREGULAR_FORMS.get(w) !== w);
      if (pastForm && usageOf(view, i, sc.first) === 'modifier' && view.timeAt[i - 1]! < 0 && !DETERMINER_BEFORE.has(view.words[i - 1]!)) return i;
  }
  return sc.end;
}

const DESCRIBING_PARTICIPLES = new Set(['believed', 'thought', 'said', 'reported', 'understood', 'presumed', 'assumed', 'known', 'assessed', 'estimated', 'suspected', 'considered', 'expected', 'designed', 'capable']);

/** Words after which a past form modifies the next noun ("the planned visit"), so it opens no reduced relative. */
const DETERMINER_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'of', 'and', 'or']);

/** Verbs that order the subject's event after or before the object's ("The test followed a summit in May"). */
const SEQUENCE_VERBS = new Set(['follow', 'precede']);
const SEQUENCE_PREPOSITIONS = new Set(['after', 'before']);
/** "in response to", "in retaliation for", "in reprisal for": the noun and the preposition after it. */
const ANSWER_NOUNS = new Map([['response', 'to'], ['retaliation', 'for'], ['reprisal', 'for']]);

/**
 * Where a phrase that names the act answered opens ("in response to", "in retaliation for", "in the wake of"), when
 * token `i` is its noun; else -1.
 */
export function answerPhraseAt(view: DocView, i: number): number {
  const w = view.words[i]!;
  if (view.words[i - 1] === 'in' && ANSWER_NOUNS.get(w) === view.words[i + 1]) return i - 1;
  if (w === 'wake' && view.words[i - 1] === 'the' && view.words[i - 2] === 'in' && view.words[i + 1] === 'of') return i - 2;
  return -1;
}

/**
 * The token where the event's clause turns to another event it is ordered against: "followed" or
 * "preceded", or the "after"/"before" within three words of "came"/"comes" ("came two days after
 * the summit on Monday"; "came on Monday after talks" keeps Monday). Times from there on date that
 * other event, not the trigger before it.
 */
function sequenceVerbAfter(view: DocView, sc: SentenceClauses, head: number, clauseId: number): number {
  for (let i = head + 1; i < sc.end && clauseAt(sc, i) === clauseId; i++) {
    const lemma = view.lemmas[i]!;
    if (SEQUENCE_VERBS.has(lemma) && view.words[i] !== 'following') return i;
    // "invaded in the wake of the September 11, 2001 attacks", "struck in response to Monday's shelling": the time
    // after these phrases dates the act they answer.
    const answer = answerPhraseAt(view, i);
    if (answer >= 0) return answer;
    if (lemma === 'come') {
      for (let j = i + 1; j < Math.min(sc.end, i + 4); j++) if (SEQUENCE_PREPOSITIONS.has(view.words[j]!)) return j;
    }
  }
  return sc.end;
}

function nearestIn(view: DocView, sc: SentenceClauses, inClause: (c: number) => boolean, anchor: number, end = sc.end, triggerLast = anchor): EventTime | null {
  let best: EventTime | null = null;
  let bestDistance = Infinity;
  let lastTime = -1;
  for (let i = sc.first; i < end; i++) {
    const t = view.timeAt[i]!;
    if (t < 0 || t === lastTime) continue;
    lastTime = t;
    if (!inClause(clauseAt(sc, i))) continue;
    // "the first such meeting since 2019", "has ruled since 2010": where a stretch of time starts, not when the event was
    if (view.words[i] === 'since' || view.words[i - 1] === 'since') continue;
    // Session 12: "dropped its investigation into a 2010 rape allegation": a time between a determiner and a noun names
    // which thing is meant, not when the act was; only the event's own noun may be dated so ("the July 25 call").
    if (attributiveElsewhere(view, i, t, anchor) && attributiveElsewhere(view, i, t, triggerLast)) continue;
    if (insideLeadUpPhrase(view, sc, i, anchor)) continue;
    // Session 13 (helper rev13): "As of January 18, at least 94 journalists have been killed": a count's cut-off date,
    // not when the acts were done.
    if (view.words[i - 1] === 'of' && view.words[i - 2] === 'as') continue;
    const value = dateOf(view.times[t]!);
    if (!value) continue;
    const distance = Math.abs(i - anchor);
    if (distance < bestDistance) { best = value; bestDistance = distance; }
  }
  return best;
}

/**
 * Session 13 (helper rev13): "Ahead of the vote in Iowa on Jan. 15, she has been touring the state", "in the run-up to the
 * election on May 4": a time inside a phrase that names what the act leads up to dates that later event, not the act.
 * True when token `i` stands in such a phrase (from "ahead of" / "the run-up to" … to the next comma) and `anchor` does not.
 */
function insideLeadUpPhrase(view: DocView, sc: SentenceClauses, i: number, anchor: number): boolean {
  for (let j = i - 1; j >= sc.first && j >= i - 12; j--) {
    const w = view.words[j]!;
    if (w === ',' || w === ';') return false;
    const opens = (w === 'ahead' && view.words[j + 1] === 'of') || (LEAD_UP_NOUNS.has(w) && view.words[j + 1] === 'to')
      || (w === 'prior' && view.words[j + 1] === 'to');
    if (!opens) continue;
    if (anchor < j) return true;
    for (let k = i + 1; k < sc.end; k++) if (view.words[k] === ',' || view.words[k] === ';') return anchor >= k;
    return false;
  }
  return false;
}
const LEAD_UP_NOUNS = new Set(['run-up', 'lead-up', 'build-up', 'runup', 'leadup', 'buildup']);

const ATTRIBUTIVE_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);

/** A time written as a noun's modifier ("a 2010 rape allegation") that does not stand within three words before the anchor. */
function attributiveElsewhere(view: DocView, first: number, t: number, anchor: number): boolean {
  if (!ATTRIBUTIVE_DETERMINERS.has(view.words[first - 1] ?? '')) return false;
  let end = first;
  while (end < view.timeAt.length && view.timeAt[end] === t) end++;
  const next = view.tokens[end];
  if (!next || next.kind !== 'word' || PREPOSITIONS.has(view.words[end]!) || /^(and|or|but|when|that|which)$/.test(view.words[end]!)) return false;
  return !(anchor >= end && anchor - end <= 2);
}

/**
 * A speech act's object is read as a content clause ("criticized the agreement on Wednesday, calling
 * it …"): a time a few words after the trigger there dates the speech act itself.
 */
function objectClauseTime(view: DocView, sc: SentenceClauses, triggerEnd: number, clauseId: number, end = sc.end): EventTime | null {
  if (triggerEnd >= sc.end) return null;
  const nextClause = clauseAt(sc, triggerEnd);
  if (nextClause === clauseId || sc.clauses[nextClause]!.kind !== 'content' || sc.clauses[nextClause]!.parent !== clauseId) return null;
  const near = nearestIn(view, sc, (c) => c === nextClause, triggerEnd, end);
  if (!near?.ref) return null;
  const at = view.timeAt.indexOf(view.times.indexOf(near.ref), triggerEnd);
  return at >= 0 && at - triggerEnd <= 5 ? near : null;
}

/**
 * Session 12 (helper rev12): "met the couple when they landed in Tel Aviv early Thursday": a "when" clause right after
 * the verb's object tells the moment of the act itself (its time, within six words of the verb, dates it).
 */
function whenClauseTime(view: DocView, sc: SentenceClauses, triggerEnd: number, clauseId: number): EventTime | null {
  for (let i = triggerEnd; i < sc.end && i <= triggerEnd + 6; i++) {
    const c = clauseAt(sc, i);
    if (c === clauseId) {
      if (view.words[i] === ',' || view.words[i] === ';') return null;
      continue;
    }
    const clause = sc.clauses[c]!;
    if (clause.kind !== 'subordinate' || clause.first !== i || view.words[i] !== 'when' || clause.parent !== clauseId) return null;
    return nearestIn(view, sc, (k) => k === c, i);
  }
  return null;
}

/** The clause right after a noun trigger that says when it happened ("…, which occurred on Thursday"). */
function occurrenceClauseTime(view: DocView, sc: SentenceClauses, triggerEnd: number, clauseId: number): EventTime | null {
  let next = triggerEnd;
  while (next < sc.end && (view.words[next] === ',' || view.tokens[next]!.kind === 'quote')) next++;
  // "Russia's invasion of Ukraine that began in February 2022": the relative clause may follow the noun's "of" phrase.
  if (view.words[next] === 'of') {
    let j = next + 1;
    while (j < sc.end && j <= next + 5 && clauseAt(sc, j) === clauseId && view.words[j] !== ',') j++;
    if (j < sc.end && clauseAt(sc, j) !== clauseId) next = j;
  }
  if (next >= sc.end) return null;
  const nextClause = clauseAt(sc, next);
  if (nextClause === clauseId || sc.clauses[nextClause]!.kind !== 'relative') return null;
  let occurs = false;
  for (let i = next; i < sc.end && clauseAt(sc, i) === nextClause; i++) if (OCCURRENCE_VERBS.has(view.lemmas[i]!)) occurs = true;
  return occurs ? nearestIn(view, sc, (c) => c === nextClause, next) : null;
}

/**
 * "the past year", "the last 12 months": the twelve months before the report, which the times layer writes as the
 * previous calendar year (as TimeBank does) but which fix no calendar year for an act done in them ("has
 * conducted 100 tests in the past year"). "Last year" without "the" is the previous year and dates its act.
 */
const TWELVE_MONTHS = /^the\s+(?:past|last)\s+(?:year|12\s+months|twelve\s+months)$/i;

/** YYYY-MM-DD / YYYY-MM / YYYY and HH:MM from a TIMEX3 value; null for durations, sets, weeks and unresolved values. */
export function dateOf(t: TimeExpression): EventTime | null {
  if (t.type === 'DURATION' || t.type === 'SET' || !t.value || TWELVE_MONTHS.test(t.text)) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2}):(\d{2}))?/.exec(t.value);
  if (!m) return null;
  if (/^\d{4}-(W|Q|H|SU|SP|FA|WI)/.test(t.value)) {
    // A week or season fixes no date at the contract's precisions; a quarter or half fixes the year.
    return /^\d{4}-[QH]/.test(t.value) ? { date: m[1]!, time: null, ref: t, inherited: false } : null;
  }
  const date = [m[1], m[2], m[3]].filter(Boolean).join('-');
  const time = m[4] && m[5] ? `${m[4]}:${m[5]}` : null;
  return { date, time, ref: t, inherited: false };
}
