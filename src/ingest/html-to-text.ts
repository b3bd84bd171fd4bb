// DOM → paragraph strings. Block elements become paragraphs, inline white space collapses, <br>
// is a line break and two <br> in a row a paragraph break (old pages separate paragraphs that way).
import { parseLiteDocument } from './dom/lite/parse.js';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
// Not article text: code, media, controls, and photo captions (which describe a picture, not the story).
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'video', 'audio', 'canvas',
  'button', 'select', 'input', 'textarea', 'option', 'head', 'title', 'meta', 'link', 'figcaption',
]);
const CELL = new Set(['td', 'th']);
/** Nesting depth past which the walk stops recursing (real pages stay far below it). */
const MAX_DEPTH = 400;

/** Splits on blank lines, collapses spaces, trims each line: the paragraphs of one block. */
function tidy(buffer: string): string[] {
  return buffer
    .split(/\n[ \t]*\n\s*/)
    .map((p) => p.replace(/[ \t\f\v\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').trim())
    .filter((p) => p.length > 0);
}

export function blocksFromNode(root: Node): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = (): void => {
    out.push(...tidy(buf));
    buf = '';
  };
  const walk = (node: Node, depth = 0): void => {
    if (depth > MAX_DEPTH) {
      // Pathologically deep markup: read the rest as one block instead of recursing further.
      buf += ' ' + (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        buf += (child.nodeValue ?? '').replace(/\s+/g, ' ');
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.localName.toLowerCase();
      if (SKIP.has(tag) || el.hasAttribute('hidden')) continue;
      if (tag === 'br') buf += '\n';
      else if (tag === 'pre') {
        flush();
        buf = (el.textContent ?? '').replace(/\r\n?/g, '\n');
        out.push(...buf.split(/\n[ \t]*\n\s*/).map((p) => p.replace(/[ \t]+$/gm, '').trim()).filter(Boolean));
        buf = '';
      } else if (CELL.has(tag)) {
        buf += ' ';
        walk(el, depth + 1);
        buf += ' ';
      } else if (BLOCK.has(tag)) {
        flush();
        walk(el, depth + 1);
        flush();
      } else walk(el, depth + 1);
    }
  };
  walk(root);
  flush();
  return out;
}

/** Parses an HTML fragment (a feed item's content) into its paragraphs. */
export function fragmentBlocks(html: string): string[] {
  const document = parseLiteDocument(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return blocksFromNode(document.body as unknown as Node);
}
