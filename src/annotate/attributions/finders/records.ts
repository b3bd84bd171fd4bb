// Records with a long description as the subject of an evidence verb: "A new analysis of groups that
// have raised $1 million or more since January shows Democrats ahead", "An exhaustive study released
// on Tuesday by researchers shows in detail how …". The subject reader stops inside such phrases; a
// sentence that opens with a record noun and reaches an evidence verb with no other verb of saying
// on the way makes the whole opening phrase the source.
import { AUXILIARIES, CUE_ADVERBS, DETERMINERS, NP_PREPOSITIONS } from '../../../knowledge/lexicons/attribution/function-words.js';
import { INFO_SOURCE_NOUNS } from '../../../knowledge/lexicons/attribution/source-nouns.js';
import { candidate, type Candidate } from '../candidate.js';
import { channelOf, readComplement } from '../complement.js';
import { contentRight, trimContent } from '../content.js';
import { cueVerbAt, isIngForm } from '../cue-lexicon.js';
import { spanOf } from '../phrases.js';
import type { DocView, SentenceRange } from '../view.js';

/** Words between the opening determiner and the record noun ("A new USA TODAY analysis"). */
const MAX_MODIFIERS = 3;
/** Tokens from the record noun to the verb. */
const MAX_REACH = 30;

export function findRecords(view: DocView): Candidate[] {
  const out: Candidate[] = [];
  for (const s of view.sentences) {
    const found = recordAt(view, s);
    if (found) out.push(found);
  }
  return out;
}

function recordAt(view: DocView, s: SentenceRange): Candidate | null {
  const tokens = view.tokens;
  if (s.last - s.first < 5 || view.titleCase[s.index] || !DETERMINERS.has(tokens[s.first]!.lower)) return null;
  let head = -1;
  for (let k = s.first + 1; k < s.last && k <= s.first + 1 + MAX_MODIFIERS; k++) {
    const t = tokens[k]!;
    // "The authors of the report": a preposition before the record noun makes another word the head
    if (t.kind !== 'word' || NP_PREPOSITIONS.has(t.lower)) return null;
    if (t.text === t.lower && INFO_SOURCE_NOUNS.has(t.lower)) { head = k; break; }
  }
  if (head < 0) return null;
  for (let k = head + 1; k < s.last && k <= head + MAX_REACH; k++) {
    const t = tokens[k]!;
    if (t.quote !== -1 || t.kind === 'quote' || t.text === ';' || t.text === ':' || t.text === '(') return null;
    const cue = cueVerbAt(view, k);
    if (!cue) continue;
    // the first verb of saying decides: an evidence verb in a finite form, or no record reading
    if (cue.verb.kind !== 'evidence' || cue.verb.evaluative || isIngForm(t.lower) || k === head + 1) return null;
    let verbGroup = k;
    while (verbGroup - 1 > head && ((AUXILIARIES.has(tokens[verbGroup - 1]!.lower) && tokens[verbGroup - 1]!.text !== 'May') || CUE_ADVERBS.has(tokens[verbGroup - 1]!.lower))) verbGroup--;
    // "… combed through the filings and found …": a second verb of the subject, which is not the record
    if (tokens[verbGroup - 1]!.lower === 'and' || tokens[verbGroup - 1]!.lower === 'but') return null;
    const complement = readComplement(view, s, cue.next, cue.verb);
    const content = contentRight(view, s, complement.contentFrom);
    const source = trimContent(view.text, tokens[s.first]!.start, tokens[verbGroup - 1]!.end);
    if (!content || !source) return null;
    return candidate({ finder: 'record', cue: spanOf(view, { first: cue.at, last: cue.next }), source, content, sentence: s.index, ...channelOf(view, complement) });
  }
  return null;
}
