// Reported speech around a cue verb: "X said (that) …", "X told Reuters …", "X stated to AFP that …",
// "Experts suggest that …", the inverted "…, X said." / "…, said X.", the inserted "The plan, X said,
// is dead.", "as X reported, …", and participial or coordinated cues (", adding that …", "and added").
import { AUXILIARIES, BE_FORMS, CLAUSE_VERBS, CUE_ADVERBS, NP_PREPOSITIONS, SUBJECT_PRONOUNS } from '../../../knowledge/lexicons/attribution/function-words.js';
import { CITING_CUES } from '../../../knowledge/lexicons/attribution/phrasal-cues.js';
import { candidate, type Candidate } from '../candidate.js';
import { channelOf, readComplement } from '../complement.js';
import { contentLeft, contentRight, hasNonSpeechObject, looksLikeClause, speakerClauseAt, tailAfter, trimContent } from '../content.js';
import { cueVerbAt, isIngForm, type CueMatch } from '../cue-lexicon.js';
import { INFO_SOURCE_NOUNS } from '../../../knowledge/lexicons/attribution/source-nouns.js';
import { canSpeak, contractionLength, headWord, isAgentive, isFiniteUse, isFutureForce } from '../heads.js';
import { antecedentBefore, catenativeBefore, CLAIM_NOUNS, isPassiveOrInfinitive, opensMannerQuote, phraseAfter, spanOf, speakerAfterWith, subjectBefore, type TokRange } from '../phrases.js';
import { isWord, tokenFrom, type DocView, type SentenceRange } from '../view.js';
import { groundRulesLength, timeAdverbialLength } from '../time-adverbials.js';
import { documentBefore, hangsOnDocument, issuerOf, reducedRelativeEnd } from '../document-act.js';

const SUBORDINATORS = new Set(['after', 'while', 'when', 'because', 'although', 'though', 'if', 'since', 'before', 'until', 'once', 'whereas', 'unless']);
/** "after saying …", "by insisting …": a gerund whose speaker is the subject of the clause. */
const GERUND_PREPOSITIONS = new Set(['after', 'before', 'by', 'while', 'in', 'when', 'since', 'from']);
/** Words opening a fronted circumstance before an inserted speaker (prepositions and subordinators). */
const LEFT_ADVERBIAL_OPENERS = new Set(['during', 'in', 'at', 'on', 'after', 'before', 'since', 'over', 'throughout', 'under', 'amid', 'despite', 'for', 'from', 'by', 'until', 'when', 'while', 'once', 'as']);
/** Manner-of-speaking verbs that may take a that-clause ("joked that", "shouted that"); "continued that" or "wondered that" may not. */
/** Verbs of saying that report only a clause: "agreed that the talks were useful" is a statement, "agreed new sanctions" or "agreed on a package" an act. */
const CLAUSE_ONLY = new Set(['agree']);
const QUOTE_ONLY_WITH_THAT = new Set(['joke', 'quip', 'shout', 'yell', 'scream', 'whisper', 'mutter', 'muse', 'preach', 'rave', 'chant']);
/** Pronouns heading an object relative whose verb is the cue ("everything he says", "nothing they said"). */
const WHAT_IS_SAID = new Set(['everything', 'anything', 'nothing', 'something']);
/** Connectives that may open a sentence before a fronted "as X observed," ("Yet, as …", "But, as …"). */
const SENTENCE_CONNECTIVES = new Set(['yet', 'but', 'and', 'so', 'still', 'however', 'indeed', 'now', 'then', 'again', 'instead']);
const ADVERBIAL_OPENERS = new Set(['after', 'while', 'when', 'because', 'although', 'though', 'since', 'before', 'until', 'once', 'whereas', 'unless', 'as']);

/** Particles of phrasal verbs that may follow "that" as their object ("ruled that out"). */
const PARTICLES_AFTER_THAT = new Set(['out', 'up', 'off', 'down', 'away', 'aside', 'back']);

/** Finite verb forms that follow a noun subject directly ('says', 'said', 'shows', 'found'). */
const FINITE_SAYING = /^(?:says|said|shows|showed|finds|found|claims|claimed|suggests|suggested|states|stated|warns|warned|concludes|concluded)$/;

