// "According to Yonhap, the JCS said …" and "Kim said …, according to KCNA": a statement nested in
// an "according to" phrase reached the reporter through that outlet. The nested attribution keeps
// its own speaker and takes the outer source as its channel; the outer one (PARC marks both) covers
// the whole nested statement, not only its speaker's apposition ("Burrows, the chairman, said …").
import type { Candidate } from '../candidate.js';

export function passOuterRelays(candidates: Candidate[]): Candidate[] {
  const out = candidates.slice();
  for (let i = 0; i < out.length; i++) {
    const outer = out[i]!;
    if (outer.finder !== 'according-to' || !outer.source) continue;
    const innerAt = out.findIndex((c, k) => k !== i && isNestedIn(c, outer));
    if (innerAt < 0) continue;
    const inner = out[innerAt]!;
    if (!inner.channel) out[innerAt] = { ...inner, channel: outer.source, channelCertain: true };
    const innerEnd = Math.max(inner.content.end, ...(inner.pieces ?? []).map((p) => p.end));
    if (innerEnd > outer.content.end && outer.content.start < inner.cue.start) out[i] = { ...outer, content: { start: outer.content.start, end: innerEnd } };
  }
  return out;
}

/** The candidate's speaker opens the outer content and its cue lies after the outer content's start. */
function isNestedIn(c: Candidate, outer: Candidate): boolean {
  return c.sentence === outer.sentence && c.finder !== 'according-to' && c.source !== null
    && c.source.start === outer.content.start && c.cue.start > c.source.start && c.cue.start < Math.max(outer.content.end, c.cue.start + 1)
    && (c.cue.start < outer.cue.start || outer.content.start > outer.cue.start);
}
