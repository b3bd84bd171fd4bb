// Refiner: triggers inside another event's words that are part of it, not events of their own:
// the complement of a speech act or intention ("agreed to withdraw", "demanded that the US cancel",
// "accused X of attacking"), a purpose ("deployed to Russia to support the fighting"), a noun with
// no actor of its own ("arrived in Pyongyang for meetings with Kim").
import type { SentenceClauses } from './clauses.js';
import type { Draft } from './draft.js';
import type { DocView } from './view.js';
import { isComma } from './view.js';
import { addParticipants } from './participants.js';
import { isRiot } from './plover-rules.js';
import { PREPOSITIONS } from '../../knowledge/lexicons/events/index.js';

// An offer, a proposal or a stated willingness stays an AGREE however much it gives ("offered to pardon fighters who
// disarm", "is ready to lift …": NGEC AGREE "indicate willingness").
const OFFERS = new Set(['offer', 'propose']);
/** Verbs whose object noun is an act held out for later ("promised raids"). */
const PROMISES = new Set(['promise', 'pledge', 'vow', 'swear']);

const CONFLICTUAL = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'THREATEN', 'MOBILIZE', 'PROTEST']);

export function absorbNested(view: DocView, sc: SentenceClauses, drafts: Draft[]): Draft[] {
  const absorbed = new Set<Draft>();
  // Earlier triggers govern later ones; a governor absorbs what lies in (or right after) its words.
  for (const outer of drafts) {
    if (absorbed.has(outer) || !outer.conditionsMet) continue;
    // "Two men accused of spying were freed": a participle that modifies a noun governs nothing after its phrase.
    if (outer.match.usage === 'modifier') continue;
    for (const inner of drafts) {
      if (inner === outer || absorbed.has(inner) || inner.head <= outer.head) continue;
      if (outer.sense.takesComplement && inner.nominal && inner.definite && inner.category !== outer.category && isInside(outer, inner)) {
        // "condemned the drills": the drills are an event told elsewhere; it stays to be merged, and is what the act is about.
        outer.about ??= inner;
      } else if (isComplement(view, sc, outer, inner)) {
        // Only the first act after a promise is what is promised ("offered to hand over men suspected of bombing …").
        const first = !drafts.some((d) => d.head > outer.head && d.head < inner.head);
        absorbComplement(view, outer, inner, first && isDirectComplement(view, sc, outer, inner), first && nounObject(view, outer, inner));
        absorbed.add(inner);
      } else if (namesAim(view, outer, inner)) {
        // "adopted a sanctions package against Iran, targeting drone makers": what the act aims at, not an attack of its own.
        if (outer.targets.length === 0) addParticipants(outer.targets, inner.targets);
        absorbed.add(inner);
      } else if (protestPurpose(view, outer, inner)) {
        // "set fire to cells to protest against overcrowding": the act is a protest too, by the same people.
        if (inner.actors.length === 0) addParticipants(inner.actors, outer.actors);
      } else if (isInside(outer, inner) && !hasOwnActors(outer, inner) && !(outer.nominal && !inner.nominal)) {
        // ("A drone attack set fire to a refinery": the noun is the subject of the verb's act, which tells what happened.)
        if (inner.category === outer.category) {
          if (outer.targets.length === 0) addParticipants(outer.targets, inner.targets);
          outer.place ??= inner.place;
        }
        absorbed.add(inner);
      }
    }
  }
  for (const noun of drafts) if (!absorbed.has(noun) && crowdOfProtest(view, drafts, noun)) absorbed.add(noun);
  return drafts.filter((d) => !absorbed.has(d));
}

const CROWD_TRIGGERS = new Set(['protester', 'protesters', 'protestor', 'protestors', 'demonstrator', 'demonstrators']);

/**
 * "Protesters burned an effigy", "angry demonstrators clashed with police": a crowd noun that is the doer of a protest
 * or riot named by a verb is who protests, not a second protest beside it.
 */
