// Poll results as statements of the people polled or of the poll: "46 percent would choose Smith",
// "5 percent prefer Jones" (the share of respondents is the source, the choice the content), and a
// fronted "In the latest poll, Smith leads Jones by five points" (the poll is the source, "In" the
// cue, the clause after the comma the content). "Prices rose 5 percent" has no share as a subject.
import { candidate, type Candidate } from '../candidate.js';
import { contentRight, trimContent } from '../content.js';
import { readComplement } from '../complement.js';
import { cueVerbAt } from '../cue-lexicon.js';
import { spanOf } from '../phrases.js';
import { isWord, type DocView, type SentenceRange } from '../view.js';

/** Verbs of preference a share of respondents reports ("support", "would back", "prefer"). */
const PREFERENCE_VERBS = new Set(['support', 'supports', 'supported', 'back', 'backs', 'backed', 'prefer', 'prefers', 'preferred', 'favor',
  'favors', 'favored', 'favour', 'favours', 'favoured', 'choose', 'chose', 'pick', 'picked', 'oppose', 'opposed', 'approve', 'approved',
  'disapprove', 'disapproved', 'trust', 'trusted', 'distrust']);
const MODALS = new Set(['would', 'will', 'could', 'might', 'may', 'do', 'did', 'does', 'still', 'now', 'also']);
/** Shares spelled out ("Twelve percent", "Forty-three percent"). */
const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?$/;
const SHARE_WORDS = new Set(['percent', 'per', '%']);
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys']);
/** Longest fronted poll phrase ("In the previous Post/ABC News national poll, conducted in early September,"). */
const MAX_FRONTED = 16;

export function findPolls(view: DocView): Candidate[] {
  const out: Candidate[] = [];
  for (const s of view.sentences) {
    const fronted = frontedPoll(view, s);
    if (fronted) out.push(fronted);
    for (let i = s.first + 1; i < s.last - 1; i++) {
      const found = shareAt(view, s, i);
      if (found) out.push(found);
    }
  }
  return out;
}

/** "46 percent (of likely voters) (would) back Smith": the share before the verb at `at`. */
function shareAt(view: DocView, s: SentenceRange, at: number): Candidate | null {
  const tokens = view.tokens;
  const verb = tokens[at]!;
  // "Twelve percent indicated that they were not sure": a share reports like any speaker
  const cue = PREFERENCE_VERBS.has(verb.lower) ? null : cueVerbAt(view, at);
  if ((!cue && !PREFERENCE_VERBS.has(verb.lower)) || (cue && cue.verb.evaluative) || verb.quote !== -1) return null;
  let k = at - 1;
  if (MODALS.has(tokens[k]!.lower)) k--;
  const verbGroup = k + 1;
  // "of likely voters", "of those polled": back to the share word
  let share = k;
  for (let j = k; j >= s.first && j > k - 6; j--) {
    if (SHARE_WORDS.has(tokens[j]!.lower)) { share = j; break; }
    if (!isWord(tokens[j])) return null;
  }
  if (!SHARE_WORDS.has(tokens[share]!.lower)) return null;
  if (share < k && tokens[share + 1]!.lower !== 'of') return null;
  let first = share - 1;
  if (tokens[first]?.kind !== 'number' && !/^\d/.test(tokens[first]?.text ?? '') && !NUMBER_WORDS.test(tokens[first]?.lower ?? '')) return null;
  // "Only 52 percent", "Another 19 percent", "about 40 percent"
  if (first - 1 >= s.first && isWord(tokens[first - 1]) && tokens[first - 1]!.kind === 'word' && ['only', 'another', 'about', 'some', 'nearly', 'almost', 'just', 'roughly'].includes(tokens[first - 1]!.lower)) first--;
  // the share opens its clause: "Smith got 46 percent support" is no respondents' statement
  const before = tokens[first - 1];
  if (first > s.first && before && ![',', ';', 'and', 'while', 'whereas', 'but', '—'].includes(before.lower)) return null;
  const from = cue ? readComplement(view, s, cue.next, cue.verb).contentFrom : at + 1;
  if (cue && (from >= s.last || view.tokens[from]!.kind === 'punct')) return null;
  let content = contentRight(view, s, from, { object: !cue });
  if (!content) return null;
  // "…, 44 percent would back Jones and 5 percent prefer Lee": the next share ends the choice
  for (let j = at + 2; j < s.last - 1 && tokens[j]!.start < content.end; j++) {
    if (SHARE_WORDS.has(tokens[j + 1]!.lower) && /^\d/.test(tokens[j]!.text) && [',', 'and', ';'].includes(tokens[j - 1]!.lower)) {
      content = trimContent(view.text, content.start, tokens[j - 2]!.end);
      break;
    }
  }
  if (!content) return null;
  return candidate({ finder: 'poll', cue: spanOf(view, { first: verbGroup, last: cue ? cue.next : at + 1 }), cueHedging: cue?.verb.hedging ?? false, source: spanOf(view, { first, last: k + 1 }), content, sentence: s.index });
}

/** "In this poll, Smith rose two points": a sentence opened by "In" and a phrase headed by a poll noun. */
function frontedPoll(view: DocView, s: SentenceRange): Candidate | null {
  const tokens = view.tokens;
  if (tokens[s.first]?.lower !== 'in') return null;
  let poll = -1;
  let comma = -1;
  for (let k = s.first + 1; k < s.last && k <= s.first + MAX_FRONTED; k++) {
    const t = tokens[k]!;
    if (POLL_NOUNS.has(t.lower) && poll < 0) poll = k;
    if (t.text === ',') {
      // "In the previous poll, conducted in early September, …": a participle piece belongs to the phrase
      if (poll >= 0 && tokens[k + 1] && /ed$/.test(tokens[k + 1]!.lower) && tokens[k + 1]!.text === tokens[k + 1]!.lower) continue;
      comma = k;
      break;
    }
  }
  if (poll < 0 || comma < 0 || poll > comma) return null;
  // the poll noun heads the phrase: "In the poll's wake" or "In polling stations" are not polls that say
  if (tokens[poll + 1]?.text === "'s" || tokens[poll + 1]?.text === '’s') return null;
  const content = contentRight(view, s, comma + 1);
  if (!content) return null;
  return candidate({ finder: 'poll', cue: spanOf(view, { first: s.first, last: s.first + 1 }), source: spanOf(view, { first: s.first + 1, last: comma }), content, sentence: s.index });
}
