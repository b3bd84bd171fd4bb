// Clause structure of one sentence, read from its words: each token gets the id of the clause it
// belongs to. New clauses open at relative pronouns, subordinators, complementizer "that", a
// comma before a coordinator or participle, and attribution frames ("as reported by",
// "according to"); a clause opened after a comma inside another ("Kim, accompanied by …, was
// present") closes at the next comma, and the outer clause goes on after it.
import type { DocView } from './view.js';
import { isComma } from './view.js';
import { closesInsertBeforeVerb } from './usage.js';
import {
  EVENT_LEXICON, AUXILIARIES, IRREGULAR_FORMS, CLAUSAL_PREPOSITIONS, COORDINATORS, DETERMINERS, PREPOSITIONS, RELATIVE_PRONOUNS, REPORTING_VERBS,
  SUBORDINATORS, TRAILING_PARTICIPLES,
} from '../../knowledge/lexicons/events/index.js';

export type ClauseKind = 'main' | 'relative' | 'content' | 'subordinate' | 'participial' | 'coordinate' | 'frame' | 'insert';

export interface Clause {
  id: number;
  kind: ClauseKind;
  /** First token of the clause (its opener: "which", "that", "while", …). */
  first: number;
  /** The clause this one is embedded in or follows, or -1 for the first. */
  parent: number;
}

export interface SentenceClauses {
  clauses: Clause[];
  /** Clause id of each token of the sentence, indexed by token index minus the sentence's first token. */
  clauseOf: Int32Array;
  first: number;
  end: number;
}

const FRAME_PARTICIPLES = new Set(['reported', 'announced', 'quoted', 'cited', 'stated', 'noted', 'said', 'told', 'published', 'carried', 'broadcast']);
const CONTENT_ADJECTIVES = new Set(['likely', 'unlikely', 'possible', 'probable', 'clear', 'certain', 'true', 'evident', 'obvious', 'sure', 'confident', 'concerned', 'aware']);

/** Token indexes where the attributions layer says a reported content or an attribution frame begins. */
export interface ClauseAnchors {
  content: ReadonlySet<number>;
  frame: ReadonlySet<number>;
  /** Where the text proper starts after a dateline ("SEOUL, June 3 (Reuters) -"): a new main clause. */
  restart: ReadonlySet<number>;
}

export function segmentClauses(view: DocView, sentence: number, anchors: ClauseAnchors): SentenceClauses {
  const { first, end } = view.sentenceTokens[sentence] ?? { first: 0, end: 0 };
  const clauses: Clause[] = [{ id: 0, kind: 'main', first, parent: -1 }];
  const clauseOf = new Int32Array(Math.max(0, end - first));
  // Open clauses: a stack, so an insert between commas can return to the clause around it.
  const stack: { id: number; closesAtComma: boolean }[] = [{ id: 0, closesAtComma: false }];
  const open = (kind: ClauseKind, at: number, closesAtComma: boolean): void => {
    const id = clauses.length;
    clauses.push({ id, kind, first: at, parent: stack[stack.length - 1]!.id });
    if (!closesAtComma) stack.length = 1;
    stack.push({ id, closesAtComma });
  };
  let parenDepth = 0;
  for (let i = first; i < end; i++) {
    const w = view.words[i]!;
    const afterComma = i > first && isComma(view, i - 1);
    if (anchors.restart.has(i) && i > first) {
      stack.length = 0;
      clauses.push({ id: clauses.length, kind: 'main', first: i, parent: -1 });
      stack.push({ id: clauses.length - 1, closesAtComma: false });
      parenDepth = 0;
    }
    if (w === '(') parenDepth++;
    if (parenDepth === 0) {
      const kind = anchors.content.has(i) && i > first ? 'content' : anchors.frame.has(i) && i > first ? 'frame' : opensClause(view, i, first, end, afterComma);
      if (kind) {
        // A relative clause or insert opened right after a comma closes at the next comma when the sentence goes on after it.
        // So does an attribution frame set off by commas ("Russia, citing security concerns, expelled …").
        const closes = afterComma && (kind === 'relative' || kind === 'insert' || kind === 'frame') && hasLaterComma(view, i, end);
        open(kind, i, closes);
      }
    }
    clauseOf[i - first] = stack[stack.length - 1]!.id;
    if (w === ')') parenDepth = Math.max(0, parenDepth - 1);
    if ((w === ';' || w === ':') && parenDepth === 0) {
      stack.length = 1;
      const id = clauses.length;
      clauses.push({ id, kind: 'main', first: i + 1, parent: -1 });
      stack.push({ id, closesAtComma: false });
    } else if (w === ',' && stack.length > 1 && stack[stack.length - 1]!.closesAtComma && i > clauses[stack[stack.length - 1]!.id]!.first) {
      stack.pop();
    }
  }
  return { clauses, clauseOf, first, end };
}

