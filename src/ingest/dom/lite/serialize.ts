// Nodes → HTML markup, as the DOM's innerHTML and outerHTML give it: void elements without an end
// tag, text escaped except inside raw-text elements, attribute values in double quotes.
import type { LiteAttr, LiteNode, LiteParent } from './nodes.js';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen', 'frame', 'basefont', 'bgsound']);
const RAW_TEXT = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const escapeText = (s: string): string => (/[&<>\u00a0]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;') : s);
const escapeAttribute = (s: string): string => (/[&"\u00a0]/.test(s) ? s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;') : s);

interface Shape { nodeType: number; data?: string; localName?: string; attributes?: LiteAttr[]; first?: LiteNode | null }

function write(node: LiteNode, parentName: string, out: string[]): void {
  const n = node as unknown as Shape;
  switch (n.nodeType) {
    case 3:
      out.push(RAW_TEXT.has(parentName) ? n.data! : escapeText(n.data!));
      return;
    case 8:
      out.push(`<!--${n.data!}-->`);
      return;
    case 1: {
      const name = n.localName!;
      out.push('<', name);
      for (const attr of n.attributes!) out.push(' ', attr.name, '="', escapeAttribute(attr.value), '"');
      out.push('>');
      if (VOID.has(name)) return;
      for (let child = n.first ?? null; child; child = child.nextSibling) write(child, name, out);
      out.push('</', name, '>');
      return;
    }
    default:
      for (let child = n.first ?? null; child; child = child.nextSibling) write(child, '', out);
  }
}

export function serializeChildren(parent: LiteParent): string {
  const out: string[] = [];
  const name = (parent as unknown as Shape).localName ?? '';
  for (let child = parent.firstChild; child; child = child.nextSibling) write(child, name, out);
  return out.join('');
}

export function serializeNode(node: LiteNode): string {
  const out: string[] = [];
  write(node, '', out);
  return out.join('');
}
