// TimeML extents (TimeML Annotation Guidelines 1.2.1 §2.2.1): a TIMEX3 starts after its preposition
// ("on Friday" → "Friday") but includes its determiner and modifiers ("the past year", "about five
// hours", "early next year", "the end of 1990", "mid-November").
import type { Candidate } from '../candidate.js';

const LEADING_PREPOSITION = /^(?:at|on|in|by|from|since|until|till|during|for|of|before|after|within|through|to|as\s+of)\s+/i;
const APPROXIMATOR_BEFORE = /\b(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|upwards\s+of|just\s+over|just\s+under|well\s+over)\s+$/i;
const DATE_MODIFIER_BEFORE = /(?:\b(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn|first\s+half|second\s+half|latter\s+part|early\s+part|first\s+part|rest|remainder)\s+of\s+|\b(?:early|late|mid|earlier|later)[\s-]+)$/i;

const takesApproximator = (c: Candidate): boolean => {
  const m = c.meaning;
  return m.kind === 'duration' || m.kind === 'shift' || m.kind === 'clock' || (m.kind === 'date' && m.clock !== undefined) || (m.kind === 'relative' && m.clock !== undefined);
};
const takesDateModifier = (c: Candidate): boolean => {
  const kind = c.meaning.kind;
  return kind === 'date' || kind === 'month' || kind === 'season' || kind === 'year' || kind === 'decade' || kind === 'century' ||
    kind === 'relative' || kind === 'quarter' || kind === 'holiday' || kind === 'contextual' || kind === 'weekend';
};

/** Moves each candidate's start past a leading preposition and back over its modifiers. */
export function fitExtents(candidates: Candidate[], text: string): Candidate[] {
  for (const c of candidates) {
    // chrono's spans can end with the comma or space after the date ("Thursday, ")
    while (c.end > c.start + 1 && /[\s,;:]/.test(text[c.end - 1]!)) c.end--;
    let m: RegExpExecArray | null;
    while ((m = LEADING_PREPOSITION.exec(text.slice(c.start, c.end))) !== null && m[0].length < c.end - c.start) c.start += m[0].length;
    // "the third-quarter results", "the two-week visit": "the" belongs to the noun, not to the adjective
    if (/^the\s+\S+-(?:quarter|half|year|month|week|day|hour|minute|decade)$/i.test(text.slice(c.start, c.end))) c.start = text.indexOf(' ', c.start) + 1;
    while (c.start < c.end && /\s/.test(text[c.start]!)) c.start++;
    if (takesApproximator(c)) {
      const a = APPROXIMATOR_BEFORE.exec(text.slice(Math.max(0, c.start - 30), c.start));
      // "some" only before an amount ("some 20 years"), not before "time"
      if (a && !(/^some\s*$/i.test(a[0]) && !/^\d/.test(text.slice(c.start, c.start + 1)))) c.start -= a[0].length;
    }
    if (takesDateModifier(c)) {
      const d = DATE_MODIFIER_BEFORE.exec(text.slice(Math.max(0, c.start - 30), c.start));
      if (d) c.start -= d[0].length;
    }
  }
  return candidates;
}
