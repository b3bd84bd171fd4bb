// Content words of a text for comparing documents: lower-cased, stop words dropped, a light
// suffix strip so that "launches" and "launched" meet.
const STOP = new Set(
  ('a an the and or but if of to in on at by for from with as into onto about over under after before between during ' +
    'is are was were be been being am has have had having do does did done will would shall should can could may might must ' +
    'it its it\'s this that these those there here which who whom whose what when where why how than then so such not no nor ' +
    'he she they them their his her him we us our you your i me my mine one two also just very more most other some any all each ' +
    'said says say told according report reported reports news new year years time times up out off again still even only ' +
    'mr mrs ms s t').split(/\s+/),
);

/** One word token (global: use with exec and lastIndex, or with match). */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Lower-cased word tokens of `text` (letters and digits), in order. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}


/** A crude stem: enough to join inflections of one word, never shown to anyone. */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  return word.replace(/(?:ies|ied)$/, 'y').replace(/(?:ing|ed|es|s)$/, '').replace(/['’]s$/, '');
}

/** The stemmed content word a token counts as, or null for a stop word or a single letter. */
export function contentFeature(token: string): string | null {
  const bare = token.replace(/['’]s$/, '');
  return bare.length < 2 || STOP.has(bare) ? null : stem(bare);
}

/** Stemmed content words: the vocabulary similarity and blocking work on. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const w of wordTokens(text)) {
    const c = contentFeature(w);
    if (c !== null) out.push(c);
  }
  return out;
}
