// Characterisations with "as": "Critics see the bill as a giveaway", "who saw the comment as a dig",
// "She painted her rival as a risk", "treated the remark as a compliment", ", painting him as …". The subject is the source; the object with its "as" phrase is
// the content. Without "as" these verbs are perception or action ("saw a drop", "cast a vote").
import { CLAUSE_VERBS, NEGATIONS } from '../../../knowledge/lexicons/attribution/function-words.js';
import { candidate, type Candidate } from '../candidate.js';
import { contentRight } from '../content.js';
import { isPastCueForm } from '../cue-lexicon.js';
import { isAgentive } from '../heads.js';
import { isPassiveOrInfinitive, spanOf, subjectBefore } from '../phrases.js';
import { isWord, type DocView } from '../view.js';

const SEE_AS_VERBS = new Set(['see', 'sees', 'saw', 'seeing', 'regard', 'regards', 'regarded', 'regarding', 'perceive', 'perceives',
  'perceived', 'paint', 'paints', 'painted', 'painting', 'cast', 'casts', 'casting', 'depict', 'depicts', 'depicted', 'depicting',
  'treat', 'treats', 'treated', 'treating', 'frame', 'frames', 'framed', 'framing']);
/** "as well as", "as much as", "as soon as": not the characterising "as". */
const NOT_CHARACTERISING = new Set(['well', 'much', 'many', 'soon', 'long', 'far', 'if', 'though', 'part', 'recently', 'early', 'late', 'usual', 'expected']);
/** Longest object before "as", in tokens. */
const MAX_OBJECT = 12;

export function findSeeAs(view: DocView): Candidate[] {
  const out: Candidate[] = [];
  const tokens = view.tokens;
  for (const s of view.sentences) {
    for (let i = s.first + 1; i < s.last - 3; i++) {
      const t = tokens[i]!;
      if (!SEE_AS_VERBS.has(t.lower) || t.quote !== -1) continue;
      let as = -1;
      for (let k = i + 1; k < s.last && k <= i + MAX_OBJECT; k++) {
        const w = tokens[k]!;
        if (w.lower === 'as') { as = k; break; }
        if ((!isWord(w) && w.kind !== 'quote' && w.text !== '-') || CLAUSE_VERBS.has(w.lower) || (isPastCueForm(w.lower) && k > i + 1)) break;
      }
      // "sees as" with no object, "saw it as well as …"
      if (as <= i + 1 || as + 1 >= s.last || NOT_CHARACTERISING.has(tokens[as + 1]!.lower)) continue;
      if (tokens[as + 1]!.lower === 'a' && tokens[as + 2]?.lower === 'result') continue;
      // "as prices rose", "as the polls opened": a clause of time, not a characterisation
      if (clauseFollows(view, as + 1, s.last)) continue;
      // ", painting Trump as a caricature": a participle of the clause's speaker, handed on by the refiner
      const participle = t.lower.endsWith('ing') && tokens[i - 1]!.text === ',';
      const subject = participle ? null : subjectBefore(view, s, i);
      const relative = subject && subject.range.last - subject.range.first === 1 && tokens[subject.range.first]!.lower === 'who';
      if (!participle && (!subject || subject.negated || isPassiveOrInfinitive(view, s, i, subject.verbGroup) || !(relative || isAgentive(view, subject.range)))) continue;
      if (NEGATIONS.has(tokens[i - 1]!.lower)) continue;
      const content = contentRight(view, s, i + 1, { object: true, act: true });
      if (!content || content.end <= tokens[as]!.end) continue;
      out.push(candidate({
        finder: 'see-as',
        cue: spanOf(view, { first: i, last: i + 1 }),
        cueHedging: false,
        source: subject ? spanOf(view, subject.range) : null,
        inheritSource: subject === null,
        sourceContext: subject?.apposition ? spanOf(view, subject.apposition) : null,
        content,
        sentence: s.index,
      }));
    }
  }
  return out;
}

/** Past forms that end a short clause after "as" ("as prices rose"). */
const IRREGULAR_PASTS = new Set(['rose', 'fell', 'grew', 'began', 'came', 'went', 'left', 'took', 'made', 'got', 'ran', 'saw', 'spoke', 'met', 'won', 'lost', 'stood', 'sat', 'told', 'said', 'held', 'kept', 'led', 'fought', 'struck']);

function clauseFollows(view: DocView, from: number, limit: number): boolean {
  for (let k = from; k < limit && k < from + 4; k++) {
    const w = view.tokens[k]!;
    if (!isWord(w)) return false;
    if (CLAUSE_VERBS.has(w.lower) || IRREGULAR_PASTS.has(w.lower) || (/^[a-z]+ed$/.test(w.text) && k > from)) return true;
  }
  return false;
}
