// A viewpoint phrase: "In the governor's view, the plan is too costly" / "The plan is too costly, in
// her opinion." / "In the eyes of many voters, …". The owner is the source, the phrase the cue, the
// clause it frames the content.
import { candidate, type Candidate } from '../candidate.js';
import { contentLeft, contentRight } from '../content.js';
import { spanOf, type TokRange } from '../phrases.js';
import { isWord, type DocView, type SentenceRange } from '../view.js';

const VIEW_NOUNS = new Set(['view', 'opinion', 'eyes', 'estimation', 'judgment', 'judgement', 'mind', 'assessment', 'reckoning', 'telling', 'book']);
/** Nouns with a literal reading that need a comma before a closing viewpoint phrase ("dust in her eyes."). */
const LITERAL_READINGS = new Set(['eyes', 'mind', 'book', 'telling']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const POSSESSIVE = /^['\u2019]s$|['\u2019]s$|s['\u2019]$/;
/** Longest owner phrase ("the former defence secretary's"), in tokens. */
const MAX_OWNER = 6;

export function findInView(view: DocView): Candidate[] {
  const out: Candidate[] = [];
  const tokens = view.tokens;
  for (const s of view.sentences) {
    for (let i = s.first; i < s.last - 2; i++) {
      if (tokens[i]!.lower !== 'in' || tokens[i]!.quote !== -1) continue;
      const phrase = viewPhrase(view, s, i);
      if (!phrase) continue;
      const after = tokens[phrase.end];
      let content = null;
      if (i === s.first && after?.text === ',') content = contentRight(view, s, phrase.end + 1);
      // "…, in her opinion." closing the sentence
      else if (i > s.first && (tokens[i - 1]!.text === ',' || !LITERAL_READINGS.has(tokens[phrase.end - 1]!.lower)) && (phrase.end >= s.last || ['.', '!', '?'].includes(after?.text ?? ''))) content = contentLeft(view, s, tokens[i - 1]!.text === ',' ? i - 1 : i);
      if (!content) continue;
      const owner = spanOf(view, phrase.owner);
      // "the governor's" as one token: the source is "the governor"
      const source = { start: owner.start, end: owner.end - (POSSESSIVE.test(view.text.slice(owner.end - 2, owner.end)) && /['\u2019]/.test(view.text.slice(owner.end - 2, owner.end)) ? (/s['\u2019]$/.test(view.text.slice(owner.end - 2, owner.end)) ? 1 : 2) : 0) };
      out.push(candidate({ finder: 'in-view', cue: spanOf(view, phrase.cue), source, content, sentence: s.index }));
    }
  }
  return out;
}

/** "in X's view" / "in his eyes" / "in the view of X" at `at`: the owner and the token after the phrase. */
function viewPhrase(view: DocView, s: SentenceRange, at: number): { owner: TokRange; cue: TokRange; end: number } | null {
  const tokens = view.tokens;
  const next = tokens[at + 1]!;
  // "in the view of experts", "in the eyes of many voters"
  if (next.lower === 'the' && VIEW_NOUNS.has(tokens[at + 2]?.lower ?? '') && tokens[at + 3]?.lower === 'of') {
    let k = at + 4;
    while (k < s.last && k < at + 4 + MAX_OWNER && isWord(tokens[k]) && tokens[k]!.lower !== 'that') k++;
    return k > at + 4 ? { owner: { first: at + 4, last: k }, cue: { first: at, last: at + 4 }, end: k } : null;
  }
  if (POSSESSIVE_PRONOUNS.has(next.lower)) {
    return VIEW_NOUNS.has(tokens[at + 2]?.lower ?? '') && tokens[at + 2]!.lower !== 'book' ? { owner: { first: at + 1, last: at + 2 }, cue: { first: at + 2, last: at + 3 }, end: at + 3 } : null;
  }
  // "in the governor's view", "in Smith's opinion"
  for (let k = at + 1; k < s.last && k <= at + MAX_OWNER; k++) {
    const t = tokens[k]!;
    if (!isWord(t) && !POSSESSIVE.test(t.text)) return null;
    if (VIEW_NOUNS.has(t.lower) && k > at + 1 && POSSESSIVE.test(tokens[k - 1]!.text)) {
      const ownerLast = /^['\u2019]s$/.test(tokens[k - 1]!.text) ? k - 1 : k;
      return { owner: { first: at + 1, last: ownerLast }, cue: { first: k, last: k + 1 }, end: k + 1 };
    }
  }
  return null;
}
