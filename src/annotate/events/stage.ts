// Stage 5: events. Finders (lexicon triggers, light verbs) then refiners (senses, arguments,
// time, modality, nested triggers, PLOVER rules, merging of mentions of one event) over the
// sentences, tokens, entities, times and attributions of earlier stages.
import { resolveOwnForces } from './own-forces.js';
import type { Attribution, Event, TextSpan } from '../../model/types.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { Stage } from '../stage.js';
import { need } from '../stage.js';
import { buildView, tokenAtOffset, type DocView } from './view.js';
import { segmentClauses, type ClauseAnchors } from './clauses.js';
import { findTriggers } from './find-triggers.js';
import { buildDraft, type SentenceContext } from './build-draft.js';
import { datelinePlace } from './place.js';
import { absorbNested } from './absorb.js';
import { findObligations } from './find-obligations.js';
import { isReportable, mergeDocument, mergeSameSentence } from './merge.js';
import { applyPloverRules } from './plover-rules.js';
import { targetRelativeAntecedents } from './relative-targets.js';
import { participantResolver } from './participants.js';
import type { Draft } from './draft.js';
import { attachWeaponsTests } from './weapons-test/attach.js';
import { dropExerciseNames } from './exercise-names.js';
import { attachCasualties } from './casualties.js';
import { FALLBACK_POLICY, fallbackDraft } from './type-fallback.js';
import { rerankSense } from './type-rerank.js';
import { rescueSentence } from './rescue.js';
import { voteType } from './type-vote.js';
import { inCondition } from './conditions.js';

export function eventStage(knowledge: Knowledge | null = null): Stage<'events'> {
  return {
    name: 'events',
    version: '1.2.0',
    requires: ['sentences', 'tokens', 'entities', 'times', 'attributions'],
    produces: ['events'],
    run({ document, layers }) {
      const entities = need(layers, 'entities');
      const view = buildView(
        document.text, need(layers, 'sentences'), need(layers, 'tokens'), entities, need(layers, 'times'),
        need(layers, 'attributions'), document.published?.value.slice(0, 10) ?? null,
      );
      const resolver = participantResolver(view, entities, knowledge);
      view.capitalIds = new Set(entities.filter((e) => e.type === 'place' && knowledge?.capitalOf(e.name)).map((e) => e.id));
      const placeIds = new Set(entities.filter((e) => e.type === 'place').map((e) => e.id));
      const anchors = clauseAnchors(view, view.attributions, document.dateline?.span.end ?? null);
      const dateline = datelinePlace(view, document.dateline ?? null);
      let drafts: Draft[] = [];
      for (let s = 0; s < view.sentences.length; s++) {
        const range = view.sentenceTokens[s]!;
        if (range.end <= range.first || isSubheading(view, s) || isDirectQuestion(view, s)) continue;
        const sc = segmentClauses(view, s, anchors);
        const ctx: SentenceContext = { view, sc, sentence: s, resolver, placeIds, dateline };
        const sentenceDrafts = findTriggers(view, s).map((m) => buildDraft(ctx, m)).filter((d): d is Draft => d !== null && !inCondition(view, sc, d.clause));
        for (const d of sentenceDrafts) rerankSense(ctx, d);
        sentenceDrafts.push(...findObligations(ctx, sentenceDrafts));
        if (sentenceDrafts.length === 0) {
          const fallback = fallbackDraft(ctx);
          if (fallback) sentenceDrafts.push(fallback);
        }
        sentenceDrafts.sort((a, b) => a.head - b.head);
        const kept = absorbNested(view, sc, sentenceDrafts);
        targetRelativeAntecedents(view, sc, kept);
        rescueSentence(view.text, sc, kept);
        if (kept.length > 0 && FALLBACK_POLICY.whenUnreportable && !kept.some(isReportable)) {
          const fallback = fallbackDraft(ctx);
          if (fallback) kept.push(fallback);
        }
        voteType(ctx, kept);
        drafts.push(...kept);
      }
      drafts = mergeDocument(view, mergeSameSentence(view, drafts));
      resolveOwnForces(view, drafts);
      const events = drafts.map((d, i) => toEvent(view, d, i));
      const sentences = need(layers, 'sentences');
      const attributions = need(layers, 'attributions');
      const tested = attachWeaponsTests(dropExerciseNames(events, document.text), { text: document.text, sentences, entities, attributions, dateline: document.dateline?.span ?? null });
      const sourceAt = (span: TextSpan): string | null =>
        attributions.find((a) => a.source && a.content.start <= span.start && span.end <= a.content.end)?.source?.name ?? null;
      return { events: attachCasualties(tested, { text: document.text, sentences, sourceAt }) };
    },
  };
}

