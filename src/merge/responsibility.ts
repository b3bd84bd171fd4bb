// Who did it: in an attack story, the sources that name the attacker, accuse someone of the attack, claim it,
// or deny it ("Rebels shelled the town, the governor said" / "The army accused the rebels of the shelling" /
// "The rebels denied carrying out the attack and blamed the army"). Conflict monitors record such
// disputes of responsibility beside the figures; each side keeps its words and who said them.
import type { AnnotatedDocument, Disagreement, DisagreementSide, Entity, Event, EventParticipant } from '../model/types.js';
import { isNewsOf } from './profile.js';

type Side = DisagreementSide['evidence'][number];

/** Words that name an attack in an accusation or a denial ("accused X of the shelling", "denied carrying out the attack"). */
const ATTACK_WORDS = /\b(?:attack\w*|assault\w*|shell(?:ed|ing|s)?|strikes?|air ?strikes?|bomb(?:ed|ing|ings|s)?|kill(?:ed|ing|ings)?|shoot(?:ing|ings)?|shot|fire[ds]?|firing|massacre\w*|raid\w*|ambush\w*|blast|explosion|responsib\w*|behind)\b/i;
/** Cue words of a denial. */
const DENIAL = /\b(?:den(?:y|ied|ies|ying)|rejected|dismissed|disclaimed|not responsible|no role|had nothing to do)\b/i;
/** A claim of responsibility just before an attack's words ("The group claimed responsibility for the bombing"). */
const CLAIMED = /\b(?:claim(?:ed|s|ing)?\s+(?:full\s+|sole\s+)?(?:responsibility|credit)|took\s+(?:responsibility|credit)|taking\s+(?:responsibility|credit))\b[^.!?]*$/i;
/** Sentences around a report's lead attack within which an accusation or denial is about it. */
const NEAR = 3;
/** A negation that is no denial of the act: "did not mean to shoot" admits the shooting; "not an isolated incident but part of …" affirms. */
const NOT_A_DENIAL = /\b(?:mean|meant|intend(?:ed)?|want(?:ed)?)\s+to\b|\bnot\b[^.;]*\bbut\b/i;

interface Claim { key: string; label: string; side: Side; explicit: boolean }

/**
 * The responsibility dispute of an attack story, or null. Each report's attacker is the doer of its first attack
 * of the story's kind that it is news of and tells as done (its other attacks are other acts: the other side of an
 * exchange, background); a place is never the doer ("Queens hit-and-run", "the latest heist to hit France").
 * A dispute needs a contest, not two narrations: a named party denies it, or two parties are accused of it or
 * claim it (outlets covering one exchange of fire lead with either side's attack, and that is no dispute). Every
 * party named is then a side, unnamed ones too ("gunmen"), and each denial is a side "not <party>".
 */
