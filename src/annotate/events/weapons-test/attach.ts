// Refiner: adds the weapons-test attributes to every weapons_test event. Each attribute is read
// from the event's own sentence first, then from the sentences of its other mentions, then
// (when the document reports only one test) from any sentence that speaks of the launch.
import type { Attribution, Entity, Event, EvidencedValue, Sentence, TextSpan, WeaponsTest } from '../../../model/types.js';
import type { Passage } from './find.js';
import { findSystemName, findSystemType, namesSystem, systemTypeValue } from './system.js';
import { findLandingArea, findLaunchSite } from './places.js';
import { findApogee, findCount, findDistance, findOutcome } from './flight.js';
import { confirmationOf, voucherOf } from './confirmation.js';
import { sentenceOf } from '../sentence-of.js';
import { datelineCountry } from '../../entities/dateline-country.js';

const LAUNCH_WORDS = /\b(?:missiles?|rockets?|launch(?:es|ed|ing)?|fir(?:ed|ing)|test(?:ed|s|ing)?|flew|flight|ICBMs?|SLBMs?|projectiles?|warheads?|apogee|altitude)\b/i;

export interface TestContext {
  text: string;
  sentences: readonly Sentence[];
  entities: readonly Entity[];
  attributions: readonly Attribution[];
  /** The wire dateline's span ("MOSCOW (Reuters) —"), if the report has one. */
  dateline?: { start: number; end: number } | null;
}

export function attachWeaponsTests(events: Event[], ctx: TestContext): Event[] {
  if (!events.some((e) => e.category === 'weapons_test')) return events;
  // "Minuteman III test launch ended …": the system named before the noun is what was tested, not who tested it.
  events = events.map((e) => (e.category === 'weapons_test' && e.actors.some((a) => namesSystem(a.name))
    ? Object.assign({}, e, { actors: e.actors.filter((a) => !namesSystem(a.name)) }) : e));
  const tests = events.filter((e) => e.category === 'weapons_test');
  const onlyOne = tests.length === 1;
  const followers = followingSentences(tests, ctx);
  const entities = new Map(ctx.entities.map((x) => [x.id, x]));
  const home = datelineState(ctx);
  const states = new Set(tests.map((t) => actorState(t, entities, home)).filter((c): c is string => c !== null));
  // A test told without its doer ("a satellite rocket exploded shortly after liftoff") is the state's
  // whose other tests the report names, when they are all one state's.
  const documentState = states.size === 1 ? [...states][0]! : null;
  return events.map((e) => (e.category === 'weapons_test'
    ? Object.assign({}, e, { weaponsTest: weaponsTestOf(e, ctx, onlyOne, followers.get(e) ?? [], documentState) })
    : e));
}

/**
 * Sentences about a launch that name no test of their own ("The missile, launched from the
 * Pyongyang area at 7:10 a.m., flew about 1,000 km") describe the last test named before them.
 */
function followingSentences(tests: readonly Event[], ctx: TestContext): Map<Event, number[]> {
  const out = new Map<Event, number[]>();
  const withTest = new Set(tests.flatMap((t) => [t.sentence, ...(t.mentions ?? []).map((m) => sentenceOf(ctx.sentences, m.start))]));
  const ordered = [...tests].sort((a, b) => a.sentence - b.sentence);
  ctx.sentences.forEach((s, i) => {
    if (withTest.has(i) || !LAUNCH_WORDS.test(ctx.text.slice(s.start, s.end))) return;
    const owner = ordered.filter((t) => t.sentence < i).at(-1);
    if (owner) out.set(owner, [...(out.get(owner) ?? []), i]);
  });
  return out;
}

/** Speakers that wire copy leaves unqualified when they are the dateline country's own ("the Defence Ministry said"). */
// (Organisations only: a person's country is not the dateline's — "China's spokesman Zhao said" in a London report.)
const HOME_VOICES = new Set(['government', 'military']);

/** The country of the report's dateline city ("NEW DELHI (Reuters) —" → India), if any. */
const datelineState = (ctx: TestContext): string | null => datelineCountry(ctx.entities, ctx.dateline);

const isStateBody = (e: Entity): boolean => e.type === 'organisation' && (e.sourceType === 'government' || e.sourceType === 'military');

