// Refiner: which sense of a trigger the sentence supports: the first whose word-class condition
// holds near the trigger ("launched a missile" → weapons test; "sent troops" → deployment).
import type { DocView } from './view.js';
import type { TriggerMatch } from './find-triggers.js';
import { BE_FORMS, DETERMINERS, WORD_CLASSES, type TriggerSense, type WordClass } from '../../knowledge/lexicons/events/index.js';
import { PERSON_NOUNS } from '../../knowledge/lexicons/attribution/person-nouns.js';
import { isAgentNoun } from './subject.js';

export interface ChosenSense {
  sense: TriggerSense;
  /** False when no sense's condition held and the first conditional one was taken for a definite noun. */
  conditionsMet: boolean;
}

const BEFORE = 6;
const AFTER = 12;

export function chooseSense(view: DocView, match: TriggerMatch, sentence: { first: number; end: number }): ChosenSense | null {
  const usage = match.noun !== null ? 'noun' : 'verb';
  // A passive verb's subject (who was acted on) may stand further back ("A journalist detained by police last week was released").
  const passiveVerb = match.noun === null && BE_FORMS.has(view.words[match.head - 1] ?? '');
  const from = Math.max(sentence.first, match.first - (passiveVerb ? 2 * BEFORE : BEFORE));
  const to = Math.min(sentence.end, match.end + AFTER);
  let fallback: TriggerSense | null = null;
  for (const sense of match.pattern.senses) {
    if (sense.pos && sense.pos !== usage) continue;
    if (usage === 'verb' && sense.mode === 'strike' && sense.plover === 'PROTEST' && takesDirectObject(view, match, sentence.end)) continue;
    if (!sense.needs) return { sense, conditionsMet: true };
    if (classNear(view, sense.needs, from, to, match) || (usage === 'noun' && sense.needs.includes('labour') && labourOpening(view, sentence.first, match.first))) {
      if (sense.plover === 'AID' && usage === 'verb' && ownForceSent(view, match, sentence)) continue;
      return { sense, conditionsMet: true };
    }
    fallback ??= sense;
  }
  return fallback ? { sense: fallback, conditionsMet: false } : null;
}

/**
 * "Dock workers brought the port to a halt with a strike", "Nurses across the country mounted a 24-hour stoppage": workers
 * who open the sentence are who strikes, however far the noun stands (their first four words, no comma between). Only
 * for a noun: "The General Staff said its forces had struck two bridges" is an attack.
 */
function labourOpening(view: DocView, first: number, trigger: number): boolean {
  for (let i = first; i < trigger && i < first + 4; i++) {
    if (view.words[i] === ',') return false;
    if (WORD_CLASSES.labour.has(view.words[i]!)) return true;
  }
  return false;
}

const FORCE_PEOPLE = new Set(['troop', 'troops', 'soldier', 'soldiers', 'personnel', 'peacekeeper', 'peacekeepers', 'marine', 'marines',
  'commando', 'commandos', 'paratrooper', 'paratroopers', 'reinforcement', 'reinforcements', 'reservist', 'reservists', 'police', 'policemen',
  'gendarmes', 'infantry', 'mercenaries', 'contingent', 'battalion', 'battalions', 'brigade', 'brigades', 'unit', 'units', 'forces']);
const ARMOUR = new Set(['armoured', 'armored', 'vehicle', 'vehicles']);
const SEND_END = new Set(['to', 'into', 'toward', 'towards', 'for', 'in', 'at', 'near', 'on', 'after', ',', '.', ';', 'and']);

/**
 * "sent troops and tanks to the border", "moved armoured vehicles to the front": a sending verb that can also deploy
 * ("send", "dispatch") moves the sender's own forces unless its goods go to another party. People under arms named
 * first in the object are a deployment; kit that is also a force (tanks, jets, armour) is aid only with a recipient
 * that is a state or body ("to Kyiv", "to Poland", "to the Kurdish forces"), not a place ("to the border").
 */
function ownForceSent(view: DocView, match: TriggerMatch, sentence: { first: number; end: number }): boolean {
  const end = sentence.end;
  if (!match.pattern.senses.some((s) => s.plover === 'MOBILIZE' && s.category === 'deployment')) return false;
  let forceKit = false;
  let i = match.end;
  for (; i < end && i < match.end + 8; i++) {
    const w = view.words[i]!;
    if (view.mentionAt[i]! >= 0 && view.mentions[view.mentionAt[i]!]!.entity.type !== 'person' && i === match.end) return false;
    if (SEND_END.has(w) && !(w === 'and' && !forceKit)) break;
    if (FORCE_PEOPLE.has(w) && !forceKit) return true;
    if (WORD_CLASSES.troops.has(w) || WORD_CLASSES.troops.has(view.lemmas[i]!) || ARMOUR.has(w)) forceKit = true;
  }
  if (!forceKit) return false;
  for (; i < end && i < match.end + 16; i++) {
    const w = view.words[i]!;
    if (w !== 'to' && w !== 'for') continue;
    for (let j = i + 1; j < end && j < i + 5; j++) {
      const at = view.mentionAt[j]!;
      // "to the allies", "to the rebels": people or a body that receive it (not one's own troops, not a place).
      if (at < 0 && view.tokens[j]!.kind === 'word' && isAgentNoun(view.words[j]!) && !FORCE_PEOPLE.has(view.words[j]!) && !WORD_CLASSES.place.has(view.words[j]!)) return false;
      if (at < 0) continue;
      const ref = view.mentions[at]!;
      // ("to its troops": the sender's own.)
      if (ref.mention.kind === 'pronoun' || (ref.entity.country && senderCountries(view, match, sentence.first).has(ref.entity.country))) continue;
      if (ref.entity.type === 'country' || ref.entity.type === 'organisation' || ref.entity.type === 'group' || ref.mention.kind === 'capital' || ref.mention.kind === 'demonym') return false;
      // A city of another state stands for it ("to Kyiv"); one of the sender's own is a deployment ("to Belgorod").
      if (ref.entity.type === 'place' && ref.entity.country && !senderCountries(view, match, sentence.first).has(ref.entity.country)) return false;
    }
    return true;
  }
  return true;
}

