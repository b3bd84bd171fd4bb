// "who declined to be named", "asked not to be identified", "requested anonymity": a source's terms
// for speaking, not something it said.
import type { Candidate } from '../candidate.js';
import type { DocView } from '../view.js';

const TERMS_OF_SPEAKING = /^(?:(?:not\s+)?to\s+)?be\s+(?:publicly\s+)?(?:named|identified|quoted)\b|^anonymity\b/i;

export function withoutGroundRules(view: DocView, candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => !TERMS_OF_SPEAKING.test(view.text.slice(c.content.start, c.content.end)));
}
