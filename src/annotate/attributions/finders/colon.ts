// A speaker and a colon opening a sentence: transcripts ("PENCE: Well, look, …") and headlines
// ("Poll: Wealthy voters abandon …", "Kim: We will respond"), and transcript turns quoted in a
// report ('"SMITH: Well, look, …' opening a quoted paragraph). The colon is the cue.
import { candidate, type Candidate } from '../candidate.js';
import { contentRight, trimContent } from '../content.js';
import { isCueForm } from '../cue-lexicon.js';
import { INFO_SOURCE_NOUNS, SOURCE_HEAD_NOUNS } from '../../../knowledge/lexicons/attribution/source-nouns.js';
import { headOf, headWord } from '../heads.js';
import { spanOf, type TokRange } from '../phrases.js';
import { isWord, mentionsWithin, type DocView, type SentenceRange } from '../view.js';
import { quoteInner } from '../quotes.js';


const QUOTE_MARKS = new Set(['"', '”', '’', "'"]);

/** Longest speaker phrase before the colon, in tokens. */
const MAX_SPEAKER = 6;

/** A name the entities layer found, a name in capitals (transcripts), or a speaker noun ("Poll", "Officials"). */
function isSpeakerLabel(view: DocView, range: TokRange): boolean {
  const tokens = view.tokens;
  if (range.last - range.first > 4) return false;
  const mentions = mentionsWithin(view, tokens[range.first]!.start, tokens[range.last - 1]!.end);
  // the label is the name (with perhaps a title before it), not a headline that mentions one
  if (mentions.some((m) => m.end === tokens[range.last - 1]!.end && m.entity.type !== 'place')) return true;
  const head = tokens[headOf(view, range)]!;
  if (head.text.length > 1 && head.text === head.text.toUpperCase() && /\p{L}/u.test(head.text)) return true;
  const word = headWord(view, range);
  return SOURCE_HEAD_NOUNS.has(word) || INFO_SOURCE_NOUNS.has(word);
}

export function findColonSpeakers(view: DocView): Candidate[] {
  const out: Candidate[] = [];
  const tokens = view.tokens;
  for (const s of view.sentences) {
    const quoted = quotedTranscriptTurn(view, s);
    if (quoted) { out.push(quoted); continue; }
    let colon = -1;
    for (let k = s.first + 1; k < s.last && k <= s.first + MAX_SPEAKER; k++) {
      const t = tokens[k]!;
      if (t.text === ':') { colon = k; break; }
      if (!(isWord(t) || t.text === '.' || t.text === '-') || isCueForm(t.lower) || t.quote !== -1) break;
    }
    if (colon < 0 || colon + 1 >= s.last || !isWord(tokens[s.first]) || !isSpeakerLabel(view, { first: s.first, last: colon })) continue;
    const next = tokens[colon + 1]!;
    const q = next.kind === 'quote' ? view.quoteByOpen.get(next.start) : undefined;
    const content = q !== undefined ? quoteInner(view.text, view.quotes[q]!) : contentRight(view, s, colon + 1);
    if (!content) continue;
    out.push(candidate({
      finder: 'colon',
      cue: spanOf(view, { first: colon, last: colon + 1 }),
      source: spanOf(view, { first: s.first, last: colon }),
      content,
      direct: q !== undefined,
      sentence: s.index,
    }));
  }
  return out;
}

/**
 * A quoted transcript turn: a quotation opening the sentence with a speaker label in capitals and a
 * colon ('"SMITH: Well, look, …'). The turn runs to the end of the quotation (often the paragraph:
 * a quoted paragraph is left open when the next one goes on quoting).
 */
function quotedTranscriptTurn(view: DocView, s: SentenceRange): Candidate | null {
  const tokens = view.tokens;
  const mark = tokens[s.first];
  // the turn opens its paragraph; its mark may be read as closing the turn before when marks are straight
  if (!mark || mark.kind !== 'quote' || view.sentences[s.index - 1]?.paragraph === s.paragraph) return null;
  let colon = -1;
  for (let k = s.first + 1; k < s.last && k <= s.first + 4; k++) {
    const t = tokens[k]!;
    if (t.text === ':') { colon = k; break; }
    // transcripts write the speaker in capitals ("WALLACE", "SEN. SMITH")
    if (!isWord(t) && t.text !== '.') return null;
    if (isWord(t) && (t.text !== t.text.toUpperCase() || !/\p{L}{2}/u.test(t.text))) return null;
  }
  if (colon < 0 || colon === s.first + 1) return null;
  const from = tokens[colon + 1]!;
  // the turn runs to the end of its paragraph, where a quoted paragraph ends whether closed or not
  let last = s;
  for (let k = s.index + 1; k < view.sentences.length && view.sentences[k]!.paragraph === s.paragraph; k++) last = view.sentences[k]!;
  let end = last.end;
  if (end > from.start && QUOTE_MARKS.has(view.text[end - 1]!)) end--;
  const content = trimContent(view.text, from.start, end);
  if (!content) return null;
  return candidate({
    finder: 'colon',
    cue: spanOf(view, { first: colon, last: colon + 1 }),
    source: spanOf(view, { first: s.first + 1, last: colon }),
    content,
    sentence: s.index,
  });
}