function hasLaterComma(view: DocView, from: number, end: number): boolean {
  for (let i = from + 1; i < end && i < from + 25; i++) if (isComma(view, i)) return true;
  return false;
}

function opensClause(view: DocView, i: number, first: number, end: number, afterComma: boolean): ClauseKind | null {
  if (i === first) return null;
  const w = view.words[i]!;
  const prev = view.words[i - 1]!;
  if (w === 'which' || w === 'who' || w === 'whom' || w === 'whose') return 'relative';
  if (w === 'where' || w === 'when') return afterComma ? 'relative' : 'subordinate';
  if (RELATIVE_PRONOUNS.has(w)) return 'relative';
  if (w === 'according' && view.words[i + 1] === 'to') return 'frame';
  if (w === 'as' && (FRAME_PARTICIPLES.has(view.words[i + 1] ?? '') || view.words[i + 1] === 'per')) return 'frame';
  if (afterComma && (w === 'citing' || w === 'quoting')) return 'frame';
  if (w === 'that') return thatClause(view, i, prev);
  // "once the war ends" opens a clause; "once again" does not.
  if (SUBORDINATORS.has(w) && !(w === 'once' && !(DETERMINERS.has(view.words[i + 1] ?? '') || view.mentionAt[i + 1]! >= 0))) return 'subordinate';
  if (CLAUSAL_PREPOSITIONS.has(w) && finiteVerbFollows(view, i + 1, end)) return 'subordinate';
  if (afterComma && TRAILING_PARTICIPLES.has(w)) return 'participial';
  if (COORDINATORS.has(w) && (afterComma || looksFinite(view, i + 1) || startsVerbPhrase(view, i + 1)) && !listGoesOn(view, i + 1, end) && !(afterComma && listBefore(view, i - 1, first))) return 'coordinate';
  // An insert after a name: ", a former minister,", ", accompanied by …,".
  if (afterComma && view.mentionAt[i - 2] !== undefined && view.mentionAt[i - 2]! >= 0
    && (w === 'a' || w === 'an' || (/ed$/.test(w) && !closesInsertBeforeVerb(view, i, first))) && view.tokens[i]!.kind === 'word') return 'insert';
  return null;
}

function thatClause(view: DocView, i: number, prev: string): ClauseKind | null {
  if (PREPOSITIONS.has(prev) || prev === 'so' || prev === 'such' || prev === 'now') return prev === 'so' || prev === 'now' ? 'subordinate' : null;
  if (/ed$/.test(prev) || prev === ',' || DETERMINERS.has(view.words[i + 1] ?? '')) return 'content';
  // "told Reuters that", "reported on Friday that", "it is “highly likely” that": a reporting word shortly before.
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    const kind = view.tokens[j]!.kind;
    if (kind === 'quote' || view.mentionAt[j]! >= 0 || view.timeAt[j]! >= 0) continue;
    if (REPORTING_VERBS.has(view.lemmas[j]!) || CONTENT_ADJECTIVES.has(view.words[j]!)) return 'content';
    if (kind !== 'word') break;
    if (j < i - 2) break;
  }
  return 'relative';
}

