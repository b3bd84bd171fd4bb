// Finder: demands stated as obligations in reported speech ("X said the government must end …",
// "X insisted that Y should withdraw"): PLOVER REQUEST by the speaker, aimed at the obliged party.
import type { EventParticipant } from '../../model/types.js';
import { sense, type TriggerPattern } from '../../knowledge/lexicons/events/index.js';
import { REPORTING_VERBS } from '../../knowledge/lexicons/events/index.js';
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

export function findObligations(ctx: SentenceContext, existing: readonly Draft[]): Draft[] {
  const { view, sc } = ctx;
  const out: Draft[] = [];
  for (let i = sc.first; i < sc.end; i++) {
    if (!OBLIGATION.has(view.words[i]!)) continue;
    const clause = sc.clauses[clauseAt(sc, i)]!;
    if (clause.kind !== 'content' || clause.parent < 0 || !hasReportingVerb(ctx, clause.parent)) continue;
    if (existing.some((d) => d.clause === clause.id && d.plover === 'REQUEST')) continue;
    const speaker = clauseSubject(view, sc, clause.parent);
    if (!speaker || speaker.mentions.length === 0) continue;
    const draft = buildDraft(ctx, { first: i, end: i + 1, head: i, noun: null, nounFirst: null, usage: 'verb', pattern: PATTERN, received: false });
    if (!draft || draft.actors.length === 0) continue;
    const actors: EventParticipant[] = [];
    for (const m of speaker.mentions) addParticipants(actors, ctx.resolver.forMention(m));
    draft.targets = draft.actors.filter((t) => !actors.some((a) => a.entity === t.entity && a.name === t.name));
    draft.actors = actors;
    out.push(draft);
  }
  return out;
}

function hasReportingVerb(ctx: SentenceContext, clauseId: number): boolean {
  const { view, sc } = ctx;
  for (let i = sc.clauses[clauseId]!.first; i < sc.end; i++) {
    if (clauseAt(sc, i) === clauseId && (REPORTING_VERBS.has(view.lemmas[i]!) || view.lemmas[i] === 'conclude')) return true;
  }
  return false;
}
