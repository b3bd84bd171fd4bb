// Whether a statement comes from an unnamed source: "a U.S. official", "two diplomats", "sources
// familiar with the talks", "the official" told "on condition of anonymity". Fact-checkers weigh such
// claims apart, so it is kept beside the speaker's kind (an official of the Joint Chiefs of Staff is
// still a military source, and an anonymous one). A pronoun keeps the anonymity of whom it stands for.
import type { Span } from '../../../model/types.js';
import { ANONYMITY_MARKERS } from '../../../knowledge/lexicons/attribution/source-nouns.js';
import type { DocView } from '../view.js';

/** Head nouns of people who speak without their name. */
const UNNAMED_HEADS: ReadonlySet<string> = new Set(['official', 'officials', 'source', 'sources', 'insider', 'insiders', 'aide', 'aides',
  'diplomat', 'diplomats', 'person', 'people', 'someone', 'staffer', 'staffers']);
/** Words of the sentence that say the speaker asked not to be named. */
const GROUND_RULES = /\b(?:on (?:the )?condition of anonymity|not authori[sz]ed to (?:speak|talk|comment|discuss)|declined to be (?:named|identified)|asked not to be (?:named|identified)|speaking anonymously|requested anonymity)\b/i;
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'him', 'her', 'them']);

export interface AnonymityInput {
  /** The source's words. */
  source: Span;
  /** The speaker resolved to a named person. */
  named: boolean;
  /** The speaker resolved to an entity (a body, a state): only its unnamed people are anonymous. */
  linked: boolean;
  sentence: number;
  /** For a pronoun: the anonymity of the speaker it stands for, when it stands for one. */
  antecedent?: boolean;
}

export function isAnonymousSource(view: DocView, input: AnonymityInput): boolean {
  const words = view.text.slice(input.source.start, input.source.end).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  if (words.length === 1 && PRONOUNS.has(words[0]!)) return input.antecedent ?? false;
  if (input.named) return false;
  if (words.some((w) => ANONYMITY_MARKERS.has(w))) return true;
  // the head is the last word before a prepositional or relative tail ("an official from the JCS", "sources who …")
  const tail = words.findIndex((w, k) => k > 0 && ['from', 'of', 'at', 'in', 'with', 'who', 'close', 'familiar', 'for'].includes(w));
  const head = words[(tail > 0 ? tail : words.length) - 1] ?? '';
  if (UNNAMED_HEADS.has(head)) return true;
  // "the commander said on condition of anonymity" (a named body's statement is no anonymous one)
  const s = view.sentences[input.sentence];
  return !input.linked && s !== undefined && GROUND_RULES.test(view.text.slice(s.start, s.end));
}
