// Who did it: in an attack story, the sources that name the attacker, accuse someone of the attack, or
// deny it ("Rebels shelled the town, the governor said" / "The army accused the rebels of the shelling" /
// "The rebels denied carrying out the attack and blamed the army"). Conflict monitors record such
// disputes of responsibility beside the figures; each side keeps its words and who said them.
import type { AnnotatedDocument, Disagreement, DisagreementSide, Event, EventParticipant } from '../model/types.js';

type Side = DisagreementSide['evidence'][number];

/** Words that name an attack in an accusation or a denial ("accused X of the shelling", "denied carrying out the attack"). */
const ATTACK_WORDS = /\b(?:attack\w*|assault\w*|shell(?:ed|ing|s)?|strikes?|air ?strikes?|bomb(?:ed|ing|ings|s)?|kill(?:ed|ing|ings)?|shoot(?:ing|ings)?|shot|fire[ds]?|firing|massacre\w*|raid\w*|ambush\w*|blast|explosion|responsib\w*|behind)\b/i;
/** Cue words of a denial. */
const DENIAL = /\b(?:den(?:y|ied|ies|ying)|rejected|dismissed|disclaimed|not responsible|no role|had nothing to do)\b/i;
/** Sentences around a lead attack within which an accusation or denial is about it. */
const NEAR = 3;

interface Claim { key: string; label: string; side: Side }

/**
 * The responsibility dispute of an attack story, or null: at least two parties known as entities are named
 * as the attacker (told as done, or in an accusation), or a party named so denies it. Every party named
 * is a side, unnamed ones too ("gunmen"), and each denial is a side "not <party>".
 */
export function responsibilityDispute(docs: readonly AnnotatedDocument[], lead: readonly { doc: AnnotatedDocument; event: Event }[],
  speaker: (doc: AnnotatedDocument, event: Event) => string | null): Disagreement | null {
  const named: Claim[] = [];
  const denied: Claim[] = [];
  const side = (doc: AnnotatedDocument, event: Event): Side => ({
    document: doc.document.id, event: event.id, text: event.evidence.text, start: event.evidence.start, end: event.evidence.end, source: speaker(doc, event),
  });
  for (const doc of docs) {
    const own = lead.filter((x) => x.doc === doc).map((x) => x.event);
    if (own.length === 0) continue;
    const near = (e: Event): boolean => own.some((a) => Math.abs(a.sentence - e.sentence) <= NEAR);
    for (const e of own) {
      if (e.modality === 'negated') {
        // "the group had not fired on the town": the actor says it did not
        for (const p of e.actors) denied.push({ key: keyOf(p), label: p.name, side: { ...side(doc, e), source: speaker(doc, e) ?? p.name } });
        continue;
      }
      if (e.modality === 'planned') continue;
      for (const p of e.actors) named.push({ key: keyOf(p), label: p.name, side: side(doc, e) });
    }
    const accusations: Event[] = [];
    const deniers = new Set<string>();
    for (const e of doc.layers.events) {
      if (own.includes(e) || !near(e)) continue;
      if (e.plover === 'ACCUSE' && e.modality !== 'negated') accusations.push(e);
      // "The rebel group denied carrying out the attack"
      if (e.plover === 'REJECT' && DENIAL.test(e.evidence.text) && ATTACK_WORDS.test(e.evidence.text)) {
        for (const p of e.actors) { denied.push({ key: keyOf(p), label: p.name, side: { ...side(doc, e), source: p.name } }); deniers.add(keyOf(p)); }
      }
    }
    for (const e of own) if (e.modality === 'negated') for (const p of e.actors) deniers.add(keyOf(p));
    // "The army accused the rebels of the shelling": the accused is named as the attacker; so is whom a denier
    // blames ("denied carrying out the attack and blamed the army"), though the words name no attack
    for (const e of accusations) {
      if (!ATTACK_WORDS.test(e.evidence.text) && !e.actors.some((p) => deniers.has(keyOf(p)))) continue;
      for (const p of e.targets) named.push({ key: keyOf(p), label: p.name, side: { ...side(doc, e), source: e.actors[0]?.name ?? speaker(doc, e) } });
    }
  }
  const parties = new Map<string, { label: string; sides: Side[] }>();
  for (const c of named) {
    const entry = parties.get(c.key) ?? { label: c.label, sides: [] };
    if (!entry.sides.some((s) => s.document === c.side.document && s.start === c.side.start)) entry.sides.push(c.side);
    parties.set(c.key, entry);
  }
  const denials = denied.filter((d) => parties.has(d.key) || [...parties.keys()].some((k) => sameParty(k, d.key)));
  // Unnamed doers ("gunmen", "rebels") may be any named one: two named parties, or a denial, make the dispute.
  const namedParties = [...parties.keys()].filter((k) => named.some((c) => c.key === k && c.key !== normalise(c.label)));
  if (namedParties.length < 2 && denials.length === 0) return null;
  const sides: DisagreementSide[] = [...parties.values()].map((p) => ({ value: p.label, evidence: p.sides }));
  for (const d of denials) {
    const value = `not ${d.label}`;
    const existing = sides.find((s) => s.value === value);
    if (existing) existing.evidence.push(d.side);
    else sides.push({ value, evidence: [d.side] });
  }
  return { about: 'responsibility', field: 'attacker', sides };
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
