// Evaluative speech acts: "X criticized Y as “…”", "X called Y “…”", "X described Y as “…”",
// "which Pyongyang condemned as “…”" (content = the quoted words, direct), and for verbs that also
// take a plain object, "X condemned the launch" (content = the rest of the clause).
import { candidate, type Candidate } from '../candidate.js';
import { channelOf, readComplement } from '../complement.js';
import { contentRight } from '../content.js';
import { cueVerbAt } from '../cue-lexicon.js';
import { isAgentive, isFiniteUse } from '../heads.js';
import { isPassiveOrInfinitive, spanOf, subjectBefore } from '../phrases.js';
import type { DocView } from '../view.js';
import { quoteInner } from '../quotes.js';

const MAX_REACH = 25;

export function findEvaluative(view: DocView): Candidate[] {
  const out: Candidate[] = [];
  const tokens = view.tokens;
  for (const s of view.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (tokens[i]!.quote !== -1) continue;
      const cue = cueVerbAt(view, i);
      if (!cue || !cue.verb.evaluative) continue;
      const subject = subjectBefore(view, s, i);
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
        out.push(candidate({ ...base, content: quoteInner(view.text, view.quotes[quote]!), direct: true }));
        continue;
      }
      if (cue.verb.evaluative !== 'object') continue;
      const complement = readComplement(view, s, cue.next, cue.verb);
      const content = contentRight(view, s, complement.contentFrom);
      if (content) out.push(candidate({ ...base, content, ...channelOf(view, complement) }));
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
