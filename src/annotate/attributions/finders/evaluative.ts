// Evaluative speech acts: "X criticized Y as “…”", "X called Y “…”", "X described Y as “…”",
// "which Pyongyang condemned as “…”" (content = the quoted words, direct), and for verbs that also
// take a plain object, "X condemned the launch" (content = the rest of the clause).
import { candidate, type Candidate } from '../candidate.js';
import { channelOf, readComplement } from '../complement.js';
import { contentRight, hasNonSpeechObject } from '../content.js';
import { cueVerbAt } from '../cue-lexicon.js';
import { isAgentive, isAgentiveHead, isFiniteUse, isFutureForce, isParticipial } from '../heads.js';
import { isIngForm, type CueMatch } from '../cue-lexicon.js';
import { BE_FORMS } from '../../../knowledge/lexicons/attribution/function-words.js';
import type { SentenceRange } from '../view.js';
import { isPassiveOrInfinitive, phraseAfter, spanOf, speakerAfterWith, subjectBefore } from '../phrases.js';
import { isWord, tokenFrom, type DocView } from '../view.js';
import { quoteInner } from '../quotes.js';
import { hangsOnDocument, issuerOf } from '../document-act.js';

const MAX_REACH = 25;
/**
 * "called the police" is a phone call, "called the plan a disaster" a characterisation: for verbs
 * with a non-speech reading the object must run on past a short noun phrase.
 */
const MIN_OBJECT_WORDS: ReadonlyMap<string, number> = new Map([['call', 4]]);

export function findEvaluative(view: DocView): Candidate[] {
  const out: Candidate[] = [];
  const tokens = view.tokens;
  for (const s of view.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (tokens[i]!.quote !== -1) continue;
      const cue = cueVerbAt(view, i);
      if (!cue || !cue.verb.evaluative) continue;
      if (cue.verb.evaluative === 'object' && (isParticipial(view, s, i) || (isIngForm(tokens[i]!.lower) && hangsOnDocument(view, s, i)))) {
        const found = participial(view, s, cue);
        if (found) out.push(found);
        continue;
      }
      // "three firms accused of supplying parts": the active verb puts its object before "of"; right
      // before "of" it is a participle describing the noun before it, with the accuser unnamed.
      if (tokens[cue.next]?.lower === 'of' && tokens[i]!.lower.endsWith('ed')) continue;
      // "…, with critics accusing him of …": "with" + a speaker + an evaluative participle is that speaker's act
      const withSpeaker = isIngForm(tokens[i]!.lower) ? speakerAfterWith(view, s, i) : null;
      if (withSpeaker) {
        const found = cue.verb.evaluative === 'object' ? participial(view, s, cue) : quotedParticipial(view, s, cue);
        if (found && isAgentive(view, withSpeaker)) out.push(Object.assign(found, { source: spanOf(view, withSpeaker), inheritSource: false }));
        continue;
      }
      const subject = subjectBefore(view, s, i);
      // "… said he would act and warned against hackers": a second act of the clause's speaker
      if (!subject && cue.verb.evaluative === 'object' && isCoordinated(view, s, i)) {
        const found = coordinated(view, s, cue);
        if (found) out.push(found);
        continue;
      }
      // "cited disparaging remarks": an -ing form is a verb only after a form of "be"
      if (subject && isIngForm(tokens[i]!.lower) && !hasBeForm(view, subject.verbGroup, i)) continue;
      if (!subject || subject.negated || isPassiveOrInfinitive(view, s, i, subject.verbGroup) || !isFiniteUse(view, cue, subject.verbGroup) || !isAgentive(view, subject.range)) continue;
      const base = {
        finder: 'evaluative' as const,
        cue: spanOf(view, { first: cue.at, last: cue.next }),
        source: spanOf(view, subject.range),
        sourceContext: subject.apposition ? spanOf(view, subject.apposition) : null,
        sentence: s.index,
      };
      const quote = quotationInClause(view, s.last, cue.next);
      if (quote !== undefined) {
        const q = view.quotes[quote]!;
        const clause = contentRight(view, s, readComplement(view, s, cue.next, cue.verb).contentFrom, { object: true, act: true });
        const parcContent = clause && clause.start <= q.open && q.open < clause.end ? clause : null;
        out.push(candidate(Object.assign({}, base, { content: quoteInner(view.text, q), direct: true, parcContent })));
        continue;
      }
      if (cue.verb.evaluative !== 'object') continue;
      // "it would attack any loudspeakers", "will respond militarily": a future act, not a speech act
      if (isFutureForce(view, cue.verb.lemma, subject.verbGroup, i)) continue;
      const complement = readComplement(view, s, cue.next, cue.verb);
      if (hasNonSpeechObject(view, s, complement.contentFrom, cue.verb.lemma)) continue;
      const content = contentRight(view, s, complement.contentFrom, { object: true, act: true });
      if (content && wordsIn(view, content) < (MIN_OBJECT_WORDS.get(cue.verb.lemma) ?? 1)) continue;
      if (content) out.push(candidate(Object.assign({}, base, { content }, channelOf(view, complement))));
    }
  }
  return out;
}

