// "The commander, who spoke to AFP on condition of anonymity, said …": the speaker's apposition
// names the outlet the words were given to. Taken as a channel candidate only when the statement has
// none; the channel refiner keeps it only if it is an outlet ("who spoke to his family" is not).
// "“…,” said Roe, an analyst at X, in an interview with Reuters.": after an inverted speaker and its
// apposition, the interview phrase that closes the sentence names the outlet the same way.
import type { Candidate } from '../candidate.js';
import { listenerAfter, spanOf } from '../phrases.js';
import { tokenFrom, type DocView } from '../view.js';

const SPEAKING = new Set(['spoke', 'speaking', 'talking', 'talked', 'spoken']);

export function channelsFromAppositions(view: DocView, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.channel) return c;
    const writer = writerForOutlet(view, c);
    if (writer) return writer;
    const s = view.sentences[c.sentence]!;
    const closing = interviewAfterSpeaker(view, c);
    if (closing) return Object.assign({}, c, { channel: closing, channelCertain: false });
    const context = c.sourceContext ?? relativeAfter(view, c);
    if (!context) return c;
    const last = Math.min(tokenFrom(view, context.end), s.last);
    for (let k = tokenFrom(view, context.start); k + 1 < last; k++) {
      const t = view.tokens[k]!;
      if (!SPEAKING.has(t.lower)) continue;
      let at = k + 1;
      if (view.tokens[at]!.lower === 'exclusively') at++;
      if (view.tokens[at]?.lower !== 'to' && view.tokens[at]?.lower !== 'with') continue;
      const listener = listenerAfter(view, Object.assign({}, s, { last }), at + 1);
      if (listener) return Object.assign({}, c, { channel: spanOf(view, listener), channelCertain: false });
    }
    return c;
  });
}

const WRITING_CUES = new Set(['wrote', 'writes', 'write', 'reported', 'reports', 'report']);

/**
 * "“…,” wrote Cameron Roe for Morning Post.": an inverted writer whose span ran on over "for <outlet>"; the
 * writer is the source, the outlet the channel (kept by the channel refiner only if it is an outlet).
 */
function writerForOutlet(view: DocView, c: Candidate): Candidate | null {
  if (!c.source || c.source.start < c.cue.end || !WRITING_CUES.has(view.text.slice(c.cue.start, c.cue.end).toLowerCase())) return null;
  const first = tokenFrom(view, c.source.start);
  const last = tokenFrom(view, c.source.end);
  for (let k = first + 1; k < last - 1; k++) {
    const t = view.tokens[k]!;
    if (t.lower !== 'for') continue;
    const before = view.tokens[k - 1]!;
    const outlet = view.tokens[k + 1]!;
    if (!/^\p{Lu}/u.test(outlet.text) && outlet.lower !== 'the') return null;
    return Object.assign({}, c, {
      source: { start: c.source.start, end: before.end },
      channel: { start: outlet.start, end: c.source.end },
      channelCertain: false,
    });
  }
  return null;
}

/** "according to a source who spoke with the Journal": a relative clause right after the source span, up to eight tokens. */
function relativeAfter(view: DocView, c: Candidate): { start: number; end: number } | null {
  if (!c.source) return null;
  const tokens = view.tokens;
  let k = tokenFrom(view, c.source.end);
  if (tokens[k]?.text === ',') k++;
  const who = tokens[k];
  if (!who || who.lower !== 'who' || who.sentence !== tokens[tokenFrom(view, c.source.start)]?.sentence) return null;
  const s = view.sentences[who.sentence]!;
  return { start: who.start, end: tokens[Math.min(k + 8, s.last - 1)]!.end };
}

/** Words that name an interview, after "in a(n)" and before "with" / "to". */
const INTERVIEW_NOUNS = new Set(['interview', 'conversation', 'call', 'exchange']);
/** Tokens an apposition between the speaker and the closing phrase may take. */
const MAX_TAIL = 24;

/**
 * "“…,” said Roe, an analyst at X, in an interview with Reuters.": the quotation is before the cue, the
 * speaker after it, and the sentence ends with "(in|during) a(n) [telephone] interview with|to <listener>".
 * Between the speaker and that phrase only an apposition may stand: no quotation, and the phrase ends the sentence.
 */
function interviewAfterSpeaker(view: DocView, c: Candidate): { start: number; end: number } | null {
  if (!c.source || !c.cue || c.content.end > c.cue.start || c.source.start < c.cue.end) return null;
  const tokens = view.tokens;
  const s = view.sentences[c.sentence]!;
  const from = tokenFrom(view, c.source.end);
  for (let k = from; k < s.last && k < from + MAX_TAIL; k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote' || t.text === ';') return null;
    if (t.lower !== 'in' && t.lower !== 'during') continue;
    if (k === from || tokens[k - 1]!.text !== ',') continue;
    let at = k + 1;
    if (tokens[at]?.lower !== 'a' && tokens[at]?.lower !== 'an' && tokens[at]?.lower !== 'the') continue;
    at++;
    // "a telephone interview", "a brief phone call"
    while (at < s.last && at < k + 5 && !INTERVIEW_NOUNS.has(tokens[at]!.lower) && isPlainWord(tokens[at]!)) at++;
    if (!INTERVIEW_NOUNS.has(tokens[at]?.lower ?? '')) continue;
    const preposition = tokens[at + 1]?.lower;
    if (preposition !== 'with' && preposition !== 'to') continue;
    const listener = listenerAfter(view, s, at + 2);
    if (!listener) return null;
    // the phrase closes the sentence
    const next = tokens[listener.last];
    if (next && listener.last < s.last && !['.', '!', '?'].includes(next.text)) return null;
    return spanOf(view, listener);
  }
  return null;
}

function isPlainWord(t: DocView['tokens'][number]): boolean {
  return t.kind === 'word' && t.text === t.lower;
}
