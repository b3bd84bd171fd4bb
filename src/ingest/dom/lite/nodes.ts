// A small DOM for reading news pages: the part of the standard interface that Readability and the
// ingest rules use, over nodes linked to their parent and siblings. Built for speed on big pages
// (linkedom, a complete DOM, took four times as long to build a page and was slower to walk):
// child lists are kept as links and turned into arrays only when asked, and cached until the next
// change. Semantics follow the browser's for HTML documents: tag names upper case, attribute names
// lower case, textContent the text of descendant text nodes.
import { serializeChildren, serializeNode } from './serialize.js';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;
export const DOCUMENT_NODE = 9;
export const DOCUMENT_FRAGMENT_NODE = 11;

/** Upper-case tag names, cached: Readability reads tagName of most elements many times. */
const UPPER = new Map<string, string>();
function upperCase(name: string): string {
  let upper = UPPER.get(name);
  if (upper === undefined) {
    upper = name.toUpperCase();
    if (UPPER.size < 10_000) UPPER.set(name, upper); // custom element names are unbounded
  }
  return upper;
}

function lowerName(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) return name.toLowerCase();
  }
  return name;
}

export class LiteAttr {
  declare name: string;
  declare value: string;
  constructor(name: string, value: string) {
    this.name = name;
    this.value = value;
  }
  get nodeName(): string { return this.name; }
  get localName(): string { return this.name; }
  cloneNode(): LiteAttr { return new LiteAttr(this.name, this.value); }
}

// Fields are declared and then assigned in constructors: class-field initialisers (define
// semantics) cost a tenth of page reading time at tens of thousands of nodes a page.
/** The first element among `node` and its siblings after it (`forward`) or before it. */
function elementFrom(node: LiteNode | null, forward: boolean): LiteElement | null {
  while (node && !(node instanceof LiteElement)) node = forward ? node.nextSibling : node.previousSibling;
  return node;
}

export abstract class LiteNode {
  declare parentNode: LiteParent | null;
  declare previousSibling: LiteNode | null;
  declare nextSibling: LiteNode | null;
  declare ownerDocument: LiteDocument;
  constructor(ownerDocument: LiteDocument) {
    this.parentNode = null;
    this.previousSibling = null;
    this.nextSibling = null;
    this.ownerDocument = ownerDocument;
  }

  abstract get nodeType(): number;
  abstract get nodeName(): string;
  abstract get textContent(): string | null;
  abstract set textContent(value: string | null);
  abstract cloneNode(deep?: boolean): LiteNode;

  get ELEMENT_NODE(): number { return ELEMENT_NODE; }
  get TEXT_NODE(): number { return TEXT_NODE; }

  get parentElement(): LiteElement | null {
    const parent = this.parentNode;
    return parent instanceof LiteElement ? parent : null;
  }

  get nextElementSibling(): LiteElement | null { return elementFrom(this.nextSibling, true); }
  get previousElementSibling(): LiteElement | null { return elementFrom(this.previousSibling, false); }

  get isConnected(): boolean {
    let node: LiteNode | null = this;
    while (node.parentNode) node = node.parentNode;
    return node instanceof LiteDocument;
  }

  remove(): void {
    this.parentNode?.removeChild(this);
  }

  replaceWith(...nodes: (LiteNode | string)[]): void {
    const parent = this.parentNode;
    if (!parent) return;
    const next = this.nextSibling;
    parent.removeChild(this);
    for (const node of nodes) parent.insertBefore(typeof node === 'string' ? this.ownerDocument.createTextNode(node) : node, next);
  }

  before(...nodes: (LiteNode | string)[]): void {
    const parent = this.parentNode;
    if (!parent) return;
    for (const node of nodes) parent.insertBefore(typeof node === 'string' ? this.ownerDocument.createTextNode(node) : node, this);
  }

  after(...nodes: (LiteNode | string)[]): void {
    const parent = this.parentNode;
    if (!parent) return;
    const next = this.nextSibling;
    for (const node of nodes) parent.insertBefore(typeof node === 'string' ? this.ownerDocument.createTextNode(node) : node, next);
  }

  /** Inclusive, as the DOM's contains(). */
  contains(other: LiteNode | null): boolean {
    for (let node = other; node; node = node.parentNode) if (node === this) return true;
    return false;
  }

  hasChildNodes(): boolean {
    return false;
  }

  get firstChild(): LiteNode | null { return null; }
  get lastChild(): LiteNode | null { return null; }
  get childNodes(): LiteNode[] { return []; }
}

