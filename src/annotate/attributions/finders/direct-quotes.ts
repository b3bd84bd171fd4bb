// Direct quotations with their speaker: after the quote ("“…,” Kim said." / "“…,” said Kim, the …"),
// before it ("Kim said: “…”" / "Kim told Reuters, “…”" / "Kim continued:" then a quoted paragraph),
// and the news-style continuation in the same paragraph ("“…,” he said. “…”").
import { DETERMINERS, OCCASION_NOUNS, SUBJECT_PRONOUNS, TIME_WORDS } from '../../../knowledge/lexicons/attribution/function-words.js';
import { timeAdverbialLength } from '../time-adverbials.js';
import { candidate, type Candidate } from '../candidate.js';
import { channelOf, readComplement, type Complement } from '../complement.js';
import { cueVerbAt, isPastCueForm, type CueMatch } from '../cue-lexicon.js';
import { canSpeak, isAgentive, isFiniteUse } from '../heads.js';
import { isPassiveOrInfinitive, opensMannerQuote, phraseAfter, spanOf, subjectBefore, type TokRange } from '../phrases.js';
import { quoteInner, type Quote } from '../quotes.js';
import { frontedAdverbialLength } from '../content.js';
import { isWord, tokenFrom, type DocView } from '../view.js';

interface Speaker {
  cue: CueMatch;
  /** Null for a participle (", chanting “…”", "before asking her, “…”"): the clause's speaker, handed on by the refiner. */
  source: TokRange | null;
  apposition: TokRange | null;
  complement: Complement;
}

export function findDirectQuotes(view: DocView): Candidate[] {
  const out: Candidate[] = [];
  for (const q of view.quotes) {
    const after = speakerAfter(view, q);
    if (after) {
      out.push(quoteCandidate(view, q, after, 'direct-quote', quoteOpensSentence(view, q)));
      // "“…,” he said. “…”": one statement in two pieces; dedupe joins the second to the first
      // unless another speaker claims it (docs/attribution.md, "Content in several pieces")
      const next = continuedQuote(view, after);
      if (next) out.push(quoteCandidate(view, next, after, 'continuation', true));
      continue;
    }
    const before = speakerBefore(view, q);
    if (before) out.push(quoteCandidate(view, q, before, 'direct-quote', true));
  }
  return out;
}

/** `whole`: the quotation is all that is said; otherwise words before it in its sentence belong to the content too. */
function quoteCandidate(view: DocView, q: Quote, speaker: Speaker, finder: 'direct-quote' | 'continuation', whole: boolean): Candidate {
  const tokens = view.tokens;
  const sentence = tokens[speaker.cue.at]!.sentence;
  const content = whole ? quoteInner(view.text, q) : { start: view.sentences[tokens[tokenFrom(view, q.open)]!.sentence]!.start, end: q.end };
  return candidate({
    finder,
    cue: spanOf(view, { first: speaker.cue.at, last: speaker.cue.next }),
    cueHedging: speaker.cue.verb.hedging,
    source: speaker.source ? spanOf(view, speaker.source) : null,
    inheritSource: speaker.source === null,
    sourceContext: speaker.apposition ? spanOf(view, speaker.apposition) : null,
    content,
    direct: whole,
    sentence,
    ...channelOf(view, speaker.complement),
  });
}

