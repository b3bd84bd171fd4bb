// Finder: demands stated as obligations in reported speech ("X said the government must end …",
// "X insisted that Y should withdraw") or as wishes about another party ("rights groups want the
// authorities to release …"): PLOVER REQUEST by the speaker, aimed at the obliged party.
import type { EventParticipant } from '../../model/types.js';
import { sense, type TriggerPattern } from '../../knowledge/lexicons/events/index.js';
import { AUXILIARIES, PREPOSITIONS, REPORTING_VERBS } from '../../knowledge/lexicons/events/index.js';

const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);
import type { SentenceContext } from './build-draft.js';
import { buildDraft } from './build-draft.js';
import { clauseAt } from './clauses.js';
import { clauseSubject } from './subject.js';
import type { Draft } from './draft.js';
import { addParticipants } from './participants.js';

const OBLIGATION = new Set(['must', 'should']);
const PATTERN: TriggerPattern = {
  phrase: 'must', parts: ['must'], gapBefore: [false], pos: 'verb',
  senses: [sense('REQUEST', 'other', null, [], { takesComplement: true })],
};

// "told Iraq to give inspectors access": an instruction to another party is a demand too.
const WISHES = new Set(['want', 'wish', 'tell']);
const WISH_PATTERN: TriggerPattern = {
  phrase: 'want', parts: ['want'], gapBefore: [false], pos: 'verb',
  senses: [sense('REQUEST', 'other', null, [], { takesComplement: true })],
};

export function findObligations(ctx: SentenceContext, existing: readonly Draft[]): Draft[] {
  const { view, sc } = ctx;
  const out: Draft[] = [...findWishes(ctx, existing)];
  const mandated = mandativeVerbs(ctx);
  for (let i = sc.first; i < sc.end; i++) {
    if (!OBLIGATION.has(view.words[i]!) && !mandated.has(i)) continue;
    const clause = sc.clauses[clauseAt(sc, i)]!;
    if (clause.kind !== 'content' || clause.parent < 0 || !hasReportingVerb(ctx, clause.parent)) continue;
    if (existing.some((d) => d.clause === clause.id && d.plover === 'REQUEST')) continue;
    const speaker = clauseSubject(view, sc, clause.parent);
    // A speaker named by common nouns counts too ("the foreign minister said Washington should …").
    if (!speaker || (speaker.mentions.length === 0 && !speaker.unknownName)) continue;
    const draft = buildDraft(ctx, { first: i, end: i + 1, head: i, noun: null, nounFirst: null, usage: 'verb', pattern: PATTERN, received: false });
    if (!draft || draft.actors.length === 0) continue;
    const actors: EventParticipant[] = [];
    for (const m of speaker.mentions) addParticipants(actors, ctx.resolver.forMention(m));
    if (actors.length === 0 && speaker.unknownName) actors.push(unnamedSpeaker(view, speaker.unknownName));
    // "X said it must …": the speaker obliging itself is no demand.
    if (draft.actors.every((t) => actors.some((a) => (a.entity !== null && a.entity === t.entity) || a.name === t.name))) continue;
    draft.targets = draft.actors.filter((t) => !actors.some((a) => a.entity === t.entity && a.name === t.name));
    draft.actors = actors;
    out.push(draft);
  }
  return out;
}

/** Words after which a base-form verb can end: its object, a preposition, or the clause's end. */
const AFTER_BASE_VERB = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'all', 'any', 'to', 'from', 'with', 'on', 'in', 'into', 'of', '.', ',', 'immediately', 'at']);

/**
 * "insisted that Warsaw restore …", "insisted that the rebels withdraw …": after "insisted that", a verb in its base
 * form (not "restores", not "restored") is a mandative subjunctive, a demand on the subject. The heads of such verbs.
 */
function mandativeVerbs(ctx: SentenceContext): Set<number> {
  const { view, sc } = ctx;
  const heads = new Set<number>();
  for (let i = sc.first; i < sc.end - 3; i++) {
    if (view.words[i] !== 'insisted' || view.words[i + 1] !== 'that') continue;
    for (let j = i + 3; j < sc.end && j < i + 9; j++) {
      const w = view.words[j]!;
      if (view.tokens[j]!.kind !== 'word' || AUXILIARIES.has(w) && w !== 'be' || SUBJECT_PRONOUNS.has(w) || w === ',') break;
      if (view.mentionAt[j]! >= 0 || PREPOSITIONS.has(w) || view.lemmas[j] !== w || !/^[a-z]+$/.test(w)) continue;
      const next = view.words[j + 1] ?? '.';
      // The subject's last noun is followed by its verb, the verb by its object or a preposition.
      if (j - 1 > i + 1 && (view.mentionAt[j + 1]! >= 0 || AFTER_BASE_VERB.has(next))) { heads.add(j); break; }
    }
  }
  return heads;
}

function hasReportingVerb(ctx: SentenceContext, clauseId: number): boolean {
  const { view, sc } = ctx;
  for (let i = sc.clauses[clauseId]!.first; i < sc.end; i++) {
    if (clauseAt(sc, i) === clauseId && (REPORTING_VERBS.has(view.lemmas[i]!) || view.lemmas[i] === 'conclude')) return true;
  }
  return false;
}

function unnamedSpeaker(view: SentenceContext['view'], run: { start: number; end: number }): EventParticipant {
  const start = view.tokens[run.start]!.start;
  const end = view.tokens[run.end - 1]!.end;
  return { name: view.text.slice(start, end), entity: null, span: { start, end } };
}

/** "want the authorities to release …": a wish that another party act, with that party named between the verb and "to". */
function findWishes(ctx: SentenceContext, existing: readonly Draft[]): Draft[] {
  const { view, sc } = ctx;
  const out: Draft[] = [];
  for (let i = sc.first; i < sc.end; i++) {
    if (!WISHES.has(view.lemmas[i]!) || view.words[i + 1] === 'to') continue;
    const to = infinitiveAfterObject(view, i + 1, sc.end);
    if (to < 0 || existing.some((d) => d.head === i)) continue;
    const draft = buildDraft(ctx, { first: i, end: i + 1, head: i, noun: null, nounFirst: null, usage: 'verb', pattern: WISH_PATTERN, received: false });
    if (draft && (draft.actors.length > 0 || draft.targets.length > 0)) out.push(draft);
  }
  return out;
}

/** The "to" of an infinitive after one to four words of an object (no verb, comma or second "to" among them), or -1. */
function infinitiveAfterObject(view: SentenceContext['view'], from: number, end: number): number {
  for (let j = from; j < end && j < from + 5; j++) {
    const w = view.words[j]!;
    if (w === 'to') return j > from && view.tokens[j + 1]?.kind === 'word' ? j : -1;
    if (view.tokens[j]!.kind !== 'word' && view.tokens[j]!.kind !== 'number') return -1;
    // "told reporters he was going to …": a clause of its own, not an object.
    if (w === 'that' || PREPOSITIONS.has(w) || AUXILIARIES.has(w) || SUBJECT_PRONOUNS.has(w)) return -1;
  }
  return -1;
}