/** Adverbs that close an as-clause of saying: "as I have said before", "as he has argued elsewhere". */
const AS_CLAUSE_ADVERBS = new Set(['before', 'elsewhere', 'previously', 'often', 'repeatedly', 'earlier', 'again']);

/**
 * The words of the sentence before an as-clause at `asAt` are no clause of their own: up to three
 * words ("But today,"), or a clause closed by "and"/"but" right before the "as" ("…, and as I said, …").
 */
function leftIsFragment(view: DocView, s: SentenceRange, asAt: number): boolean {
  const tokens = view.tokens;
  let k = asAt - 1;
  while (k >= s.first && tokens[k]!.text === ',') k--;
  if (k >= s.first && ['and', 'but', 'so', 'yet'].includes(tokens[k]!.lower)) return true;
  let words = 0;
  for (let j = s.first; j < asAt; j++) if (isWord(tokens[j])) words++;
  return words <= 3;
}

export function findReportedSpeech(view: DocView): Candidate[] {
  const out: Candidate[] = [];
  for (const s of view.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (view.tokens[i]!.quote !== -1) continue;
      const cue = cueVerbAt(view, i);
      if (!cue || cue.verb.evaluative) continue;
      // "joked", "shouted": verbs of manner report speech only next to a quotation, or with "that" ("joked that …")
      if (cue.verb.quoteOnly && !(QUOTE_ONLY_WITH_THAT.has(cue.verb.lemma) && view.tokens[cue.next]?.lower === 'that')) continue;
      // "IAEA report says", "Pentagon statement said": a noun before the sentence's verb of saying, not a verb.
      if (cue.next === i + 1 && cueVerbAt(view, i + 1) && FINITE_SAYING.test(view.tokens[i + 1]!.lower)) continue;
      // "claims made by Hamas that …": a plural noun whose maker follows (the nominal finder's)
      if (view.tokens[cue.next]?.lower === 'made' && view.tokens[cue.next + 1]?.lower === 'by') continue;
      const found = reportedAt(view, s, cue);
      if (found) out.push(found);
    }
  }
  return out;
}

