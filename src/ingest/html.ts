// An HTML page → article text, metadata and an offset map. Readability finds the article; when it
// finds nothing we try <article>, <main>, then the page's <p> elements, and give up below 25 words.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Diagnostic, OffsetMapEntry, PublishedTime, Span } from '../model/types.js';
import { blocksFromNode } from './html-to-text.js';
import { chooseMetadata, collectMetadata, type YearHint } from './metadata/index.js';
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

function readability(document: Document): ReturnType<Readability<Node>['parse']> {
  try {
    return new Readability<Node>(document, { charThreshold: 100, disableJSONLD: true, serializer: (node) => node }).parse();
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

/** `name` is for messages; `pageUrl` is where the page came from, when known. */
export function extractHtmlPage(raw: string, name: string, pageUrl?: string | null): HtmlPage {
  const document = parse(raw);
  // Metadata first: Readability rewrites the DOM it reads.
  const chosen = chooseMetadata(collectMetadata(document, pageUrl), name);
  const article = readability(document);

  const attempts: (() => string[])[] = [() => (article?.content ? blocksFromNode(article.content) : [])];
  let fresh: Document | null = null;
  const original = (): Document => (fresh ??= parse(raw));
  attempts.push(
    () => { const el = original().querySelector('article'); return el ? blocksFromNode(el) : []; },
    () => { const el = original().querySelector('main, [role="main"]'); return el ? blocksFromNode(el) : []; },
    () => Array.from(original().querySelectorAll('body p')).filter((p) => !p.closest('nav, header, footer, aside')).flatMap((p) => blocksFromNode(p)),
  );
  let blocks: string[] | null = null;
  for (const attempt of attempts) {
    const found = attempt();
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