/** "“…,” Kim said." / "“…,” said Kim, the …" / "“…” the ministry said in a statement." */
function speakerAfter(view: DocView, q: Quote): Speaker | null {
  if (!q.terminated) return null;
  const tokens = view.tokens;
  let k = tokenFrom(view, q.end);
  if (!sameLineGap(view.text, q.end, tokens[k]?.start)) return null;
  if (tokens[k] && (tokens[k]!.text === ',' || tokens[k]!.text === '—')) k++;
  const first = tokens[k];
  if (!first || first.quote !== -1 || first.kind === 'quote') return null;
  const s = view.sentences[first.sentence]!;
  const newSentence = first.sentence !== tokens[tokenFrom(view, q.open)]!.sentence && k === s.first;
  const inverted = cueVerbAt(view, k);
  // "“…,” adding that …": a participle of the speaker before the quotation, not an inverted verb
  if (inverted && tokens[k]!.lower.endsWith('ing')) return null;
  if (inverted && !inverted.verb.evaluative) {
    const who = phraseAfter(view, s, inverted.next);
    if (!who || !isAgentive(view, who)) return null;
    const complement = readComplement(view, s, who.last, inverted.verb);
    if (newSentence ? !endsSentence(view, s, complement.contentFrom) : !clauseEndsAt(view, s, complement.contentFrom)) return null;
    return { cue: inverted, source: who, apposition: null, complement };
  }
  for (let j = k + 1; j < s.last && j < k + 30; j++) {
    const t = tokens[j]!;
    if (t.kind === 'quote' || t.text === ';') return null;
    const cue = cueVerbAt(view, j);
    if (!cue || cue.verb.evaluative) continue;
    const subject = subjectBefore(view, s, j);
    // "…, one of the states suing the agency, said": a cue form used as a noun inside the apposition is no verb
    if (!isFiniteUse(view, cue, subject?.verbGroup ?? j)) continue;
    if (!subject || subject.range.first !== k || subject.negated) return null;
    // "“… want more.” The aides laughed.": a manner verb in a sentence of its own is a reaction to the words
    if (newSentence && cue.verb.quoteOnly) return null;
    if (isPassiveOrInfinitive(view, s, j, subject.verbGroup) || !isFiniteUse(view, cue, subject.verbGroup) || !canSpeak(view, subject.range, cue.verb)) return null;
    const complement = readComplement(view, s, cue.next, cue.verb);
    // "“We won.” Smith said." may be its own sentence, but then nothing else is said in it
    if (newSentence ? !endsSentence(view, s, complement.contentFrom) : !clauseEndsAt(view, s, complement.contentFrom) && !onlyCircumstance(view, s, cue)) return null;
    return { cue, source: subject.range, apposition: subject.apposition, complement };
  }
  return null;
}

/** Words before an -ing cue that make it a participle of the clause's speaker. */
const PARTICIPLE_OPENERS = new Set([',', 'before', 'after', 'while', 'by']);

/** "Kim said: “…”" / "Kim told Reuters, “…”" / "Kim said “…”." / "Kim continued:" ending the paragraph before. */
function speakerBefore(view: DocView, q: Quote): Speaker | null {
  const tokens = view.tokens;
  const mark = tokenFrom(view, q.open);
  if (!tokens[mark]) return null;
  let s = view.sentences[tokens[mark]!.sentence]!;
  let j = mark - 1;
  if (j < s.first) {
    const previous = view.sentences[s.index - 1];
    if (!previous || previous.last === previous.first || tokens[previous.last - 1]!.text !== ':') return null;
    s = previous;
    j = previous.last - 1;
  }
  const separated = tokens[j]!.text === ':' || tokens[j]!.text === ',';
  if (!separated && !quoteEndsSentence(view, q)) return null; // "said “…” was wrong": reported speech with quoted words
  if (!separated && opensMannerQuote(view, mark)) return null;
  for (let c = j; c >= s.first && c > j - 14; c--) {
    const t = tokens[c]!;
    if (t.kind === 'quote' || t.quote !== -1) return null;
    const cue = cueVerbAt(view, c);
    if (!cue || (cue.verb.evaluative && cue.verb.evaluative !== 'object')) continue;
    const complement = readComplement(view, s, cue.next, cue.verb);
    if (complement.contentFrom !== mark) return null;
    // ", chanting “…”", "before asking her, “…”": a participle of the clause's speaker
    if (tokens[c]!.lower.endsWith('ing') && c > s.first && PARTICIPLE_OPENERS.has(tokens[c - 1]!.lower) && !complement.sawThat) return { cue, source: null, apposition: null, complement };
    // "the lawyers responded saying “…”": a participle of saying right after a past verb of saying is that verb's subject's
    const verbBefore = tokens[c]!.lower.endsWith('ing') && c - 1 > s.first && isPastCueForm(tokens[c - 1]!.lower) ? cueVerbAt(view, c - 1) : null;
    if (verbBefore && verbBefore.next === c) {
      const first = subjectBefore(view, s, c - 1);
      if (!first || first.negated || !canSpeak(view, first.range, verbBefore.verb)) return null;
      return { cue: Object.assign({}, cue, { at: c - 1 }), source: first.range, apposition: first.apposition, complement };
    }
    const subject = subjectBefore(view, s, c);
    if (!subject || subject.negated || isPassiveOrInfinitive(view, s, c, subject.verbGroup) || !isFiniteUse(view, cue, subject.verbGroup) || !canSpeak(view, subject.range, cue.verb)) return null;
    return { cue, source: subject.range, apposition: subject.apposition, complement };
  }
  return null;
}