abstract class LiteCharacterData extends LiteNode {
  declare data: string;
  constructor(ownerDocument: LiteDocument, data: string) {
    super(ownerDocument);
    this.data = data;
  }
  get nodeValue(): string { return this.data; }
  set nodeValue(value: string) { this.data = value; }
  get textContent(): string { return this.data; }
  set textContent(value: string | null) { this.data = value ?? ''; }
  get length(): number { return this.data.length; }
}

export class LiteText extends LiteCharacterData {
  get nodeType(): number { return TEXT_NODE; }
  get nodeName(): string { return '#text'; }
  cloneNode(): LiteText { return new LiteText(this.ownerDocument, this.data); }
}

export class LiteComment extends LiteCharacterData {
  get nodeType(): number { return COMMENT_NODE; }
  get nodeName(): string { return '#comment'; }
  cloneNode(): LiteComment { return new LiteComment(this.ownerDocument, this.data); }
}

/** A node with children: element, document or fragment. */
export abstract class LiteParent extends LiteNode {
  declare first: LiteNode | null;
  declare last: LiteNode | null;
  /** Arrays handed out for childNodes and children, until the next change of this node's children. */
  private declare nodesCache: LiteNode[] | null;
  private declare elementsCache: LiteElement[] | null;
  constructor(ownerDocument: LiteDocument) {
    super(ownerDocument);
    this.first = null;
    this.last = null;
    this.nodesCache = null;
    this.elementsCache = null;
  }

  override get firstChild(): LiteNode | null { return this.first; }
  override get lastChild(): LiteNode | null { return this.last; }
  override hasChildNodes(): boolean { return this.first !== null; }

  override get childNodes(): LiteNode[] {
    if (this.nodesCache) return this.nodesCache;
    const out: LiteNode[] = [];
    for (let node = this.first; node; node = node.nextSibling) out.push(node);
    return (this.nodesCache = out);
  }

  get children(): LiteElement[] {
    if (this.elementsCache) return this.elementsCache;
    const out: LiteElement[] = [];
    for (let node = this.first; node; node = node.nextSibling) if (node instanceof LiteElement) out.push(node);
    return (this.elementsCache = out);
  }

  get childElementCount(): number { return this.children.length; }

  get firstElementChild(): LiteElement | null { return elementFrom(this.first, true); }
  get lastElementChild(): LiteElement | null { return elementFrom(this.last, false); }

  /** Forgets the cached child arrays; called on every change of this node's children. */
  protected changed(): void {
    this.nodesCache = null;
    this.elementsCache = null;
  }

  insertBefore<T extends LiteNode>(node: T, reference: LiteNode | null): T {
    if (node instanceof LiteFragment) {
      while (node.first) this.insertBefore(node.first, reference);
      return node;
    }
    if (reference && reference.parentNode !== this) throw new Error('insertBefore: the reference node is not a child of this node');
    if (node === reference) return node;
    if (node.contains(this)) throw new Error('insertBefore: a node cannot be inserted into itself');
    node.parentNode?.removeChild(node);
    const before = reference ? reference.previousSibling : this.last;
    node.parentNode = this;
    node.previousSibling = before;
    node.nextSibling = reference;
    if (before) before.nextSibling = node;
    else this.first = node;
    if (reference) reference.previousSibling = node;
    else this.last = node;
    this.changed();
    return node;
  }

  appendChild<T extends LiteNode>(node: T): T {
    return this.insertBefore(node, null);
  }

  /**
   * Appends a node that has just been made and has no parent, without the checks appendChild
   * makes (one of them walks up to the root: a parser using it on deeply nested markup would take
   * time growing with the square of the depth).
   */
  appendNew(node: LiteNode): void {
    const before = this.last;
    node.parentNode = this;
    node.previousSibling = before;
    if (before) before.nextSibling = node;
    else this.first = node;
    this.last = node;
    this.changed();
  }

  removeChild<T extends LiteNode>(node: T): T {
    if (node.parentNode !== this) throw new Error('removeChild: the node is not a child of this node');
    const { previousSibling: before, nextSibling: after } = node;
    if (before) before.nextSibling = after;
    else this.first = after;
    if (after) after.previousSibling = before;
    else this.last = before;
    node.parentNode = null;
    node.previousSibling = null;
    node.nextSibling = null;
    this.changed();
    return node;
  }

  replaceChild<T extends LiteNode>(node: LiteNode, old: T): T {
    if (old.parentNode !== this) throw new Error('replaceChild: the node to replace is not a child of this node');
    if (node === old) return old;
    const next = old.nextSibling === node ? node.nextSibling : old.nextSibling;
    this.removeChild(old);
    this.insertBefore(node, next);
    return old;
  }

