// Source phrases that are not a subject: "according to X", "as per X", "in the words of X",
// "as reported by X", "as announced by X" — at the start of a sentence (content after the comma), at
// its end (content before the comma) or in its middle; with a trailing ", citing Y" (Y the source).
import { CITING_CUES, RELAY_PARTICIPLES } from '../../../knowledge/lexicons/attribution/phrasal-cues.js';
import { DETERMINERS } from '../../../knowledge/lexicons/attribution/function-words.js';
import { candidate, type Candidate } from '../candidate.js';
import { contentLeft, contentRight, introducerLength, tailAfter } from '../content.js';
import { cueVerbAt } from '../cue-lexicon.js';
import { phraseAfter, spanOf, type TokRange } from '../phrases.js';
import { timeAdverbialLength } from '../time-adverbials.js';
import { isCapitalized, isWord, type DocView, type SentenceRange } from '../view.js';

const RELATIVE_CITERS = new Set(['which', 'who']);
const RELAYING_VERBS = new Set(['cited', 'quoted']);
const LEAD_INS = new Set(['but', 'and', 'however', 'yet', 'still', 'so', 'also', 'now', 'moreover', 'meanwhile', ',']);

export function findAccordingTo(view: DocView): Candidate[] {
  const out: Candidate[] = [];
  const tokens = view.tokens;
  for (const s of view.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (tokens[i]!.quote !== -1) continue;
      const len = introducerLength(view, i, s.last);
      if (len === 0 || followsCue(view, s, i)) continue;
      const who = phraseAfter(view, s, i + len);
      if (!who) continue;
      // "according to a report Thursday from the United Nations and other agencies": the body after the
      // time the document came out is whose report it is (the source phrase takes it in)
      const issued = issuerAfterTime(view, s, who);
      if (issued) who.last = issued;
      // "According to the UN and the Red Cross, …": every source named in the list is the source
      const listed = coordinatedEnd(view, s, who.last);
      if (listed) who.last = listed.last;
      let after = listed ? listed.after : who.last;
      // "according to a posting made yesterday, …": the time belongs to the source phrase
      const time = timeAdverbialLength(tokens, after, s.last);
      if (time > 0 && tokens[after + time]?.text === ',') after += time;
      let cited: TokRange | null = null;
      if (tokens[after]?.text === ',' && CITING_CUES.has(tokens[after + 1]?.lower ?? '')) {
        cited = phraseAfter(view, s, after + 2);
        if (cited) after = cited.last;
      } else if (tokens[after]?.text === ',' && RELATIVE_CITERS.has(tokens[after + 1]?.lower ?? '') && RELAYING_VERBS.has(tokens[after + 2]?.lower ?? '')) {
        // "according to TASS, which cited a source in the emergency services, …"
        cited = phraseAfter(view, s, after + 3);
        if (cited) after = cited.last;
      }
      const content = contentFor(view, s, i, after);
      if (!content) continue;
      out.push(candidate({
        finder: 'according-to',
        cue: spanOf(view, { first: i, last: i + len }),
        source: spanOf(view, who),
        content,
        sentence: s.index,
        cited: cited ? spanOf(view, cited) : null,
        citingCue: cited ? spanOf(view, { first: cited.first - 1, last: cited.first }) : null,
      }));
      i = after - 1;
    }
  }
  return out;
}

/**
 * The end of a list of sources after the first one ("…, the WHO and the health ministry", "… and the
 * Red Cross"), or `after` when no such list follows. Each listed source opens with a capital (perhaps
 * after "the"); the list ends with "and" and one more source, then a comma, the sentence end, or an
 * "as of" date before the comma.
 */
