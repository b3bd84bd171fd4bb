// "his claims about the vote", "questions about the plan", "a theory of the case": the preposition that
// links a cue to its topic belongs to the cue ("claims about"), the topic alone is the content (as
// PARC and PolNeAR mark it). Only when the content starts right after the cue.
import type { Candidate } from '../candidate.js';
import type { DocView } from '../view.js';

const TOPIC_PREPOSITIONS = /^(about|of|on|over|for|against)\s+/i;

/** Verbs that name the act by their object: "expressed concern about", "voiced doubts over". */
const EXPRESSING = /^(?:express|expresses|expressed|expressing|voice|voices|voiced|voicing)$/i;
/**
 * A short noun phrase of feeling ("deep concern", "serious doubts") and the topic preposition or "that"
 * after it (the "that" stays out of the content, as after any cue: the PARC extents put it back).
 */
const FEELING_THEN_TOPIC = /^((?:[a-z]+\s+){0,2}[a-z]+\s+)(about|over|for|at|with|on|of|toward|towards|against)\s+|^((?:[a-z]+\s+){0,2}[a-z]+)\s+that\s+/;

export function topicPrepositionsToCue(view: DocView, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    const { content, cue } = c;
    if (content.start < cue.end || !/^\s*$/.test(view.text.slice(cue.end, content.start))) return c;
    const expressed = EXPRESSING.test(view.text.slice(cue.start, cue.end).split(/\s+/).pop() ?? '') ? FEELING_THEN_TOPIC.exec(view.text.slice(content.start, content.end)) : null;
    const m = expressed && !/\b(?:the|a|an|this|that|his|her|their|its)\b/.test(expressed[1] ?? expressed[3]!) ? expressed : TOPIC_PREPOSITIONS.exec(view.text.slice(content.start, content.end));
    if (!m || content.start + m[0].length >= content.end) return c;
    // "said about 20 people …": "about" as "roughly" opens the clause
    const rest = view.text.slice(content.start + m[0].length, content.end);
    if (/^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|half)\b/i.test(rest) && /^(?:\S+\s+){1,7}(?:have|has|had|are|is|were|was|will|would|say|said)\b/i.test(rest)) return c;
    const start = content.start + m[0].length;
    const moved = { start, end: content.end };
    // (the cue ends after the preposition, or after the feeling noun before "that")
    const cueEnd = m === expressed ? content.start + (m[2] ? m[1]!.length + m[2].length : m[3]!.length) : content.start + m[1]!.length;
    return Object.assign({}, c, {
      cue: { start: cue.start, end: cueEnd },
      content: moved,
      pieces: c.pieces ? [moved, ...c.pieces.slice(1)] : null,
      parcContent: c.parcContent && c.parcContent.start === content.start ? { start, end: c.parcContent.end } : c.parcContent,
    });
  });
}
