// A speaker and a colon opening a sentence: transcripts ("PENCE: Well, look, …") and headlines
// ("Poll: Wealthy voters abandon …", "Kim: We will respond"), and transcript turns quoted in a
// report ('"SMITH: Well, look, …' opening a quoted paragraph). The colon is the cue.
import { candidate, type Candidate } from '../candidate.js';
import { contentRight, trimContent } from '../content.js';
import { isCueForm } from '../cue-lexicon.js';
import { INFO_SOURCE_NOUNS, SOURCE_HEAD_NOUNS } from '../../../knowledge/lexicons/attribution/source-nouns.js';
import { headOf, headWord } from '../heads.js';
import { spanOf, type TokRange } from '../phrases.js';
import { isWord, mentionsWithin, type DocView, type SentenceRange } from '../view.js';
import { quoteInner } from '../quotes.js';


const QUOTE_MARKS = new Set(['"', '”', '’', "'"]);

/** Longest speaker phrase before the colon, in tokens. */
const MAX_SPEAKER = 6;

/** Prepositions that make a line before a colon an instruction or a heading, not a speaker ("Follow him on Twitter:"). */
const LABEL_PREPOSITIONS = new Set(['on', 'at', 'via', 'in', 'to', 'for', 'from', 'with']);
/** One-word credit lines ("Source: …", "Sources: …"). */
const CREDIT_LABELS = new Set(['source', 'sources']);

/** A name the entities layer found, a name in capitals (transcripts), or a speaker noun ("Poll", "Officials"). */
function isSpeakerLabel(view: DocView, range: TokRange): boolean {
  const tokens = view.tokens;
  if (range.last - range.first > 4) return false;
  // "Follow him on Twitter:", "Reach her at …:": a line with a preposition before the name is no speaker label
  for (let k = range.first + 1; k < range.last; k++) if (LABEL_PREPOSITIONS.has(tokens[k]!.lower)) return false;
  // "Source: NATO.", "Sources: …": a credit line names where figures come from, nobody's words
  if (range.last - range.first === 1 && CREDIT_LABELS.has(tokens[range.first]!.lower)) return false;
  const mentions = mentionsWithin(view, tokens[range.first]!.start, tokens[range.last - 1]!.end);
  // the label is the name (with perhaps a title before it), not a headline that mentions one
  if (mentions.some((m) => m.end === tokens[range.last - 1]!.end && m.entity.type !== 'place')) return true;
  const head = tokens[headOf(view, range)]!;
  if (head.text.length > 1 && head.text === head.text.toUpperCase() && /\p{L}/u.test(head.text)) return true;
  const word = headWord(view, range);
  if (SOURCE_HEAD_NOUNS.has(word) || INFO_SOURCE_NOUNS.has(word)) return true;
  // a one-word name in a headline the entities layer did not know ("Factcheckers: …"), not a kicker ("Update: …")
  return range.last - range.first === 1 && isHeadline(view, tokens[range.first]!.sentence) && /^\p{Lu}\p{Ll}+\p{Lu}?\p{Ll}*$/u.test(head.text) && !HEADLINE_KICKERS.has(head.lower);
}

/** Labels that open a headline without being a speaker. */
const HEADLINE_KICKERS = new Set(['update', 'updated', 'analysis', 'exclusive', 'breaking', 'watch', 'video', 'videos', 'opinion', 'editorial',
  'review', 'explainer', 'live', 'photos', 'factbox', 'timeline', 'correction', 'commentary', 'interview', 'listen', 'read', 'podcast',
  'chart', 'graphic', 'map', 'quiz', 'recap', 'preview', 'obituary', 'letters', 'perspective', 'essay', 'column', 'report', 'breakingviews']);

/** The document's first sentence, or one in title case (a headline or subhead). */
function isHeadline(view: DocView, sentence: number): boolean {
  return sentence === 0 || view.titleCase[sentence] === true;
}