function coordinatedEnd(view: DocView, s: SentenceRange, after: number): { last: number; after: number } | null {
  const tokens = view.tokens;
  let k = after;
  for (let n = 0; n < 4; n++) {
    const t = tokens[k];
    if (!t || k >= s.last || (t.lower !== 'and' && t.text !== ',')) return null;
    // (after a comma only a name opens another source: "According to police, Smith and Jones were …")
    const first = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    if (first >= s.last || (t.text === ',' && !isCapitalized(tokens[first]))) return null;
    const next = phraseAfter(view, s, k + 1);
    if (!next || next.last - next.first > 10) return null;
    k = next.last;
    if (t.lower === 'and') break;
    if (n === 3) return null;
  }
  // "… and the health ministry as of Monday, …"
  let end = k;
  if (tokens[end]?.lower === 'as' && tokens[end + 1]?.lower === 'of') {
    end += 2;
    while (end < s.last && end - k < 6 && tokens[end]!.text !== ',') end++;
  }
  end += timeAdverbialLength(tokens, end, s.last);
  const stop = tokens[end];
  return end >= s.last || stop?.text === ',' || stop?.text === '.' ? { last: k, after: end } : null;
}

/** Documents whose issuer may follow the time they came out: "a report Thursday from the UN". */
const ISSUED_DOCUMENTS = new Set(['report', 'statement', 'study', 'survey', 'assessment', 'analysis', 'estimate', 'estimates', 'data', 'figures', 'tally', 'count', 'update', 'bulletin', 'review', 'investigation']);

/** The end of "<time> from|by <body>" after a document noun ending `who`, or 0. */
function issuerAfterTime(view: DocView, s: SentenceRange, who: TokRange): number {
  const tokens = view.tokens;
  if (!ISSUED_DOCUMENTS.has(tokens[who.last - 1]!.lower)) return 0;
  const time = timeAdverbialLength(tokens, who.last, s.last);
  const k = who.last + time;
  if (time === 0 || !['from', 'by'].includes(tokens[k]?.lower ?? '')) return 0;
  const body = phraseAfter(view, s, k + 1);
  if (!body || !isCapitalized(tokens[body.first]!.lower === 'the' ? tokens[body.first + 1] : tokens[body.first])) return 0;
  const listed = coordinatedEnd(view, s, body.last);
  return listed ? listed.last : body.last;
}

/** Where the content is, given the introducer at `at` and the end of its source phrase. */
function contentFor(view: DocView, s: SentenceRange, at: number, after: number) {
  const tokens = view.tokens;
  let leading = true;
  for (let k = s.first; k < at && leading; k++) leading = LEAD_INS.has(tokens[k]!.lower);
  // "Wikinews has learned that, according to a posting, the site …": the clause after "that" is what the source says
  if (leading || tokens[at - 1]?.lower === 'that' || (tokens[at - 1]?.text === ',' && tokens[at - 2]?.lower === 'that')) return contentRight(view, s, tokens[after]?.text === ',' ? after + 1 : after);
  const left = contentLeft(view, s, [',', '—', '–', '('].includes(tokens[at - 1]!.text) ? at - 1 : at);
  const comma = tokens[after];
  if (after < s.last - 1 && comma && (comma.text === ',' || comma.text === '—') && !tailAfter(view, s, after)) {
    // "The missile, according to officials, flew 500 km": a short left part is only the subject
    let words = 0;
    for (let k = s.first; k < at; k++) if (isWord(tokens[k])) words++;
    return words >= 4 ? left : contentRight(view, s, s.first);
  }
  return left;
}

/** "Kim remarked, as quoted by the agency, that …": a relay right after a cue verb belongs to that verb. */
function followsCue(view: DocView, s: SentenceRange, at: number): boolean {
  const tokens = view.tokens;
  const isRelay = tokens[at]!.lower === 'as' && RELAY_PARTICIPLES.has(tokens[at + 1]?.lower ?? '');
  const comma = tokens[at - 1];
  if (!comma || (comma.text !== ',' && comma.text !== '—')) return false;
  for (let k = at - 2; k >= s.first && k >= at - 4; k--) {
    const cue = cueVerbAt(view, k);
    // ("hurt in the blast, according to …": after a determiner the form is a noun, no cue)
    if (cue && cue.next === at - 1 && !DETERMINERS.has(tokens[k - 1]?.lower ?? '')) return isRelay || tokens[at]!.lower === 'according';
  }
  return false;
}
