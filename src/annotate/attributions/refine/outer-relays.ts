// "According to Yonhap, the JCS said …", "Kim said …, according to KCNA" and "The ministry said …,
// Interfax reported": a statement nested in another one reached the reporter through the outer
// source. The nested attribution keeps its own speaker and takes the outer source as its channel
// (for certain after "according to"; after a reporting verb only if the outer source is an outlet,
// which the channel refiner checks). An outer "according to" (PARC marks both) covers the whole
// nested statement, not only its speaker's apposition ("Burrows, the chairman, said …").
import type { Candidate } from '../candidate.js';
import type { DocView } from '../view.js';

export function passOuterRelays(view: DocView, candidates: Candidate[]): Candidate[] {
  const out = candidates.slice();
  // candidates by where their speaker starts: a nested one's speaker opens the outer content
  const bySourceStart = new Map<number, number[]>();
  out.forEach((c, k) => {
    if (!c.source) return;
    const list = bySourceStart.get(c.source.start);
    if (list) list.push(k);
    else bySourceStart.set(c.source.start, [k]);
  });
  for (let i = 0; i < out.length; i++) {
    const outer = out[i]!;
    if (!outer.source) continue;
    const innerAt = (bySourceStart.get(outer.content.start) ?? []).find((k) => k !== i && isNestedIn(view, out[k]!, outer)) ?? -1;
    if (innerAt < 0) continue;
    const inner = out[innerAt]!;
    const according = outer.finder === 'according-to';
    if (!inner.channel) out[innerAt] = Object.assign({}, inner, { channel: outer.source, channelCertain: according });
    const innerEnd = Math.max(inner.content.end, ...(inner.pieces ?? []).map((p) => p.end));
    if (according && innerEnd > outer.content.end && outer.content.start < inner.cue.start) out[i] = Object.assign({}, outer, { content: { start: outer.content.start, end: innerEnd } });
  }
  return out;
}

/** The candidate's speaker opens the outer content, with its cue inside that content (or, for "according to" before it, after it). */
function isNestedIn(view: DocView, c: Candidate, outer: Candidate): boolean {
  if (c.sentence !== outer.sentence || c.finder === 'according-to' || c.source === null || c.source.start !== outer.content.start || c.cue.start <= c.source.start) return false;
  if (outer.finder === 'according-to') return c.cue.start < Math.max(outer.content.end, c.cue.start + 1) && (c.cue.start < outer.cue.start || outer.content.start > outer.cue.start);
  // "KCNA reported that Kim said …": a report before the nested statement passes it on as well
  if (outer.cue.end <= c.source.start && REPORTING_CUE.test(view.text.slice(outer.cue.start, outer.cue.end).toLowerCase())) return c.cue.start < outer.content.end;
  // "The ministry said …, Interfax reported": the outer cue follows the whole nested statement
  return outer.cue.start > c.content.end && c.cue.start < outer.content.end;
}

/** Reporting cues that pass on a nested statement after them ("reported that Kim said …"). */
const REPORTING_CUE = /(?:^|\s)(?:reported|reports|report)$/;