function reportedAt(view: DocView, s: SentenceRange, cue: CueMatch): Candidate | null {
  const tokens = view.tokens;
  const form = tokens[cue.at]!.lower;
  const subject = subjectBefore(view, s, cue.at);
  const verbGroup = subject?.verbGroup ?? verbGroupStart(view, s, cue.at);
  if (subject?.negated) return null;
  // "A Harbour Board report published …", "The Oregon state auditor …": a base form after
  // a singular name-headed subject cannot agree with it, so it is a noun inside the subject
  if (subject && nounAfterSingularName(view, s, subject.range, cue)) return null;
  // "She can be heard saying that …", "He was overheard telling aides …": the subject of the perception passive speaks
  const perceived = perceivedSpeaker(view, s, cue.at);
  if (perceived) return causedSpeech(view, s, cue, perceived);
  // "forced the banker to admit that …": the object of an implicative verb says it
  const caused = causedSpeaker(view, s, cue.at);
  if (caused) return causedSpeech(view, s, cue, caused);
  // "issued a statement saying …", "released a letter that says …": the document's issuer speaks
  // (a speech verb only: "a video showing the launch" is what the video shows, not what its poster said)
  const onDocument = cue.verb.kind === 'speech' && hangsOnDocument(view, s, cue.at);
  if (isPassiveOrInfinitive(view, s, cue.at, verbGroup) || (!onDocument && !isFiniteUse(view, cue, verbGroup))) return null;
  if (tokens[cue.next]?.lower === 'by') return null; // "the monitor maintained by the embassy": a passive
  const before = tokens[verbGroup - 1];
  // ('…,” adding that …': a comma inside the closing quotation mark)
  const commaInQuote = before?.kind === 'quote' && tokens[verbGroup - 2]?.text === ',';
  const atClauseStart = verbGroup === s.first || before?.text === ',' || before?.lower === 'and' || before?.text === '—' || commaInQuote;
  const base = { cue: spanOf(view, { first: cue.at, last: cue.next }), sentence: s.index, cueHedging: cue.verb.hedging };

  // ", adding that …" / "and added …" / "before saying …": the speaker is the one of the clause
  // (", going on to say that …": the -ing form may open the verb group)
  const ing = isIngForm(form) || (verbGroup < cue.at && isIngForm(tokens[verbGroup]!.lower));
  const participial = (ing && ((atClauseStart && (!subject || before?.text === ',' || commaInQuote)) || GERUND_PREPOSITIONS.has(before?.lower ?? ''))) || onDocument;
  if (isFutureForce(view, cue.verb.lemma, verbGroup, cue.at)) return null;
  // "…, with critics saying that …": "with" + a speaker + a participle of saying is that speaker's statement
  const withSpeaker = ing && verbGroup === cue.at ? speakerAfterWith(view, s, cue.at) : null;
  if (withSpeaker && canSpeak(view, withSpeaker, cue.verb)) {
    const complement = readComplement(view, s, cue.next, cue.verb);
    const content = contentRight(view, s, complement.contentFrom);
    return content ? candidate(Object.assign({}, base, { finder: 'reported-speech' as const, source: spanOf(view, withSpeaker), content }, channelOf(view, complement))) : null;
  }
  if (participial || (!subject && (before?.lower === 'and' || before?.lower === 'but'))) {
    const complement = readComplement(view, s, cue.next, cue.verb);
    // "after pleading guilty to fraud": a step in a case, as for the finite verb
    if (!complement.sawThat && hasNonSpeechObject(view, s, complement.contentFrom, cue.verb.lemma)) return null;
    const content = contentRight(view, s, complement.contentFrom);
    if (!content) return null;
    // the document's issuer, read from its own verb ("after Trump unleashed tweets saying …" in a sentence about someone else);
    // "received a call from a resident on Monday, saying …": the sender of the message speaks
    const issuer = onDocument ? issuerOf(view, s, cue.at) : before?.text === ',' ? senderBefore(view, s, verbGroup - 1) : null;
    return candidate(Object.assign({}, base, { finder: 'reported-speech' as const, source: issuer ? spanOf(view, issuer) : null, inheritSource: !issuer, content }, channelOf(view, complement)));
  }
  // "vetoed a resolution calling for a ceasefire": the document before the participle says it
  const document = ing && cue.verb.kind === 'speech' && verbGroup === cue.at ? documentBefore(view, s, cue.at) : null;
  if (document) {
    const complement = readComplement(view, s, cue.next, cue.verb);
    const content = contentRight(view, s, complement.contentFrom, { object: true });
    if (!content) return null;
    const end = reducedRelativeEnd(view, s, complement.contentFrom, tokenFrom(view, content.end));
    return end > complement.contentFrom ? candidate(Object.assign({}, base, { finder: 'reported-speech' as const, source: spanOf(view, document), content: spanOf(view, { first: complement.contentFrom, last: end }) })) : null;
  }
  // ("He’s claiming that …": a contracted "is" on the pronoun)
  if (isIngForm(form) && !hasBeForm(view, verbGroup, cue.at) && !contractionLength(view, verbGroup - 1, true)) return null;

  // "…, said Kim." (a comma before the verb may also close an apposition: try the inversion first)
  if (!subject || before?.text === ',') {
    // ("Some voters, however, question the plan": a connective set off by commas closes no clause)
    const connective = subject !== null && before?.text === ',' && subject.apposition === null;
    const turned = atClauseStart && verbGroup > s.first && !connective ? inverted(view, s, cue, verbGroup, base) : null;
    if (turned || !subject) return turned;
  }
  // ", which notes that …" / "-- which notes that …": a relative pronoun set off from its noun speaks for it
  const setOff = isRelativePronoun(view, subject.range) && [',', '-', '—', '–'].includes(tokens[subject.range.first - 1]?.text ?? '');
  const antecedent = setOff ? antecedentBefore(view, s, subject.range.first - 1) : null;
  if (!canSpeak(view, subject.range, cue.verb) && !(antecedent && canSpeak(view, antecedent, cue.verb))) return null;
  const complement = readComplement(view, s, cue.next, cue.verb);
  const from = complement.contentFrom;
  // "ruled that out", "played that down": "that" is the object of a phrasal verb, not a complementiser
  if (complement.sawThat && PARTICLES_AFTER_THAT.has(tokens[from]?.lower ?? '') && !isWord(tokens[from + 1])) return null;
  // "agreed to reopen", "promised to act": a commitment (an event), not a reported statement
  if (tokens[from]?.lower === 'to') return null;
  // "tweeted and said …": the coordinated verb is a clause of its own; "claimed 20 lives": no saying at all
  if (!complement.sawThat && (tokens[from]?.lower === 'and' || tokens[from]?.lower === 'but' || hasNonSpeechObject(view, s, from, cue.verb.lemma))) return null;
  // "would respond if the ships carried weapons": a condition, not what was said (unless a main clause follows it);
  // after "that" it opens the reported clause ("said that because X, Y")
  if (!complement.sawThat && SUBORDINATORS.has(tokens[from]?.lower ?? '') && !hasCommaBefore(view, from, s.last)) return null;
  // "Everything the mayor says is a lie": the pronoun is what was said, the noun phrase after it the speaker
  // (a pronoun speaker is read on its own: "Something he said stuck")
  const whatAt = WHAT_IS_SAID.has(tokens[subject.range.first]!.lower) && subject.range.last - subject.range.first > 1 ? subject.range.first
    : subject.range.first - 1 >= s.first && WHAT_IS_SAID.has(tokens[subject.range.first - 1]!.lower) ? subject.range.first - 1 : -1;
  if (whatAt >= 0) {
    const speaker = { first: whatAt + 1, last: subject.range.last };
    if (!canSpeak(view, speaker, cue.verb)) return null;
    return candidate(Object.assign({}, base, { finder: 'reported-speech' as const, source: spanOf(view, speaker), content: spanOf(view, { first: whatAt, last: whatAt + 1 }) }));
  }
  const opener = tokens[subject.range.first - 1];
  const source = spanOf(view, subject.range);
  // "They’ve said": the contracted auxiliary is not part of the speaker's name
  if (subject.range.last === verbGroup) source.end -= contractionLength(view, verbGroup - 1);
  const sourceContext = subject.apposition ? spanOf(view, subject.apposition) : null;
  // Object.assign, not { ...x, more }: in Node 20 such a spread gives every object a new hidden class (docs/stages.md, "Extraction speed").
  const common = Object.assign({}, base, { finder: 'reported-speech' as const, source, sourceContext }, channelOf(view, complement));
  // "The paper, citing two officials, reported that …": the cited people are the source, the subject the channel
  const app = subject.apposition;
  if (app && !common.cited && CITING_CUES.has(tokens[app.first]!.lower) && app.last > app.first + 1) {
    Object.assign(common, { cited: spanOf(view, { first: app.first + 1, last: app.last }), citingCue: spanOf(view, { first: app.first, last: app.first + 1 }) });
  }

  // "as Reuters reported, …" / "…, as Mr. Bown observed."
  // ("… as she called for the ratification of …": with what was said after the verb, "as" is a time
  // conjunction and the content is on the right)
  // ("… as he once again asserted the audit was rigged": a clause after the verb, too)
  const asClause = opener?.lower === 'as' && subject.range.first - 1 > s.first && from < s.last && isWord(tokens[from])
    && (cue.verb.particle !== null || complement.sawThat || looksLikeClause(view, s, from, CLAUSE_VERBS, SUBJECT_PRONOUNS));
  if (opener?.lower === 'as' && tokens[subject.range.first - 2]?.lower !== 'such' && !asClause) {
    const asAt = subject.range.first - 1;
    // ("Yet, as Kim observed, …": a connective and its comma before "as" still open the sentence)
    const opensSentence = asAt === s.first || (asAt === s.first + 2 && tokens[s.first + 1]!.text === ',' && SENTENCE_CONNECTIVES.has(tokens[s.first]!.lower));
    // "as I have explained before (…), the market …": an adverb of repetition and a bracket end the as-clause
    let right = from;
    if (AS_CLAUSE_ADVERBS.has(tokens[right]?.lower ?? '')) right++;
    if (tokens[right]?.text === '(') { let close = right + 1; while (close < s.last && close < right + 20 && tokens[close]!.text !== ')') close++; if (tokens[close]?.text === ')') right = close + 1; }
    // "But today, as I have argued before, …", "…, and as I've explained elsewhere, wages …": with only a
    // connective or a short adverbial before it, the as-clause comments on the clause after it
    const onRight = opensSentence || (tokens[right]?.text === ',' && leftIsFragment(view, s, asAt));
    // ("…, as he has alleged before, he speculates that …": the clause after it reports for itself)
    if (onRight && !opensSentence && speakerClauseAt(view, s, right + 1)) return null;
    const content = onRight ? contentRight(view, s, right) : contentLeft(view, s, asAt);
    return content ? candidate(Object.assign({}, common, { content })) : null;
  }
  const ended = from >= s.last || tokens[from]!.text === '.' || tokens[from]!.text === '!' || tokens[from]!.text === '?';
  // "The governor added:" closing a paragraph: the next paragraph is what was said (a quoted one is the quote finder's)
  if (ended && complement.separator === ':') {
    const content = nextParagraph(view, s);
    return content ? candidate(Object.assign({}, common, { content })) : null;
  }
  const commaAfter = tokens[from]?.text === ',';
  if (ended || (commaAfter && tailAfter(view, s, from))) {
    // "The plan is dead, Kim said." — the content is before the speaker; "…, a charge the group denied."
    // — before the claim noun that stands for it
    const claimComma = commaBeforeClaim(view, s, subject.range.first);
    if (opener?.text !== ',' && opener?.text !== '—' && claimComma < 0) return null;
    const content = contentLeft(view, s, claimComma >= 0 ? claimComma : subject.range.first - 1);
    return content ? candidate(Object.assign({}, common, { content })) : null;
  }
  if (commaAfter && (opener?.text === ',' || opener?.text === '—')) {
    // "The plan, Kim said, is dead.": the content is around the speaker
    let left = contentLeft(view, s, subject.range.first - 1);
    const right = contentRight(view, s, from + 1);
    // "During his years in office, Kim said, the economy grew": a fronted circumstance is not what was said
    if (left && right && LEFT_ADVERBIAL_OPENERS.has(tokens[tokenFrom(view, left.start)]?.lower ?? '')) left = null;
    if (!left || !right) return left || right ? candidate(Object.assign({}, common, { content: (left ?? right)! })) : null;
    return candidate(Object.assign({}, common, { content: left, pieces: [left, right] }));
  }
  if (tokens[from]?.kind === 'quote' && complement.separator) return null; // a direct quotation: the quote finder's
  // a quoted phrase that says how ("would respond “at a time of its choosing”") is no content; "said “in no
  // uncertain terms” that …" reports the clause after it
  if (opensMannerQuote(view, from)) {
    let close = from + 1;
    while (close < s.last && tokens[close]!.kind !== 'quote') close++;
    const clauseAfter = close + 2 < s.last && (tokens[close + 1]!.lower === 'that' || looksLikeClause(view, s, close + 1, CLAUSE_VERBS, SUBJECT_PRONOUNS));
    if (!clauseAfter) return null;
    const content = contentRight(view, s, close + 1, {});
    return content ? candidate(Object.assign({}, common, { content })) : null;
  }
  // "Her aide said as much": the two words stand for what was said (PARC marks them as the content)
  if (!complement.sawThat && tokens[from]?.lower === 'as' && tokens[from + 1]?.lower === 'much' && from + 1 < s.last) return candidate(Object.assign({}, common, { content: spanOf(view, { first: from, last: from + 2 }) }));
  if (!complement.sawThat && ADVERBIAL_OPENERS.has(tokens[from]?.lower ?? '')) return null; // "said when she resigned": an adverbial clause, not what was said
  // belief and evidence verbs report a clause ("believes the test failed"), except that a record may
  // show a state of things ("the poll shows Clinton ahead")
  const record = cue.verb.kind === 'evidence' && INFO_SOURCE_NOUNS.has(headWord(view, subject.range));
  if ((cue.verb.kind !== 'speech' || CLAUSE_ONLY.has(cue.verb.lemma)) && !complement.sawThat && !record && (!looksLikeClause(view, s, from, CLAUSE_VERBS, SUBJECT_PRONOUNS) || NP_PREPOSITIONS.has(tokens[from]!.lower))) return null;
  // (a relative clause set off by a comma or dash ends at the next one: "The mayor, who said …, resigned")
  const subordinate = (opener !== undefined && SUBORDINATORS.has(opener.lower)) || setOff;
  // "acknowledged the reality of climate change, which …": a noun-phrase object ends where an object does
  // (a name first is more often the subject of a clause: "said John Kerry, the secretary, called …")
  const object = !complement.sawThat && tokens[from]?.kind === 'word' && tokens[from]!.text === tokens[from]!.lower && !looksLikeClause(view, s, from, CLAUSE_VERBS, SUBJECT_PRONOUNS);
  // "what Trump says his plan would do, and …": a free relative's clause ends at the first comma or
  // conjunction (what follows is the sentence around it)
  const freeRelative = opener?.lower === 'what' && subject.range.first - 1 > s.first;
  let content = contentRight(view, s, from, { subordinate: subordinate || freeRelative, object });
  if (content && freeRelative) {
    for (let k = from + 1; k < s.last && tokens[k]!.start < content.end; k++) {
      if (['and', 'or', 'but'].includes(tokens[k]!.lower)) { content = trimContent(view.text, content.start, tokens[k - 1]!.end); break; }
    }
  }
  return content ? candidate(Object.assign({}, common, { content })) : null;
}

