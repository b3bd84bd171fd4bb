// A quotation that stands alone as a sentence, with no speaker of its own, right after a statement:
// news copy goes on quoting the speaker of the sentence before ("Roe said the roof had leaked for
// years. “We kept buckets in every room.”"), in the same paragraph or as a paragraph of its own.
// It becomes a statement of that speaker (a separate attribution with the same cue, as the gold of
// real reports marks each quotation). A quotation without a sentence end inside ("“Not a normal
// channel”" as a section heading) or with words after it in its sentence is left alone.
import { candidate, type Candidate, type FinderName } from '../candidate.js';
import { quoteInner, type Quote } from '../quotes.js';
import { mentionsWithin, tokenFrom, type DocView } from '../view.js';

/** Finders whose speaker goes on talking: said, told, wrote, quotations and their continuations. */
const SPEAKING_FINDERS: ReadonlySet<FinderName> = new Set(['direct-quote', 'continuation', 'reported-speech', 'colon']);
const ENDS_SENTENCE = /[.!?…]['"’”]*$/;

export function withUncuedQuotes(view: DocView, candidates: Candidate[]): Candidate[] {
  const out = candidates.slice();
  for (const q of view.quotes) {
    if (!q.terminated || claimed(out, q)) continue;
    const sentence = standsAlone(view, q);
    if (sentence < 1) continue;
    const speaker = speakerBefore(view, out, sentence, q.open);
    if (!speaker) continue;
    const content = quoteInner(view.text, q);
    const words = view.text.slice(content.start, content.end);
    if (!ENDS_SENTENCE.test(words) || isTitleCase(words)) continue;
    // (right after its speaker's statement: speakers are resolved in this order, and a later "he" looks back over it)
    out.splice(out.indexOf(speaker) + 1, 0, candidate({
      finder: 'continuation',
      cue: speaker.cue,
      cueHedging: speaker.cueHedging,
      source: speaker.source,
      sourceContext: speaker.sourceContext,
      content,
      direct: true,
      // resolved as its speaker was, in the speaker's sentence
      sentence: speaker.sentence,
      channel: speaker.channel,
      channelCertain: speaker.channelCertain,
      cited: speaker.cited,
      citingCue: speaker.citingCue,
    }));
  }
  return out;
}

/** "‘Legend in the Coal Fields.’": a heading in quotation marks, every longer word capitalised. */
function isTitleCase(words: string): boolean {
  const long = words.split(/[^\p{L}'’-]+/u).filter((w) => w.length > 3);
  return long.length >= 1 && long.every((w) => w[0] !== w[0]!.toLowerCase());
}

/** Whether some candidate's content (any piece) overlaps the quotation. */
function claimed(candidates: readonly Candidate[], q: Quote): boolean {
  return candidates.some((c) => (c.pieces ?? [c.content]).some((p) => p.start < q.end && q.open < p.end));
}

/** The index of the sentence the quotation opens, when it opens it and nothing but punctuation follows it there; else -1. */
function standsAlone(view: DocView, q: Quote): number {
  const tokens = view.tokens;
  const open = tokenFrom(view, q.open);
  const first = tokens[open];
  if (!first || first.start !== q.open) return -1;
  const s = view.sentences[first.sentence]!;
  if (s.first !== open) return -1;
  const close = tokenFrom(view, q.end - 1);
  const last = view.sentences[tokens[close]?.sentence ?? -1];
  if (!last) return -1;
  for (let k = close + 1; k < last.last; k++) if (tokens[k]!.kind !== 'punct') return -1;
  return first.sentence;
}

/**
 * The latest statement with a speaker that ends in the quotation's paragraph or the one before it,
 * with no other person named between it and the quotation (narration of what the speaker did may
 * stand between: "Both of them froze. “Then the police came.”").
 */
function speakerBefore(view: DocView, candidates: readonly Candidate[], sentence: number, limit: number): Candidate | null {
  const here = view.sentences[sentence]!;
  let best: Candidate | null = null;
  let bestEnd = -1;
  for (const c of candidates) {
    if (!c.source || !SPEAKING_FINDERS.has(c.finder) || c.cue.start >= limit) continue;
    const end = Math.max(c.cue.end, ...(c.pieces ?? [c.content]).map((p) => p.end));
    if (end > limit || end <= bestEnd) continue;
    best = c;
    bestEnd = end;
  }
  if (!best) return null;
  const at = view.tokens[tokenFrom(view, bestEnd - 1)];
  if (!at || here.paragraph - view.sentences[at.sentence]!.paragraph > 1) return null;
  if (mentionsWithin(view, bestEnd, limit).some((m) => m.entity.type === 'person' && m.mention.kind !== 'pronoun')) return null;
  return best;
}
