// "The commander, who spoke to AFP on condition of anonymity, said …": the speaker's apposition
// names the outlet the words were given to. Taken as a channel candidate only when the statement has
// none; the channel refiner keeps it only if it is an outlet ("who spoke to his family" is not).
import type { Candidate } from '../candidate.js';
import { listenerAfter, spanOf } from '../phrases.js';
import { tokenFrom, type DocView } from '../view.js';

const SPEAKING = new Set(['spoke', 'speaking', 'talking', 'talked', 'spoken']);

export function channelsFromAppositions(view: DocView, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.channel || !c.sourceContext) return c;
    const s = view.sentences[c.sentence]!;
    const last = Math.min(tokenFrom(view, c.sourceContext.end), s.last);
    for (let k = tokenFrom(view, c.sourceContext.start); k + 1 < last; k++) {
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