/** "…, said Kim, the …": the speaker follows the verb and the content came before. */
function inverted(view: DocView, s: SentenceRange, cue: CueMatch, verbGroup: number, base: Pick<Candidate, 'cue' | 'sentence' | 'cueHedging'>): Candidate | null {
  const tokens = view.tokens;
  // ", have urged Congress to …": a speaker goes after a bare verb ("said Kim"), not after an auxiliary
  for (let k = verbGroup; k < cue.at; k++) if (AUXILIARIES.has(tokens[k]!.lower)) return null;
  // "Jane Roe, 59, who watched the parade, said the day …": the relative clause before the comma
  // describes the subject of the verb; what follows the verb is what was said
  // (unless the speaker closes the sentence: "…, which have used force …, said the group on Monday.")
  const who = phraseAfter(view, s, cue.next);
  if (!who || !isAgentive(view, who) || readsAsClause(view, who)) return null;
  // "…, said Amnesty International on Tuesday, November 19." / "…, said the ministry late Thursday in a
  // statement.": a time adverbial, and a document the words came in, may follow the inverted speaker
  let close = who.last + timeAdverbialLength(tokens, who.last, s.last);
  if (close > who.last && tokens[close]?.lower === 'in' && ['a', 'an'].includes(tokens[close + 1]?.lower ?? '')) close = s.last;
  const after = tokens[close];
  // "…, said a diplomat who attended the talks." and "…, said a diplomat on condition of anonymity.": a
  // relative clause on the speaker, or the interview's ground rules, may follow
  if (after && close < s.last && ![',', '.', '!', '?', ';', '—', 'who', 'whose'].includes(after.lower) && groundRulesLength(tokens, close, s.last) === 0) return null;
  const closesSentence = !after || close >= s.last || ['.', '!', '?'].includes(after.text) || (after.text === ',' && close + 1 < s.last && timeAdverbialLength(tokens, close + 1, s.last) > 0);
  if (!closesSentence && relativeClauseBefore(view, s, verbGroup - 1)) return null;
  const content = contentLeft(view, s, verbGroup - 1);
  if (!content) return null;
  const complement = readComplement(view, s, who.last, cue.verb);
  // "…, said the boy's uncle, Samir Haddad.": a short apposition closing the sentence may name the speaker
  let named: TokRange | null = null;
  if (after?.text === ',' && close === who.last) {
    let end = close + 1;
    while (end < s.last && end - close <= 7 && !['.', '!', '?', ','].includes(tokens[end]!.text)) end++;
    if (end > close + 1 && (end >= s.last || ['.', '!', '?'].includes(tokens[end]!.text))) named = { first: close + 1, last: end };
  }
  return candidate(Object.assign({}, base, { finder: 'reported-speech' as const, source: spanOf(view, who), sourceContext: named ? spanOf(view, named) : null, content }, channelOf(view, complement)));
}

