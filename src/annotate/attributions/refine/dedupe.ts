// Several finders may claim one cue ("“…,” Kim said" is both a direct quotation and an inverted
// report): keep the best-ranked claim per cue, drop exact duplicates, drop a continued quotation
// that another attribution already covers, and join the others to their speaker's first piece. Nested attributions (one inside another's content) stay.
import type { Span } from '../../../model/types.js';
import { FINDER_RANK, type Candidate } from '../candidate.js';
import { DETERMINERS } from '../../../knowledge/lexicons/attribution/function-words.js';
import { PERSON_NOUNS } from '../../../knowledge/lexicons/attribution/person-nouns.js';
import { SOURCE_HEAD_NOUNS } from '../../../knowledge/lexicons/attribution/source-nouns.js';
import { isCapitalized, isWord, mentionsWithin, type DocView, type SentenceRange } from '../view.js';
import { datelineLength } from '../content.js';

export function dedupe(view: DocView, candidates: Candidate[]): Candidate[] {
  const byCue = new Map<number, Candidate>();
  const continuations: Candidate[] = [];
  for (const c of withoutRepeatedSpeakers(view, candidates)) {
    if (c.finder === 'continuation') { continuations.push(c); continue; }
    const seen = byCue.get(c.cue.start);
    if (!seen || FINDER_RANK[c.finder] < FINDER_RANK[seen.finder]) byCue.set(c.cue.start, c);
  }
  const kept = [...byCue.values()];
  const contentKeys = new Set(kept.map((c) => `${c.content.start}:${c.content.end}`));
  for (const c of continuations) {
    const key = `${c.content.start}:${c.content.end}`;
    if (contentKeys.has(key) || kept.some((k) => k.content.start < c.content.end && c.content.start < k.content.end && k.cue.start > c.content.start)) continue;
    contentKeys.add(key);
    // "“A,” he said. “B”": one statement in two pieces, so B joins the attribution of A
    const whole = kept.findIndex((k) => k.cue.start === c.cue.start && lastPiece(k).end <= c.content.start);
    if (whole >= 0) kept[whole] = withPiece(kept[whole]!, c.content);
    else kept.push(c);
  }
  const unique = new Map<string, Candidate>();
  for (const c of kept) {
    const key = `${c.source?.start ?? -1}:${c.source?.end ?? -1}:${c.content.start}:${c.content.end}`;
    const seen = unique.get(key);
    if (!seen || FINDER_RANK[c.finder] < FINDER_RANK[seen.finder]) unique.set(key, c);
  }
  return [...unique.values()].sort((a, b) => a.sentence - b.sentence || a.cue.start - b.cue.start || a.content.start - b.content.start);
}

