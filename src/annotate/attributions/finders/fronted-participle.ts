// A participial cue opening the sentence, whose speaker is the subject of the main clause:
// "Citing a drop in prices, the minister said …", "Praising the deal, Kim called it …". The content
// is the participle's object, up to the comma.
import { candidate, type Candidate } from '../candidate.js';
import { trimContent } from '../content.js';
import { cueVerbAt, isCueForm, isIngForm } from '../cue-lexicon.js';
import { headWord, isAgentive } from '../heads.js';
import { SOURCE_HEAD_NOUNS } from '../../../knowledge/lexicons/attribution/source-nouns.js';
import { mentionsWithin } from '../view.js';
import { phraseAfter, spanOf, type TokRange } from '../phrases.js';
import { CUE_ADVERBS } from '../../../knowledge/lexicons/attribution/function-words.js';
import type { DocView } from '../view.js';

/** A participle followed by one of these names the occasion of the words ("Writing in …", "Speaking at …"). */
const CIRCUMSTANCE_PREPOSITIONS = new Set(['in', 'on', 'at', 'from', 'during', 'after', 'before', 'for', 'with', 'to', 'via', 'through', 'outside', 'inside', 'alongside']);

/** Verbs of talking whose fronted participle with "about"/"of" names the topic of the statement after it. */
const TOPIC_VERBS = new Set(['speak', 'talk', 'write', 'comment']);
const TOPIC_WORDS = new Set(['about', 'of', 'on']);

/** Longest participial clause before the comma, in tokens. */
const MAX_CLAUSE = 25;

export function findFrontedParticiples(view: DocView): Candidate[] {
  const out: Candidate[] = [];
  const tokens = view.tokens;
  for (const s of view.sentences) {
    const question = askedAt(view, s);
    if (question) { out.push(question); continue; }
    const cue = cueVerbAt(view, s.first, true);
    if (!cue || !isIngForm(tokens[s.first]!.lower) || tokens[s.first]!.quote !== -1) continue;
    let comma = cue.next;
    while (comma < s.last && comma - s.first <= MAX_CLAUSE && tokens[comma]!.text !== ',' && tokens[comma]!.kind !== 'quote') comma++;
    if (comma >= s.last || tokens[comma]!.text !== ',' || comma === cue.next) continue;
    // "Writing in a blog post, …", "Speaking on television, …": where the words were said, not what
    if (CIRCUMSTANCE_PREPOSITIONS.has(tokens[cue.next]!.lower)) continue;
    // "Speaking about the case, she said …", "Speaking of the adviser, Roe called him …": the topic of the
    // main clause's statement, not a statement of its own
    if (TOPIC_VERBS.has(cue.verb.lemma) && TOPIC_WORDS.has(tokens[s.first + 1]?.lower ?? '')) continue;
    // "Citing unnamed sources, the paper reports …": who the words come from, not what was said
    if (cue.verb.lemma === 'cite') {
      const cited = phraseAfter(view, s, cue.next);
      if (!cited || citesPeople(view, cited)) continue;
    }
    // the main clause's subject: a name, pronoun or speaker noun right after the comma
    const who = subjectOf(view, phraseAfter(view, s, comma + 1));
    if (!who || !isAgentive(view, who)) continue;
    const content = trimContent(view.text, tokens[cue.next]!.start, tokens[comma - 1]!.end);
    if (!content) continue;
    out.push(candidate({
      finder: 'fronted-participle',
      cue: spanOf(view, { first: cue.at, last: cue.next }),
      cueHedging: cue.verb.hedging,
      source: spanOf(view, who),
      content,
      sentence: s.index,
    }));
  }
  return out;
}

/** "Asked about the delay, …" / "When asked whether …, …": the question put to the main clause's subject. */
const ASKED = new Set(['asked', 'pressed', 'questioned']);
/** After these the topic alone is the content and the preposition belongs to the cue. */
const TOPIC_PREPOSITIONS = new Set(['about', 'on', 'over']);
const QUESTION_OPENERS = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'to']);

/**
 * "Asked about the delay, the mayor said …": the question is reported (PARC marks it) with the
 * asker unnamed; the content is the topic or the question, up to the comma.
 */
function askedAt(view: DocView, s: { first: number; last: number; index: number }): Candidate | null {
  const tokens = view.tokens;
  const at = tokens[s.first]?.lower === 'when' ? s.first + 1 : s.first;
  if (at >= s.last || !ASKED.has(tokens[at]!.lower) || tokens[at]!.quote !== -1) return null;
  const next = tokens[at + 1]?.lower ?? '';
  const topic = TOPIC_PREPOSITIONS.has(next);
  if (!topic && !QUESTION_OPENERS.has(next)) return null;
  let comma = at + 2;
  while (comma < s.last && comma - s.first <= MAX_CLAUSE && tokens[comma]!.text !== ',' && tokens[comma]!.kind !== 'quote') comma++;
  if (comma >= s.last || tokens[comma]!.text !== ',' || comma <= at + 2) return null;
  const cueEnd = topic ? at + 2 : at + 1;
  const content = trimContent(view.text, tokens[cueEnd]!.start, tokens[comma - 1]!.end);
  if (!content) return null;
  return candidate({ finder: 'fronted-participle', cue: spanOf(view, { first: at, last: cueEnd }), source: null, content, sentence: s.index });
}

/** The subject ends before an adverb or the main verb ("Trump repeatedly", "Voters often say"). */
function subjectOf(view: DocView, range: TokRange | null): TokRange | null {
  if (!range) return null;
  for (let k = range.first + 1; k < range.last; k++) {
    const t = view.tokens[k]!;
    if (CUE_ADVERBS.has(t.lower) || /^[a-z]+ly$/.test(t.text) || (t.text === t.lower && isCueForm(t.lower))) return { first: range.first, last: k };
  }
  return range;
}

/** "unnamed sources", "officials", "Kim": people or a person cited, not a thing ("privacy rules", "rising costs"). */
function citesPeople(view: DocView, cited: TokRange): boolean {
  const type = SOURCE_HEAD_NOUNS.get(headWord(view, cited));
  if (type === 'person' || type === 'anonymous_official' || type === 'expert' || type === 'official') return true;
  const tokens = view.tokens;
  return mentionsWithin(view, tokens[cited.first]!.start, tokens[cited.last - 1]!.end).some((m) => m.entity.type === 'person');
}
