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
    let speaker: Speaker | null = sourceSpan ? resolveSpeaker(view, sourceSpan, c.sourceContext, c.sentence, prior) : null;
    let channel = c.channel ? resolveChannel(view, c.channel, c.channelCertain, c.sentence) : null;
    if (c.cited && speaker && sourceSpan && OUTLET_TYPES.has(speaker.type)) {
      // the outlet passes on what someone else said: that someone is the source, the outlet the channel
      channel = { name: speaker.name, entity: speaker.entity?.id ?? null, span: sourceSpan };
      sourceSpan = c.cited;
      speaker = resolveSpeaker(view, c.cited, null, c.sentence, prior);
      if (c.citingCue) cue = c.citingCue;
    }
    if (speaker) prior.push({ entity: speaker.entity, name: speaker.name, type: speaker.type, sentence: c.sentence });
    const hedges = findHedges(view, [cue, ...(c.pieces ?? [c.content])]);
    finderOf.push(c.finder);
    out.push({
      id: '',
      source: sourceSpan && speaker ? Object.assign({}, textSpan(view, sourceSpan), { name: speaker.name, entity: speaker.entity?.id ?? null, type: speaker.type }) : null,
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
  const kept = withoutNestedClaims(view, withoutOwnNesting(bindNestedPronouns(view, out)), (a) => finders.get(a));
  kept.sort((a, b) => a.sentence - b.sentence || a.cue.start - b.cue.start || a.content.start - b.content.start);
  kept.forEach((a, i) => { a.id = `a${i + 1}`; });
  return kept;
}

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
