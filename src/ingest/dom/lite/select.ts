// CSS selectors on the lite DOM through css-select (the matcher linkedom and cheerio use), with
// each selector compiled once per process.
import { compile, type Options } from 'css-select';
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

// Descendants are walked here, without recursion (css-select's own search recurses once per level,
// and pages can nest deeper than the stack); the compiled test reads ancestors in a loop.
export const liteSelectors: SelectorEngine = {
  selectOne: (selector: string, root: LiteParent) => {
    const test = query(selector);
    return root.getElementsByTagName('*').find((el) => test(el)) ?? null;
  },
  selectAll: (selector: string, root: LiteParent) => root.getElementsByTagName('*').filter(query(selector)),
  matches: (element: LiteElement, selector: string) => query(selector)(element),
};