/**
 * "“…,” he said. “…”" / "“…,” said Kim, the … . “…”": the next quotation right after the speaker's
 * clause or sentence, in the same paragraph.
 */
function continuedQuote(view: DocView, speaker: Speaker): Quote | null {
  const tokens = view.tokens;
  let k = speaker.complement.contentFrom;
  if (tokens[k] && [',', '.', ':'].includes(tokens[k]!.text)) k++;
  if (tokens[k]?.kind !== 'quote') k = view.sentences[tokens[speaker.cue.at]!.sentence]!.last;
  const t = tokens[k];
  if (!t || t.kind !== 'quote') return null;
  const at = view.quoteByOpen.get(t.start);
  if (at === undefined) return null;
  if (!sameLineGap(view.text, tokens[k - 1]!.end, t.start)) return null;
  return view.quotes[at]!;
}

/** Nothing but punctuation from token `from` to the end of the sentence. */
function endsSentence(view: DocView, s: { last: number }, from: number): boolean {
  for (let k = from; k < s.last; k++) if (view.tokens[k]!.kind !== 'punct') return false;
  return true;
}

/**
 * After "“…,” Kim said" the speaker's clause ends (a comma, the sentence end, another quotation, "as he
 * left"); "“Fox News Sunday,” Pence said his …" goes on to other content, so the quotation is not his.
 */
function clauseEndsAt(view: DocView, s: { last: number }, at: number): boolean {
  const t = view.tokens[at];
  if (!t || at >= s.last || t.kind === 'punct' || t.kind === 'quote') return true;
  if (['as', 'while', 'when', 'before', 'after', 'because', 'since', 'and', 'but', 'adding', 'saying'].includes(t.lower)) return true;
  // "“…,” the general said urging lawmakers to …": a participle of saying opens the speaker's next act
  return t.lower.endsWith('ing') && PLAIN_SAID.has(view.tokens[at - 1]?.lower ?? '') && cueVerbAt(view, at) !== null;
}

/** Plain verbs of saying a participle may follow without a comma ("said urging …"). */
const PLAIN_SAID = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes']);

/** Prepositions that open a circumstance after the verb ("said in an interview with …", "said after the vote"). */
const CIRCUMSTANCE_OPENERS = new Set(['of', 'about', 'in', 'on', 'at', 'during', 'after', 'before', 'while', 'when', 'as', 'from', 'via', 'over', 'outside', 'inside', 'following', 'ahead', 'through', 'to']);
/** Verbs whose object is the listener: "“…,” he told the miners." */
const LISTENER_LEMMAS = new Set(['tell', 'inform', 'remind', 'assure', 'reassure', 'warn', 'advise', 'brief', 'ask']);

/**
 * "“…,” Kim said in an interview with CNN's Jane Doe." / "“…,” he told some of the miners.": after the
 * verb only a circumstance or the listener, not content of its own.
 */
