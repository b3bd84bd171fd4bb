// Stage 3: time expressions. Finders (chrono-node and news rules) propose candidates; refiners fit
// them to TimeML extents, drop overlaps, join clock times to their days, and resolve each one to a
// TIMEX3 value against the publication date, in text order so that "that day" can count from the
// date before it.
import type { Diagnostic, Document, Sentence, TimeExpression, Token } from '../../model/types.js';
import { diagnostic } from '../../model/diagnostics.js';
import { type Stage, need } from '../stage.js';
import { type Anchor, clockOffset, readAnchor } from './anchor.js';
import { formatOffset } from './calendar.js';
import type { Candidate } from './candidate.js';
import { findCandidates } from './finders/index.js';
import { fitExtents } from './refiners/extent.js';
import { mergeClockWithDay } from './refiners/merge.js';
import { monthRuns, placeMonthRun } from './refiners/month-lists.js';
import { pastIfItNamesAnActOver } from './refiners/past-acts.js';
import { rememberDay, sameDayAsTold, weekdaysGlossedWithDates } from './refiners/told-days.js';
import { removeOverlaps } from './refiners/overlap.js';
import { datesStatement, emptyContext, remember } from './refiners/context.js';
import { resolve } from './refiners/resolve.js';
import { type SentenceTokens, type Tense, clauseTense } from './refiners/tense.js';
import { firstStartingFrom } from '../../model/text.js';

export const TIMES_STAGE_VERSION = '1.0.0';

export function timeStage(): Stage<'times'> {
  return {
    name: 'times',
    version: TIMES_STAGE_VERSION,
    requires: ['sentences', 'tokens'],
    produces: ['times'],
    run({ document, layers }) {
      return annotateTimes(document, need(layers, 'sentences'), need(layers, 'tokens'));
    },
  };
}

// chrono only needs a reference instant to fill values we do not read; any fixed date will do.
const NO_ANCHOR_INSTANT = new Date(Date.UTC(2000, 0, 1, 12));

export function annotateTimes(document: Document, sentences: readonly Sentence[], tokens: readonly Token[]): { times: TimeExpression[]; diagnostics: Diagnostic[] } {
  const text = document.text;
  const anchor = readAnchor(document);
  const instant = anchor ? new Date(Date.UTC(anchor.day.year, anchor.day.month - 1, anchor.day.day, 12)) : NO_ANCHOR_INSTANT;
  let candidates = findCandidates(text, instant);
  candidates = fitExtents(candidates, text);
  candidates = removeOverlaps(candidates);
  candidates = mergeClockWithDay(candidates, text);
  return resolveInOrder(candidates, document, anchor, sentences, tokens);
}

function resolveInOrder(candidates: Candidate[], document: Document, anchor: Anchor | null, sentences: readonly Sentence[], tokens: readonly Token[]) {
  const text = document.text;
  const ctx = emptyContext(anchor?.day ?? null);
  const offset = clockOffset(document, anchor);
  const times: TimeExpression[] = [];
  const diagnostics: Diagnostic[] = [];
  const runs = monthRuns(candidates, text);
  // The months of one list take the tense of the first ("especially August, September and October").
  const listHead = new Map<number, number>();
  for (const run of runs) for (const i of run.slice(1)) listHead.set(i, run[0]!);
  const tenses = new Map<number, Tense | null>();
  const tenseAt = (i: number, sentence: number): Tense | null => {
    if (!tenses.has(i)) {
      const here = sentences[sentence];
      const scope: SentenceTokens | null = here ? { text, tokens, first: firstStartingFrom(tokens, here.start), last: firstStartingFrom(tokens, here.end) } : null;
      tenses.set(i, scope ? clauseTense(scope, candidates[i]!) : null);
    }
    return tenses.get(i)!;
  };
  const sentenceOf: number[] = [];
  // "the July 25 call", told again three paragraphs on: the same day, whatever the tense near it
  const toldDays = new Map<string, number>();
  let s = 0;
  for (const [index, c] of candidates.entries()) {
    while (s < sentences.length - 1 && sentences[s]!.end <= c.start) s++;
    const sentence = s;
    sentenceOf.push(sentence);
    const head = listHead.get(index);
    const tenseOf = (): Tense | null => (head === undefined ? tenseAt(index, sentence) : tenseAt(head, sentenceOf[head]!));
    const meaning = sameDayAsTold(pastIfItNamesAnActOver(c, sentences[sentence], text, tokens, anchor), toldDays);
    const r = resolve(meaning, tenseOf, ctx, sentence);
    rememberDay(meaning, r.value, toldDays);
    remember(ctx, r, sentence, c.meaning, datesStatement(text.slice(Math.max(sentences[sentence]?.start ?? 0, c.start - 40), c.start)));
    const time: TimeExpression = {
      id: `t${times.length + 1}`,
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: r.type,
      value: r.value,
      granularity: r.granularity,
      anchor: r.reference,
      inferred: r.inferred,
    };
    // a time of day ("9 AM", "at dawn") is local: it carries the zone the words name, else the dateline's or metadata's
    if (r.type === 'TIME' && r.value) {
      const utcOffset = r.clock?.utcOffsetMinutes !== undefined ? formatOffset(r.clock.utcOffsetMinutes) : offset;
      if (utcOffset) time.utcOffset = utcOffset;
    }
    times.push(time);
    if (r.value === null && (r.type === 'DATE' || r.type === 'TIME')) {
      diagnostics.push(diagnostic('DL202', `"${time.text}" is not fixed to the calendar: ${r.unresolved ?? 'unknown'}`, { stage: 'times', span: { start: c.start, end: c.end } }));
    }
  }
  for (const run of runs) placeMonthRun(run, candidates, times, anchor);
  weekdaysGlossedWithDates(candidates, times, text);
  return { times, diagnostics };
}
