// "Clinton says she opposes the deal", "Voters say they plan to tune in": a personal pronoun that opens
// the reported clause of a speaker (right after the cue, or after its "that") stands for that speaker,
// the usual reading of reported speech. The pronoun of a statement nested there takes the outer
// speaker's name, entity and kind, whatever the nearest earlier speaker was; the refiner that drops a
// statement repeated inside the same speaker's own then sees the two as one speaker.
// Only when the outer speaker fits the pronoun: "he"/"she" one person (an entity of a person, an
// unnamed person noun, or a bare capitalised name), "they" a plural noun phrase ("officials").
import type { Attribution, AttributionSource } from '../../../model/types.js';
import { PERSON_NOUNS } from '../../../knowledge/lexicons/attribution/person-nouns.js';
import type { DocView } from '../view.js';

/** Heads of an unnamed single speaker besides the people nouns of the lexicon ("the official", "the senator"). */
const ONE_PERSON = new Set(['official', 'source', 'aide', 'diplomat', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president',
  'governor', 'mayor', 'senator', 'ambassador', 'envoy', 'secretary', 'general', 'commander', 'expert', 'analyst', 'economist', 'lawmaker']);
const NOT_SPEAKERS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that']);

export function bindNestedPronouns(view: DocView, attributions: Attribution[]): Attribution[] {
  const people = new Set(view.mentions.filter((m) => m.entity.type === 'person').map((m) => m.entity.id));
  const isPerson = (s: AttributionSource): boolean => s.entity !== null && people.has(s.entity);
  return attributions.map((inner) => {
    const pronoun = inner.source?.text.toLowerCase();
    if (!inner.source || (pronoun !== 'he' && pronoun !== 'she' && pronoun !== 'they')) return inner;
    const outer = attributions.find((o) => o !== inner && o.source && opensContent(view.text, o, inner.source!) && fits(pronoun, o.source, isPerson(o.source)));
    if (!outer) return inner;
    const { name, entity, type } = outer.source!;
    return Object.assign({}, inner, { source: Object.assign({}, inner.source, { name, entity, type }) });
  });
}

/** The pronoun is the first word of one of the outer statement's pieces, or the first after its "that". */
function opensContent(text: string, outer: Attribution, pronoun: AttributionSource): boolean {
  return (outer.pieces ?? [outer.content]).some((p) => {
    if (p.start > pronoun.start || pronoun.end > p.end) return false;
    const before = text.slice(p.start, pronoun.start);
    return /^\s*(?:that\s+)?$/i.test(before);
  });
}

function fits(pronoun: 'he' | 'she' | 'they', speaker: AttributionSource, person: boolean): boolean {
  const text = speaker.text.trim();
  const lower = text.toLowerCase();
  // "She said she …", "Kim, who said he …"
  if (lower === pronoun) return true;
  if (lower === 'who') return person && pronoun !== 'they';
  if (NOT_SPEAKERS.has(lower)) return false;
  const head = text.split(/\s+/).pop()!.toLowerCase();
  const plural = /^[a-z]+s$/.test(head) && !/(?:ss|us|is)$/.test(head);
  if (person) return pronoun !== 'they';
  // "they": a plural noun phrase ("officials", "Nearly eight of 10 voters")
  if (pronoun === 'they') return plural;
  if (plural) return false;
  if (!speaker.entity && (ONE_PERSON.has(head) || PERSON_NOUNS.has(head))) return true;
  // a surname the entities layer typed otherwise ("Clinton says she …"): one capitalised word, maybe after a title
  return /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?$/.test(text);
}