/** A finite verb (auxiliary or -ed form) within a few words, before any comma. */
function finiteVerbFollows(view: DocView, from: number, end: number): boolean {
  for (let i = from; i < end && i < from + 12; i++) {
    if (isComma(view, i)) return false;
    if (looksFinite(view, i)) return true;
  }
  return false;
}

const ED_ADJECTIVES = new Set([
  'armed', 'united', 'based', 'so-called', 'alleged', 'detailed', 'limited', 'advanced', 'supposed', 'related', 'concerned',
  'interested', 'involved', 'unprecedented', 'embattled', 'beleaguered', 'disputed', 'occupied', 'hundred', 'kindred',
  'sacred', 'naked', 'wicked', 'wretched', 'rugged', 'ragged', 'crooked', 'beloved', 'aged', 'dogged', 'hatred', 'learned',
  'skilled', 'unarmed', 'masked', 'talented', 'renewed', 'sustained', 'coordinated', 'heightened', 'increased', 'reduced',
]);

/** A verb the event lexicon knows, in a verb phrase ("and put its forces on alert"). */
function startsVerbPhrase(view: DocView, i: number): boolean {
  const patterns = EVENT_LEXICON.byFirst.get(view.lemmas[i] ?? '');
  return patterns !== undefined && view.mentionAt[i]! < 0 && patterns.some((p) => p.pos === 'verb') && !DETERMINERS.has(view.words[i - 2] ?? '');
}

/** Irregular forms that are more often nouns or adjectives than past tenses. */
const NOT_FINITE_FORMS = new Set(['left', 'found', 'bound', 'lay', 'men', 'women', 'people', 'children', 'crises', 'analyses', 'theses', 'is', 'are', 'am', 'has', 'does', 'goes']);

export function looksFinite(view: DocView, i: number): boolean {
  const w = view.words[i];
  if (w === undefined || view.tokens[i]!.kind !== 'word' || view.mentionAt[i]! >= 0) return false;
  if (AUXILIARIES.has(w) && w !== "'s") return true;
  const irregular = IRREGULAR_FORMS.get(w);
  if (irregular !== undefined && irregular !== w && !NOT_FINITE_FORMS.has(w)) return true;
  return w.length > 4 && /[a-z]ed$/.test(w) && !ED_ADJECTIVES.has(w) && !/^\p{Lu}/u.test(view.text[view.tokens[i]!.start]!);
}

/** "The US, Russia, and Switzerland met": the part before ", and" is a lone name between commas, so a list goes on. */
function listBefore(view: DocView, comma: number, first: number): boolean {
  let j = comma - 1;
  if (j < first || view.mentionAt[j]! < 0) return false;
  const m = view.mentionAt[j]!;
  while (j >= first && view.mentionAt[j] === m) j--;
  while (j >= first && DETERMINERS.has(view.words[j]!)) j--;
  return j >= first && isComma(view, j);
}

/** After "and"/"or": the next item of a list of names ("Iraq, Syria and Iran") rather than a clause. */
function listGoesOn(view: DocView, from: number, end: number): boolean {
  if (from >= end) return false;
  if (view.mentionAt[from]! >= 0) {
    // "and Pyongyang criticized": a name followed by a finite verb opens a clause after all.
    let j = from;
    while (j < end && view.mentionAt[j] === view.mentionAt[from]) j++;
    return !looksFinite(view, j);
  }
  return DETERMINERS.has(view.words[from]!) || /^\p{Lu}/u.test(view.text[view.tokens[from]!.start]!) || view.tokens[from]!.kind === 'number';
}

export function clauseAt(sc: SentenceClauses, token: number): number {
  return sc.clauseOf[token - sc.first] ?? 0;
}
