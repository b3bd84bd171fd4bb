// Lone words the knowledge base lists as company names (from @cspell/dict-companies), read as
// organisations where nothing else in the document says otherwise.
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { Candidate } from './candidates.js';
import type { DocView } from './view.js';

/**
 * A word listed as a company name ("Lukoil"), standing alone: not first in its sentence (unless a
 * speech verb follows: "Lukoil said"), not after "the" or next to another capitalised word, not a
 * known place, and never written in lower case in the document. The list splits names into words, so common words ("State", "World") are in it too.
 */
export function isCompanyName(view: DocView, knowledge: Knowledge, c: Candidate, allowInitial = false): boolean {
  if (c.tokenEnd - c.tokenStart !== 1) return false;
  const { tokens } = view;
  const t = tokens[c.tokenStart]!;
  if (view.lowerWords.has(t.lower)) return false;
  const word = view.text.slice(t.start, t.baseEnd);
  if (!knowledge.isCompanyWord(word)) return false;
  // First in its sentence: a speech verb after it (allowInitial), or a word no dictionary holds in lower case before an auxiliary.
  if (t.initial && !allowInitial && !(verbAfter(view, c.tokenEnd) && !knowledge.isCommonCompanyWord(word))) return false;
  const prev = tokens[c.tokenStart - 1];
  const next = tokens[c.tokenEnd];
  if (prev && prev.sentence === t.sentence && (prev.capitalised || prev.lower === 'the')) return false;
  if (next && next.sentence === t.sentence && next.capitalised && !t.possessive) return false;
  return knowledge.lookupName(word).length === 0;
}


/** "Microsoft was to release", "Vodafone has": a lower-case auxiliary or verb-like word right after a sentence-initial name. */
function verbAfter(view: DocView, at: number): boolean {
  const next = view.tokens[at];
  return !!next && next.sentence === view.tokens[at - 1]!.sentence && next.kind === 'word' && !next.capitalised && AUXILIARIES.has(next.lower);
}

const AUXILIARIES = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'plans', 'planned', 'reported', 'posted', 'announced', 'unveiled', 'launched', 'agreed', 'bought', 'sold', 'shares']);