function within(inner: Span, outer: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * "Roe said the hall must close because “the roof leaks,” she said. “It is not safe.”": the pronoun's
 * clause after the quotation repeats the speaker of the reported clause that already holds those
 * words. Its claim on the words before it is dropped; a quotation continued after it (a
 * 'continuation' candidate) then stands as that clause's own statement, as PARC marks it.
 */
function withoutRepeatedSpeakers(view: DocView, candidates: Candidate[]): Candidate[] {
  return candidates.filter((b) => !(b.finder !== 'continuation' && b.source && b.content.end <= b.cue.start && isPronoun(view, b.source) && endsWithClosingQuote(view, b.content)
    && candidates.some((a) => a !== b && a.finder !== 'continuation' && a.sentence === b.sentence && a.cue.start > b.content.start && a.cue.end < a.content.start && Math.abs(a.content.end - b.content.end) <= 1)));
}

const REPEATING_PRONOUNS = new Set(['he', 'she', 'they']);

function isPronoun(view: DocView, span: Span): boolean {
  return REPEATING_PRONOUNS.has(view.text.slice(span.start, span.end).toLowerCase());
}

function endsWithClosingQuote(view: DocView, span: Span): boolean {
  return view.quotes.some((q) => q.terminated && q.end === span.end);
}

function lastPiece(c: Candidate): Span {
  return c.pieces ? c.pieces[c.pieces.length - 1]! : c.content;
}

function withPiece(c: Candidate, piece: Span): Candidate {
  return Object.assign({}, c, { pieces: [...(c.pieces ?? [c.content]), piece] });
}

/**
 * ", adding that …" / "and added …": the speaker of the nearest earlier attribution in the sentence,
 * or else the entity the sentence opens with ("Schultz left MSNBC in 2015 and said …").
 */
export function inheritSources(view: DocView, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (!c.inheritSource) { out.push(c); continue; }
    const prior = out.filter((p) => p.sentence === c.sentence && p.cue.start < c.cue.start && p.source).reverse();
    // "May said the country would declare its intention to leave and suggested …": an attribution
    // nested in an earlier one's content (here "its intention") does not speak the later cue when that
    // cue stands outside the content (the outer speaker does)
    const from = prior.find((p) => !prior.some((q) => q !== p && within(p.cue, q.content) && !within(c.cue, q.content)));
    // "When Biden asked …, Xi responded by saying …", "… when Trump scuttled the talks, citing …": the
    // participle belongs to the nearest clause before it, whose named subject acts, when that clause
    // stands after the earlier statement's cue and outside every content
    const actor = actorBefore(view, c, from ?? null, candidates);
    if (actor) { out.push(Object.assign({}, c, { source: actor, inheritSource: false })); continue; }
    if (!from) {
      const subject = openingEntity(view, c.sentence, c.cue.start);
      if (subject) out.push(Object.assign({}, c, { source: subject, inheritSource: false }));
      continue;
    }
    out.push(Object.assign({}, c, { source: from.source, sourceContext: from.sourceContext, cited: from.cited, citingCue: null, inheritSource: false, channel: c.channel ?? from.channel, channelCertain: c.channel ? c.channelCertain : from.channelCertain }));
  }
  return out;
}

/**
 * The named subject of the past-tense verb nearest before participle `c` (within twelve tokens of its
 * sentence): "Xi responded by saying", "Trump scuttled the talks in September, citing". Null when that
 * verb is inside a statement's content or before `prior`'s cue, or no name stands right before it.
 */
function actorBefore(view: DocView, c: Candidate, prior: Candidate | null, candidates: readonly Candidate[]): Span | null {
  const tokens = view.tokens;
  const s = view.sentences[c.sentence]!;
  let at = -1;
  for (let k = s.first; k < s.last; k++) if (tokens[k]!.start === c.cue.start) { at = k; break; }
  for (let k = at - 1; k > s.first && k >= at - 16; k--) {
    const t = tokens[k]!;
    // (a dash or bracket closes an insert: "… Stadium - where the Panthers played the Vikings - while chanting")
    if (t.quote !== -1 || INSERT_MARKS.has(t.text)) return null;
    // ("…, although King was among those questioning the move, writing …": a past "was/were" with a name before it too)
    const be = (t.lower === 'was' || t.lower === 'were') && t.text === t.lower;
    if (t.kind !== 'word' || t.text !== t.lower || !(be || (t.lower.endsWith('ed') && k >= at - 12))) continue;
    if (prior && t.start < prior.cue.end) return null;
    // (a content holding the participle too is the frame both stand in: "When …, Xi responded by saying …, an official said")
    if (candidates.some((q) => q.sentence === c.sentence && q.content.start <= t.start && t.end <= q.content.end && !within(c.cue, q.content))) return null;
    // ("Republicans have pushed back …, citing …": a perfect's auxiliary between the name and the verb)
    let b = k - 1;
    if (!be && b > s.first && ['has', 'have', 'had'].includes(tokens[b]!.lower)) b--;
    const before = tokens[b]!;
    const name = mentionsWithin(view, s.start, before.end).filter((m) => m.end === before.end && m.mention.kind !== 'pronoun' && m.entity.type !== 'place').pop();
    if (be && !name) continue;
    return name ? { start: name.start, end: name.end } : null;
  }
  return null;
}

/**
 * A person or body named in the first three tokens of the sentence, before `limit`: its subject,
 * most likely. Else a personal pronoun opening the sentence ("He spoke to farmers, promising …").
 */
