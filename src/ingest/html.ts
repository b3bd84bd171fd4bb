// An HTML page → article text, metadata and an offset map. Readability finds the article; when it
// finds nothing we try <article>, <main>, then the page's <p> elements, and give up below 25 words.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Diagnostic, OffsetMapEntry, PublishedTime, Span } from '../model/types.js';
import { filterParagraphs, removeChrome, removeFurniture, removeOverlays } from './boilerplate/index.js';
import { blocksFromNode } from './html-to-text.js';
import { chooseMetadata, collectMetadata, type ChosenMetadata, type YearHint } from './metadata/index.js';
import { buildOffsetMap } from './offset-map.js';
import { countWords, joinParagraphs } from './text.js';

export const MIN_ARTICLE_WORDS = 25;

export type HtmlPage =
  | {
      ok: true;
      text: string;
      paragraphs: Span[];
      offsetMap: OffsetMapEntry[];
      title: string | null;
      byline: string | null;
      /** Outlet candidates, most trusted first. */
      outlets: (string | null)[];
      url: string | null;
      published: PublishedTime | null;
      yearHint: YearHint | null;
      diagnostics: Diagnostic[];
    }
  | { ok: false; words: number };

const EMPTY_PAGE = '<!doctype html><html><head></head><body></body></html>';

/**
 * Markup with scripts (JSON-LD kept), styles, inline SVG and comments cut out before parsing: they
 * are never article text, and a smaller tree makes parsing and Readability much faster.
 * Offsets are unaffected: the offset map is built against the raw page.
 */
export function withoutCode(raw: string): string {
  // One pass, leftmost first, so a "<!--" or "<svg" inside a script string is eaten with the script.
  const out = raw.replace(
    /<!--[\s\S]*?-->|<script\b([^>]*)>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<svg\b[^>]*\/>|<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi,
    (all, scriptAttrs: string | undefined) => (scriptAttrs !== undefined && /ld\+json/i.test(scriptAttrs) ? all : ''),
  );
  // Unbalanced markup can make a cut swallow real content: then keep the page as it was.
  const paragraphs = (s: string): number => (s.match(/<p[\s>]/gi) ?? []).length;
  return paragraphs(out) < paragraphs(raw) * 0.9 ? raw : out;
}

function parse(raw: string): Document {
  // linkedom builds no <html>/<body> for a bare fragment (or one lost in an unclosed comment), and
  // both it and Readability then fail: wrap the fragment, and fall back to an empty page.
  const wrapped = /<(head|body)[\s>]/i.test(raw) ? `<!doctype html><html>${raw}</html>` : `<!doctype html><html><head></head><body>${raw}</body></html>`;
  for (const markup of [raw, wrapped, EMPTY_PAGE]) {
    const { document } = parseHTML(markup);
    try {
      if (document.documentElement && document.body) return document as unknown as Document;
    } catch {
      // linkedom's body getter throws on some broken trees: try the next markup
    }
  }
  throw new Error('linkedom could not build an empty page');
}

/** Deeper than this, Readability's work grows too fast (65 s at 2,000 nested divs, found by fuzzing): the fallbacks read the page. */
const MAX_READABILITY_DEPTH = 300;

function deeperThan(root: Node, limit: number): boolean {
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) stack.push([child, depth + 1]);
  }
  return false;
}

function readability(document: Document): ReturnType<Readability<Node>['parse']> {
  if (deeperThan(document.documentElement, MAX_READABILITY_DEPTH)) return null;
  try {
    return new Readability<Node>(document, { charThreshold: 100, disableJSONLD: true, keepClasses: true, serializer: (node) => node }).parse();
  } catch {
    return null; // Readability can trip over odd markup; the fallbacks below still apply.
  }
}

const NOT_READ = new Set(['nav', 'header', 'footer', 'aside', 'script', 'style', 'noscript', 'template']);

/** Words a reader would see outside navigation, headers, footers and scripts: for the DL106 message. */
function visibleWords(document: Document): number {
  let words = 0;
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) words += countWords(child.nodeValue ?? '');
      else if (child.nodeType === 1 && !NOT_READ.has((child as Element).localName.toLowerCase())) walk(child);
    }
  };
  walk(document.body);
  return words;
}

/** The page's first <h1>, for pages with no <title> or metadata title (often HTML in JSON lines). */
function firstHeading(document: Document): string | null {
  return document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
}

/** The paragraphs of Readability's article, with page furniture removed first. */
function articleBlocks(content: Element): string[] {
  removeFurniture(content);
  return blocksFromNode(content);
}

/** Only the page's metadata (title, byline, outlet, date) without the article: for date finding alone. */
export function readPageMetadata(raw: string, name: string, pageUrl?: string | null): ChosenMetadata {
  return chooseMetadata(collectMetadata(parse(withoutCode(raw)), pageUrl), name);
}

/** `name` is for messages; `pageUrl` is where the page came from, when known. */
export function extractHtmlPage(raw: string, name: string, pageUrl?: string | null): HtmlPage {
  const markup = withoutCode(raw);
  const document = parse(markup);
  // Metadata first: Readability rewrites the DOM it reads.
  const chosen = chooseMetadata(collectMetadata(document, pageUrl), name);
  removeOverlays(document);
  removeChrome(document);
  const article = readability(document);

  const attempts: (() => string[])[] = [() => (article?.content ? articleBlocks(article.content as Element) : [])];
  let fresh: Document | null = null;
  const original = (): Document => (fresh ??= parse(markup));
  attempts.push(
    () => { const el = original().querySelector('article'); return el ? blocksFromNode(el) : []; },
    () => { const el = original().querySelector('main, [role="main"]'); return el ? blocksFromNode(el) : []; },
    () => Array.from(original().querySelectorAll('body p')).filter((p) => !p.closest('nav, header, footer, aside')).flatMap((p) => blocksFromNode(p)),
  );
  let blocks: string[] | null = null;
  for (const attempt of attempts) {
    const found = filterParagraphs(attempt());
    if (countWords(found.join(' ')) >= MIN_ARTICLE_WORDS) {
      blocks = found;
      break;
    }
  }
  if (!blocks) return { ok: false, words: visibleWords(original()) };

  const { text, paragraphs } = joinParagraphs(blocks);
  return {
    ok: true,
    text,
    paragraphs,
    offsetMap: buildOffsetMap(raw, text, paragraphs),
    title: chosen.title ?? (article?.title?.trim() || null) ?? firstHeading(original()),
    byline: chosen.byline ?? article?.byline ?? null,
    outlets: [chosen.outlet, article?.siteName ?? null],
    url: pageUrl ?? chosen.url,
    published: chosen.published,
    yearHint: chosen.yearHint,
    diagnostics: chosen.diagnostics,
  };
}
