// Markup → lite DOM, with htmlparser2's tokenizer and its HTML rules for implied end tags (the same
// parser linkedom uses, so pages get the same tree shape). Adjacent text is kept as one text node,
// as a browser keeps it, and the contents of <template> stay out of the tree.
import { Parser } from 'htmlparser2';
import { LiteAttr, LiteComment, LiteDocument, LiteElement, LiteFragment, LiteText, type LiteParent } from './nodes.js';
import { liteSelectors } from './select.js';

function build(markup: string, root: LiteParent, document: LiteDocument): void {
  const stack: LiteParent[] = [root];
  let current: LiteParent = root;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const attrs: LiteAttr[] = [];
        for (const key in attributes) attrs.push(new LiteAttr(key, attributes[key]!));
        const element = new LiteElement(document, name, attrs);
        current.appendNew(element);
        if (name === 'template') current = element.content = new LiteFragment(document);
        else current = element;
        stack.push(current);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
        current = stack[stack.length - 1]!;
      },
      ontext(text) {
        const last = current.lastChild;
        if (last instanceof LiteText) last.data += text;
        else current.appendNew(new LiteText(document, text));
      },
      oncomment(data) {
        current.appendNew(new LiteComment(document, data));
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(markup);
  parser.end();
}

function fragmentOf(markup: string, document: LiteDocument): LiteFragment {
  const fragment = new LiteFragment(document);
  build(markup, fragment, document);
  return fragment;
}

/** A lite document for a whole page's markup. */
export function parseLiteDocument(markup: string): LiteDocument {
  const document = new LiteDocument(liteSelectors, fragmentOf);
  build(markup, document, document);
  return document;
}
