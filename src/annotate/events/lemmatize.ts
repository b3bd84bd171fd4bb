// A small English lemmatizer aimed at a vocabulary: it strips -s/-es/-ies/-ed/-ing (undoing doubled
// consonants and restoring a dropped e), looks irregular forms up, and keeps the first candidate the
// vocabulary knows. Words it cannot place are returned lower-cased, which is all the matcher needs.
import { EVENT_LEXICON, IRREGULAR_FORMS } from '../../knowledge/lexicons/events/index.js';

const cache = new Map<string, string>();
const surfaceCache = new Map<string, { word: string; lemma: string }>();
const CACHE_LIMIT = 50_000;

/** Lower-cased with typographic apostrophes made plain. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower;
}

/** The normalised word and lemma of a surface form, cached by surface (the hot path of the annotator). */
export function analyzeWord(surface: string): { word: string; lemma: string } {
  let known = surfaceCache.get(surface);
  if (known === undefined) {
    known = { word: normalizeWord(surface), lemma: lemmatize(surface) };
    if (surfaceCache.size >= CACHE_LIMIT) surfaceCache.clear();
    surfaceCache.set(surface, known);
  }
  return known;
}

/** The lemma of a word form ("struck" → "strike", "shelled" → "shell", "talks" → "talk"). */
export function lemmatize(word: string, vocabulary: ReadonlySet<string> = EVENT_LEXICON.vocabulary): string {
  const lower = normalizeWord(word);
  const known = cache.get(lower);
  if (known !== undefined) return known;
  const lemma = findLemma(lower, vocabulary);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(lower, lemma);
  return lemma;
}

function findLemma(lower: string, vocabulary: ReadonlySet<string>): string {
  const irregular = IRREGULAR_FORMS.get(lower);
  if (irregular) return irregular;
  if (vocabulary.has(lower)) return lower;
  for (const candidate of lemmaCandidates(lower)) {
    if (vocabulary.has(candidate)) return candidate;
    const irregularStem = IRREGULAR_FORMS.get(candidate);
    if (irregularStem) return irregularStem;
  }
  // "re-established", "re-imposed": a verb repeated is the verb ("established relations" again).
  if (lower.startsWith('re-') && lower.length > 5 && lower.length < 30 && !lower.startsWith('re-', 3)) {
    const base = findLemma(lower.slice(3), vocabulary);
    if (vocabulary.has(base)) return base;
  }
  return lower;
}

/** Possible lemmas of an inflected form, most likely first. */
export function lemmaCandidates(w: string): string[] {
  const out: string[] = [];
  if (w.endsWith("'s")) out.push(w.slice(0, -2));
  if (w.endsWith('ies') && w.length > 4) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es') && w.length > 3 && /(s|x|z|ch|sh|o)es$/.test(w)) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 2) out.push(w.slice(0, -1));
  if (w.endsWith('ied') && w.length > 4) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ed') && w.length > 3) {
    const stem = w.slice(0, -2);
    out.push(stem, w.slice(0, -1));
    if (/([bdgklmnprtvz])\1$/.test(stem)) out.push(stem.slice(0, -1));
  }
  if (w.endsWith('ing') && w.length > 4) {
    const stem = w.slice(0, -3);
    out.push(stem, stem + 'e');
    if (/([bdgklmnprtvz])\1$/.test(stem)) out.push(stem.slice(0, -1));
    if (stem.endsWith('y')) out.push(stem.slice(0, -1) + 'ie');
  }
  return out;
}