function crowdOfProtest(view: DocView, drafts: readonly Draft[], noun: Draft): boolean {
  if (!noun.nominal || noun.plover !== 'PROTEST' || !CROWD_TRIGGERS.has(view.words[noun.match.head]!)) return false;
  const start = view.tokens[noun.match.first]!.start;
  const end = view.tokens[noun.match.end - 1]!.end;
  return drafts.some((verb) => verb !== noun && !verb.nominal && verb.sentence === noun.sentence && (verb.plover === 'PROTEST' || isRiot(verb))
    && verb.actors.some((a) => a.span !== undefined && a.span.start <= start && end <= a.span.end));
}

/** ", targeting …" after an act: a participle that says whom or what the act is aimed at. */
function namesAim(view: DocView, outer: Draft, inner: Draft): boolean {
  return !inner.nominal && view.lemmas[inner.head] === 'target' && view.words[inner.head]!.endsWith('ing') && isComma(view, inner.head - 1)
    && outer.head < inner.head && outer.actors.length > 0;
}

/** "… to protest against …", "… in protest at …": the purpose of a non-protest act is to protest. */
function protestPurpose(view: DocView, outer: Draft, inner: Draft): boolean {
  if (inner.plover !== 'PROTEST' || outer.plover === 'PROTEST' || outer.sense.takesComplement) return false;
  const before = view.words[inner.match.first - 1];
  return before === 'to' || before === 'in';
}

/** The inner event is what the outer speech act or intention is about. */
function isComplement(view: DocView, sc: SentenceClauses, outer: Draft, inner: Draft): boolean {
  if (!outer.sense.takesComplement) return false;
  if (isDirectComplement(view, sc, outer, inner)) return true;
  // "agreed a new package of sanctions": the act named by the verb's object noun.
  if (nounObject(view, outer, inner)) return true;
  // "accused the US of violating …": a gerund after the outer event's object.
  return inner.nominal && inner.match.first < outer.evidenceEnd + 2 && inner.match.first > outer.head && view.words[inner.match.first - 1] === 'of';
}

/** The inner act is the one intended or asked for (an infinitive or content clause), not a detail further in. */
function isDirectComplement(view: DocView, sc: SentenceClauses, outer: Draft, inner: Draft): boolean {
  if (!outer.sense.takesComplement) return false;
  const innerClause = sc.clauses[inner.clause]!;
  // "agreed to share", "threatened to ban": an infinitive within the outer event's words.
  if (inner.clause === outer.clause && inner.head <= outer.evidenceEnd + 1 && precededByTo(view, inner)) return true;
  // "demanded that the US cancel …", "warned that it would retaliate": a content clause right after.
  return innerClause.kind === 'content' && innerClause.parent === outer.clause && innerClause.first >= outer.head && innerClause.first <= outer.evidenceEnd + 3;
}

/** The inner act is the outer verb's object noun ("agreed a new round of sanctions"), with no other preposition between ("a deal despite sanctions"). */
function nounObject(view: DocView, outer: Draft, inner: Draft): boolean {
  if (!inner.nominal && inner.match.usage !== 'noun') return false;
  for (let i = outer.match.end; i < inner.match.first; i++) {
    const w = view.words[i]!;
    if (view.tokens[i]!.kind !== 'word' && view.tokens[i]!.kind !== 'number') return false;
    // "pledged 500 million dollars in aid": an amount "in" what it is paid in.
    if (w === 'in' && (AMOUNT_WORDS.has(view.words[i - 1]!) || view.tokens[i - 1]!.kind === 'number')) continue;
    if (PREPOSITIONS.has(w) && w !== 'of' && w !== 'on') return false;
  }
  return true;
}

const AMOUNT_WORDS = new Set(['million', 'billion', 'trillion', 'dollars', 'euros', 'pounds', 'yen', 'yuan', 'rupees', 'francs', 'tonnes', 'tons']);
/** Acts a promise or agreement on a noun amounts to: agreeing sanctions adopts them, pledging aid gives it. */
const ADOPTED_BY_AGREEING = new Set(['SANCTION', 'AID']);

