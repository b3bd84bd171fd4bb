// Plain words from a user become a safe FTS5 query: each word quoted (so AND, NEAR, "-" and
// other operators in the input are just words), all words required, the last one as a prefix.
export function ftsQuery(input: string): string | null {
  const words = input.match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.map((w, i) => (i === words.length - 1 ? `"${w}"*` : `"${w}"`)).join(' ');
}