/** The countries named before the trigger in its sentence (the sender's, as far as they are known). */
function senderCountries(view: DocView, match: TriggerMatch, first: number): Set<string> {
  const found = new Set<string>();
  for (let i = match.first - 1; i >= first && i >= match.first - 12; i--) {
    const at = view.mentionAt[i]!;
    if (at >= 0 && view.mentions[at]!.entity.country) found.add(view.mentions[at]!.entity.country!);
  }
  return found;
}

/**
 * "struck the depot", "hit a convoy": a labour strike has no object (workers strike *for* pay, *over* cuts,
 * *on* Monday), so a single-word strike verb followed by a noun phrase strikes something.
 */
function takesDirectObject(view: DocView, match: TriggerMatch, end: number): boolean {
  if (match.pattern.parts.length !== 1 || match.head + 1 >= end) return false;
  const next = match.head + 1;
  const w = view.words[next]!;
  if (view.timeAt[next]! >= 0) return false;
  return DETERMINERS.has(w) || /^\d/.test(w) || view.mentionAt[next]! >= 0;
}

/**
 * The sources and cues of attributions that follow the trigger (", police said"): the words that say who reports, not
 * what happened. A speaker before the trigger is often its doer too ("the union said it would strike").
 */
function frameSpans(view: DocView, after: number, to: number): { start: number; end: number }[] {
  const hi = view.tokens[Math.max(0, to - 1)]?.end ?? 0;
  const spans: { start: number; end: number }[] = [];
  for (const a of view.attributions) {
    if (a.cue.start < after) continue;
    // "dismissed calls for an inquiry": a cue whose source stands before the trigger, or is not named, is the trigger's object, not a report frame.
    if (a.source === null || a.source.start < after) continue;
    for (const s of [a.source, a.cue]) if (s && s.start >= after && s.start < hi) spans.push({ start: s.start, end: s.end });
  }
  return spans;
}

function classNear(view: DocView, classes: readonly WordClass[], from: number, to: number, match: TriggerMatch): boolean {
  // The trigger word itself does not count ("drills" is no military context for "drills").
  const selfFirst = match.noun !== null ? match.nounFirst! : match.head;
  const selfLast = match.noun !== null ? match.noun : match.head;
  const frames = frameSpans(view, view.tokens[selfLast]!.end, to);
  const passive = match.noun === null && BE_FORMS.has(view.words[match.head - 1] ?? '');
  for (let i = from; i < to; i++) {
    if (i >= selfFirst && i <= selfLast && match.pattern.parts.length === 1) continue;
    // "Armed men stormed a hotel, police said": who says so is no part of the act (no police raid).
    const at = view.tokens[i]!.start;
    if (frames.some((f) => f.start <= at && at < f.end)) continue;
    const w = view.words[i]!;
    const lemma = view.lemmas[i]!;
    // "aircraft carrier", "tank battalion": a modifier of a force noun is part of the force, not goods handed over
    const modifiesForce = WORD_CLASSES.troops.has(view.words[i + 1] ?? '') && i + 1 < to;
    for (const c of classes) {
      if (modifiesForce && c !== 'troops' && c !== 'military') continue;
      const words = WORD_CLASSES[c];
      if (words.has(w) || words.has(lemma) || (w.includes('-') && w.split('-').some((part) => words.has(part)))) return true;
    }
    // "freed 45 policemen": a noun for people after the trigger names a person as well as a person entity does.
    // "Two men accused of spying were freed": in the passive, the people acted on stand before the verb.
    if (classes.includes('person') && (i >= match.end || passive) && (PERSON_NOUNS.has(w) || (passive && /^(men|women|people)$|(ist|ists|man|men|woman|women)$/.test(w)))) return true;
    if (view.mentionAt[i]! >= 0) {
      const type = view.mentions[view.mentionAt[i]!]!.entity.type;
      if (classes.includes('place') && (type === 'place' || type === 'country')) return true;
      if (classes.includes('person') && type === 'person' && i >= match.end) return true;
    }
  }
  return false;
}
