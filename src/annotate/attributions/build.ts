// Candidates to Attributions: resolves speakers and channels in text order (so "he" can point back to
// an earlier speaker), swaps in a cited source when an outlet reports ("Yonhap reported, citing an
// official …"), sets kind and hedges, drops a statement repeated inside the same speaker's own, and
// numbers them a1, a2, ….
import type { Attribution, Span, TextSpan } from '../../model/types.js';
import type { Candidate, FinderName } from './candidate.js';
import type { PriorSpeaker } from './refine/antecedents.js';
import { resolveChannel } from './refine/channel.js';
import { withoutOwnNesting } from './refine/own-nesting.js';
import { bindNestedPronouns } from './refine/nested-pronouns.js';
import { withoutNestedClaims } from './refine/nested-claims.js';
import { findHedges } from './refine/hedges.js';
import { isAnonymousSource } from './refine/anonymity.js';
import { resolveSpeaker, type Speaker } from './refine/resolve-source.js';
import { OUTLET_TYPES } from './refine/source-type.js';
import type { DocView } from './view.js';

export function buildAttributions(view: DocView, candidates: readonly Candidate[]): Attribution[] {
  const prior: PriorSpeaker[] = [];
  const out: Attribution[] = [];
  const finderOf: FinderName[] = [];
  for (const c of candidates) {
    let cue = c.cue;
    let sourceSpan = c.source;
    let speaker: Speaker | null = sourceSpan ? resolveSpeaker(view, sourceSpan, c.sourceContext, c.sentence, prior, c.content, CONTINUING.has(view.text.slice(c.cue.start, c.cue.end).toLowerCase())) : null;
    let channel = c.channel ? resolveChannel(view, c.channel, c.channelCertain, c.sentence) : null;
    if (c.cited && speaker && sourceSpan && OUTLET_TYPES.has(speaker.type)) {
      // the outlet passes on what someone else said: that someone is the source, the outlet the channel
      channel = { name: speaker.name, entity: speaker.entity?.id ?? null, span: sourceSpan };
      sourceSpan = c.cited;
      speaker = resolveSpeaker(view, c.cited, null, c.sentence, prior);
      if (c.citingCue) cue = c.citingCue;
    }
    let anonymous = false;
    if (speaker && sourceSpan) {
      const word = view.text.slice(sourceSpan.start, sourceSpan.end).toLowerCase();
      const antecedent = [...prior].reverse().find((p) => p.name === speaker!.name && p.entity === speaker!.entity)?.anonymous;
      anonymous = isAnonymousSource(view, { source: sourceSpan, named: speaker.entity?.type === 'person', linked: speaker.entity !== null, sentence: c.sentence, antecedent });
      prior.push({ entity: speaker.entity, name: speaker.name, type: speaker.type, sentence: c.sentence, content: c.content, anonymous, ...(word === 'he' || word === 'she' ? { pronoun: word } : {}) });
    }
    const hedges = findHedges(view, [cue, ...(c.pieces ?? [c.content])]);
    finderOf.push(c.finder);
    out.push({
      id: '',
      source: sourceSpan && speaker ? Object.assign({}, textSpan(view, sourceSpan), { name: speaker.name, entity: speaker.entity?.id ?? null, type: speaker.type, anonymous }) : null,
      cue: textSpan(view, cue),
      content: textSpan(view, c.content),
      ...(c.pieces ? { pieces: c.pieces.map((piece) => textSpan(view, piece)) } : {}),
      channel,
      kind: kindOf(view, c),
      hedged: c.cueHedging || hedges.length > 0,
      hedges,
      sentence: c.sentence,
    });
  }
  const finders = new Map(out.map((a, i) => [a, finderOf[i]!]));
  const kept = withoutRelayCopies(withoutNestedClaims(view, withoutOwnNesting(bindNestedPronouns(view, out)), (a) => finders.get(a)), (a) => finders.get(a));
  kept.sort((a, b) => a.sentence - b.sentence || a.cue.start - b.cue.start || a.content.start - b.content.start);
  kept.forEach((a, i) => { a.id = `a${i + 1}`; });
  return kept;
}

/**
 * "“We are ready,” he told members, according to a statement": the statement inside is already one
 * attribution with the relay as its channel; the relay's own copy of it (content "“We are ready,” he
 * told members", the record as speaker) would count the one statement twice. It goes.
 */
const RELAYED_FINDERS: ReadonlySet<FinderName> = new Set(['direct-quote', 'continuation', 'reported-speech']);
const SAYING = new Set(['said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'stated', 'states', 'wrote', 'writes']);
/** Cues that go on with the speaker before: "he added", "she continued". */
const CONTINUING = new Set(['added', 'adds', 'continued', 'continues']);
const BARE_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

function withoutRelayCopies(attributions: Attribution[], finderOf: (a: Attribution) => FinderName | undefined): Attribution[] {
  const relayed = (outer: Attribution): boolean => finderOf(outer) === 'according-to' && outer.source !== null && attributions.some((inner) =>
    inner !== outer && inner.channel?.span !== undefined && inner.channel.span.start === outer.source!.start
    // (an inner "they"/"it" is a weak speaker: "They fear …, according to people familiar with their thinking" keeps the relay;
    // a quotation's "he told …" is plain)
    && (inner.kind === 'direct' || !BARE_PRONOUNS.has(inner.source?.text.toLowerCase() ?? ''))
    // (words said, not a stance or an act read off a verb's object: "Malaysia has maintained a policy of …, according
    // to AFP" is AFP's report)
    && RELAYED_FINDERS.has(finderOf(inner) ?? 'according-to') && (inner.kind !== 'indirect' || SAYING.has(inner.cue.text.toLowerCase()))
    && outer.content.start <= inner.cue.start && inner.cue.end <= outer.content.end);
  // "Local media reported that the firm's lawyers said “…”", "it was reported that Roe wrote in an email, “…”":
  // an outlet's (or nobody's) report of a named speaker's words is the channel of those words, not a second statement
  const reportedCopy = (outer: Attribution): boolean => REPORTING.test(outer.cue.text.toLowerCase()) && attributions.some((inner) =>
    inner !== outer && RELAYED_FINDERS.has(finderOf(inner) ?? 'according-to') && inner.source !== null
    && !BARE_PRONOUNS.has(inner.source.text.toLowerCase())
    && (inner.kind === 'direct' || SAYING.has(inner.cue.text.toLowerCase()))
    && outer.content.start <= inner.source.start && inner.source.start <= outer.content.start + 5
    && inner.cue.end <= outer.content.end);
  return attributions.filter((a) => !relayed(a) && !reportedCopy(a));
}

/** Reporting cues whose content may be a named speaker's statement told on ("reported that X said …"). */
const REPORTING = /(?:^|\s)(?:reported|reports|report)$/;

/** direct: the content is one quotation; mixed: reported speech with quoted words; indirect otherwise. */
function kindOf(view: DocView, c: Candidate): Attribution['kind'] {
  if (c.direct) return 'direct';
  for (const q of view.quotes) {
    if (q.open >= c.content.end) break;
    if (q.end > c.content.start && q.open < c.content.end) return 'mixed';
  }
  return 'indirect';
}

function textSpan(view: DocView, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: view.text.slice(span.start, span.end) };
}
