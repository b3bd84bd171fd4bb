// Evaluations and reports in the passive: "The mayor was accused of lying" (no source; content the
// subject and "lying", two pieces around the cue, the subject first), "The plan has been called a
// disaster", "The story was first reported by the Post" (source the agent, content the subject).
import { BE_FORMS } from '../../../knowledge/lexicons/attribution/function-words.js';
import { PASSIVE_CUES } from '../../../knowledge/lexicons/attribution/passive-cues.js';
import { candidate, type Candidate } from '../candidate.js';
import { contentRight } from '../content.js';
import { isAgentive } from '../heads.js';
import { phraseAfter, spanOf, subjectBefore } from '../phrases.js';
import type { DocView, SentenceRange } from '../view.js';
import { timeAdverbialLength } from '../time-adverbials.js';

/** Words after "called" that make it no naming ("called off", "called to testify"). */
const NOT_NAMING = new Set(['off', 'to', 'on', 'in', 'for', 'up', 'out', 'back', 'upon', 'into', 'by']);

export function findPassives(view: DocView): Candidate[] {
  const out: Candidate[] = [];
  const tokens = view.tokens;
  for (const s of view.sentences) {
    for (let i = s.first + 2; i < s.last; i++) {
      const t = tokens[i]!;
      if (t.quote !== -1 || t.kind !== 'word' || !PASSIVE_CUES.has(t.text)) continue;
      const found = passiveAt(view, s, i);
      if (found) out.push(found);
    }
  }
  return out;
}

function passiveAt(view: DocView, s: SentenceRange, at: number): Candidate | null {
  const tokens = view.tokens;
  const word = tokens[at]!.text;
  const spec = PASSIVE_CUES.get(word)!;
  const subject = subjectBefore(view, s, at);
  if (!subject || subject.negated || !hasBeForm(view, subject.verbGroup, at)) return null;
  const cue = spanOf(view, { first: subject.verbGroup, last: at + 1 });
  const what = spanOf(view, subject.range);
  // ("was accused Wednesday of …": a time between the participle and its preposition)
  const after = at + 1 + (spec.next ? timeAdverbialLength(tokens, at + 1, s.last) : 0);
  const next = tokens[after];
  // "is accused by critics of ignoring …": the agent before the participle's own preposition accuses
  const agentEnd = next?.lower === 'by' && spec.next ? prepositionAfter(view, s, after + 2, spec.next) : -1;
  if (agentEnd > 0) {
    const agent = { first: after + 1, last: agentEnd };
    const rest = contentRight(view, s, agentEnd + 1, { object: true, act: true });
    if (!rest || !isAgentive(view, agent)) return null;
    return candidate({ finder: 'passive', cue, source: spanOf(view, agent), content: what, pieces: [what, rest], sentence: s.index });
  }
  // "… was first reported by The Washington Post": the agent says it
  if (next?.lower === 'by' && after < s.last) {
    const agent = phraseAfter(view, s, after + 1);
    if (!agent || !isAgentive(view, agent)) return null;
    return candidate({ finder: 'passive', cue, source: spanOf(view, agent), content: what, sentence: s.index });
  }
  if (spec.byOnly || !next || after >= s.last || next.kind !== 'word') return null;
  if (spec.next ? next.lower !== spec.next : NOT_NAMING.has(next.lower)) return null;
  const rest = contentRight(view, s, spec.next ? after + 1 : after, { object: true, act: true });
  if (!rest) return null;
  return candidate({ finder: 'passive', cue, source: null, content: what, pieces: [what, rest], sentence: s.index });
}

function hasBeForm(view: DocView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (BE_FORMS.has(view.tokens[k]!.lower)) return true;
  return false;
}

/** The token index of `word` within a short agent phrase from `from` ("by critics | of"), or -1. */
function prepositionAfter(view: DocView, s: SentenceRange, from: number, word: string): number {
  for (let k = from; k < s.last && k < from + 6; k++) {
    const t = view.tokens[k]!;
    if (t.lower === word) return k;
    if (t.kind !== 'word' && t.kind !== 'number') return -1;
  }
  return -1;
}