  append(...nodes: (LiteNode | string)[]): void {
    for (const node of nodes) this.appendChild(typeof node === 'string' ? this.ownerDocument.createTextNode(node) : node);
  }

  prepend(...nodes: (LiteNode | string)[]): void {
    const first = this.first;
    for (const node of nodes) this.insertBefore(typeof node === 'string' ? this.ownerDocument.createTextNode(node) : node, first);
  }

  /** The text of every descendant text node, in document order. */
  get textContent(): string {
    let text = '';
    let node = this.first;
    while (node) {
      if (node instanceof LiteText) text += node.data;
      else if (node instanceof LiteParent && node.first) {
        node = node.first;
        continue;
      }
      // Next in document order, staying inside this node.
      while (node && !node.nextSibling) {
        node = node.parentNode;
        if (node === this) return text;
      }
      node = node ? node.nextSibling : null;
    }
    return text;
  }

  set textContent(value: string | null) {
    while (this.first) this.removeChild(this.first);
    if (value) this.appendChild(this.ownerDocument.createTextNode(value));
  }

  /** Descendant elements in document order whose local name is `name` ("*" for all). */
  getElementsByTagName(name: string): LiteElement[] {
    const wanted = lowerName(name);
    return wanted === '*' ? this.elementsWhere(() => true) : this.elementsWhere((el) => el.localName === wanted);
  }

  /** Descendant elements in document order whose local name is one of `names`. */
  getElementsByTagNames(names: readonly string[]): LiteElement[] {
    const wanted = new Set(names.map(lowerName));
    return this.elementsWhere((el) => wanted.has(el.localName));
  }

  /** Descendant elements in document order that pass `test`: a walk along the links, without recursion. */
  private elementsWhere(test: (element: LiteElement) => boolean): LiteElement[] {
    const out: LiteElement[] = [];
    let node = this.first;
    while (node) {
      if (node instanceof LiteElement) {
        if (test(node)) out.push(node);
        if (node.first) {
          node = node.first;
          continue;
        }
      }
      while (node && !node.nextSibling) {
        node = node.parentNode;
        if (node === this) return out;
      }
      node = node ? node.nextSibling : null;
    }
    return out;
  }

  querySelector(selector: string): LiteElement | null {
    return this.ownerDocument.selectors.selectOne(selector, this);
  }

  querySelectorAll(selector: string): LiteElement[] {
    return this.ownerDocument.selectors.selectAll(selector, this);
  }
}

export class LiteFragment extends LiteParent {
  get nodeType(): number { return DOCUMENT_FRAGMENT_NODE; }
  get nodeName(): string { return '#document-fragment'; }
  cloneNode(deep = false): LiteFragment {
    const copy = new LiteFragment(this.ownerDocument);
    if (deep) for (let node = this.first; node; node = node.nextSibling) copy.appendChild(node.cloneNode(true));
    return copy;
  }
}

export class LiteElement extends LiteParent {
  declare localName: string;
  declare attributes: LiteAttr[];
  /** For <template>: its contents, kept out of the tree as browsers keep them. */
  declare content: LiteFragment | null;
  constructor(ownerDocument: LiteDocument, localName: string, attributes: LiteAttr[] = []) {
    super(ownerDocument);
    this.localName = localName;
    this.attributes = attributes;
    this.content = null;
  }

  get nodeType(): number { return ELEMENT_NODE; }
  get tagName(): string { return upperCase(this.localName); }
  get nodeName(): string { return upperCase(this.localName); }

  getAttributeNode(name: string): LiteAttr | null {
    const attrs = this.attributes;
    for (let i = 0; i < attrs.length; i++) if (attrs[i]!.name === name) return attrs[i]!;
    const lower = lowerName(name);
    if (lower !== name) for (let i = 0; i < attrs.length; i++) if (attrs[i]!.name === lower) return attrs[i]!;
    return null;
  }

  getAttribute(name: string): string | null {
    return this.getAttributeNode(name)?.value ?? null;
  }

  hasAttribute(name: string): boolean {
    return this.getAttributeNode(name) !== null;
  }

  hasAttributes(): boolean {
    return this.attributes.length > 0;
  }

  getAttributeNames(): string[] {
    return this.attributes.map((a) => a.name);
  }

  setAttribute(name: string, value: unknown): void {
    const attr = this.getAttributeNode(name);
    if (attr) attr.value = String(value);
    else this.attributes.push(new LiteAttr(lowerName(name), String(value)));
  }

  setAttributeNode(attr: LiteAttr): void {
    this.setAttribute(attr.name, attr.value);
  }

