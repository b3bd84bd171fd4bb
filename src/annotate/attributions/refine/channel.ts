// The channel: the outlet a statement was made to or through. A listener ("told X", "in an interview
// with X") is a channel only when it is an outlet; a relay ("as quoted by X", "X reported, citing …")
// is one whatever it is. "the agency" is resolved back to the outlet it stands for.
import type { Attribution, Span } from '../../../model/types.js';
import { headWord } from '../heads.js';
import { platformIn } from '../complement.js';
import { mentionsWithin, tokenFrom, type DocView } from '../view.js';
import { resolveNominal } from './antecedents.js';
import { isOutletEntity, knownOutlet, typeFromHead, OUTLET_NAME, OUTLET_TYPES } from './source-type.js';

/** A news site named by its web address ("Polygraph.info", "Axios.com"). */
const WEB_ADDRESS = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|info|news|co\.uk|io|tv|ru|ua|ir)$/iu;

export function resolveChannel(view: DocView, span: Span, certain: boolean, sentence: number): Attribution['channel'] {
  // "on the Telegram messaging app", "on the social media platform X": the platform
  const platform = platformIn(view.tokens, tokenFrom(view, span.start), tokenFrom(view, span.end));
  if (platform) return { name: platform, entity: null, span };
  const mentions = mentionsWithin(view, span.start, span.end);
  const outlet = mentions.find((m) => isOutletEntity(m.entity, view.knowledge));
  if (outlet) return { name: outlet.entity.name, entity: outlet.entity.id, span };
  if (certain && mentions[0]) return { name: mentions[0].entity.name, entity: mentions[0].entity.id, span };
  const text = view.text.slice(span.start, span.end);
  const known = knownOutlet(text, view.knowledge);
  if (known) return { name: known.name, entity: null, span };
  // "told CBN News", "told Polygraph.info": a name whose last word is an outlet's ("News", "Times", "Radio")
  // or a web address is an outlet though the knowledge base does not know it
  const surface = text.replace(/^the\s+/i, '');
  if (/^\p{Lu}/u.test(surface) && ((surface.split(/\s+/).length >= 2 && surface.split(/\s+/).length <= 5 && OUTLET_NAME.test(surface.slice(surface.lastIndexOf(' ') + 1))) || WEB_ADDRESS.test(surface))) {
    return { name: surface, entity: mentions[0]?.entity.id ?? null, span };
  }
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