function openingEntity(view: DocView, sentence: number, limit: number): Span | null {
  const s = view.sentences[sentence]!;
  // ("United Nations – The Security Council voted … and demanded …": the dateline names no speaker)
  const dateline = datelineLength(view, s, s.last);
  const edge = view.tokens[Math.min(s.first + dateline + 3, s.last - 1)]!.start;
  // ("She reportedly gave Ivanka a tag, telling her …": a pronoun opening the sentence is its subject, not the name after it)
  const opener = view.tokens[s.first + dateline];
  if (opener && (opener.lower === 'he' || opener.lower === 'she') && opener.start < limit) return { start: opener.start, end: opener.end };
  for (const m of mentionsWithin(view, view.tokens[s.first + dateline]!.start, limit)) {
    if (m.start > edge) break;
    if (m.entity.type !== 'place' && m.mention.kind !== 'pronoun') return { start: m.start, end: m.end };
  }
  let first = s.first;
  if (OPENING_CONJUNCTIONS.has(view.tokens[first]?.lower ?? '')) first++;
  const t = view.tokens[first];
  if (t && first < s.last && t.start < limit && SPEAKER_PRONOUNS.has(t.lower)) return { start: t.start, end: t.end };
  // "It did not reveal the site and said it was …": a body's "it" with a verb of its own (not the "it" of "it is", "it seems")
  if (t && first < s.last && t.start < limit && t.lower === 'it' && !EXPLETIVE_VERBS.has(view.tokens[first + 1]?.lower ?? '')) return { start: t.start, end: t.end };
  return openingSpeakerPhrase(view, s, afterFrontedAdverbial(view, s, first), limit);
}

/** "In 1986, the court …", "On Monday, officials …": the token after a short fronted phrase closed by a comma. */
function afterFrontedAdverbial(view: DocView, s: SentenceRange, first: number): number {
  const opener = view.tokens[first];
  if (!opener || !FRONTED_OPENERS.has(opener.lower)) return first;
  for (let k = first + 1; k < s.last && k <= first + 6; k++) if (view.tokens[k]!.text === ',') return k + 1;
  return first;
}

/**
 * A short subject the sentence opens with, when no entity was found there: "the court", "Officials",
 * "the ministry's spokesman": a speaker noun within its first three words, followed by a lower-case
 * word (the verb).
 */
function openingSpeakerPhrase(view: DocView, s: SentenceRange, first: number, limit: number): Span | null {
  const tokens = view.tokens;
  const t = tokens[first];
  if (!t || first >= s.last || t.start >= limit) return null;
  // names are the entity stage's (a capitalised first word is as often "Under" or "Chastened")
  let k = first;
  if (DETERMINERS.has(t.lower)) k++;
  const headAt = k + [0, 1, 2].findIndex((d) => isWord(tokens[k + d]) && isSpeakerNoun(tokens[k + d]!.lower));
  if (headAt < k) return null;
  k = headAt + 1;
  // "Restaurant owners in Milan protested …": a place of one to three capitalised words after the head
  if (['in', 'from', 'at'].includes(tokens[k]?.lower ?? '') && isCapitalized(tokens[k + 1])) {
    let e = k + 1;
    while (e < s.last && e < k + 4 && isCapitalized(tokens[e])) e++;
    if (isWord(tokens[e]) && tokens[e]!.text === tokens[e]!.lower && /ed$/.test(tokens[e]!.lower)) k = e;
  }
  const next = tokens[k];
  if (k === first || k >= s.last || !next || !isWord(next) || next.text !== next.lower || tokens[k - 1]!.end > limit) return null;
  return { start: tokens[first]!.start, end: tokens[k - 1]!.end };
}

function isSpeakerNoun(lower: string): boolean {
  return SOURCE_HEAD_NOUNS.has(lower) || PERSON_NOUNS.has(lower);
}

const FRONTED_OPENERS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'since', 'last', 'earlier', 'later', 'yesterday', 'today', 'meanwhile', 'instead', 'still', 'however', 'separately']);

const INSERT_MARKS = new Set([';', '-', '—', '–', '(', ')']);
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so']);
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Verbs after an "it" that is no one: "it is", "it seems", "it remains". */
const EXPLETIVE_VERBS = new Set(['is', 'was', "'s", '’s', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'has', 'had', 'will', 'would', 'may', 'might', 'could', 'takes', 'took', 'looks', 'looked', 'became', 'becomes', 'happened', 'rained']);
