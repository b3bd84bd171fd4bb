// Cheap DOM reads for the rules and metadata finders that run on whole pages: a CSS matcher run
// on every element, or textContent plus a regex (which allocates twice), cost a tenth of ingest
// time on big pages.
import { LiteParent } from './lite/nodes.js';

/** The element's descendant elements in document order (not the element itself), <template> contents left out as querySelectorAll does. */
export function elementsIn(root: ParentNode): Element[] {
  if (root instanceof LiteParent) return root.getElementsByTagName('*') as unknown as Element[];
  return walkedElementsIn(root);
}

/** Whether any descendant element (as elementsIn lists them) passes `test`. */
export function someElementIn(root: ParentNode, test: (el: Element) => boolean): boolean {
  return elementsIn(root).some(test);
}

function walkedElementsIn(root: ParentNode): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [];
  for (let el = root.firstElementChild; el; ) {
    out.push(el);
    const child = el.localName === 'template' ? null : el.firstElementChild;
    if (child) {
      stack.push(el);
      el = child;
      continue;
    }
    let next = el.nextElementSibling;
    while (!next && stack.length) next = stack.pop()!.nextElementSibling;
    el = next;
  }
  return out;
}

/** Every element of the document in document order, as document.querySelectorAll('*') lists them. */
export function allElements(document: Document): Element[] {
  return elementsIn(document);
}

/** Code units of text that are not white space (as `textContent.replace(/\s+/g, '').length`). */
export function letterCount(node: Node): number {
  const text = node.textContent ?? '';
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

/** Whether any text under `node` is not white space (as `textContent.trim() !== ''`, without building the string). */
export function hasText(node: Node): boolean {
  const pending: Node[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) pending.push(child);
  while (pending.length) {
    const child = pending.pop()!;
    if (child.nodeType === 3 || child.nodeType === 4) {
      const text = child.nodeValue ?? '';
      for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return true;
    } else if (child.nodeType === 1) for (let c = child.firstChild; c; c = c.nextSibling) pending.push(c);
  }
  return false;
}

/** JavaScript's \s: ASCII white space, no-break spaces, the Unicode space separators, line and paragraph separators, BOM. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
