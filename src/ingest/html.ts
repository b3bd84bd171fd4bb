// An HTML page → article text, metadata and an offset map. Readability finds the article; when it
// finds nothing we try <article>, <main>, then the page's <p> elements, and give up below 25 words.
import type { Diagnostic, OffsetMapEntry, PublishedTime, Span } from '../model/types.js';
import { cutChromeMarkup, filterParagraphs, removeChrome, removeFurniture, removeOverlays } from './boilerplate/index.js';
import { letterCount } from './dom/walk.js';
import { blocksFromNode } from './html-to-text.js';
import { chooseMetadata, collectMetadata, type ChosenMetadata, type YearHint } from './metadata/index.js';
import { buildOffsetMap } from './offset-map.js';
import { readArticle } from './readability/run.js';
import { parseLiteDocument } from './dom/lite/parse.js';
import { countWords, countWordsUpTo, joinParagraphs } from './text.js';

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
  // Script and style bodies are raw text to the parser too (a "<p>" in them is no paragraph), but an
  // unclosed <svg> or comment can swallow real paragraphs up to a later close: those are counted.
  let swallowed = 0;
  const out = raw.replace(CODE, (all: string, scriptAttrs: string | undefined) => {
    if (scriptAttrs !== undefined) return /ld\+json/i.test(scriptAttrs) ? all : '';
    if (!STYLE_START.test(all)) swallowed += paragraphCount(all);
    return '';
  });
  // Unbalanced markup can make a cut swallow real content: then keep the page as it was.
  return swallowed > paragraphCount(out) * 0.1 ? raw : out;
}

const CODE = /<!--[\s\S]*?-->|<script\b([^>]*)>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<svg\b[^>]*\/>|<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi;
const STYLE_START = /^<style/i;
const PARAGRAPH = /<p[\s>]/gi;
const paragraphCount = (s: string): number => s.match(PARAGRAPH)?.length ?? 0;

function parse(raw: string): Document {
  // A bare fragment (or one lost in an unclosed comment) gives no <html> root, and Readability then
  // fails: wrap the fragment, and fall back to an empty page.
  const wrapped = /<(head|body)[\s>]/i.test(raw) ? `<!doctype html><html>${raw}</html>` : `<!doctype html><html><head></head><body>${raw}</body></html>`;
  for (const markup of [raw, wrapped, EMPTY_PAGE]) {
    const document = parseLiteDocument(markup);
    if (document.documentElement && document.body) return document as unknown as Document;
  }
  throw new Error('could not build an empty page');
}

const NOT_READ = new Set(['nav', 'header', 'footer', 'aside', 'script', 'style', 'noscript', 'template']);

/** Words a reader would see outside navigation, headers, footers and scripts: for the DL106 message. */
export function noArticleReason(words: number): string {
  if (words < MIN_ARTICLE_WORDS) return `${words} word${words === 1 ? '' : 's'} found outside navigation/scripts (at least ${MIN_ARTICLE_WORDS} are needed)`;
  // Words on the page, but none in article paragraphs: menus, link lists, a wiki diff, spam.
  return `the page shows ${words} words outside navigation/scripts, but no run of article paragraphs with at least ${MIN_ARTICLE_WORDS} words (menus, lists and short lines are not an article)`;
}

function visibleWords(document: Document): number {
  let words = 0;
  const pending: Node[] = [document.body];
  while (pending.length) {
    for (let child = pending.pop()!.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) words += countWords(child.nodeValue ?? '');
      else if (child.nodeType === 1 && !NOT_READ.has((child as Element).localName.toLowerCase())) pending.push(child);
    }
  }
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

/** The page without overlays, navigation, asides and footers: what Readability reads. `cutLetters` were cut before parsing. */
function withoutChrome(document: Document, cutLetters: number): Document {
  removeChrome(document, removeOverlays(document, letterCount(document.body) + cutLetters));
  return focusOnArticle(document);
}

/**
 * When the page has one <article> and it holds nearly all of the page's paragraph text,
 * Readability reads only that article: what is left around it (teasers, related-story lists,
 * comment blocks the chrome rules missed) can only cost precision. Measured on the evaluation
 * sets, both halves: Scrapinghub F1 0.971 -> 0.973, NAEB body 0.921 -> 0.924, dates unchanged.
 */
function focusOnArticle(document: Document): Document {
  const articles = document.body.getElementsByTagName('article');
  if (articles.length !== 1) return document;
  const article = articles[0]!;
  const paragraphLetters = (root: Element): number => Array.from(root.getElementsByTagName('p')).reduce((sum, p) => sum + letterCount(p), 0);
  const inside = paragraphLetters(article);
  const all = paragraphLetters(document.body);
  if (all === 0 || inside < all * FOCUS_SHARE) return document;
  const body = document.body;
  while (body.firstChild) body.removeChild(body.firstChild);
  body.appendChild(article);
  return document;
}
/** Share of the page's paragraph letters the lone <article> must hold. */
const FOCUS_SHARE = 0.9;

/** Only the page's metadata (title, byline, outlet, date) without the article: for date finding alone. */
export function readPageMetadata(raw: string, name: string, pageUrl?: string | null): ChosenMetadata {
  return chooseMetadata(collectMetadata(parse(withoutCode(raw)), pageUrl), name);
}

/** `name` is for messages; `pageUrl` is where the page came from, when known. */
export function extractHtmlPage(raw: string, name: string, pageUrl?: string | null): HtmlPage {
  return readHtmlPage(raw, name, pageUrl);
}

function readHtmlPage(raw: string, name: string, pageUrl?: string | null): HtmlPage {
  const { markup, cutLetters } = cutChromeMarkup(withoutCode(raw));
  const document = parse(markup);
  // Metadata first: Readability rewrites the DOM it reads.
  const chosen = chooseMetadata(collectMetadata(document, pageUrl), name);
  const article = readArticle(withoutChrome(document, cutLetters), () => withoutChrome(parse(markup), cutLetters));

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
    if (countWordsUpTo(found.join(' '), MIN_ARTICLE_WORDS) >= MIN_ARTICLE_WORDS) {
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