/**
 * A headline that ends in a quotation after a colon: "Senator Grills Bank Chief: ‘You Should Resign’",
 * "A Lesson From Jane Roe: ‘Be Heard’". The quotation is the person's named before the colon (the
 * last person, or else the first name the entities layer found).
 */
function headlineQuote(view: DocView, s: SentenceRange): Candidate | null {
  if (!isHeadline(view, s.index)) return null;
  const tokens = view.tokens;
  let colon = -1;
  for (let k = s.first + 1; k < s.last && k <= s.first + 14; k++) {
    if (tokens[k]!.quote !== -1) return null;
    if (tokens[k]!.text === ':') { colon = k; break; }
  }
  if (colon < 0) return null;
  const open = tokens[colon + 1];
  const at = open?.kind === 'quote' ? view.quoteByOpen.get(open.start) : undefined;
  if (at === undefined) return null;
  const q = view.quotes[at]!;
  // the quotation is all that follows
  for (let k = colon + 2; k < s.last; k++) if (tokens[k]!.start >= q.end && tokens[k]!.kind !== 'punct') return null;
  const mentions = mentionsWithin(view, tokens[s.first]!.start, tokens[colon]!.start).filter((m) => m.entity.type === 'person' || m.entity.type === 'organisation' || m.entity.type === 'group');
  const speaker = mentions.find((m) => m.entity.type === 'person') ?? mentions[0] ?? namedLater(view, tokens[s.first]!.start, tokens[colon]!.start);
  if (!speaker) return null;
  return candidate({
    finder: 'colon',
    cue: spanOf(view, { first: colon, last: colon + 1 }),
    source: { start: speaker.start, end: speaker.end },
    content: quoteInner(view.text, q),
    direct: true,
    sentence: s.index,
  });
}

export function findColonSpeakers(view: DocView): Candidate[] {
  const out: Candidate[] = [];
  const tokens = view.tokens;
  for (const s of view.sentences) {
    const quoted = quotedTranscriptTurn(view, s);
    if (quoted) { out.push(quoted); continue; }
    let colon = -1;
    for (let k = s.first + 1; k < s.last && k <= s.first + MAX_SPEAKER; k++) {
      const t = tokens[k]!;
      if (t.text === ':') { colon = k; break; }
      if (!(isWord(t) || t.text === '.' || t.text === '-') || isCueForm(t.lower) || t.quote !== -1) break;
    }
    if (colon < 0 || colon + 1 >= s.last || !isWord(tokens[s.first]) || !isSpeakerLabel(view, { first: s.first, last: colon })) {
      const headline = headlineQuote(view, s);
      if (headline) out.push(headline);
      continue;
    }
    if (isDatelineLabel(view, s, colon) || isLabelledHeading(view, s, colon)) continue;
    const next = tokens[colon + 1]!;
    const q = next.kind === 'quote' ? view.quoteByOpen.get(next.start) : undefined;
    const content = q !== undefined ? quoteInner(view.text, view.quotes[q]!) : contentRight(view, s, colon + 1);
    if (!content) continue;
    out.push(candidate({
      finder: 'colon',
      cue: spanOf(view, { first: colon, last: colon + 1 }),
      source: spanOf(view, { first: s.first, last: colon }),
      content,
      direct: q !== undefined,
      sentence: s.index,
    }));
  }
  return out;
}

/** Entity types of a place: a label naming one opens a dateline ("SHANGHAI: Police have …"), not a turn. */
const PLACE_TYPES = new Set(['place', 'country']);

/**
 * "SHANGHAI: Police have shut …": a place in capitals and a colon opening the report's first paragraphs
 * is a dateline (a style of Indian and other outlets), not a speaker label.
 */
