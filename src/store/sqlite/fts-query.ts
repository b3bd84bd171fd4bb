// Plain words from a user become a safe FTS5 query: each word quoted (so AND, NEAR, "-" and
// other operators in the input are just words), all words required, the last one as a prefix
// (or, with prefix false, as a whole word).
export function ftsQuery(input: string, prefix = true): string | null {
  const phrases = ftsPhrases(input, prefix);
  return phrases.length === 0 ? null : phrases.join(' ');
}

/** The query's words as FTS5 phrases, one per word, in order (the last a prefix unless told not). */
export function ftsPhrases(input: string, prefix = true): string[] {
  const words = input.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w, i) => (prefix && i === words.length - 1 ? `"${w}"*` : `"${w}"`));
}
