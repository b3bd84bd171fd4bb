// Navigation, asides, footers and the like cut out of the markup before parsing. removeChrome
// would remove the same elements from the parsed page, but on a news page they are a third of its
// nodes, and parsing them is most of what they cost. The same guard applies: an element holding a
// third of the page's text or more is left for the DOM rules to judge. Regions holding metadata
// (JSON-LD, meta tags, <time>, microdata) are kept, so the metadata finders see what they saw.
// The offset map is unaffected: it is built against the raw page.

const CUT = ['nav', 'aside', 'footer', 'noscript', 'select'];
const OPEN = new RegExp(`<(?:(${CUT.join('|')})|script)(?=[\\s/>])[^>]*>`, 'gi');
const METADATA = /ld\+json|<meta\b|<time\b|\bitemprop\b|\bdatetime\b/i;
const TAG_OR_SPACE = /<[^>]*>|\s+/g;

export interface CutMarkup {
  markup: string;
  /** Letters (non-space characters of text) in what was cut, entities counted as written. */
  cutLetters: number;
}

/** Non-space characters outside tags: close to the parsed text's letter count, and cheap. */
export function markupLetters(markup: string): number {
  return markup.replace(TAG_OR_SPACE, '').length;
}

/** Where the element whose open tag ends at `from` closes (end of its close tag), or -1. */
function closeOf(markup: string, tag: string, from: number): number {
  const re = new RegExp(`<(/?)${tag}(?=[\\s/>])[^>]*>`, 'gi');
  re.lastIndex = from;
  let depth = 1;
  for (let m = re.exec(markup); m; m = re.exec(markup)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return re.lastIndex;
  }
  return -1;
}

export function cutChromeMarkup(markup: string): CutMarkup {
  const bodyAt = markup.search(/<body[\s>]/i);
  const whole = Math.max(1, markupLetters(bodyAt < 0 ? markup : markup.slice(bodyAt)));
  const parts: string[] = [];
  let kept = 0;
  let cutLetters = 0;
  OPEN.lastIndex = Math.max(0, bodyAt);
  // Bounded work on pathological markup (thousands of nested or unclosed elements): past the budget
  // the rest is left to removeChrome, and an unclosed element's tag is not looked for again.
  let budget = 4 * markup.length;
  const unclosed = new Set<string>();
  for (let m = OPEN.exec(markup); m && budget > 0; m = OPEN.exec(markup)) {
    const tag = m[1]?.toLowerCase() ?? 'script';
    if (unclosed.has(tag)) continue;
    const end = closeOf(markup, tag, OPEN.lastIndex);
    budget -= (end < 0 ? markup.length : end) - m.index;
    if (end < 0) {
      unclosed.add(tag); // the parser decides where it ends
      continue;
    }
    if (tag === 'script') {
      OPEN.lastIndex = end; // a "<nav" inside a kept script is no element
      continue;
    }
    const region = markup.slice(m.index, end);
    const letters = markupLetters(region);
    if (letters / whole >= 1 / 3 || METADATA.test(region)) continue; // nested chrome may still be cut
    parts.push(markup.slice(kept, m.index));
    kept = end;
    cutLetters += letters;
    OPEN.lastIndex = end;
  }
  if (kept === 0) return { markup, cutLetters: 0 };
  parts.push(markup.slice(kept));
  return { markup: parts.join(''), cutLetters };
}