function onlyCircumstance(view: DocView, s: { last: number }, cue: CueMatch): boolean {
  const tokens = view.tokens;
  const next = tokens[cue.next];
  if (!next || cue.next >= s.last) return true;
  if (CIRCUMSTANCE_OPENERS.has(next.lower)) return true;
  if (!LISTENER_LEMMAS.has(cue.verb.lemma)) return false;
  for (let k = cue.next; k < s.last && k < cue.next + 7; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' || t.kind === 'quote') return t.text !== ':';
    if (t.lower === 'that' || t.lower === 'to') return false;
  }
  return cue.next + 7 > s.last;
}

/** Only spaces (no line break) between two offsets. */
function sameLineGap(text: string, from: number, to: number | undefined): boolean {
  if (to === undefined || to < from) return false;
  return /^[ \t\u00a0]*$/.test(text.slice(from, to));
}

/** The quotation starts its sentence (nothing but space or a dash before it in the sentence). */
function quoteOpensSentence(view: DocView, q: Quote): boolean {
  const mark = tokenFrom(view, q.open);
  const s = view.sentences[view.tokens[mark]!.sentence]!;
  // ("As for cost, “…,” she said": a fronted adverbial is the writer's setting, not the speaker's words)
  for (let k = s.first + frontedAdverbialLength(view, s.first, mark + 2); k < mark; k++) if (!['—', '–', '-', '('].includes(view.tokens[k]!.text)) return false;
  return true;
}

/** Nothing but closing punctuation between the quotation's end and its sentence's end. */
/**
 * 'cited “supply shocks” in coastal towns that …', 'listed “Lutheran” as her church': after the
 * quotation, "in/at/on" with plain lower-case words (no article, no occasion or time word), or "as" with a
 * noun phrase, goes on with the object the quoted words begin, not with an adverbial of the saying.
 */
function modifiesQuotedWords(view: DocView, k: number): boolean {
  const tokens = view.tokens;
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (!next || next.sentence !== t.sentence || !isWord(next)) return false;
  if (t.lower === 'as') return DETERMINERS.has(next.lower) && !SUBJECT_PRONOUNS.has(next.lower);
  // ("in a speech", "at the town hall": an article opens the place or occasion of the saying)
  if (!['in', 'at', 'on'].includes(t.lower) || DETERMINERS.has(next.lower)) return false;
  let words = 0;
  for (let j = k + 1; j < tokens.length && j <= k + 4 && tokens[j]!.sentence === t.sentence && isWord(tokens[j]); j++) {
    const w = tokens[j]!;
    if (w.text !== w.lower || OCCASION_NOUNS.has(w.lower) || TIME_WORDS.has(w.lower) || timeAdverbialLength(tokens, j, tokens.length) > 0) return false;
    if (!DETERMINERS.has(w.lower)) words++;
  }
  return words >= 2;
}

function quoteEndsSentence(view: DocView, q: Quote): boolean {
  const k = tokenFrom(view, q.end);
  const t = view.tokens[k];
  const closing = view.tokens[k - 1];
  if (!t || !closing || t.sentence !== closing.sentence) return true;
  // "said “…” in a speech on Monday.": an adverbial may follow
  if ((['in', 'at', 'on', 'during', 'before', 'after', 'to', 'while', 'when', 'as'].includes(t.lower) && !modifiesQuotedWords(view, k)) || t.text === ',') return true;
  // "chanted “…” and kept marching": a second verb of the speaker follows (a lower-case word that
  // opens no noun phrase)
  const next = view.tokens[k + 1];
  if ((t.lower === 'and' || t.lower === 'but') && next && next.sentence === t.sentence && /^[a-z]+$/.test(next.text) && !DETERMINERS.has(next.lower) && !SUBJECT_PRONOUNS.has(next.lower)) return true;
  return ['.', '!', '?'].includes(t.text) && (view.tokens[k + 1]?.sentence ?? -1) !== t.sentence;
}
