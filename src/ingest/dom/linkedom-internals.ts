// linkedom's private symbols, found on a sample page by their descriptions, for the few hot paths
// that read its structure directly: a node's NEXT in document order (attributes and end markers
// included) and an element's END marker, an element's classList slot, a document's MIME type.
// A symbol that is not found is undefined, and the code using it keeps to the public DOM.
import { parseHTML } from 'linkedom';

const { document: sample } = parseHTML('<!doctype html><html><head></head><body><p class="a"></p></body></html>');
export const sampleElement = sample.body.firstElementChild as unknown as object;

const symbolOf = (holder: object, description: string): symbol | undefined =>
  Object.getOwnPropertySymbols(holder).find((s) => s.description === description);

export const NEXT = symbolOf(sampleElement, 'next');
export const END = symbolOf(sampleElement, 'end');
export const CLASS_LIST = symbolOf(sampleElement, 'classList');
export const MIME = symbolOf(sample, 'mime');
