// A speaker and a colon opening a sentence: transcripts ("PENCE: Well, look, …") and headlines
// ("Poll: Wealthy voters abandon …", "Kim: We will respond"). The colon is the cue.
import { candidate, type Candidate } from '../candidate.js';
import { contentRight } from '../content.js';
import { isCueForm } from '../cue-lexicon.js';
import { INFO_SOURCE_NOUNS, SOURCE_HEAD_NOUNS } from '../../../knowledge/lexicons/attribution/source-nouns.js';
import { headOf, headWord } from '../heads.js';
import { spanOf, type TokRange } from '../phrases.js';
import { isWord, mentionsWithin, type DocView } from '../view.js';
import { quoteInner } from '../quotes.js';

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
