// "as X put it": the idiom that attributes the clause around it ("The rule is vague, as one lawyer put
// it." / "As the memo put it in March, the rule is vague.") and "X put it bluntly: …" before what
// follows the colon. "Kim put it on the table" has neither "as" nor a colon and is no cue.
import { candidate, type Candidate } from '../candidate.js';
import { contentLeft, contentRight, looksLikeClause, trimContent } from '../content.js';
import { CLAUSE_VERBS, SUBJECT_PRONOUNS } from '../../../knowledge/lexicons/attribution/function-words.js';
import type { SentenceRange } from '../view.js';
import { canSpeak } from '../heads.js';
import { spanOf, subjectBefore } from '../phrases.js';
import { CUE_VERBS } from '../../../knowledge/lexicons/attribution/cue-verbs.js';
import type { DocView } from '../view.js';

/** "put it" is a verb of saying: any noun phrase may be its subject ("as the memo put it"). */
const SAY = CUE_VERBS.find((v) => v.lemma === 'say' && !v.particle)!;
const PUT_FORMS = new Set(['put', 'puts']);
/** Words between "put it" and a colon or the clause end that say how ("bluntly", "this way", "best"). */
const MANNER = new Set(['this', 'that', 'way', 'best', 'well', 'simply', 'succinctly', 'more', 'most', 'so', 'thus']);
/** Longest circumstance after "put it" before the comma that ends a fronted "As X put it …,". */
const MAX_AFTER = 20;

export function findPutIt(view: DocView): Candidate[] {
  const out: Candidate[] = [];
  const tokens = view.tokens;
  for (const s of view.sentences) {
    for (let i = s.first + 1; i < s.last - 1; i++) {
      const t = tokens[i]!;
      if (!PUT_FORMS.has(t.lower) || tokens[i + 1]!.lower !== 'it' || t.quote !== -1) continue;
      const subject = subjectBefore(view, s, i);
      if (!subject || subject.negated || !canSpeak(view, subject.range, SAY)) continue;
      const cue = spanOf(view, { first: i, last: i + 2 });
      const base = { finder: 'put-it' as const, cue, source: spanOf(view, subject.range), sourceContext: subject.apposition ? spanOf(view, subject.apposition) : null, sentence: s.index };
      const opener = tokens[subject.range.first - 1];
      if (opener?.lower === 'as' && tokens[subject.range.first - 2]?.lower !== 'such') {
        const asAt = subject.range.first - 1;
        let comma = i + 2;
        while (comma < s.last && comma < i + 2 + MAX_AFTER && tokens[comma]!.text !== ',') comma++;
        const right = comma < s.last - 1 && tokens[comma]!.text === ',' ? contentRight(view, s, comma + 1) : null;
        // "As the memo put it in March, the rule is vague." / "… being seen, as the magazine put it, “the
        // operator.”": the words after the idiom; "The rule is vague, as the memo put it.": the words before
        const content = asAt === s.first || (right && tokens[asAt - 1]?.text === ',') ? right : nearestClauseLeft(view, s, asAt);
        if (content) out.push(candidate(Object.assign({}, base, { content })));
        continue;
      }
      // "Roe put it bluntly: …"
      let k = i + 2;
      while (k < s.last && k < i + 6 && (MANNER.has(tokens[k]!.lower) || /^[a-z]+ly$/.test(tokens[k]!.text))) k++;
      if (tokens[k]?.text !== ':' || k + 1 >= s.last) continue;
      const content = contentRight(view, s, k + 1);
      if (content) out.push(candidate(Object.assign({}, base, { content })));
    }
  }
  return out;
}

/**
 * The clause the idiom follows: "…, because while most applicants must work, the main requirement is
 * income, as the memo put it": from after the last comma when what follows it is a clause of its own.
 */
function nearestClauseLeft(view: DocView, s: SentenceRange, asAt: number): ReturnType<typeof contentLeft> {
  const tokens = view.tokens;
  let comma = -1;
  for (let k = asAt - 2; k > s.first; k--) {
    if (tokens[k]!.quote !== -1) continue;
    if (tokens[k]!.text === ',') { comma = k; break; }
  }
  if (comma > s.first && asAt - comma > 4 && (looksLikeClause(view, s, comma + 1, CLAUSE_VERBS, SUBJECT_PRONOUNS) || finiteVerbSoon(view, comma + 1, asAt))) return contentLeftFrom(view, comma + 1, asAt);
  return contentLeft(view, s, asAt);
}

function contentLeftFrom(view: DocView, from: number, upTo: number): ReturnType<typeof contentLeft> {
  return trimContent(view.text, view.tokens[from]!.start, view.tokens[upTo - 1]!.end);
}

/** A finite "is"/"was"/modal within the words from `from` (no punctuation crossed, 14 words at most). */
function finiteVerbSoon(view: DocView, from: number, upTo: number): boolean {
  for (let k = from; k < upTo && k < from + 14; k++) {
    const t = view.tokens[k]!;
    if (t.kind === 'punct' && t.text !== '-') return false;
    if (CLAUSE_VERBS.has(t.lower)) return true;
  }
  return false;
}
