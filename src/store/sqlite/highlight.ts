// Marks the words of a search in a sentence, as FTS5's highlight() would: a token matches when
// its folded form (lower case, diacritics removed, as the unicode61 tokenizer with
// remove_diacritics 2) equals a query word, or starts with the last one (the prefix word).
// Done here, not by highlight() in SQL, because highlight() needs the MATCH cursor and costs a
// tokenizer pass per candidate row: only the page's few sentences are marked this way.

export const TOKEN = /[\p{L}\p{N}\p{Co}\p{Mn}]+/gu;

export function foldToken(token: string): string {
  return token.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A whole text folded as foldToken folds each token (one pass, for scoring many sentences). */
export const foldText = foldToken;

/** The plain words of a user's query, folded (the same words ftsQuery quotes). */
export function queryWords(input: string): string[] {
  return (input.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldToken);
}

/** `text` with every token matching `words` (the last also as a prefix) wrapped in open/close. */
export function highlightWords(text: string, words: readonly string[], open = '[[', close = ']]'): string {
  if (words.length === 0) return text;
  const exact = new Set(words.slice(0, -1));
  const prefix = words[words.length - 1]!;
  return text.replace(TOKEN, (token) => {
    const folded = foldToken(token);
    return exact.has(folded) || folded.startsWith(prefix) ? `${open}${token}${close}` : token;
  });
}
