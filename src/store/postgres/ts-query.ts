// Plain words from a user become a safe PostgreSQL tsquery, as ftsQuery does for FTS5: only
// letters and digits survive (so &, |, !, quotes and parentheses are never operators), all
// words are required, the last one matches as a prefix.
export function tsQuery(input: string): string | null {
  const words = input.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.map((w, i) => (i === words.length - 1 ? `'${w}':*` : `'${w}'`)).join(' & ');
}