function isDatelineLabel(view: DocView, s: SentenceRange, colon: number): boolean {
  const tokens = view.tokens;
  if (s.paragraph > 2 || view.sentences[s.index - 1]?.paragraph === s.paragraph) return false;
  const words = tokens.slice(s.first, colon);
  // ("Kigali: Four young people have won …": in title case too, when it opens the report's first sentence)
  const titled = s.index === 0 && words.length <= 3 && words.every((t) => isWord(t) && /^\p{Lu}\p{Ll}/u.test(t.text));
  if (!titled && !words.every((t) => isWord(t) && t.text === t.text.toUpperCase())) return false;
  const name = words.map((t) => t.text.charAt(0) + t.text.slice(1).toLowerCase()).join(' ');
  return view.knowledge.lookupName(name).some((e) => PLACE_TYPES.has(e.type));
}

/**
 * What follows the colon is no statement: a name alone ("Profile: Jane Roe", a link to a profile) or a
 * headline in capitals ("ROE TRIAL: MOTHER OF VICTIM FIGHTS …", a link to another story).
 */
function isLabelledHeading(view: DocView, s: SentenceRange, colon: number): boolean {
  const tokens = view.tokens;
  const words = tokens.slice(colon + 1, s.last).filter((t) => isWord(t));
  if (words.length === 0) return false;
  const rest = tokens.slice(colon + 1, s.last).filter((t) => !isWord(t));
  if (words.length <= 4 && words.every((t) => /^\p{Lu}/u.test(t.text)) && rest.every((t) => t.text === '.' || t.text === '-')) return true;
  return words.length >= 3 && words.every((t) => t.text === t.text.toUpperCase());
}

/**
 * A quoted transcript turn: a quotation opening the sentence with a speaker label in capitals and a
 * colon ('"SMITH: Well, look, …'). The turn runs to the end of the quotation (often the paragraph:
 * a quoted paragraph is left open when the next one goes on quoting).
 */
function quotedTranscriptTurn(view: DocView, s: SentenceRange): Candidate | null {
  const tokens = view.tokens;
  const mark = tokens[s.first];
  // the turn opens its paragraph; its mark may be read as closing the turn before when marks are straight
  if (!mark || mark.kind !== 'quote' || view.sentences[s.index - 1]?.paragraph === s.paragraph) return null;
  let colon = -1;
  for (let k = s.first + 1; k < s.last && k <= s.first + 4; k++) {
    const t = tokens[k]!;
    if (t.text === ':') { colon = k; break; }
    // transcripts write the speaker in capitals ("WALLACE", "SEN. SMITH")
    if (!isWord(t) && t.text !== '.') return null;
    if (isWord(t) && (t.text !== t.text.toUpperCase() || !/\p{L}{2}/u.test(t.text))) return null;
  }
  if (colon < 0 || colon === s.first + 1) return null;
  const from = tokens[colon + 1]!;
  // the turn runs to the end of its paragraph, where a quoted paragraph ends whether closed or not
  let last = s;
  for (let k = s.index + 1; k < view.sentences.length && view.sentences[k]!.paragraph === s.paragraph; k++) last = view.sentences[k]!;
  let end = last.end;
  if (end > from.start && QUOTE_MARKS.has(view.text[end - 1]!)) end--;
  const content = trimContent(view.text, from.start, end);
  if (!content) return null;
  return candidate({
    finder: 'colon',
    cue: spanOf(view, { first: colon, last: colon + 1 }),
    source: spanOf(view, { first: s.first + 1, last: colon }),
    content,
    sentence: s.index,
  });
}

/**
 * The entities layer reads no names in a title-case headline: the first person the article names
 * later whose full name stands in the headline between `start` and `end`, as a span there.
 */
function namedLater(view: DocView, start: number, end: number): { start: number; end: number } | null {
  const slice = view.text.slice(start, end);
  let best: { start: number; end: number } | null = null;
  for (const m of view.mentions) {
    if (m.entity.type !== 'person' || m.start < end) continue;
    const name = m.entity.name;
    if (!/\s/.test(name)) continue;
    const at = slice.indexOf(name);
    if (at >= 0 && (!best || start + at < best.start)) best = { start: start + at, end: start + at + name.length };
  }
  return best;
}