/** The first quotation opening in the clause after the verb, before another cue verb or a semicolon. */
function quotationInClause(view: DocView, limit: number, from: number): number | undefined {
  const tokens = view.tokens;
  for (let k = from; k < limit && k < from + MAX_REACH; k++) {
    const t = tokens[k]!;
    if (t.text === ';') return undefined;
    if (t.kind === 'quote') {
      const q = view.quoteByOpen.get(t.start);
      if (q !== undefined) return q;
    }
    if (t.quote === -1 && cueVerbAt(view, k)) return undefined;
  }
  return undefined;
}

function wordsIn(view: DocView, span: { start: number; end: number }): number {
  let n = 0;
  for (let k = tokenFrom(view, span.start); k < view.tokens.length && view.tokens[k]!.start < span.end; k++) if (isWord(view.tokens[k])) n++;
  return n;
}

/**
 * ", praising the plan" / "by attacking Clinton": the object is the content and the speaker is the
 * clause's subject, handed on by the refiner. ", citing an official" names a source, not content: the
 * complement reader takes that as a relay; ", citing a threat to safety" cites a thing, the content.
 */
function participial(view: DocView, s: SentenceRange, cue: CueMatch): Candidate | null {
  const complement = readComplement(view, s, cue.next, cue.verb);
  if (cue.verb.lemma === 'cite') {
    const cited = phraseAfter(view, s, cue.next);
    if (!cited || isAgentiveHead(view, cited)) return null;
  }
  const content = contentRight(view, s, complement.contentFrom, { object: true, act: true });
  // ", calling it “extremely regrettable”": a quotation makes even a short object a characterisation
  const quoted = quotationInClause(view, s.last, cue.next) !== undefined;
  if (!content || (!quoted && wordsIn(view, content) < (MIN_OBJECT_WORDS.get(cue.verb.lemma) ?? 1))) return null;
  const issuer = issuerOf(view, s, cue.at);
  return candidate({ finder: 'evaluative', cue: spanOf(view, { first: cue.at, last: cue.next }), source: issuer ? spanOf(view, issuer) : null, inheritSource: !issuer, content, sentence: s.index, ...channelOf(view, complement) });
}

/** ", branding it “a gamble”": a verb that characterises only with a quotation, the quotation as content. */
function quotedParticipial(view: DocView, s: SentenceRange, cue: CueMatch): Candidate | null {
  const quote = quotationInClause(view, s.last, cue.next);
  if (quote === undefined) return null;
  const q = view.quotes[quote]!;
  const clause = contentRight(view, s, readComplement(view, s, cue.next, cue.verb).contentFrom, { object: true, act: true });
  const parcContent = clause && clause.start <= q.open && q.open < clause.end ? clause : null;
  return candidate({ finder: 'evaluative', cue: spanOf(view, { first: cue.at, last: cue.next }), source: null, content: quoteInner(view.text, q), direct: true, parcContent, sentence: s.index });
}

/** A finite past or present form right after "and"/"but" that follows an earlier verb of saying in the sentence. */
function isCoordinated(view: DocView, s: SentenceRange, at: number): boolean {
  const tokens = view.tokens;
  const before = tokens[at - 1];
  if (!before || at - 1 <= s.first || (before.lower !== 'and' && before.lower !== 'but') || isIngForm(tokens[at]!.lower)) return false;
  for (let k = s.first; k < at - 1; k++) if (tokens[k]!.quote === -1 && cueVerbAt(view, k)) return true;
  return false;
}

/** The coordinated act's object; the speaker is handed on from the attribution before it. */
function coordinated(view: DocView, s: SentenceRange, cue: CueMatch): Candidate | null {
  const complement = readComplement(view, s, cue.next, cue.verb);
  if (hasNonSpeechObject(view, s, complement.contentFrom, cue.verb.lemma)) return null;
  const content = contentRight(view, s, complement.contentFrom, { object: true, act: true });
  if (!content || wordsIn(view, content) < (MIN_OBJECT_WORDS.get(cue.verb.lemma) ?? 1)) return null;
  return candidate({ finder: 'evaluative', cue: spanOf(view, { first: cue.at, last: cue.next }), source: null, inheritSource: true, content, sentence: s.index, ...channelOf(view, complement) });
}

function hasBeForm(view: DocView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (BE_FORMS.has(view.tokens[k]!.lower)) return true;
  return false;
}
