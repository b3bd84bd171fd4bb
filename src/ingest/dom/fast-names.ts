// Cheaper tag and class names on linkedom elements, with the same values. linkedom upper-cases the
// local name on every tagName read, and keeps each class attribute twice: as the attribute and as a
// token set (a DOMTokenList built when the page is parsed), joining the set again on every
// className read. Readability reads both names of most elements several times. Here tagName comes
// from a cache, and an element without a token set yet keeps only its attribute: linkedom writes
// that attribute as the normalised token list (white space collapsed, duplicates dropped), which is
// exactly what the set would give back. The set is still built on first use of classList. The
// values are the same for every document, HTML or XML, so the accessors are replaced once for the
// process rather than around each page (changing prototypes per page would discard optimised code).
// If linkedom is not shaped as expected, nothing is changed.
import { CLASS_LIST, MIME, sampleElement } from './linkedom-internals.js';

type Accessor = { get?: () => unknown; set?: (value: unknown) => void };
type Fields = Record<symbol, unknown> & { localName: string; ownerDocument: Record<symbol, { ignoreCase: boolean }>; getAttributeNode(name: string): { value: string } | null };

/** The prototype in `object`'s chain that defines `name`. */
function definerOf(object: object, name: string): object | undefined {
  for (let p: object | null = object; p; p = Object.getPrototypeOf(p)) if (Object.getOwnPropertyDescriptor(p, name)) return p;
  return undefined;
}

const namesAt = definerOf(sampleElement, 'tagName');
const classAt = definerOf(sampleElement, 'className');
const original = {
  tagName: namesAt && (Object.getOwnPropertyDescriptor(namesAt, 'tagName') as Accessor),
  nodeName: namesAt && (Object.getOwnPropertyDescriptor(namesAt, 'nodeName') as Accessor),
  className: classAt && (Object.getOwnPropertyDescriptor(classAt, 'className') as Accessor),
};
const applicable = !!(CLASS_LIST && MIME && namesAt && classAt && original.tagName?.get && original.nodeName?.get && original.className?.get && original.className.set);

const UPPER = new Map<string, string>();
function upperCase(name: string): string {
  let upper = UPPER.get(name);
  if (upper === undefined) {
    upper = name.toUpperCase();
    if (UPPER.size < 10_000) UPPER.set(name, upper); // custom element names are unbounded
  }
  return upper;
}

/** What linkedom's DOMTokenList makes of a class attribute: tokens split on white space, empty and repeated ones dropped. */
function classValue(value: unknown): string {
  const text = String(value);
  if (!/\s/.test(text)) return text;
  return [...new Set(text.split(/\s+/).filter(Boolean))].join(' ');
}

function tagName(this: Fields): string {
  return this.ownerDocument[MIME!]!.ignoreCase ? upperCase(this.localName) : this.localName;
}

const className: Accessor = {
  get(this: Fields): string {
    const list = this[CLASS_LIST!] as { value: string } | null;
    if (list) return list.value;
    return this.getAttributeNode('class')?.value ?? '';
  },
  set(this: Fields, value: unknown): void {
    const attribute = this.getAttributeNode('class');
    if (this[CLASS_LIST!] || !attribute) original.className!.set!.call(this, value);
    else attribute.value = classValue(value); // what the token set's update would write
  },
};

let installed = false;

/** Puts the cheaper accessors in place, once (they give the same values everywhere, so they stay). Returns whether they are in place. */
export function installFastNames(): boolean {
  if (!applicable || installed) return installed;
  installed = true;
  Object.defineProperty(namesAt, 'tagName', { ...original.tagName, get: tagName });
  Object.defineProperty(namesAt, 'nodeName', { ...original.nodeName, get: tagName });
  Object.defineProperty(classAt, 'className', { ...original.className, ...className });
  return true;
}