/** Where the attributions layer puts reported contents and trailing frames ("…, a UN official said"). */
export function clauseAnchors(view: DocView, attributions: readonly Attribution[], datelineEnd: number | null): ClauseAnchors {
  const content = new Set<number>();
  const frame = new Set<number>();
  const restart = new Set<number>(datelineEnd !== null ? [tokenAtOffset(view, datelineEnd)] : []);
  for (const a of attributions) {
    // "Russia, citing security concerns, expelled …": what is cited is a reason, not a reported content that runs
    // over the clause's own verb; the clause finder opens a frame at the cue that closes at the next comma.
    const cited = /^(citing|quoting)$/i.test(a.cue.text);
    // "Two men accused of spying were freed": a charge named after "of" is no clause; the sentence's verb is outside it.
    const charge = /^of\b/i.test(a.content.text);
    if (!cited && !charge) content.add(tokenAtOffset(view, a.content.start));
    const frameStart = Math.min(a.cue.start, a.source?.start ?? Infinity);
    // A trailing frame follows punctuation (", officials said"); "The editor was charged" is the clause's own verb.
    const at = tokenAtOffset(view, frameStart);
    if (frameStart >= a.content.end && (a.source !== null || view.tokens[at - 1]?.kind !== 'word')) frame.add(at);
  }
  return { content, frame, restart };
}

function toEvent(view: DocView, d: Draft, index: number): Event {
  applyPloverRules(view, d);
  const event: Event = {
    id: `e${index + 1}`,
    category: d.category,
    plover: d.plover,
    mode: d.mode,
    context: d.context,
    trigger: span(view, d.match.first, d.match.end),
    evidence: span(view, d.evidenceFirst, d.evidenceEnd),
    actors: d.actors,
    targets: d.targets,
    date: d.time.date,
    time: d.time.time,
    timeRef: d.time.ref?.id ?? null,
    place: d.place,
    modality: d.modality,
    attributions: d.attributions,
    sentence: d.sentence,
  };
  if (d.mentions.length > 0) event.mentions = d.mentions;
  return event;
}

function span(view: DocView, first: number, end: number): TextSpan {
  const start = view.tokens[first]!.start;
  const stop = view.tokens[Math.max(first, end - 1)]!.end;
  return { start, end: stop, text: view.text.slice(start, stop) };
}

/**
 * Session 13 (helper rev13): a subheading inside the story ("Journalists killed", "Visits by Russian officials"): a short
 * line of its own after the first, with no closing punctuation, labels the section below; the acts are told there. (The
 * first line, a title or a terse headline, is still read.)
 */
/**
 * Session 14 (helper rev14): a direct question, opened by a question word or an auxiliary and closed by "?", asks and
 * tells no act ("How do you evacuate the coast with social distancing?", "Would the sick be sent elsewhere?").
 */
const QUESTION_OPENERS = new Set(['how', 'what', 'why', 'where', 'when', 'who', 'which', 'whether', 'do', 'does', 'did', 'is', 'are',
  'was', 'were', 'can', 'could', 'should', 'would', 'will', 'has', 'have', 'had', 'may', 'might', 'must', 'shall']);

function isDirectQuestion(view: DocView, s: number): boolean {
  const { first, end } = view.sentenceTokens[s]!;
  let last = end - 1;
  while (last > first && view.tokens[last]!.kind === 'quote') last--;
  if (view.words[last] !== '?') return false;
  let opener = first;
  while (opener < last && view.tokens[opener]!.kind !== 'word') opener++;
  return QUESTION_OPENERS.has(view.words[opener]!);
}

function isSubheading(view: DocView, s: number): boolean {
  if (s === 0) return false;
  const sentence = view.sentences[s]!;
  const line = view.text.slice(sentence.start, sentence.end).trim();
  if (line.length === 0 || /[.!?:;"”’)]$/.test(line) || line.split(/\s+/).length > 6) return false;
  const before = view.text.slice(Math.max(0, sentence.start - 2), sentence.start);
  const after = view.text.slice(sentence.end, sentence.end + 2);
  return /\n\s*$/.test(before) && (after.length === 0 || /^\s*\n/.test(after));
}
