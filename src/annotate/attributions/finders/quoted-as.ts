// Passive and relayed attributions: "X was quoted as saying …", "X was cited by Y as saying …",
// "Y quoted X as saying …" (X the source, Y the channel), and impersonal passives with no source
// ("it was announced that …", "it is believed that …").
import { AUXILIARIES, BE_FORMS, CUE_ADVERBS } from '../../../knowledge/lexicons/attribution/function-words.js';
import {
  IMPERSONAL_HEDGING, IMPERSONAL_PARTICIPLES, QUOTED_AS_SPEECH, QUOTED_AS_VERBS,
} from '../../../knowledge/lexicons/attribution/phrasal-cues.js';
import { candidate, type Candidate } from '../candidate.js';
import { readComplement } from '../complement.js';
import { contentRight } from '../content.js';
import { cueVerbAt } from '../cue-lexicon.js';
import { isAgentive } from '../heads.js';
import { phraseAfter, spanOf, subjectBefore, type TokRange } from '../phrases.js';
import type { DocView, SentenceRange } from '../view.js';
import { quoteInner } from '../quotes.js';

export function findQuotedAs(view: DocView): Candidate[] {
  const out: Candidate[] = [];
  const tokens = view.tokens;
  for (const s of view.sentences) {
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i]!;
      if (t.quote !== -1) continue;
      const found = QUOTED_AS_VERBS.has(t.lower) ? quotedAs(view, s, i) : t.lower === 'it' ? impersonal(view, s, i) : null;
      if (found) out.push(found);
    }
  }
  return out;
}

function quotedAs(view: DocView, s: SentenceRange, at: number): Candidate | null {
  const tokens = view.tokens;
  const passive = isBeBefore(view, s, at);
  let j = at + 1;
  let by: TokRange | null = null;
  let object: TokRange | null = null;
  if (tokens[j]?.lower === 'by') {
    by = phraseAfter(view, s, j + 1);
    if (!by) return null;
    j = by.last;
  } else if (!passive) {
    object = phraseAfter(view, s, j);
    if (!object) return null;
    j = object.last;
  }
  if (tokens[j]?.lower !== 'as' || !QUOTED_AS_SPEECH.has(tokens[j + 1]?.lower ?? '')) return null;
  const speech = cueVerbAt(view, j + 1);
  if (!speech) return null;
  const subject = subjectBefore(view, s, at);
  const source = passive ? subject?.range ?? null : object;
  const channel = passive ? by : subject?.range ?? null;
  if (!source || !isAgentive(view, source)) return null;
  const complement = readComplement(view, s, speech.next, speech.verb);
  const first = tokens[complement.contentFrom];
  const quote = first?.kind === 'quote' ? view.quoteByOpen.get(first.start) : undefined;
  const content = quote !== undefined ? quoteInner(view.text, view.quotes[quote]!) : contentRight(view, s, complement.contentFrom);
  if (!content) return null;
  const contiguous = j === at + 1;
  return candidate({
    finder: 'quoted-as',
    cue: spanOf(view, { first: at, last: contiguous ? speech.next : at + 1 }),
    source: spanOf(view, source),
    sourceContext: passive && subject?.apposition ? spanOf(view, subject.apposition) : null,
    content,
    channel: channel ? spanOf(view, channel) : null,
    channelCertain: channel !== null,
    direct: quote !== undefined,
    sentence: s.index,
  });
}

/** "it was announced that …", "it is widely believed that …". */
function impersonal(view: DocView, s: SentenceRange, at: number): Candidate | null {
  const tokens = view.tokens;
  let k = at + 1;
  let be = false;
  while (k < s.last && (AUXILIARIES.has(tokens[k]!.lower) || CUE_ADVERBS.has(tokens[k]!.lower) || tokens[k]!.lower === 'widely')) {
    if (BE_FORMS.has(tokens[k]!.lower)) be = true;
    k++;
  }
  const participle = tokens[k];
  if (!be || !participle || !IMPERSONAL_PARTICIPLES.has(participle.lower) || tokens[k + 1]?.lower !== 'that') return null;
  const content = contentRight(view, s, k + 2);
  if (!content) return null;
  return candidate({
    finder: 'impersonal',
    cue: spanOf(view, { first: at, last: k + 1 }),
    cueHedging: IMPERSONAL_HEDGING.has(participle.lower),
    source: null,
    content,
    sentence: s.index,
  });
}

function isBeBefore(view: DocView, s: SentenceRange, at: number): boolean {
  for (let k = at - 1; k >= s.first && k >= at - 3; k--) {
    const w = view.tokens[k]!.lower;
    if (BE_FORMS.has(w)) return true;
    if (!AUXILIARIES.has(w) && !CUE_ADVERBS.has(w)) return false;
  }
  return false;
}