function absorbComplement(view: DocView, outer: Draft, inner: Draft, direct: boolean, object: boolean): void {
  outer.evidenceEnd = Math.max(outer.evidenceEnd, inner.evidenceEnd);
  // "urged Myanmar to release …": the inner act's doer is the outer act's target; "threatened to strike X": its target is.
  const sameDoer = inner.actors.every((a) => outer.actors.some((o) => (o.entity !== null && o.entity === a.entity) || o.name === a.name));
  if (outer.plover !== 'AGREE' && outer.targets.length === 0) addParticipants(outer.targets, sameDoer ? inner.targets : inner.actors);
  // "agreed a new package of sanctions", "agreed on sanctions": agreeing on measures (a noun, not "agreed to impose") adopts them.
  // "pledged 500 million dollars in aid", "offered shelter to refugees": promising aid (a noun) is AID.
  if (object && outer.plover === 'AGREE' && ADOPTED_BY_AGREEING.has(inner.plover) && inner.conditionsMet && outer.sense.mode === null) {
    outer.sense = inner.sense;
    outer.plover = inner.plover;
    outer.category = inner.category;
    outer.mode = inner.mode;
    outer.context = [...inner.context];
    if (outer.targets.length === 0 || inner.plover === 'AID') outer.targets.splice(0, outer.targets.length, ...inner.targets);
    return;
  }
  // A concession promised is a CONCEDE (NGEC codebook: "make a promise of future concessions"; PLOVER: "including promises
  // of future concessions"): "agreed to reinstate the sacked judges", "promised to lift the curfew".
  if (direct && outer.plover === 'AGREE' && inner.plover === 'CONCEDE' && inner.conditionsMet && outer.sense.mode === null
    && !OFFERS.has(view.lemmas[outer.match.head]!) && !/\b(willing|willingness|ready|readiness|prepared)\b/.test(outer.match.pattern.phrase)) {
    outer.plover = 'CONCEDE';
    outer.category = inner.category;
    outer.mode = inner.mode;
    outer.context = [...inner.context];
  }
  // An intention to do harm is a threat ("vowed to strike", "pledged to expel").
  // (Drills agreed on are an exercise announced, not harm held out: "agreed to hold joint military drills".)
  // So is harm promised as a noun ("promised raids on the villages", "vowed reprisals"); agreed sanctions were adopted above.
  const harmPromised = object && PROMISES.has(view.lemmas[outer.match.head]!);
  if ((direct || harmPromised) && outer.plover === 'AGREE' && CONFLICTUAL.has(inner.plover) && inner.conditionsMet && outer.sense.mode === null && inner.category !== 'military_exercise') {
    outer.plover = 'THREATEN';
    outer.category = 'threat';
    if (outer.targets.length === 0) addParticipants(outer.targets, inner.targets);
  }
  if (outer.place === null) outer.place = inner.place;
}

/** An infinitive: "to" right before the verb, or with one adverb between ("to further expand"). */
function precededByTo(view: DocView, d: Draft): boolean {
  if (d.nominal) return false;
  if (view.words[d.head - 1] === 'to') return true;
  return view.words[d.head - 2] === 'to' && /ly$/.test(view.words[d.head - 1] ?? '');
}

function isInside(outer: Draft, inner: Draft): boolean {
  return inner.match.first >= outer.evidenceFirst && inner.match.first < outer.evidenceEnd;
}

/** The inner event names actors the outer one does not have. */
function hasOwnActors(outer: Draft, inner: Draft): boolean {
  if (inner.actors.length === 0) return false;
  const known = [...outer.actors, ...outer.targets];
  return inner.actors.some((a) => !known.some((k) => (a.entity !== null && k.entity === a.entity) || k.name === a.name));
}
