// "Stein said she plans to join the protest": the plan is already inside what Stein said, from the
// same speaker. A statement that lies wholly inside another statement of the same speaker (the same
// entity or the same name) repeats it and is dropped; a statement of another
// speaker inside it ("Kim said the ministry had confirmed …") is news of its own and stays.
import type { Attribution } from '../../../model/types.js';

export function withoutOwnNesting(attributions: Attribution[]): Attribution[] {
  return attributions.filter((inner) => !attributions.some((outer) => outer !== inner && sameSpeaker(inner, outer) && insideContent(inner, outer)));
}

function sameSpeaker(a: Attribution, b: Attribution): boolean {
  if (!a.source || !b.source) return false;
  if (a.source.entity && a.source.entity === b.source.entity) return true;
  return a.source.name.toLowerCase() === b.source.name.toLowerCase();
}

/** The inner cue and content lie inside one piece of the outer content. */
function insideContent(inner: Attribution, outer: Attribution): boolean {
  return (outer.pieces ?? [outer.content]).some((p) => p.start <= inner.cue.start && inner.content.end <= p.end && p.start <= inner.content.start);
}
