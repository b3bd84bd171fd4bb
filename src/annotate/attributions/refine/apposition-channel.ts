// "The commander, who spoke to AFP on condition of anonymity, said …": the speaker's apposition
// names the outlet the words were given to. Taken as a channel candidate only when the statement has
// none; the channel refiner keeps it only if it is an outlet ("who spoke to his family" is not).
import type { Candidate } from '../candidate.js';
import { listenerAfter, spanOf } from '../phrases.js';
import { tokenFrom, type DocView } from '../view.js';

const SPEAKING = new Set(['spoke', 'speaking', 'talking', 'talked', 'spoken']);

export function channelsFromAppositions(view: DocView, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.channel) return c;
    const s = view.sentences[c.sentence]!;
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
