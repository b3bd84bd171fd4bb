// Name keys shared by the knowledge base builder, the loader and the entity matcher, so that a
// name written in the lexicon and the same name in a text meet under one key.

/** What normalizeName changes: a typographic mark, white space other than one plain space between words. */
const NOT_NORMAL = /[’‘`´]|(?! )\s|\s\s|^ | $/;

/** Typographic apostrophes and quotes to ASCII, runs of white space to one space. */
export function normalizeName(surface: string): string {
  // Most names are already normal: one test instead of two replacements (this runs for every name looked up).
  if (!NOT_NORMAL.test(surface)) return surface;
  return surface.replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ').trim();
}

/** The lookup key of a name: normalised and lower-cased. Case is checked separately (see casingFits). */
export function nameKey(surface: string): string {
  return normalizeName(surface).toLowerCase();
}

/** An acronym: letters (optionally dotted) all upper case, with at least two capitals ("KCNA", "U.S.", "IAEA"). */
export function isAcronym(name: string): boolean {
  return /^(?:[A-Z0-9&]\.?){2,}$/.test(name) && /[A-Z].*[A-Z]/.test(name);
}

/** Lower-case words allowed inside a name without breaking it ("Ministry of Defence", "Workers' Party of Korea"). */
export const NAME_CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'du', 'des', 'la', 'le', 'al', 'el', 'on', 'in', 'to', 'at', 'von', 'van', 'der', 'da', 'do', 'dos', 'bin', 'ibn', '&']);

/**
 * Whether a text surface may stand for a known name: acronyms must match exactly; in a name every
 * word the name capitalises must be capitalised in the text too (so "north korea" is no match, but
 * "THE PENTAGON" in a headline is).
 */
export function casingFits(known: string, surface: string): boolean {
  const k = normalizeName(known);
  const s = normalizeName(surface);
  if (isAcronym(k)) return k === s;
  const kw = k.split(' ');
  const sw = s.split(' ');
  if (kw.length !== sw.length) return false;
  for (let i = 0; i < kw.length; i++) {
    const a = kw[i]!;
    const b = sw[i]!;
    if (a === b) continue;
    const upperA = isUpperInitial(a);
    if (upperA && !isUpperInitial(b)) return false;
    // An all-capital word in the text ("NATO" for "Nato") is fine; a lower-case connector may be capitalised.
  }
  return true;
}

function isUpperInitial(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() || /^[0-9]/.test(word);
}

/** A stable slug for ids: lower case ASCII letters and digits joined by hyphens. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