/** A country or state body named in the possessive inside the event's words ("the Army's", "Iran's"), if any. */
function possessorIn(event: Event, entities: ReadonlyMap<string, Entity>): Entity | null {
  const { start, end, text } = event.evidence;
  for (const e of entities.values()) {
    if (e.type !== 'country' && !isStateBody(e)) continue;
    for (const m of e.mentions) {
      if (m.start < start || m.end > end) continue;
      if (/^['’]s\b/.test(text.slice(m.end - start, m.end - start + 3))) return e;
    }
  }
  return null;
}

/**
 * The state a test's doer belongs to: the first actor with a country, or an unqualified government or military body
 * in a report from that body's country ("PYONGYANG (KCNA) — the Missile Administration conducted a test-fire").
 */
function actorState(event: Event, entities: ReadonlyMap<string, Entity>, home: string | null = null): string | null {
  const own = event.actors.map((a) => (a.entity ? entities.get(a.entity)?.country : null)).find((c): c is string => Boolean(c));
  if (own) return own;
  // "A test of the Army's long-range hypersonic weapon failed": with no doer, whose weapon it is tests it.
  if (event.actors.length === 0) {
    const owner = possessorIn(event, entities);
    if (owner) return owner.country ?? (home && isStateBody(owner) ? home : null);
  }
  if (!home) return null;
  const body = event.actors.some((a) => {
    const e = a.entity ? entities.get(a.entity) : undefined;
    return e !== undefined && !e.country && isStateBody(e);
  });
  return body ? home : null;
}


export function weaponsTestOf(event: Event, ctx: TestContext, onlyTestInDocument: boolean, following: readonly number[] = [], documentState: string | null = null): WeaponsTest {
  const order: number[] = [event.sentence];
  for (const m of event.mentions ?? []) order.push(sentenceOf(ctx.sentences, m.start));
  order.push(...following);
  if (onlyTestInDocument) {
    ctx.sentences.forEach((s, i) => {
      if (LAUNCH_WORDS.test(ctx.text.slice(s.start, s.end))) order.push(i);
    });
  }
  const passages: Passage[] = [...new Set(order)].filter((i) => ctx.sentences[i]).map((i) => ({ start: ctx.sentences[i]!.start, text: ctx.text.slice(ctx.sentences[i]!.start, ctx.sentences[i]!.end) }));
  const sourceAt = (span: TextSpan): string | null =>
    ctx.attributions.find((a) => a.source && a.content.start <= span.start && span.end <= a.content.end)?.source?.name ?? null;
  const first = <T>(find: (p: Passage) => T | null): T | null => {
    for (const p of passages) {
      const found = find(p);
      if (found) return found;
    }
    return null;
  };
  const value = <T>(v: T, evidence: TextSpan): EvidencedValue<T> => ({ value: v, evidence, source: sourceAt(evidence) });

  const system = first(findSystemName);
  // The kind the event's own words name comes first ("conducted its sixth nuclear test", though the sentence goes on
  // about a bomb for a missile).
  const systemType = findSystemType({ start: event.evidence.start, text: event.evidence.text }) ?? first(findSystemType);
  const site = first(findLaunchSite);
  const landing = first(findLandingArea);
  const apogee = first(findApogee);
  const distance = first(findDistance);
  const count = first(findCount);
  const outcome = first(findOutcome);

  const entities = new Map(ctx.entities.map((x) => [x.id, x]));
  const home = datelineState(ctx);
  const testingState = actorState(event, entities, home) ?? documentState;
  const carriers = new Set(event.attributions);
  const used = new Set(passages.map((p) => p.start));
  // Who vouches: the attributions that carry the event, and those whose content holds one of its attributes.
  const evidence = [system, systemType, site, landing, apogee?.span, distance?.span, count?.span, outcome?.span].filter((s): s is TextSpan => Boolean(s));
  const vouchers = ctx.attributions
    .filter((a) => carriers.has(a.id) || evidence.some((s) => a.content.start <= s.start && s.end <= a.content.end) || (used.has(ctx.sentences[a.sentence]?.start ?? -1) && a.sentence === event.sentence))
    .map((a) => voucherOf(a, entities))
    .filter((v): v is NonNullable<typeof v> => v !== null)
    .map((v) => (v.country === null && v.organisation && HOME_VOICES.has(v.type) && home ? Object.assign({}, v, { country: home }) : v));

  return {
    system: system ? value(system.text, system) : null,
    systemType: systemType ? value(systemTypeValue(systemType), systemType) : null,
    launchSite: site ? value(site.text, site) : null,
    landingArea: landing ? value(landing.text, landing) : null,
    apogeeKm: apogee ? value(apogee.km, apogee.span) : null,
    distanceKm: distance ? value(distance.km, distance.span) : null,
    count: count ? value(count.count, count.span) : null,
    outcome: outcome ? value(outcome.value, outcome.span) : null,
    confirmation: confirmationOf(vouchers, testingState),
  };
}