/** Messages whose sender, after "from", speaks in a participle after them ("a call from a resident, saying …"). */
const MESSAGE_NOUNS = new Set(['call', 'calls', 'message', 'messages', 'email', 'emails', 'text', 'texts', 'tip', 'letter', 'letters', 'note', 'voicemail']);

const SENDER_ENDS = new Set(['just', 'shortly', 'before', 'after', 'on', 'at', 'in', 'during', 'late', 'early', 'around', 'about', 'last', 'this', 'who', 'which']);

/** "a 911 call from a resident just before 5 p.m., saying …": the phrase after "from" when a message noun stands right before it. */
function senderBefore(view: DocView, s: SentenceRange, comma: number): TokRange | null {
  const tokens = view.tokens;
  for (let k = comma - 1; k > s.first && k >= comma - 20; k--) {
    if (tokens[k]!.lower !== 'from') continue;
    if (!MESSAGE_NOUNS.has(tokens[k - 1]!.lower)) return null;
    const who = phraseAfter(view, s, k + 1);
    if (!who) return null;
    // ("… a resident just before 5 p.m. on Wednesday,": the time is no part of the sender)
    let last = who.first + 1;
    while (last < Math.min(who.last, comma) && !SENDER_ENDS.has(tokens[last]!.lower)) last++;
    const sender = { first: who.first, last };
    return isAgentive(view, sender) ? sender : null;
  }
  return null;
}