  removeAttribute(name: string): void {
    const attr = this.getAttributeNode(name);
    if (attr) this.attributes.splice(this.attributes.indexOf(attr), 1);
  }

  get id(): string { return this.getAttribute('id') ?? ''; }
  set id(value: string) { this.setAttribute('id', value); }
  get className(): string { return this.getAttribute('class') ?? ''; }
  set className(value: string) { this.setAttribute('class', value); }
  get lang(): string { return this.getAttribute('lang') ?? ''; }
  get dir(): string { return this.getAttribute('dir') ?? ''; }
  get src(): string { return this.getAttribute('src') ?? ''; }
  get srcset(): string { return this.getAttribute('srcset') ?? ''; }
  get href(): string { return this.getAttribute('href') ?? ''; }
  get hidden(): boolean { return this.hasAttribute('hidden'); }

  /** The declarations of the style attribute, as far as readers ask for them (display, visibility, …). */
  get style(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const declaration of (this.getAttribute('style') ?? '').split(';')) {
      const colon = declaration.indexOf(':');
      if (colon < 0) continue;
      const property = declaration.slice(0, colon).trim().toLowerCase();
      const value = declaration.slice(colon + 1).replace(/!\s*important\s*$/i, '').trim();
      if (property) out[property.replace(/-([a-z])/g, (_m: string, c: string) => c.toUpperCase())] = value;
    }
    return out;
  }

  get innerHTML(): string { return serializeChildren(this); }
  set innerHTML(markup: string) {
    while (this.first) this.removeChild(this.first);
    this.appendChild(this.ownerDocument.parseFragment(markup));
  }
  get outerHTML(): string { return serializeNode(this); }

  closest(selector: string): LiteElement | null {
    for (let node: LiteNode | null = this; node instanceof LiteElement; node = node.parentNode) {
      if (this.ownerDocument.selectors.matches(node, selector)) return node;
    }
    return null;
  }

  matches(selector: string): boolean {
    return this.ownerDocument.selectors.matches(this, selector);
  }

  cloneNode(deep = false): LiteElement {
    const copy = new LiteElement(this.ownerDocument, this.localName, this.attributes.map((a) => a.cloneNode()));
    if (deep) for (let node = this.first; node; node = node.nextSibling) copy.appendChild(node.cloneNode(true));
    return copy;
  }
}

/** CSS selector matching, supplied by the builder (kept apart so nodes need no selector engine). */
export interface SelectorEngine {
  selectOne(selector: string, root: LiteParent): LiteElement | null;
  selectAll(selector: string, root: LiteParent): LiteElement[];
  matches(element: LiteElement, selector: string): boolean;
}

export class LiteDocument extends LiteParent {
  readonly documentURI = 'about:blank';
  readonly baseURI = 'about:blank';
  constructor(
    public selectors: SelectorEngine,
    /** Parses markup into a fragment of this document (for innerHTML). */
    private readonly fragmentParser: (markup: string, document: LiteDocument) => LiteFragment,
  ) {
    super(null as unknown as LiteDocument);
    this.ownerDocument = this;
  }

  get nodeType(): number { return DOCUMENT_NODE; }
  get nodeName(): string { return '#document'; }
  get documentElement(): LiteElement | null { return this.firstElementChild; }

  /** The <head>: the root's first element child, made and put first when it is not a <head>. */
  get head(): LiteElement {
    const root = this.requireRoot();
    let head = root.firstElementChild;
    if (!head || head.localName !== 'head') {
      head = this.createElement('head');
      root.prepend(head);
    }
    return head;
  }

  /** The <body>: the element after <head>, made and put there when it is not a <body>. */
  get body(): LiteElement {
    const head = this.head;
    let body = head.nextElementSibling;
    if (!body || body.localName !== 'body') {
      body = this.createElement('body');
      head.after(body);
    }
    return body;
  }

  get title(): string {
    return this.head.getElementsByTagName('title')[0]?.textContent || '';
  }

  private requireRoot(): LiteElement {
    const root = this.documentElement;
    if (!root) throw new Error('the document has no root element');
    return root;
  }

  createElement(name: string): LiteElement { return new LiteElement(this, lowerName(name)); }
  createTextNode(data: string): LiteText { return new LiteText(this, String(data)); }
  createComment(data: string): LiteComment { return new LiteComment(this, String(data)); }
  createDocumentFragment(): LiteFragment { return new LiteFragment(this); }
  parseFragment(markup: string): LiteFragment { return this.fragmentParser(markup, this); }

  cloneNode(): LiteDocument {
    throw new Error('cloning a whole document is not supported');
  }
}
