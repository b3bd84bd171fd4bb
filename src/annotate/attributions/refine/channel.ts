// The channel: the outlet a statement was made to or through. A listener ("told X", "in an interview
// with X") is a channel only when it is an outlet; a relay ("as quoted by X", "X reported, citing …")
// is one whatever it is. "the agency" is resolved back to the outlet it stands for.
import type { Attribution, Span } from '../../../model/types.js';
import { headWord } from '../heads.js';
import { mentionsWithin, tokenFrom, type DocView } from '../view.js';
import { resolveNominal } from './antecedents.js';
import { isOutletEntity, knownOutlet, typeFromHead, OUTLET_TYPES } from './source-type.js';

export function resolveChannel(view: DocView, span: Span, certain: boolean, sentence: number): Attribution['channel'] {
  const mentions = mentionsWithin(view, span.start, span.end);
  const outlet = mentions.find((m) => isOutletEntity(m.entity, view.knowledge));
  if (outlet) return { name: outlet.entity.name, entity: outlet.entity.id, span };
  if (certain && mentions[0]) return { name: mentions[0].entity.name, entity: mentions[0].entity.id, span };
  const text = view.text.slice(span.start, span.end);
  const known = knownOutlet(text, view.knowledge);
  if (known) return { name: known.name, entity: null, span };
  const range = { first: tokenFrom(view, span.start), last: tokenFrom(view, span.end) };
  const head = headWord(view, range);
  if (view.tokens[range.first]!.lower === 'the' && mentions.length === 0) {
    const antecedent = resolveNominal(view, head, span.start, sentence, (e) => isOutletEntity(e, view.knowledge));
    if (antecedent) return { name: antecedent.name, entity: antecedent.id, span };
  }
  // "the Clarion news agency": the word before the head says what kind of agency
  const before = range.last - 2 >= range.first ? view.tokens[range.last - 2]!.lower : '';
  const headType = typeFromHead(head, before ? [before] : [], []);
  if (certain || (headType && OUTLET_TYPES.has(headType) && !['reporter', 'reporters', 'journalist', 'journalists'].includes(head))) {
    return { name: text, entity: null, span };
  }
  return null;
}
