// CSS selectors on the lite DOM through css-select (the matcher linkedom and cheerio use), with
// each selector compiled once per process.
import { compile, selectAll, selectOne, type Options } from 'css-select';
import { LiteElement, type LiteNode, type LiteParent, type SelectorEngine } from './nodes.js';

const adapter: NonNullable<Options<LiteNode, LiteElement>['adapter']> = {
  isTag: (node: LiteNode): node is LiteElement => node instanceof LiteElement,
  getAttributeValue: (element, name) => element.getAttribute(name) ?? undefined,
  getChildren: (node) => node.childNodes,
  getName: (element) => element.localName,
  getParent: (node) => node.parentNode,
  getSiblings: (node) => (node.parentNode ? node.parentNode.childNodes : [node]),
  prevElementSibling: (node) => node.previousElementSibling,
  getText: (node) => node.textContent ?? '',
  hasAttrib: (element, name) => element.hasAttribute(name),
  removeSubsets: (nodes) => nodes.filter((node, i) => !nodes.some((other, j) => j !== i && other !== node && other.contains(node))),
};

const OPTIONS: Options<LiteNode, LiteElement> = { adapter, xmlMode: false };
type Compiled = ReturnType<typeof compile<LiteNode, LiteElement>>;
const compiled = new Map<string, Compiled>();

function query(selector: string): Compiled {
  let q = compiled.get(selector);
  if (!q) {
    q = compile<LiteNode, LiteElement>(selector, OPTIONS);
    if (compiled.size < 1_000) compiled.set(selector, q);
  }
  return q;
}

export const liteSelectors: SelectorEngine = {
  selectOne: (selector: string, root: LiteParent) => selectOne<LiteNode, LiteElement>(query(selector), root, OPTIONS),
  selectAll: (selector: string, root: LiteParent) => selectAll<LiteNode, LiteElement>(query(selector), root, OPTIONS),
  matches: (element: LiteElement, selector: string) => query(selector)(element),
};