/**
 * "…, said Haley impressed her.": the words after the verb are a clause (a name, a past form, an
 * object pronoun), what was said, not an inverted speaker.
 */
function readsAsClause(view: DocView, who: TokRange): boolean {
  const tokens = view.tokens;
  if (who.last - who.first > 1 && OBJECT_PRONOUNS.has(tokens[who.last - 1]!.text)) return true;
  for (let k = who.first + 1; k < who.last; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && t.text === t.lower && /\p{L}{2,}ed$/u.test(t.text) && /^\p{Lu}/u.test(tokens[k - 1]!.text)) return true;
  }
  return false;
}
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'it']);

function verbGroupStart(view: DocView, s: SentenceRange, cue: number): number {
  let j = cue;
  for (;;) {
    const catenative = view.tokens[j - 1]?.lower === 'to' ? catenativeBefore(view.tokens, s, j - 1) : -1;
    if (catenative >= 0) j = catenative;
    else if (j > s.first && (AUXILIARIES.has(view.tokens[j - 1]!.lower) || CUE_ADVERBS.has(view.tokens[j - 1]!.lower))) j--;
    else return j;
  }
}

function hasBeForm(view: DocView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (BE_FORMS.has(view.tokens[k]!.lower)) return true;
  return false;
}

/** The cue at `cue` is a bare base form right after a subject of "a"/"an"/"the" and capitalised words only. */
function nounAfterSingularName(view: DocView, s: SentenceRange, subject: TokRange, cue: CueMatch): boolean {
  const tokens = view.tokens;
  const form = tokens[cue.at]!.lower;
  if (view.titleCase[s.index] || subject.last !== cue.at || cue.verb.forms[0] !== form || subject.last - subject.first < 2) return false;
  if (!['a', 'an', 'the'].includes(tokens[subject.first]!.lower)) return false;
  for (let k = subject.first + 1; k < subject.last; k++) if (!/^\p{Lu}/u.test(tokens[k]!.text) || /s$/.test(tokens[k]!.lower) && k === subject.last - 1 && !/ss$/.test(tokens[k]!.lower)) return false;
  return true;
}