export function responsibilityDispute(docs: readonly AnnotatedDocument[], lead: readonly { doc: AnnotatedDocument; event: Event }[],
  speaker: (doc: AnnotatedDocument, event: Event) => string | null): Disagreement | null {
  const named: Claim[] = [];
  const denied: Claim[] = [];
  const side = (doc: AnnotatedDocument, event: Event): Side => ({
    document: doc.document.id, event: event.id, text: event.evidence.text, start: event.evidence.start, end: event.evidence.end, source: speaker(doc, event),
  });
  for (const doc of docs) {
    const entities = new Map(doc.layers.entities.map((e) => [e.id, e]));
    const doers = (e: Event): EventParticipant[] => e.actors.filter((p) => !isPlace(p, entities));
    const own = lead.filter((x) => x.doc === doc && isNewsOf(doc, x.event)).map((x) => x.event).sort((a, b) => a.evidence.start - b.evidence.start);
    if (own.length === 0) continue;
    const near = (e: Event): boolean => own.some((a) => Math.abs(a.sentence - e.sentence) <= NEAR);
    const deniers = new Set<string>();
    for (const e of own) {
      if (e.modality !== 'negated' || NOT_A_DENIAL.test(e.evidence.text) || speaker(doc, e) === null) continue;
      // "the group had not fired on the town, its spokesman said": a source says the doer did not; a negation in the
      // outlet's own words, or one whose party is only the agent of a passive ("it wasn't killed by the US
      // government's attack"), is no denial
      for (const p of doers(e).filter((x) => deniesAsSubject(doc, e, x))) { denied.push({ key: keyOf(p), label: p.name, side: { ...side(doc, e), source: speaker(doc, e) ?? p.name }, explicit: true }); deniers.add(keyOf(p)); }
    }
    const told = own.filter((e) => e.modality !== 'negated' && e.modality !== 'planned');
    const first = told.find((e) => doers(e).length > 0);
    if (first) for (const p of doers(first)) named.push({ key: keyOf(p), label: p.name, side: side(doc, first), explicit: claimsIt(doc, first) });
    // "The Islamic State group claimed responsibility for the bombing": every claimant is a party to the dispute.
    for (const e of told) if (e !== first && claimsIt(doc, e)) for (const p of doers(e)) named.push({ key: keyOf(p), label: p.name, side: side(doc, e), explicit: true });
    const accusations: Event[] = [];
    for (const e of doc.layers.events) {
      if (own.includes(e) || !near(e)) continue;
      if (e.plover === 'ACCUSE' && e.modality !== 'negated') accusations.push(e);
      // "The rebel group denied carrying out the attack"
      if (e.plover === 'REJECT' && DENIAL.test(e.evidence.text) && ATTACK_WORDS.test(e.evidence.text)) {
        for (const p of doers(e)) { denied.push({ key: keyOf(p), label: p.name, side: { ...side(doc, e), source: p.name }, explicit: true }); deniers.add(keyOf(p)); }
      }
    }
    // "The army accused the rebels of the shelling": the accused is named as the attacker; so is whom a denier
    // blames ("denied carrying out the attack and blamed the army"), though the words name no attack
    for (const e of accusations) {
      if (!ATTACK_WORDS.test(e.evidence.text) && !e.actors.some((p) => deniers.has(keyOf(p)))) continue;
      for (const p of e.targets) if (!isPlace(p, entities) && !isVictim(doc, e, p)) named.push({ key: keyOf(p), label: p.name, side: { ...side(doc, e), source: e.actors[0]?.name ?? speaker(doc, e) }, explicit: true });
    }
  }
  const parties = new Map<string, { label: string; sides: Side[] }>();
  for (const c of named) {
    const entry = parties.get(c.key) ?? { label: c.label, sides: [] };
    if (!entry.sides.some((s) => s.document === c.side.document && s.start === c.side.start)) entry.sides.push(c.side);
    parties.set(c.key, entry);
  }
  // A denial by a named party of what a source names it as doing: an unnamed one ("a man has denied arson") is
  // the accused's plea, and a report's own words negated are no contest unless another report or voice names it.
  const denials = denied.filter((d) => d.key !== normalise(d.label)
    && named.some((c) => (c.key === d.key || sameParty(c.key, d.key)) && (c.side.document !== d.side.document || (c.side.source ?? '') !== (d.side.source ?? ''))));
  // Unnamed doers ("gunmen", "rebels") may be any named one: a denial, or two named parties accused or claiming
  // it, make the dispute.
  const contested = [...new Set(named.filter((c) => c.explicit && c.key !== normalise(c.label)).map((c) => c.key))];
  const distinct = contested.filter((k, i) => !contested.slice(0, i).some((o) => sameParty(o, k)));
  if (distinct.length < 2 && denials.length === 0) return null;
  const sides: DisagreementSide[] = [...parties.values()].map((p) => ({ value: p.label, evidence: p.sides }));
  for (const d of denials) {
    const value = `not ${d.label}`;
    const existing = sides.find((s) => s.value === value);
    if (existing) existing.evidence.push(d.side);
    else sides.push({ value, evidence: [d.side] });
  }
  return { about: 'responsibility', field: 'attacker', sides };
}

/** The attack's sentence, up to its words, claims it for its doer ("claimed responsibility for the bombing"). */
function claimsIt(doc: AnnotatedDocument, e: Event): boolean {
  const sentence = doc.layers.sentences?.[e.sentence];
  const from = sentence ? sentence.start : Math.max(0, e.evidence.start - 200);
  return CLAIMED.test(doc.document.text.slice(from, e.evidence.start));
}

/** The party is named in the negated act's sentence, not as the agent after "by". */
function deniesAsSubject(doc: AnnotatedDocument, e: Event, p: EventParticipant): boolean {
  if (!p.span) return false;
  const sentence = doc.layers.sentences?.[e.sentence];
  if (sentence && (p.span.start < sentence.start || p.span.end > sentence.end)) return false;
  return !/\bby\s+(?:the\s+)?$/i.test(doc.document.text.slice(Math.max(0, p.span.start - 12), p.span.start));
}

/** "charged with killing Alexis Grigoropoulos": a party named after the attack's words in an accusation is its victim. */
function isVictim(doc: AnnotatedDocument, e: Event, p: EventParticipant): boolean {
  if (!p.span || p.span.start < e.evidence.start || p.span.start > e.evidence.end) return false;
  return ATTACK_WORDS.test(doc.document.text.slice(e.evidence.start, p.span.start).replace(/\bresponsib\w*|\bbehind\b/gi, ''));
}

/** A town, a street or a region named as the doer is where it happened, not who did it. */
function isPlace(p: EventParticipant, entities: ReadonlyMap<string, Entity>): boolean {
  return !!p.entity && entities.get(p.entity)?.type === 'place';
}

function keyOf(p: EventParticipant): string {
  return p.entity ?? normalise(p.name);
}

/** "The M23 rebel group" and "M23 rebels": one party when the shorter name's words are all in the longer. */
function sameParty(a: string, b: string): boolean {
  const wa = a.split(' '), wb = b.split(' ');
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.length > 0 && short.every((w) => long.includes(w));
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/[^\p{L}\p{N}\s]/gu, '').trim();
}
