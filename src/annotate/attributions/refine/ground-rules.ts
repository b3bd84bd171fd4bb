// "who declined to be named", "asked not to be identified", "requested anonymity": a source's terms
// for speaking, not something it said.
// A speaker read after its cue that cannot be one: a clause ("…, complained that he paid …") or the
// listener of "told" ("…, forcefully told a young voter …": "told" never takes its speaker after it).
// A question put to the reader ("Do you know where …?", "Would you think …?") states nothing.
import type { Candidate } from '../candidate.js';
import type { DocView } from '../view.js';

const TERMS_OF_SPEAKING = /^(?:(?:not\s+)?to\s+)?be\s+(?:publicly\s+)?(?:named|identified|quoted)\b|^anonymity\b/i;
const LISTENER_CUES = /^(?:told|tells|tell)$/i;
const QUESTION_AUXILIARIES = /(?:^|\s)(?:do|does|did|would|could|will|can|should|shall|might|have|are|were)$/i;

export function withoutGroundRules(view: DocView, candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => !TERMS_OF_SPEAKING.test(view.text.slice(c.content.start, c.content.end)) && !isMisreadSpeaker(view, c) && !isQuestionToReader(view, c));
}

function isMisreadSpeaker(view: DocView, c: Candidate): boolean {
  if (!c.source || c.source.start < c.cue.end) return false;
  const source = view.text.slice(c.source.start, c.source.end);
  return /^that\s/.test(source) || LISTENER_CUES.test(view.text.slice(c.cue.start, c.cue.end));
}

/** "Do you know …?": "you" after an auxiliary, in a sentence that ends with a question mark. */
function isQuestionToReader(view: DocView, c: Candidate): boolean {
  if (!c.source || view.text.slice(c.source.start, c.source.end).toLowerCase() !== 'you') return false;
  if (!QUESTION_AUXILIARIES.test(view.text.slice(Math.max(0, c.source.start - 12), c.source.start).trimEnd())) return false;
  const end = view.text.slice(c.cue.end).search(/[.!?\n]/);
  return end >= 0 && view.text[c.cue.end + end] === '?';
}