function hasCommaBefore(view: DocView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (view.tokens[k]!.text === ',') return true;
  return false;
}

/** The whole next paragraph after the sentence `s` when `s` ends its own paragraph and the next does not open with a quote mark. */
function nextParagraph(view: DocView, s: SentenceRange): { start: number; end: number } | null {
  const next = view.sentences[s.index + 1];
  if (!next || next.paragraph === s.paragraph || next.first >= next.last) return null;
  if (view.tokens[next.first]!.kind === 'quote') return null;
  let last = next;
  for (let k = s.index + 2; k < view.sentences.length && view.sentences[k]!.paragraph === next.paragraph; k++) last = view.sentences[k]!;
  return trimContent(view.text, next.start, last.end);
}

/** "…, a charge the group denied": the comma before a claim noun phrase that ends right before the speaker at `subjectAt`, or -1. */
function commaBeforeClaim(view: DocView, s: SentenceRange, subjectAt: number): number {
  const tokens = view.tokens;
  let k = subjectAt - 1;
  if (tokens[k]?.lower === 'that' || tokens[k]?.lower === 'which') k--;
  if (k <= s.first || !CLAIM_NOUNS.has(tokens[k]!.lower)) return -1;
  for (let j = k - 1; j >= s.first && j >= k - 4; j--) {
    if (tokens[j]!.text === ',') return j;
    if (!isWord(tokens[j]) || tokens[j]!.text !== tokens[j]!.lower) return -1;
  }
  return -1;
}

/** Whether the comma-delimited segment ending at the comma `comma` opens with "who" or "which" after another comma. */
function relativeClauseBefore(view: DocView, s: SentenceRange, comma: number): boolean {
  const tokens = view.tokens;
  for (let k = comma - 1; k > s.first; k--) {
    const t = tokens[k]!;
    if (t.quote !== -1) return false;
    if (t.text === ',') return tokens[k + 1]?.lower === 'who' || tokens[k + 1]?.lower === 'which';
  }
  return false;
}

/** Implicative verbs whose object does what the infinitive says ("forced the banker to admit …", "led her to conclude …"). */
const CAUSATIVES = new Set(['force', 'forces', 'forced', 'forcing', 'lead', 'leads', 'led', 'leading', 'prompt', 'prompts', 'prompted', 'prompting',
  'compel', 'compels', 'compelled', 'compelling', 'push', 'pushes', 'pushed', 'pushing', 'press', 'presses', 'pressed', 'pressing', 'get', 'gets', 'got', 'getting']);
const MAX_CAUSED_OBJECT = 6;

/**
 * "The senator forced the banker, who was under oath, to admit that …": the object of an implicative
 * verb before the "to" of the cue at `cue` is the speaker. Returns the object's tokens, or null.
 */
function causedSpeaker(view: DocView, s: SentenceRange, cue: number): TokRange | null {
  const tokens = view.tokens;
  if (tokens[cue - 1]?.lower !== 'to') return null;
  let end = cue - 1;
  // a relative clause set off by commas after the object (", who was under questioning,")
  if (tokens[end - 1]?.text === ',') {
    let k = end - 2;
    while (k > s.first && tokens[k]!.text !== ',' && end - k <= 25) k--;
    if (tokens[k]?.text !== ',' || !['who', 'which'].includes(tokens[k + 1]!.lower)) return null;
    end = k;
  }
  let first = end;
  while (first - 1 >= s.first && end - first < MAX_CAUSED_OBJECT && (isWord(tokens[first - 1]) || tokens[first - 1]!.text === '.') && !CAUSATIVES.has(tokens[first - 1]!.lower)) first--;
  if (first === end || !CAUSATIVES.has(tokens[first - 1]?.lower ?? '') || first - 1 < s.first) return null;
  const range = { first, last: end };
  return isAgentive(view, range) ? range : null;
}

function causedSpeech(view: DocView, s: SentenceRange, cue: CueMatch, speaker: TokRange): Candidate | null {
  const tokens = view.tokens;
  const complement = readComplement(view, s, cue.next, cue.verb);
  const from = complement.contentFrom;
  if (tokens[from]?.lower === 'to' || from >= s.last) return null;
  // belief and evidence verbs report a clause ("led them to conclude that …"), not an object
  if (cue.verb.kind !== 'speech' && !complement.sawThat && !looksLikeClause(view, s, from, CLAUSE_VERBS, SUBJECT_PRONOUNS)) return null;
  const content = contentRight(view, s, from);
  if (!content) return null;
  return candidate({ finder: 'reported-speech', cue: spanOf(view, { first: cue.at, last: cue.next }), sentence: s.index, cueHedging: cue.verb.hedging, source: spanOf(view, speaker), content, ...channelOf(view, complement) });
}

function isRelativePronoun(view: DocView, range: TokRange): boolean {
  return range.last - range.first === 1 && ['who', 'which'].includes(view.tokens[range.first]!.lower);
}

const PERCEPTION_PARTICIPLES = new Set(['heard', 'overheard', 'seen', 'filmed', 'recorded', 'caught']);

/** The subject of "can be heard" / "was seen" right before the -ing cue at `cue`, or null. */
function perceivedSpeaker(view: DocView, s: SentenceRange, cue: number): TokRange | null {
  const tokens = view.tokens;
  const at = cue - 1;
  if (!isIngForm(tokens[cue]!.lower) || at <= s.first || !PERCEPTION_PARTICIPLES.has(tokens[at]!.lower)) return null;
  const subject = subjectBefore(view, s, at);
  if (!subject || subject.negated || !hasBeForm(view, subject.verbGroup, at) || !isAgentive(view, subject.range)) return null;
  return subject.range;
}

